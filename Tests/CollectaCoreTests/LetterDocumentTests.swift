import Foundation
import Testing

@testable import CollectaCore

/// Golden files of printed letters: `__Letters__/<name>.html` and `.txt` next to this file.
/// A missing golden file is written and the test fails once; `COLLECTA_RECORD_LETTERS=1`
/// re-writes every golden file that differs (review the change with `git diff`).
enum GoldenLetter {
    static let recordVariable = "COLLECTA_RECORD_LETTERS"

    /// Compares `actual` with the golden file `name`; nil when they match, else why not.
    static func mismatch(_ actual: String, named name: String, filePath: String = #filePath) throws -> String? {
        let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
            .appendingPathComponent("__Letters__").appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment[recordVariable] == "1"
        let expected = try? String(contentsOf: url, encoding: .utf8)
        if expected == actual { return nil }
        if expected == nil || recording {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return "wrote the golden letter \(url.path); review it and run the test again"
        }
        return "the letter differs from \(url.path) (re-record with \(recordVariable)=1):\n\(actual)"
    }
}

@Suite("Printed letters: company header, recipient, date, tables (R11, R14)")
struct LetterDocumentTests {
    static let russianParameters = AutomationParameters(
        companyName: "ООО «Северная торговая»",
        companyAddress: "Невский проспект, 28\n191186 Санкт-Петербург\n\nРоссия",
        companyCurrency: "RUB")

    static let englishParameters = AutomationParameters(
        companyName: "Northern Trading Ltd", companyAddress: "12 High Street\r\nLondon EC1A 1BB",
        companyCurrency: "RUB")

    static func context(
        parameters: AutomationParameters, customer: Customer,
        overdue: [Invoice] = RenderingFixtures.overdue
    ) -> RenderingContext {
        RenderingContext(
            parameters: parameters, customer: customer, contactName: nil,
            leadingInvoice: RenderingFixtures.oldest, overdueInvoices: overdue,
            agent: RenderingFixtures.agent, runDate: RenderingFixtures.runDate, letterLevel: 1)
    }

    static var russianCustomer: Customer {
        var customer = RenderingFixtures.customer
        customer.name = "ООО «Альфа Трейд»"
        return customer
    }

    static func russianLetter() throws -> RenderedLetter {
        try RenderingLetterTests.render(
            language: "ru", context: context(parameters: russianParameters, customer: russianCustomer))
    }

    static func englishLetter() throws -> RenderedLetter {
        try RenderingLetterTests.render(
            language: "en", context: context(parameters: englishParameters, customer: RenderingFixtures.customer))
    }

    @Test("Golden: a Russian letter, HTML and plain text")
    func russianGolden() throws {
        let letter = try Self.russianLetter()
        let html = try GoldenLetter.mismatch(letter.bodyHTML, named: "letter-ru.html")
        let text = try GoldenLetter.mismatch(letter.documentText, named: "letter-ru.txt")
        #expect(html == nil, "\(html ?? "")")
        #expect(text == nil, "\(text ?? "")")
    }

    @Test("Golden: an English letter, HTML and plain text")
    func englishGolden() throws {
        let letter = try Self.englishLetter()
        let html = try GoldenLetter.mismatch(letter.bodyHTML, named: "letter-en.html")
        let text = try GoldenLetter.mismatch(letter.documentText, named: "letter-en.txt")
        #expect(html == nil, "\(html ?? "")")
        #expect(text == nil, "\(text ?? "")")
    }

    @Test("The header: company name, then each non-blank address line; recipient and date follow")
    func header() throws {
        let text = try Self.russianLetter().documentText
        #expect(text.hasPrefix("""
            ООО «Северная торговая»
            Невский проспект, 28
            191186 Санкт-Петербург
            Россия

            ООО «Альфа Трейд»
            Номер клиента: C-000042

            24 января 2026 г.

            Уведомление № 1

            """))
        let html = try Self.russianLetter().bodyHTML
        #expect(html.contains("""
            <header>
            <p class="company">ООО «Северная торговая»</p>
            <p class="address">Невский проспект, 28<br>
            191186 Санкт-Петербург<br>
            Россия</p>
            </header>
            <p class="recipient">ООО «Альфа Трейд»<br>
            Номер клиента: C-000042</p>
            <p class="date">24 января 2026 г.</p>
            <h1>Уведомление № 1</h1>
            """))
    }

    @Test("An English letter: CR LF address lines, English labels and date")
    func englishHeader() throws {
        let text = try Self.englishLetter().documentText
        #expect(text.hasPrefix("""
            Northern Trading Ltd
            12 High Street
            London EC1A 1BB

            Alfa Trade
            Customer account: C-000042

            24 January 2026

            Notice 1

            """))
    }

    @Test("Without an address, the header is the company name only")
    func noAddress() throws {
        let letter = try RenderingLetterTests.render(
            language: "en", context: Self.context(
                parameters: RenderingFixtures.parameters, customer: RenderingFixtures.customer))
        #expect(letter.documentText.hasPrefix("Severnaya Torgovaya LLC\n\nAlfa Trade\n"))
        #expect(!letter.bodyHTML.contains("class=\"address\""))
    }

    @Test("Dates: Russian months in the genitive, English in full", arguments: [
        ("2026-03-01", "1 марта 2026 г.", "1 March 2026"),
        ("2026-12-31", "31 декабря 2026 г.", "31 December 2026"),
        ("2027-05-09", "9 мая 2027 г.", "9 May 2027"),
    ])
    func dates(iso: String, russian: String, english: String) {
        let date = LocalDate(iso: iso)!
        #expect(LetterLabels.labels(for: "ru-RU").dateLine(date) == russian)
        #expect(LetterLabels.labels(for: "en").dateLine(date) == english)
        #expect(LetterLabels.labels(for: "de").dateLine(date) == english)
    }

    @Test("The invoice table aligns Cyrillic headings by display width; numbers to the right")
    func tableAlignment() throws {
        let text = try Self.russianLetter().documentText
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let heading = try #require(lines.firstIndex { $0.hasPrefix("Счёт  ") })
        let table = Array(lines[heading...(heading + 4)])
        let widths = table.map { TextColumns.width(of: $0) }
        // Every line ends in the currency column, which is left-aligned: the rule is the longest.
        #expect(table[1].allSatisfy { $0 == "─" || $0 == " " })
        #expect(table.allSatisfy { !$0.hasSuffix(" ") })
        // The right edges of the numeric columns line up: "К оплате" ends where each amount ends.
        let headingEnd = try #require(table[0].range(of: "К оплате")).upperBound
        let column = TextColumns.width(of: table[0][..<headingEnd])
        for row in table[2...] {
            // Each row ends in its currency code: the amount due ends two columns before it.
            #expect(TextColumns.width(of: row.dropLast(5)) == column, "\(row)")
        }
        // The rule under "Дней просрочки" is as wide as the heading: one column per letter.
        #expect(table[1].contains("  " + String(repeating: "─", count: 14) + "  "))
        #expect(widths[1] == widths.max())
        #expect(text.hasSuffix("Итого к оплате\n\nEUR    90.05\nRUB  1500.00\n"))
    }

    @Test("Display width: Cyrillic one column, wide characters two, combining marks none")
    func displayWidth() {
        #expect(TextColumns.width(of: "Дней просрочки") == 14)
        #expect(TextColumns.width(of: "abc") == 3)
        #expect(TextColumns.width(of: "日本") == 4)
        #expect(TextColumns.width(of: "e\u{301}") == 1)
    }

    @Test("A letter without overdue invoices has no tables in either form")
    func noInvoices() throws {
        let letter = try RenderingLetterTests.render(
            level: 2, language: "en",
            context: Self.context(parameters: Self.englishParameters, customer: RenderingFixtures.customer, overdue: []))
        #expect(!letter.documentText.contains("Overdue invoices"))
        #expect(letter.documentText.hasSuffix("Final demand\n\nPay Alfa Trade.\n"))
    }
}

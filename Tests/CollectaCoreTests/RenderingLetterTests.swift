import Testing

@testable import CollectaCore

@Suite("Rendering: collection letters (R11, R14, R15)")
struct RenderingLetterTests {
    static let sequence = LetterSequence(
        id: "STANDARD", description: "Standard letters",
        levels: [
            LetterLevel(level: 1, texts: [
                LetterText(
                    language: "ru", title: "Уведомление № {{letter.level}}",
                    body: """
                        {{customer.name}}

                        Просим оплатить:
                        {{#overdueInvoices}}
                        Счёт {{id}}: {{openAmount}} {{currency}}
                        {{/overdueInvoices}}
                        """),
                LetterText(
                    language: "en", title: "Notice {{letter.level}}",
                    body: """
                        {{customer.name}}

                        Please pay:
                        {{#overdueInvoices}}
                        Invoice {{id}}: {{currency}} {{openAmount}}
                        {{/overdueInvoices}}
                        """),
            ]),
            LetterLevel(level: 2, isFinal: true, texts: [
                LetterText(language: "en", title: "Final demand", body: "Pay {{customer.name}}."),
            ]),
        ])

    static func render(
        level: Int = 1, language: String, defaultLanguage: String = "en",
        context: RenderingContext = RenderingFixtures.context(contactName: nil, letterLevel: 1)
    ) throws -> RenderedLetter {
        var renderer = TemplateRenderer()
        return try renderer.renderLetter(
            sequence, level: level, forCustomerLanguage: language,
            defaultLanguage: defaultLanguage, context: context)
    }

    @Test("A Russian letter: title, plain-text body, and HTML with the invoice table")
    func russian() throws {
        let letter = try Self.render(language: "ru-RU")
        #expect(letter.language == "ru")
        #expect(letter.title == "Уведомление № 1")
        #expect(letter.bodyText == """
            Alfa Trade

            Просим оплатить:
            Счёт INV-1: 1000.00 RUB
            Счёт INV-2: 500.00 RUB
            Счёт INV-3: 90.05 EUR

            """)
        let html = letter.bodyHTML
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ru\">"))
        #expect(html.contains("<title>Уведомление № 1</title>"))
        #expect(html.contains("<h1>Уведомление № 1</h1>"))
        #expect(html.contains("<p>Alfa Trade</p>"))
        #expect(html.contains("<p>Просим оплатить:<br>\nСчёт INV-1: 1000.00 RUB<br>\n"))
        #expect(html.contains("<h2>Просроченные счета</h2>"))
        #expect(html.contains("<th>Счёт</th><th>Ваучер</th><th>Дата счёта</th>"))
        #expect(html.contains(
            "<tr><td>INV-1</td><td>AR-1</td><td>2025-12-10</td><td>2026-01-10</td>"
                + "<td class=\"number\">14</td><td class=\"number\">1234.50</td>"
                + "<td class=\"number\">1000.00</td><td>RUB</td></tr>"))
        #expect(html.contains("<h2>Итого к оплате</h2>"))
        #expect(html.contains("<tr><td>EUR</td><td class=\"number\">90.05</td></tr>"))
        #expect(html.contains("<tr><td>RUB</td><td class=\"number\">1500.00</td></tr>"))
        #expect(html.hasSuffix("</body>\n</html>\n"))
    }

    @Test("An English letter, with English table headings, invoices oldest due first")
    func english() throws {
        let letter = try Self.render(language: "en-GB")
        #expect(letter.language == "en")
        #expect(letter.title == "Notice 1")
        #expect(letter.bodyText.contains("Invoice INV-1: RUB 1000.00\nInvoice INV-2: RUB 500.00\n"))
        let html = letter.bodyHTML
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<h2>Overdue invoices</h2>"))
        #expect(html.contains(
            "<th>Invoice</th><th>Voucher</th><th>Invoice date</th><th>Due date</th>"
                + "<th class=\"number\">Days overdue</th><th class=\"number\">Amount</th>"
                + "<th class=\"number\">Amount due</th><th>Currency</th>"))
        #expect(html.contains("<h2>Total due</h2>"))
        let rows = ["INV-1", "INV-2", "INV-3"].compactMap { html.firstRange(of: "<td>\($0)</td>") }
        #expect(rows.count == 3)
        #expect(rows.map(\.lowerBound) == rows.map(\.lowerBound).sorted())
    }

    @Test("R14: a de customer gets the default language; a default without text, the first")
    func languageFallback() throws {
        #expect(try Self.render(language: "de").language == "en")
        #expect(try Self.render(language: "de", defaultLanguage: "ru").language == "ru")
        #expect(try Self.render(level: 2, language: "ru", defaultLanguage: "ru").language == "en")
        #expect(try Self.render(language: "de", defaultLanguage: "en-US").language == "en")
    }

    @Test("The letter's HTML escapes every value and line of the text")
    func htmlEscaping() throws {
        var customer = RenderingFixtures.customer
        customer.name = "<b>Bold</b> & \"Sons\""
        let letter = try Self.render(
            level: 2, language: "en", context: RenderingFixtures.context(customer: customer))
        #expect(letter.bodyText == "Pay <b>Bold</b> & \"Sons\".")
        let escaped = "&lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Sons&quot;"
        #expect(letter.bodyHTML.contains("<p>Pay \(escaped).</p>"))
        #expect(!letter.bodyHTML.contains("<b>"))
    }

    @Test("Blank lines separate paragraphs; other line breaks become <br>")
    func paragraphs() {
        let paragraphs = LetterDocument.paragraphs(of: "a\nb\n\n \nc\r\n")
        #expect(paragraphs == ["<p>a<br>\nb</p>", "<p>c</p>"])
        #expect(LetterDocument.paragraphs(of: "") == [])
    }

    @Test("A letter without overdue invoices has no tables")
    func noInvoices() throws {
        let context = RenderingFixtures.context(overdue: [], letterLevel: 2)
        let letter = try Self.render(level: 2, language: "en", context: context)
        #expect(!letter.bodyHTML.contains("<table>"))
    }

    @Test("A missing level cannot be rendered")
    func missingLevel() {
        #expect(throws: TemplateRenderingError.noLevel(sequenceID: "STANDARD", level: 4)) {
            try Self.render(level: 4, language: "en")
        }
    }
}

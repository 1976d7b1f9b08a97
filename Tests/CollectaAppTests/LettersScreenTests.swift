import CollectaCore
import CollectaStore
import Foundation
import GRDB
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("Collection letters screen")
struct LettersScreenTests {
    /// The letters screen over the demo company after one run, with `directory` as the
    /// application's working directory (where F9 suggests `letters`).
    static func letters(
        language: Language = .english, size: Size = Size(width: 100, height: 30),
        directory: URL? = nil
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        TestLocale.useUTF8()
        let database = try HistoryScreenTests.ranDatabase()
        let environment = directory.map { ["PWD": $0.path] } ?? [:]
        let context = AppContext(
            database: database, language: language, today: AppTestHarness.today, environment: environment)
        let company = try database.loadConfiguration()?.parameters.companyName ?? ""
        let driver = ScreenTestDriver(
            CollectaApplication(context: context, companyName: company), size: size,
            environment: ["NO_COLOR": "1"])
        driver.send(.function(3))
        driver.type(LettersTexts.title(language))
        driver.send(.enter)
        return (driver, context)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-letters-screen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("The letters list looks as recorded", arguments: [Language.english, .russian])
    func golden(language: Language) throws {
        let (driver, _) = try Self.letters(language: language)
        driver.assertMatchesGolden(named: "letters-\(language.rawValue)")
    }

    @Test("Enter shows the letter as printed", arguments: [Language.english, .russian])
    func documentGolden(language: Language) throws {
        let (driver, _) = try Self.letters(language: language)
        driver.send(.enter)
        driver.assertMatchesGolden(named: "letters-document-\(language.rawValue)")
    }

    @Test("The list and the letter fit 80×24", arguments: [Language.english, .russian])
    func fits(language: Language) throws {
        let (driver, _) = try Self.letters(language: language, size: Size(width: 80, height: 24))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines[0].contains(LettersTexts.title(language)))
        driver.send(.enter)
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
    }

    @Test("F3 shows created letters, then posted ones, then all again")
    func statusFilter() throws {
        let (driver, context) = try Self.letters()
        let all = try context.database.countCollectionLetters()
        #expect(all > 2)
        #expect(driver.lines.contains { $0.contains("Shown: All letters") && !$0.contains("Created only") })
        _ = try context.database.markLettersPosted(ids: [1], on: AppTestHarness.today)
        driver.send(.function(3))
        #expect(driver.lines.contains { $0.contains("Shown: Created only") })
        #expect(driver.lines.contains { $0.contains("1/\(all - 1)") })
        driver.send(.function(3))
        #expect(driver.lines.contains { $0.contains("Shown: Posted only") })
        #expect(driver.lines.contains { $0.contains("Posted      2026-11-29") })
        driver.send(.function(3))
        #expect(driver.lines.contains { $0.contains("1/\(all)") })
    }

    @Test("F9 writes the marked letters into the suggested directory and posts them")
    func printMarked() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Wide enough for the temporary directory's path in the prompt and the status line.
        let (driver, context) = try Self.letters(size: Size(width: 180, height: 30), directory: directory)
        let newest = try context.database.collectionLetters(offset: 0, limit: 3).compactMap(\.id)
        driver.send(.character(" "))
        driver.send(.down)
        driver.send(.character(" "))
        driver.send(.function(9))
        // The prompt shows the end of the suggested path: `<working directory>/letters`.
        #expect(driver.lines.contains { $0.contains(directory.lastPathComponent.suffix(12) + "/letters  ") })
        driver.send(.enter)
        let written = try FileManager.default.contentsOfDirectory(
            atPath: directory.appendingPathComponent("letters").path)
        #expect(written.count == 4)
        let posted = try context.database.collectionLetters(ids: newest)
        // Space marks the row and moves down: the first and the third are marked.
        #expect(posted.map(\.status) == [.posted, .created, .posted])
        #expect(posted.compactMap(\.postedOn) == [AppTestHarness.today, AppTestHarness.today])
        let message = "2 letters written to \(directory.appendingPathComponent("letters").path); 2 posted."
        #expect(driver.lines.contains { $0.contains(message) })
        #expect(driver.lines.contains { $0.contains("Posted      2026-11-29") })
        #expect(!driver.lines.contains { $0.contains("marked") })
    }

    @Test("F9 into a directory that cannot be written says so, in Russian too, and posts nothing")
    func printRefused() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("x".utf8).write(to: directory.appendingPathComponent("letters"))
        let (driver, context) = try Self.letters(
            language: .russian, size: Size(width: 180, height: 30), directory: directory)
        driver.send(.function(9))
        driver.send(.enter)
        #expect(driver.lines.contains { $0.contains("это не каталог. Письма не отмечены отправленными.") })
        #expect(try context.database.countCollectionLetters(status: .posted) == 0)
    }

    @Test("The list over 100,000 letters reads only the visible rows")
    func pagingCountsQueries() throws {
        let database = try CollectaDatabase.inMemory()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO customer (account, name, currency, language) VALUES ('C-1', 'Customer', 'EUR', 'en');
                INSERT INTO collection_letter (customer_account, sequence_id, level, language, letter_date,
                    status, title, body_text, body_html)
                SELECT 'C-1', 'STD', 1, 'en', '2026-11-01', 'created', 'Letter ' || i, '', ''
                FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT i FROM n);
                """)
        }
        let context = AppContext(database: database, language: .english, today: AppTestHarness.today)
        var screen = LettersScreen(context: context)
        var buffer = ScreenBuffer(size: Size(width: 100, height: 30))
        let area = Rect(x: 0, y: 0, width: 100, height: 30)
        screen.render(into: &buffer, in: area, theme: .monochrome)
        for _ in 0..<50 { _ = screen.perform(GridCommand.pageDown) }
        _ = screen.perform(GridCommand.end)
        screen.render(into: &buffer, in: area, theme: .monochrome)
        #expect(screen.list.source.counter.counts == 1)
        #expect(screen.list.source.counter.pages == 2)
        #expect(buffer.lines.contains { $0.contains("100000/100000") })
        #expect(buffer.lines.contains { $0.contains("Letter 1") })
    }

    @Test("The letter view scrolls down and sideways without wrapping the table")
    func documentScrolling() throws {
        TestLocale.useUTF8()
        let context = AppContext(
            database: try CollectaDatabase.inMemory(), language: .english, today: AppTestHarness.today)
        let letter = CollectionLetter(
            id: 7, customerAccount: "C-1", sequenceID: "STD", level: 1, language: "ru",
            letterDate: AppTestHarness.today, status: .created, title: "Т", bodyText: "",
            bodyHTML: "", documentText: (1...30).map { "Строка \($0)" }.joined(separator: "\n") + "\n",
            invoiceIDs: [])
        var screen = LetterDocumentScreen(context: context, letter: letter)
        #expect(screen.lines.count == 30)
        _ = screen.perform(LetterDocumentScreen.pageDownCommand)
        _ = screen.perform(LetterDocumentScreen.rightCommand)
        var buffer = ScreenBuffer(size: Size(width: 40, height: 10))
        screen.render(into: &buffer, in: Rect(x: 0, y: 0, width: 40, height: 10), theme: .monochrome)
        #expect(buffer.lines[1].contains("1"))
        #expect(!buffer.lines.contains { $0.contains("Строка") })
        #expect(LetterDocumentScreen.dropping(columns: 7, of: "Строка 11") == "11")
        #expect(LetterDocumentScreen.dropping(columns: 1, of: "日本") == "本")
    }
}

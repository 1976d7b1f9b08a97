import CollectaCore
import CollectaStore
import GRDB
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("History screen")
struct HistoryScreenTests {
    /// The demo company after a run of the automation on the harness's today.
    static func ranDatabase() throws -> CollectaDatabase {
        let database = try AppTestHarness.demoDatabase()
        try database.run(RunOptions(runDate: AppTestHarness.today, startedAt: "2026-11-29T08:00:00Z"))
        return database
    }

    static func history(
        language: Language = .english, size: Size = Size(width: 100, height: 30)
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        let (driver, context) = try AppTestHarness.driver(language: language, size: size, database: try ranDatabase())
        driver.send(.function(3))
        driver.type(HistoryTexts.title(language))
        driver.send(.enter)
        return (driver, context)
    }

    @Test("The history looks as recorded", arguments: [Language.english, .russian])
    func golden(language: Language) throws {
        let (driver, _) = try Self.history(language: language)
        driver.assertMatchesGolden(named: "history-\(language.rawValue)")
    }

    @Test("The history and its filter fit 80×24", arguments: [Language.english, .russian])
    func fits(language: Language) throws {
        let (driver, _) = try Self.history(language: language, size: Size(width: 80, height: 24))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines[0].contains(HistoryTexts.title(language)))
        driver.send(.function(3))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains(HistoryTexts.from(language)) })
    }

    @Test("The filter form filters by status and action, and rejects a reversed date range")
    func filters() throws {
        let database = try Self.ranDatabase()
        let (_, context) = try AppTestHarness.driver(database: database)
        var screen = HistoryScreen(context: context)
        let all = screen.list.rowCount
        #expect(all > 0)
        let emails = try database.countHistory(matching: HistoryFilter(action: .email))
        screen.apply(HistoryFilter(action: .email))
        #expect(screen.list.rowCount == emails)
        screen.apply(HistoryFilter())
        #expect(screen.list.rowCount == all)

        var form = HistoryFilterScreen.make(context: context, filter: HistoryFilter())
        for _ in 0..<2 { _ = form.perform(FormCommand.next) }
        "2026-12-01".forEach { _ = form.handleUnbound(.character($0)) }
        _ = form.perform(FormCommand.next)
        "2026-11-01".forEach { _ = form.handleUnbound(.character($0)) }
        let result = form.perform(FormCommand.submit)
        #expect(result == .refused(HistoryTexts.fromAfterTo(.english)))
    }

    @Test("F3 then F2 applies the filter typed in the form; Ctrl-R clears it")
    func filterThroughKeys() throws {
        let (driver, context) = try Self.history()
        let account = try #require(try context.database.history(limit: 1).first?.customerAccount)
        driver.send(.function(3))
        driver.send(.down)
        driver.type(account)
        driver.send(.function(2))
        #expect(driver.lines.contains { $0.contains("Customer: \(account)") })
        let shown = driver.lines.filter { $0.contains("2026-11-29") }
        #expect(!shown.isEmpty && shown.allSatisfy { $0.contains(account) })
        driver.send(.control("r"))
        #expect(!driver.lines.contains { $0.contains("Customer: \(account)") })
    }

    @Test("Filtering to emails by keys and pressing Enter shows the email as text (golden, both languages)",
          arguments: [Language.english, .russian])
    func emailDetailGolden(language: Language) throws {
        let (driver, _) = try Self.history(language: language)
        driver.send(.function(3))
        for _ in 0..<5 { driver.send(.down) }
        driver.send(.right)
        driver.send(.right)
        driver.send(.function(2))
        #expect(driver.lines.contains { $0.contains(HistoryTexts.email(language)) })
        driver.send(.enter)
        driver.assertMatchesGolden(named: "history-email-\(language.rawValue)")
        driver.send(.escape)
        #expect(driver.lines[1].contains(HistoryTexts.title(language)))
    }

    @Test("The email detail fits 80×24")
    func emailDetailFits() throws {
        let (driver, _) = try Self.history(size: Size(width: 80, height: 24))
        driver.send(.function(3))
        for _ in 0..<5 { driver.send(.down) }
        driver.send(.right)
        driver.send(.right)
        driver.send(.function(2))
        driver.send(.enter)
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains("Subject: ") })
        let first = driver.lines[2]
        driver.send(.pageDown)
        #expect(driver.lines[2] != first)
        driver.send(.pageUp)
        #expect(driver.lines[2] == first)
    }

    @Test("Sorting and the grid's own search are refused with a reason")
    func refusals() throws {
        let (driver, _) = try Self.history()
        driver.send(.function(6))
        #expect(driver.lines.contains { $0.contains("The history is always newest first.") })
        driver.send(.character("/"))
        #expect(driver.lines.contains { $0.contains("Press F3 to filter.") })
    }

    @Test("→ and ← choose one hierarchy or all on the screen")
    func hierarchyChoice() throws {
        let (driver, context) = try Self.history()
        let first = try #require(try context.configuration().hierarchies.min { $0.rank < $1.rank })
        driver.send(.right)
        #expect(driver.lines[2].contains("Hierarchy: \(first.id)"))
        let count = try context.database.countHistory(matching: HistoryFilter(hierarchyID: first.id))
        #expect(driver.lines.contains { $0.contains("/\(count)│") } || count == 0)
        driver.send(.left)
        #expect(driver.lines[2].contains("Hierarchy: All hierarchies"))
    }

    @Test("Enter on an email row shows the outbox email as text")
    func emailDetail() throws {
        let database = try Self.ranDatabase()
        let (_, context) = try AppTestHarness.driver(database: database)
        let entry = try #require(try database.history(matching: HistoryFilter(status: .executed, action: .email), limit: 1).first)
        let record = try #require(entry.createdRecord)
        let email = try #require(try database.outboxEmail(id: Int64(record.dropFirst("email:".count))!))
        var screen = HistoryScreen(context: context, filter: HistoryFilter(status: .executed, action: .email))
        #expect(screen.perform(HistoryScreen.openCommand) == .handled)
        let detail = HistoryDetailScreen.make(context: context, entry: entry)
        #expect(detail.lines.contains("Subject: \(email.subject)"))
        #expect(detail.lines.contains { $0.hasPrefix("To: ") && $0.contains(email.recipients[0]) })
        #expect(!detail.lines.contains { $0.contains("<p>") || $0.contains("<html") })
    }

    @Test("Opening the history of 100,000 rows and paging to its end reads only the visible pages")
    func pagingCountsQueries() throws {
        let database = try CollectaDatabase.inMemory()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO automation_run (id, run_date, started_at, status) VALUES (1, '2026-11-29', 'x', 'completed');
                INSERT INTO history (run_id, run_date, hierarchy_id, action, customer_account, is_pre_dunning, status)
                SELECT 1, date('2026-11-29', '-' || (i % 300) || ' days'), 'H', 'email', 'C-' || (i % 1000), 0, 'executed'
                FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT i FROM n);
                """)
        }
        let context = AppContext(database: database, language: .english, today: AppTestHarness.today)
        var screen = HistoryScreen(context: context)
        var buffer = ScreenBuffer(size: Size(width: 100, height: 30))
        screen.render(into: &buffer, in: Rect(x: 0, y: 0, width: 100, height: 30), theme: .monochrome)
        #expect(screen.list.rowCount == 100_000)
        for _ in 0..<3 { _ = screen.perform(GridCommand.pageDown) }
        screen.render(into: &buffer, in: Rect(x: 0, y: 0, width: 100, height: 30), theme: .monochrome)
        _ = screen.perform(GridCommand.end)
        screen.render(into: &buffer, in: Rect(x: 0, y: 0, width: 100, height: 30), theme: .monochrome)
        let cache = screen.list.source.cache
        #expect(cache.countQueries == 1)
        #expect(cache.pageQueries <= 3)
        let lastDate = try #require(buffer.lines.last { $0.contains("2026-") })
        let oldest = try database.writer.read { db in try String.fetchOne(db, sql: "SELECT MIN(run_date) FROM history") }
        #expect(lastDate.contains(try #require(oldest)))
        #expect(buffer.lines.contains { $0.contains("100000/100000") })
    }

    @Test("The Delivery column shows the created email's status and the letter's, nothing for activities",
          arguments: [Language.english, .russian])
    func deliveryColumn(language: Language) throws {
        let database = try Self.ranDatabase()
        let email = try #require(try database.history(matching: HistoryFilter(action: .email), limit: 1).first)
        let emailID = try #require(email.createdRecord.flatMap { Int64($0.dropFirst("email:".count)) })
        try database.writer.write { db in
            try db.execute(sql: "UPDATE outbox_email SET status = 'failed', last_reply = '550 No' WHERE id = ?",
                           arguments: [emailID])
        }
        let (driver, _) = try AppTestHarness.driver(language: language, size: Size(width: 140, height: 30),
                                                    database: database)
        driver.send(.function(3))
        driver.type(HistoryTexts.title(language))
        driver.send(.enter)
        let header = try #require(driver.lines.first { $0.contains(HistoryTexts.delivery(language)) })
        let column = DisplayWidth.of(String(header[..<header.range(of: HistoryTexts.delivery(language))!.lowerBound]))
        func delivery(in row: String) -> String {
            String(row.dropFirst(column).prefix(10)).trimmingCharacters(in: .whitespaces)
        }
        func rows(of action: ActionKind) -> [String] {
            driver.lines.filter { $0.contains("  " + HistoryTexts.actionName(action)(language) + "  ") }
        }
        let failedRow = try #require(driver.lines.first { $0.contains(email.customerAccount) && $0.contains(email.invoiceID ?? "") })
        #expect(delivery(in: failedRow) == OutboxTexts.failed(language))
        #expect(rows(of: .email).filter { $0 != failedRow }.allSatisfy { delivery(in: $0) == OutboxTexts.queued(language) })
        #expect(!rows(of: .letter).isEmpty)
        #expect(rows(of: .letter).allSatisfy { delivery(in: $0) == OutboxTexts.letterCreated(language) })
        #expect(rows(of: .activity).allSatisfy { delivery(in: $0).isEmpty })
    }

    @Test("The detail of an email row shows its delivery record; of a letter row, whether and when it was posted")
    func deliveryInDetail() throws {
        let database = try Self.ranDatabase()
        let (_, context) = try AppTestHarness.driver(database: database)
        let emailRow = try #require(try database.history(matching: HistoryFilter(action: .email), limit: 1).first)
        let letterRow = try #require(try database.history(matching: HistoryFilter(action: .letter), limit: 1).first)
        try database.writer.write { db in
            try db.execute(sql: """
                UPDATE outbox_email SET status = 'retrying', attempts = 1, last_reply = '421 Busy',
                    next_attempt_at = '2026-11-29T10:00:00Z' WHERE 'email:' || id = ?;
                UPDATE collection_letter SET status = 'posted', posted_on = '2026-11-30' WHERE 'letter:' || id = ?;
                """, arguments: [emailRow.createdRecord, letterRow.createdRecord])
        }
        let email = HistoryDetailScreen.make(context: context, entry: emailRow).lines
        #expect(email.contains("Delivery: Retrying   Attempts: 1"))
        #expect(email.contains("Last reply: 421 Busy"))
        #expect(email.contains("Next attempt: 2026-11-29 10:00:00 UTC"))
        let letter = HistoryDetailScreen.make(context: context, entry: letterRow).lines
        #expect(letter.contains("Status: Posted   Posted on: 2026-11-30"))
        let russian = AppContext(database: database, language: .russian, today: AppTestHarness.today)
        #expect(HistoryDetailScreen.make(context: russian, entry: letterRow).lines.contains(
            "Статус: Разнесено   Дата разноски: 2026-11-30"))
    }
}

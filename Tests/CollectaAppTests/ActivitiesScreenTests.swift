import CollectaCore
import CollectaStore
import GRDB
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("Activities screen")
struct ActivitiesScreenTests {
    static func activities(
        language: Language = .english, size: Size = Size(width: 100, height: 30)
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        let database = try HistoryScreenTests.ranDatabase()
        let (driver, context) = try AppTestHarness.driver(language: language, size: size, database: database)
        driver.send(.function(3))
        driver.type(ActivitiesTexts.title(language))
        driver.send(.enter)
        return (driver, context)
    }

    @Test("The worklist looks as recorded", arguments: [Language.english, .russian])
    func golden(language: Language) throws {
        let (driver, _) = try Self.activities(language: language)
        driver.assertMatchesGolden(named: "activities-\(language.rawValue)")
    }

    @Test("The worklist, its filter and the invoices fit 80×24", arguments: [Language.english, .russian])
    func fits(language: Language) throws {
        let (driver, _) = try Self.activities(language: language, size: Size(width: 80, height: 24))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines[0].contains(ActivitiesTexts.title(language)))
        driver.send(.enter)
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        driver.send(.escape)
        driver.send(.function(3))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains(ActivitiesTexts.overdueOnly(language)) })
    }

    @Test("Filters by agent and overdue only")
    func filters() throws {
        let database = try HistoryScreenTests.ranDatabase()
        let (_, context) = try AppTestHarness.driver(database: database)
        var screen = ActivitiesScreen(context: context)
        let all = screen.list.rowCount
        #expect(all > 0)
        let agent = try #require(try database.openActivityOwners().first)
        screen.apply(WorklistFilter(ownerAgentID: agent))
        #expect(screen.list.rowCount == (try database.countOpenActivities(matching: WorklistFilter(ownerAgentID: agent))))
        #expect(screen.list.rowCount <= all)
        screen.apply(WorklistFilter(overdueOn: AppTestHarness.today.adding(days: 30)))
        #expect(screen.list.rowCount == all)
        screen.apply(WorklistFilter(overdueOn: LocalDate(iso: "2000-01-01")!))
        #expect(screen.list.rowCount == 0)
        #expect(screen.availability(of: ActivitiesScreen.closeCommand) != .enabled)
    }

    @Test("Activities due before today are marked overdue")
    func overdueMark() throws {
        let database = try HistoryScreenTests.ranDatabase()
        let later = AppTestHarness.today.adding(days: 3)
        let source = WorklistSource(database: database, filter: WorklistFilter(), today: later, language: .english)
        let rows = source.rows(in: 0..<source.rowCount(matching: GridQuery()), matching: GridQuery())
        #expect(!rows.isEmpty)
        for row in rows {
            #expect((row.cells[0] == "!") == (row.cells[6] < later.isoString))
        }
        #expect(rows.contains { $0.cells[0] == "!" })
    }

    @Test("F9 asks for a note and closes the activity with it, today, in the database")
    func closeWithNote() throws {
        let (driver, context) = try Self.activities()
        let before = try context.database.countOpenActivities(matching: WorklistFilter())
        let first = try #require(try context.database.openActivities(matching: WorklistFilter(), offset: 0, limit: 1).first)
        driver.send(.function(9))
        driver.send(.enter)
        #expect(try context.database.countOpenActivities(matching: WorklistFilter()) == before)
        driver.type("Called, will pay Friday")
        driver.send(.enter)
        #expect(try context.database.countOpenActivities(matching: WorklistFilter()) == before - 1)
        let closing = try #require(try context.database.activityClosing(id: first.id!))
        #expect(closing.closedOn == AppTestHarness.today.isoString)
        #expect(closing.note == "Called, will pay Friday")
        #expect(driver.lines.contains { $0.contains("Activity \(first.id!) closed.") })
    }

    @Test("The customer's invoices look as recorded", arguments: [Language.english, .russian])
    func invoicesGolden(language: Language) throws {
        let (driver, _) = try Self.activities(language: language)
        driver.send(.enter)
        driver.assertMatchesGolden(named: "activities-invoices-\(language.rawValue)")
    }

    @Test("Enter shows the customer's invoices and h the customer's history")
    func customerScreens() throws {
        let (driver, context) = try Self.activities()
        let first = try #require(try context.database.openActivities(matching: WorklistFilter(), offset: 0, limit: 1).first)
        driver.send(.enter)
        #expect(driver.lines.contains { $0.contains("Customer invoices · \(first.customerAccount)") })
        driver.send(.escape)
        driver.send(.character("h"))
        #expect(driver.lines.contains { $0.contains("Customer: \(first.customerAccount)") })
    }

    @Test("The worklist over 100,000 activities reads only the visible rows")
    func pagingCountsQueries() throws {
        let database = try CollectaDatabase.inMemory()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO customer (account, name, currency, language)
                SELECT 'C-' || i, 'Customer ' || i, 'EUR', 'en'
                FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT i FROM n);
                INSERT INTO activity (customer_account, type, description, owner_agent_id, created_date, due_date)
                SELECT 'C-' || i, 'task', 'Call', 'A' || (i % 7), '2026-11-01', date('2026-11-01', '+' || (i % 90) || ' days')
                FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT i FROM n);
                """)
        }
        let context = AppContext(database: database, language: .english, today: AppTestHarness.today)
        var screen = ActivitiesScreen(context: context)
        var buffer = ScreenBuffer(size: Size(width: 100, height: 30))
        let area = Rect(x: 0, y: 0, width: 100, height: 30)
        screen.render(into: &buffer, in: area, theme: .monochrome)
        for _ in 0..<50 { _ = screen.perform(GridCommand.pageDown) }
        _ = screen.perform(GridCommand.end)
        screen.render(into: &buffer, in: area, theme: .monochrome)
        #expect(screen.list.source.counter.counts == 1)
        #expect(screen.list.source.counter.pages == 2)
        #expect(buffer.lines.contains { $0.contains("100000/100000") })
    }
}

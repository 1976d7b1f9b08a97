import CollectaCore
import CollectaStore
import Foundation
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("Manual assignment screens")
struct ManualAssignmentScreenTests {
    static let now = Date(timeIntervalSince1970: 1_795_944_600)  // 2026-11-29T09:30:00Z
    static let nowText = "2026-11-29T09:30:00Z"

    /// The demo company with three customers of our own, named to be found by parts of words.
    static func database() throws -> CollectaDatabase {
        let database = try AppTestHarness.demoDatabase()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO customer (account, name, currency, language, country) VALUES
                    ('ZZ-1', 'ООО «Зюзюка»', 'RUB', 'ru', 'RU'),
                    ('ZZ-2', 'Зюзюка-Юг', 'RUB', 'ru', 'RU'),
                    ('ZZ-3', 'Qwertzu GmbH', 'EUR', 'de', 'DE')
                """)
        }
        return database
    }

    /// The application (user `anna`, a fixed clock) on the Manual assignment screen.
    static func open(
        language: Language = .english, size: Size = Size(width: 100, height: 30),
        database: CollectaDatabase? = nil
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        TestLocale.useUTF8()
        let store = try database ?? self.database()
        let context = AppContext(
            database: store, language: language, today: AppTestHarness.today, environment: ["USER": "anna"])
        context.now = { now }
        let company = try store.loadConfiguration()?.parameters.companyName ?? ""
        let driver = ScreenTestDriver(
            CollectaApplication(context: context, companyName: company), size: size,
            environment: ["NO_COLOR": "1"])
        driver.send(.function(3))
        driver.type(ManualAssignmentTexts.title(language))
        driver.send(.enter)
        return (driver, context)
    }

    static func changes(_ context: AppContext) throws -> [[String]] {
        try context.database.assignmentChanges(limit: 100).reversed().map {
            [$0.customerAccount, $0.fromHierarchyID ?? "-", $0.toHierarchyID ?? "-", $0.changedBy, $0.changedAt]
        }
    }

    @Test("The list and the search look as recorded", arguments: [Language.english, .russian])
    func goldens(language: Language) throws {
        let database = try Self.database()
        _ = try database.assign(["ZZ-1"], toHierarchy: "KEY", by: "boris", at: "2026-11-28T08:00:00Z")
        let (driver, _) = try Self.open(language: language, database: database)
        driver.assertMatchesGolden(named: "manual-\(language.rawValue)")
        driver.send(.function(7))
        driver.type("зюз")
        driver.assertMatchesGolden(named: "manual-search-\(language.rawValue)")
    }

    @Test("At 80×24 every line fits and the essentials show", arguments: [Language.english, .russian])
    func smallTerminal(language: Language) throws {
        let (driver, _) = try Self.open(language: language, size: Size(width: 80, height: 24))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains("KEY") })
        #expect(driver.lines.contains { $0.contains(ManualAssignmentTexts.historyPane(language)) })
        driver.send(.function(7))
        driver.type("qwer")
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains("ZZ-3") && $0.contains("Qwertzu GmbH") })
    }

    @Test("Search by parts of Cyrillic and Latin names, mark three, confirm: assigned and logged")
    func searchMarkAssign() throws {
        let (driver, context) = try Self.open()
        driver.send(.right)  // RU
        driver.send(.function(7))
        driver.type("ЗЮЗЮ")
        #expect(driver.lines.contains { $0.contains("ZZ-1") })
        #expect(driver.lines.contains { $0.contains("ZZ-2") })
        #expect(!driver.lines.contains { $0.contains("ZZ-3") })
        driver.send(.enter, .character(" "), .character(" "))  // done typing; mark both
        driver.send(.escape)  // clears the filter; the marks stay
        driver.send(.function(3))
        driver.type("gmbh qwe")
        driver.send(.enter, .character(" "))
        #expect(driver.lines.contains { $0.contains("3 marked") })
        driver.send(.enter)
        #expect(driver.lines.contains { $0.contains("Assign 3 customers to RU?") })
        driver.send(.left, .enter)
        let manual = try context.database.manualAssignments(toHierarchy: "RU", limit: 100)
            .filter { $0.customerAccount.hasPrefix("ZZ-") }
        #expect(manual == ["ZZ-1", "ZZ-2", "ZZ-3"].map {
            ManualAssignment(customerAccount: $0, hierarchyID: "RU", assignedBy: "anna", assignedAt: Self.nowText)
        })
        #expect(try Self.changes(context) == ["ZZ-1", "ZZ-2", "ZZ-3"].map { [$0, "-", "RU", "anna", Self.nowText] })
        #expect(driver.lines.contains { $0.contains("3 customers assigned to RU") })
        #expect(driver.lines.contains { $0.contains("ZZ-2") && $0.contains("anna") && $0.contains("2026-11-29 09:30") })
    }

    @Test("No on the confirmation assigns nothing")
    func declined() throws {
        let (driver, context) = try Self.open()
        driver.send(.function(7))
        driver.type("zz-3")
        driver.send(.enter, .enter, .enter)  // done typing; assign the cursor row; No
        #expect(try context.database.manualAssignments(limit: 100).filter { $0.customerAccount == "ZZ-3" }.isEmpty)
        #expect(try Self.changes(context).isEmpty)
    }

    @Test("F8 removes the marked customers after the confirmation; F9 moves the cursor one; both logged")
    func removeAndMove() throws {
        let database = try Self.database()
        _ = try database.assign(["ZZ-1", "ZZ-2", "ZZ-3"], toHierarchy: "KEY", by: "boris", at: "2026-11-28T08:00:00Z")
        let (driver, context) = try Self.open(database: database)
        driver.send(.function(3))
        driver.type("zz")
        driver.send(.enter, .character(" "), .character(" "), .function(8))
        #expect(driver.lines.contains { $0.contains("Remove the manual assignment of 2 customers to KEY?") })
        driver.send(.left, .enter)
        #expect(try context.database.manualAssignments(toHierarchy: "KEY", limit: 100).map(\.customerAccount) == ["ZZ-3"])
        driver.send(.function(9))
        #expect(driver.lines.contains { $0.contains("INTL") })
        driver.send(.down, .enter)  // RU, INTL → INTL
        #expect(driver.lines.contains { $0.contains("Move 1 customer from KEY to INTL?") })
        driver.send(.left, .enter)
        #expect(try context.database.manualAssignments(toHierarchy: "INTL", limit: 100).map(\.customerAccount) == ["ZZ-3"])
        #expect(try Self.changes(context).suffix(3) == [
            ["ZZ-1", "KEY", "-", "anna", Self.nowText],
            ["ZZ-2", "KEY", "-", "anna", Self.nowText],
            ["ZZ-3", "KEY", "INTL", "anna", Self.nowText],
        ])
        driver.send(.right, .right)  // KEY → RU → INTL
        driver.send(.function(3))
        driver.type("zz-3")
        driver.send(.enter)
        #expect(driver.lines.contains { $0.contains("KEY → INTL") && $0.contains("anna") })
    }

    @Test("Esc on the search with marks asks before dropping them; without marks it goes back")
    func escapeWithMarks() throws {
        let (driver, context) = try Self.open()
        driver.send(.function(7))
        driver.type("zz")
        driver.send(.enter, .character(" "), .escape)  // clears the filter; the mark stays
        driver.send(.escape)
        #expect(driver.lines.contains { $0.contains("Discard the unsaved changes?") })
        driver.send(.enter)  // No: stays
        #expect(driver.lines.contains { $0.contains("Add customers: KEY") })
        driver.send(.escape, .left, .enter)  // Yes
        #expect(driver.lines.contains { $0.contains("Process hierarchy:") })
        #expect(try Self.changes(context).isEmpty)
    }

    @Test("Without a selection F8 says why")
    func removeDisabled() throws {
        let (driver, _) = try Self.open()
        driver.send(.function(8))
        #expect(driver.lines.contains { $0.contains("No customer is selected.") })
    }

    @Test("F6 on both lists says they keep account order, and the order stays")
    func sortRefused() throws {
        let (driver, _) = try Self.open()
        driver.send(.function(6))
        #expect(driver.lines.contains { $0.contains("The list is always in account order.") })
        driver.send(.function(7))
        let searchBefore = driver.lines.filter { $0.contains("C-") }
        driver.send(.function(6))
        #expect(driver.lines.contains { $0.contains("The list is always in account order.") })
        #expect(driver.lines.filter { $0.contains("C-") } == searchBefore)
    }

    @Test("The search over 100,000 customers reads only the visible pages, to its end")
    func pagingCountsQueries() throws {
        let database = try CollectaDatabase.inMemory()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO customer (account, name, currency, language)
                SELECT printf('C-%06d', i), 'Клиент ' || i, 'RUB', 'ru' FROM (
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)
                    SELECT i FROM n)
                """)
        }
        let context = AppContext(database: database, language: .english, today: AppTestHarness.today)
        let counter = QueryCounter()
        var screen = CustomerSearchScreen(context: context, hierarchyID: "RU", counter: counter)
        var buffer = ScreenBuffer(size: Size(width: 100, height: 30))
        let area = Rect(x: 0, y: 0, width: 100, height: 30)
        screen.render(into: &buffer, in: area, theme: Theme.monochrome)
        #expect(screen.list.rowCount == 100_000)
        for _ in 0..<1_000 { _ = screen.perform(GridCommand.pageDown) }
        _ = screen.perform(GridCommand.end)
        screen.render(into: &buffer, in: area, theme: Theme.monochrome)
        #expect(buffer.line(27).contains("C-100000"))
        #expect(counter.counts == 1)
        #expect(counter.pages == 2)
        #expect(counter.largestPage <= 26)
        for character in "клиент 9999" { _ = screen.handleUnbound(.character(character)) }
        screen.render(into: &buffer, in: area, theme: Theme.monochrome)
        #expect(screen.list.rowCount == 19)  // 9999, 19999…89999, 99990…99999
        #expect(counter.counts == 1 + "клиент 9999".count)
    }
}

import CollectaCore
import CollectaStore
import GRDB
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("Process assignment screens")
struct AssignmentScreensTests {
    static func open(
        language: Language = .english, size: Size = Size(width: 100, height: 30)
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        try AppTestHarness.open(AssignmentsTexts.menuEntry, language: language, size: size)
    }

    /// What R1 gives on the demo company: account → hierarchy, for every assigned customer.
    static func expected(_ context: AppContext) throws -> [String: String] {
        var result: [String: String] = [:]
        try context.database.forEachAssignmentPage(
            configuration: context.configurationOrEmpty(), asOf: context.today
        ) { page in
            for customer in page { if let id = customer.assignment?.hierarchyID { result[customer.account] = id } }
        }
        return result
    }

    @Test("The three screens look as recorded", arguments: [Language.english, .russian])
    func goldens(language: Language) throws {
        let (driver, _) = try Self.open(language: language)
        driver.assertMatchesGolden(named: "assignments-\(language.rawValue)")
        driver.send(.function(9))
        driver.assertMatchesGolden(named: "assignments-steps-\(language.rawValue)")
        driver.send(.right, .right)
        driver.assertMatchesGolden(named: "assignments-ru-hierarchy-\(language.rawValue)")
        driver.send(.enter)
        driver.assertMatchesGolden(named: "assignment-customer-\(language.rawValue)")
        driver.send(.escape, .function(5))
        driver.assertMatchesGolden(named: "assignment-process-\(language.rawValue)")
        driver.send(.right)
        driver.assertMatchesGolden(named: "assignment-elsewhere-\(language.rawValue)")
    }

    @Test("Every screen fits 80×24", arguments: [Language.english, .russian])
    func fits(language: Language) throws {
        let (driver, _) = try Self.open(language: language, size: Size(width: 80, height: 24))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains(AssignmentsTexts.hierarchyLabel(language)) })
        driver.send(.function(9))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        driver.send(.right, .right, .enter)
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains(AssignmentsTexts.winnerColumn(language)) })
        driver.send(.escape, .function(5))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains(AssignmentsTexts.wouldGetTab(language)) })
    }

    @Test("The hierarchy choice (←/→, wrapping through All) shows exactly R1's customers")
    func selection() throws {
        let context = AppContext(database: try AppTestHarness.demoDatabase(), language: .english,
                                 today: AppTestHarness.today)
        let expected = try Self.expected(context)
        var screen = ProcessAssignmentScreen(context: context)
        #expect(screen.hierarchy == nil)
        #expect(screen.list.rowCount == expected.count)
        for id in ["KEY", "RU", "INTL"] {
            _ = screen.perform(ProcessAssignmentScreen.nextCommand)
            #expect(screen.hierarchy?.id == id)
            let rows = screen.list.source.rows(in: 0..<screen.list.rowCount, matching: screen.list.query)
            #expect(Set(rows.map(\.id)) == Set(expected.filter { $0.value == id }.keys))
        }
        _ = screen.perform(ProcessAssignmentScreen.nextCommand)
        #expect(screen.hierarchy == nil)
        _ = screen.perform(ProcessAssignmentScreen.previousCommand)
        #expect(screen.hierarchy?.id == "INTL")
        #expect(ProcessAssignmentScreen(context: context, hierarchyID: "RU").hierarchy?.id == "RU")
        #expect(screen.availability(of: ProcessAssignmentScreen.processCommand) == .enabled)
        _ = screen.perform(ProcessAssignmentScreen.nextCommand)
        #expect(screen.availability(of: ProcessAssignmentScreen.processCommand) != .enabled)
    }

    @Test("The filter matches account or name; sorting by a stored column orders in SQL")
    func filterAndSort() throws {
        let (driver, context) = try Self.open()
        let expected = try Self.expected(context)
        let account = try #require(expected.keys.sorted().last)
        driver.send(.function(3))
        driver.type(account)
        driver.send(.enter)
        #expect(driver.lines.contains { $0.contains("Customers: 1") })
        #expect(driver.lines.contains { $0.contains(account) })

        var screen = ProcessAssignmentScreen(context: context)
        screen.list.setSort(GridSort(columnID: "open", direction: .descending))
        let rows = screen.list.source.rows(in: 0..<screen.list.rowCount, matching: screen.list.query)
        let balances = rows.map { Double($0.cells[4]) ?? 0 }
        #expect(balances == balances.sorted(by: >))
        #expect(screen.list.columns.first { $0.id == "invoice" }?.isSortable == false)
    }

    @Test("The next step column follows NextStep.after for the leading invoice")
    func nextStepColumn() throws {
        let context = AppContext(database: try AppTestHarness.demoDatabase(), language: .english,
                                 today: AppTestHarness.today)
        let configuration = context.configurationOrEmpty()
        let rows = try context.database.processAssignments(
            ProcessAssignmentQuery(), configuration: configuration, asOf: context.today, offset: 0, limit: 100)
        let withInvoice = rows.filter { $0.leadingDueDate != nil }
        #expect(!withInvoice.isEmpty)
        let source = ProcessAssignmentScreen.makeList(
            context: context, configuration: configuration, hierarchyID: nil, columnSet: .steps).source
        for row in withInvoice {
            let hierarchy = try #require(configuration.hierarchies.first { $0.id == row.hierarchyID })
            let next = NextStep.after(executedLines: row.executedStepLines, in: hierarchy, dueDate: row.leadingDueDate!)
            let cells = source.gridRow(row).cells
            #expect(cells[4] == (next.map { "\($0.step.line) \($0.step.description)" } ?? ""))
            #expect(cells[5] == (next?.dueOn.isoString ?? ""))
        }
    }

    @Test("Customer preview: candidates with outcome and reason, the winner named")
    func customerPreview() throws {
        let context = AppContext(database: try AppTestHarness.demoDatabase(), language: .english,
                                 today: AppTestHarness.today)
        let expected = try Self.expected(context)
        let account = try #require(expected.keys.sorted().first)
        let screen = CustomerAssignmentScreen(context: context, account: account)
        #expect(screen.customer?.account == account)
        #expect(screen.winnerLine.hasPrefix("Goes to: \(expected[account]!) — "))
        let candidates = screen.candidateGrid
        #expect(candidates.rowCount == screen.customer?.candidates.count)
        #expect(candidates.source.allRows.contains { $0.cells[3] == "wins" })
    }

    @Test("Process preview: tabs switch the list; elsewhere lists pool matches won by others")
    func processPreview() throws {
        let context = AppContext(database: try AppTestHarness.demoDatabase(), language: .english,
                                 today: AppTestHarness.today)
        let configuration = context.configurationOrEmpty()
        for hierarchy in configuration.hierarchies {
            var screen = ProcessPreviewScreen(context: context, hierarchyID: hierarchy.id)
            var gets: Set<String> = []
            var elsewhere: Set<String> = []
            try context.database.forEachAssignmentPage(
                configuration: configuration, asOf: context.today, filter: .claimed(byHierarchy: hierarchy.id)
            ) { page in
                for customer in page {
                    if customer.assignment?.hierarchyID == hierarchy.id { gets.insert(customer.account) }
                    else { elsewhere.insert(customer.account) }
                }
            }
            #expect(screen.assigned.rowCount == gets.count)
            #expect(screen.elsewhere.rowCount == elsewhere.count)
            let rows = screen.elsewhere.source.rows(in: 0..<screen.elsewhere.rowCount, matching: GridQuery())
            #expect(Set(rows.map(\.id)) == elsewhere)
            #expect(rows.allSatisfy { !$0.cells[3].isEmpty })
            #expect(screen.tabs.selectedIndex == 0)
            _ = screen.perform(Tabs.nextCommand)
            #expect(screen.tabs.selectedIndex == 1)
            _ = screen.perform(Tabs.nextCommand)
            #expect(screen.tabs.selectedIndex == 0)
        }
    }

    @Test("On 100,000 customers, opening and paging to the end read only the visible pages")
    func paging() throws {
        let database = try AppTestHarness.demoDatabase()
        try database.generateCustomers(100_000)
        let context = AppContext(database: database, language: .english, today: AppTestHarness.today)
        var screen = ProcessAssignmentScreen(context: context)
        let log = screen.list.source.log
        #expect(screen.list.rowCount >= 100_000)
        #expect(log.counts == 1)
        var buffer = ScreenBuffer(size: Size(width: 100, height: 26))
        let area = Rect(x: 0, y: 0, width: 100, height: 26)
        screen.render(into: &buffer, in: area, theme: Theme.monochrome)
        #expect(log.pages == 1)
        _ = screen.perform(GridCommand.end)
        screen.render(into: &buffer, in: area, theme: Theme.monochrome)
        screen.render(into: &buffer, in: area, theme: Theme.monochrome)
        #expect(log.pages == 2)
        #expect(log.counts == 1)
        #expect(buffer.lines.contains { $0.contains("Customers: \(screen.list.rowCount)") })
        _ = screen.perform(GridCommand.pageUp)
        screen.render(into: &buffer, in: area, theme: Theme.monochrome)
        #expect(log.pages == 3)
        #expect(log.cached?.rows.count ?? 0 <= 30)
    }
}

extension CollectaDatabase {
    /// Adds `count` Russian retail customers (accounts G000001…) in one SQL statement: the RU
    /// hierarchy's pool matches them all.
    func generateCustomers(_ count: Int) throws {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO customer (account, name, customer_group, currency, language, country)
                SELECT printf('G%06d', i), printf('Generated customer %d', i), 'RETAIL', 'RUB', 'ru-RU', 'RU'
                FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) SELECT i FROM n)
                """, arguments: [count])
        }
    }
}

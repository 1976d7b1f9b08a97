import CollectaCore
import CollectaStore
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("Process assignment screens: manual assignments, setup, lookup and previews")
struct AssignmentScreensMoreTests {
    static func context(_ database: CollectaDatabase) -> AppContext {
        AppContext(database: database, language: .english, today: AppTestHarness.today)
    }

    @Test("SQL R1 agrees with AssignmentResolver: a manual assignment wins, even to an inactive hierarchy")
    func manualAndInactive() throws {
        let database = try AppTestHarness.demoDatabase()
        var configuration = try #require(try database.loadConfiguration())
        let index = try #require(configuration.hierarchies.firstIndex { $0.id == "INTL" })
        configuration.hierarchies[index].isActive = false
        try database.replaceConfiguration(with: configuration) { _, _ in }
        let customers = try database.customers(containing: "", offset: 0, limit: 3).map(\.account)
        _ = try database.assign([customers[0]], toHierarchy: "KEY", by: "anna", at: "2026-11-29T10:00:00Z")
        _ = try database.assign([customers[1]], toHierarchy: "INTL", by: "anna", at: "2026-11-29T10:00:00Z")
        let context = Self.context(database)

        var expected: [String: String] = [:]
        try database.forEachAssignmentPage(configuration: configuration, asOf: context.today) { page in
            for customer in page { if let id = customer.assignment?.hierarchyID { expected[customer.account] = id } }
        }
        let rows = try database.processAssignments(
            ProcessAssignmentQuery(), configuration: configuration, asOf: context.today, offset: 0, limit: 1_000)
        #expect(Dictionary(uniqueKeysWithValues: rows.map { ($0.account, $0.hierarchyID) }) == expected)
        #expect(rows.first { $0.account == customers[0] }?.source == .manual)
        #expect(rows.first { $0.account == customers[1] }?.hierarchyID == "INTL")

        let screen = CustomerAssignmentScreen(context: context, account: customers[0])
        #expect(screen.winnerLine.contains("KEY — assigned by hand on 2026-11-29 by anna"))
        let russian = CustomerAssignmentScreen(
            context: AppContext(database: database, language: .russian, today: context.today), account: customers[0])
        #expect(russian.winnerLine.contains("назначен вручную 2026-11-29, пользователь anna"))
    }

    @Test("F5 on the setup page opens the assignment list on the hierarchy at the cursor")
    func fromSetup() throws {
        let (driver, _) = try SetupHarness.open()
        driver.send(.down, .function(5))
        #expect(driver.lines.contains { $0.contains("Process hierarchy: ◄ RU (Rank 2) ►") })
        driver.send(.escape)
        #expect(driver.lines.contains { $0.contains("Collections process setup") })
    }

    @Test("The customer lookup filters by account or name, the candidates follow the cursor")
    func lookupFilter() throws {
        let (driver, context) = try AssignmentScreensTests.open()
        driver.send(.right, .right, .enter)
        driver.send(.function(3))
        driver.type("Вектор")
        driver.send(.enter)
        let name = try #require(try context.database.customers(containing: "Вектор", offset: 0, limit: 1).first)
        #expect(driver.lines.contains { $0.contains("\(name.account) \(name.name)") })
        #expect(driver.lines.contains { $0.contains("Goes to: RU") })
        driver.send(.escape, .home, .down)
        #expect(driver.lines.contains { $0.contains("C-000002") && $0.contains("─") })
    }

    @Test("On 100,000 customers the lookup and the preview tabs read only visible pages")
    func previewPaging() throws {
        let database = try AppTestHarness.demoDatabase()
        try database.generateCustomers(100_000)
        let context = Self.context(database)
        var lookup = CustomerAssignmentScreen(context: context)
        #expect(lookup.lookup.rowCount == 100_020)
        #expect(lookup.lookup.source.log.counts == 1)
        _ = lookup.perform(GridCommand.end)
        var buffer = ScreenBuffer(size: Size(width: 100, height: 26))
        let area = Rect(x: 0, y: 0, width: 100, height: 26)
        lookup.render(into: &buffer, in: area, theme: Theme.monochrome)
        #expect(lookup.lookup.source.log.pages <= 3)
        #expect(lookup.customer?.account == "G100000")

        var preview = ProcessPreviewScreen(context: context, hierarchyID: "RU")
        #expect(preview.assigned.rowCount >= 100_000)
        preview.render(into: &buffer, in: area, theme: Theme.monochrome)
        _ = preview.perform(GridCommand.end)
        preview.render(into: &buffer, in: area, theme: Theme.monochrome)
        #expect(preview.assigned.source.log.pages == 2)
        #expect(preview.assigned.source.log.counts == 1)
        _ = preview.perform(Tabs.nextCommand)
        preview.render(into: &buffer, in: area, theme: Theme.monochrome)
        #expect(preview.elsewhere.source.log.counts == 1)
        #expect(preview.elsewhere.source.log.pages <= 1)
    }

    @Test("Every sortable column sorts in SQL both ways; a LIKE wildcard in the filter is literal")
    func sortsAndFilter() throws {
        let context = Self.context(try AppTestHarness.demoDatabase())
        let configuration = context.configurationOrEmpty()
        for sort in ProcessAssignmentSort.allCases {
            for descending in [false, true] {
                let rows = try context.database.processAssignments(
                    ProcessAssignmentQuery(sort: sort, descending: descending), configuration: configuration,
                    asOf: context.today, offset: 0, limit: 100)
                let keys: [String] = rows.map { row in
                    switch sort {
                    case .account: row.account
                    case .name: row.name
                    case .hierarchy: row.hierarchyID
                    case .source: row.source.rawValue
                    case .openBalance: String(format: "%020lld", row.openBalance.minorUnits)
                    case .overdueBalance: String(format: "%020lld", row.overdueBalance.minorUnits)
                    }
                }
                #expect(keys == (descending ? keys.sorted(by: >) : keys.sorted()), "\(sort) \(descending)")
            }
        }
        #expect(try context.database.countProcessAssignments(
            ProcessAssignmentQuery(text: "%"), configuration: configuration, asOf: context.today) == 0)
        #expect(try context.database.countProcessAssignments(
            ProcessAssignmentQuery(text: "c-0000"), configuration: configuration, asOf: context.today) > 0)
    }

    @Test("A pool criterion that cannot be read is shown instead of an empty list")
    func malformedCriterion() throws {
        let database = try AppTestHarness.demoDatabase()
        var configuration = try #require(try database.loadConfiguration())
        let index = try #require(configuration.pools.firstIndex { $0.id == "INTERNATIONAL" })
        configuration.pools[index].criteria = [PoolCriterion(field: .openBalance, range: ">>x")]
        try database.replaceConfiguration(with: configuration) { _, _ in }
        let (driver, _) = try AppTestHarness.driver(database: database)
        driver.send(.function(3))
        driver.type(AssignmentsTexts.menuEntry(.english))
        driver.send(.enter)
        #expect(driver.lines.contains { $0.contains("The customers cannot be read: ") })
    }
}

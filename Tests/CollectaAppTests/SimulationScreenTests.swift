import CollectaCore
import CollectaStore
import Foundation
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("Simulation screen")
struct SimulationScreenTests {
    static func simulation(
        language: Language = .english, size: Size = Size(width: 100, height: 30)
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        let (driver, context) = try AppTestHarness.open(SimulationTexts.title, language: language, size: size)
        finish(driver)
        return (driver, context)
    }

    /// Ticks until the simulation is computed.
    static func finish(_ driver: ScreenTestDriver<CollectaApplication>) {
        var ticks = 0
        while driver.application.tickInterval != nil && ticks < 1000 {
            driver.tick()
            ticks += 1
        }
    }

    @Test("The simulation is computed on ticks, page by page, with its progress shown meanwhile")
    func computesOnTicks() throws {
        let (driver, _) = try AppTestHarness.open(SimulationTexts.title)
        #expect(driver.application.tickInterval != nil)
        #expect(driver.lines.contains { $0.contains("Simulating: 0 of 20 customers") })
        driver.send(.function(2))
        #expect(driver.lines.contains { $0.contains("still being computed") })
        driver.tick()
        #expect(driver.lines.contains { $0.contains("Customers considered: 20") })
        driver.tick()
        #expect(driver.application.tickInterval == nil)
        #expect(!driver.lines.contains { $0.contains("Simulating") })
    }

    @Test("Both tabs look as recorded", arguments: [Language.english, .russian])
    func golden(language: Language) throws {
        let (driver, _) = try Self.simulation(language: language)
        driver.assertMatchesGolden(named: "simulation-actions-\(language.rawValue)")
        driver.send(.tab)
        driver.assertMatchesGolden(named: "simulation-customers-\(language.rawValue)")
    }

    @Test("At 80×24 every line fits and the header, tabs and first columns show", arguments: [Language.english, .russian])
    func fits(language: Language) throws {
        let (driver, _) = try Self.simulation(language: language, size: Size(width: 80, height: 24))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains(SimulationTexts.actionsTab(language)) })
        #expect(driver.lines.contains { $0.contains("2026-11-29") })
        driver.send(.tab)
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains(SimulationTexts.reason(.acted)(language)) })
    }

    @Test("The tabs switch with Tab; the customers tab lists every customer with a reason and pages to the end")
    func tabsAndPaging() throws {
        let (driver, context) = try Self.simulation()
        let result = try SimulationResult.compute(context.database, on: context.today, hierarchyID: nil)
        #expect(result.customers.count == 20)
        #expect(!result.actions.isEmpty)
        #expect(driver.lines.contains { $0.contains("[ Actions ]") })
        driver.send(.tab)
        #expect(driver.lines.contains { $0.contains("[ Customers ]") })
        driver.send(.end)
        let last = try #require(result.customers.last?.customerAccount)
        #expect(driver.lines.contains { $0.contains(last) })
        driver.send(.tab)
        #expect(driver.lines.contains { $0.contains("[ Actions ]") })
    }

    @Test("F5 asks for the date, refuses a non-date, and simulates the new date")
    func changeDate() throws {
        let (driver, _) = try Self.simulation()
        driver.send(.function(5))
        for _ in 0..<10 { driver.send(.backspace) }
        driver.type("2026-13-01")
        driver.send(.enter)
        #expect(driver.lines.contains { $0.contains("Not a date") })
        for _ in 0..<10 { driver.send(.backspace) }
        driver.type("2026-12-15")
        driver.send(.enter)
        Self.finish(driver)
        #expect(driver.lines.contains { $0.contains("Date: 2026-12-15") })
    }

    @Test("F9 switches from all hierarchies to each active one and back")
    func hierarchySwitch() throws {
        let (driver, context) = try Self.simulation()
        let active = SimulationCommand.activeHierarchies(context)
        let first = try #require(active.first)
        driver.send(.function(9))
        #expect(driver.lines.contains { $0.contains("Hierarchy: \(first)") })
        for _ in active { driver.send(.function(9)) }
        #expect(driver.lines.contains { $0.contains("Hierarchy: all active") })
    }

    @Test("The CSV export writes the columns and rows of collecta simulate --format csv")
    func csvExport() throws {
        let (_, context) = try AppTestHarness.driver()
        var screen = SimulationScreen(context: context)
        while screen.wantsTicks { screen.tick() }
        let path = NSTemporaryDirectory() + "collecta-simulation-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        screen.export(to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "date,hierarchy,customer,step,action,invoice,dueDate,daysFromDue,preDunning,document,recipients,language,status,reason,letterLevel,predictionLevel,createdRecord")
        #expect(lines.count == screen.result.actions.count + 1)
        let first = try #require(screen.result.actions.first)
        #expect(lines[1].hasPrefix("2026-11-29,\(first.action.hierarchyID),\(first.customer),"))
        #expect(lines.dropFirst().allSatisfy { $0.contains(",planned,") || $0.contains(",failed,") })
    }

    @Test("F2 prompts for a path and writes the file")
    func exportThroughPrompt() throws {
        let (driver, _) = try Self.simulation()
        let path = NSTemporaryDirectory() + "collecta-sim-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        driver.send(.function(2))
        for _ in 0..<200 { driver.send(.backspace) }
        driver.type(path)
        driver.send(.enter)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(driver.lines.contains { $0.contains("written to") })
    }

    @Test("On 100,000 customers each tick simulates one page of 1,000 and the grid shows what is done")
    func largeCompanyOnePagePerTick() throws {
        let database = try AppTestHarness.demoDatabase()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO customer (account, name, currency, language)
                SELECT printf('Z-%06d', i), 'Generated ' || i, 'EUR', 'en'
                FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 99980) SELECT i FROM n)
                """)
        }
        let (driver, _) = try AppTestHarness.driver(database: database)
        driver.send(.function(3))
        driver.type(SimulationTexts.title(.english))
        driver.send(.enter)
        #expect(driver.lines.contains { $0.contains("Simulating: 0 of 100000 customers") })
        driver.tick()
        #expect(driver.lines.contains { $0.contains("Simulating: 1000 of 100000 customers") })
        driver.send(.tab)
        #expect(driver.lines.contains { $0.contains("1/1000") })
        driver.send(.escape)
        #expect(driver.application.tickInterval == nil)
    }
}

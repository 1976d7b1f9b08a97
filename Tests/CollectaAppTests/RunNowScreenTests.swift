import CollectaCore
import CollectaStore
import Foundation
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("Run automation screen")
struct RunNowScreenTests {
    static func runScreen(
        language: Language = .english, size: Size = Size(width: 100, height: 30)
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        try AppTestHarness.open(SimulationTexts.runTitle, language: language, size: size)
    }

    /// Enter, then Yes in the confirmation.
    static func confirm(_ driver: ScreenTestDriver<CollectaApplication>) {
        driver.send(.enter)
        driver.send(.left, .enter)
    }

    static func tickUntilDone(_ driver: ScreenTestDriver<CollectaApplication>) -> Int {
        var ticks = 0
        while driver.application.tickInterval != nil && ticks < 1000 {
            driver.tick()
            ticks += 1
        }
        return ticks
    }

    @Test("Choosing, confirming, progress and summary look as recorded", arguments: [Language.english, .russian])
    func golden(language: Language) throws {
        let (driver, _) = try Self.runScreen(language: language)
        driver.assertMatchesGolden(named: "run-choose-\(language.rawValue)")
        driver.send(.enter)
        driver.assertMatchesGolden(named: "run-confirm-\(language.rawValue)")
        driver.send(.left, .enter)
        driver.tick()
        driver.tick()
        driver.assertMatchesGolden(named: "run-progress-\(language.rawValue)")
        _ = Self.tickUntilDone(driver)
        driver.assertMatchesGolden(named: "run-summary-\(language.rawValue)")
    }

    @Test("At 80×24 every line fits, also the progress and the summary", arguments: [Language.english, .russian])
    func fits(language: Language) throws {
        let (driver, _) = try Self.runScreen(language: language, size: Size(width: 80, height: 24))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        Self.confirm(driver)
        driver.tick()
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains(" / 20") })
        _ = Self.tickUntilDone(driver)
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains(SimulationTexts.total(language)) })
    }

    @Test("The run advances one page per tick and ends as a one-shot run of the same data")
    func advancesOnTicks() throws {
        let (driver, context) = try Self.runScreen()
        #expect(driver.application.tickInterval == nil)
        Self.confirm(driver)
        #expect(driver.application.tickInterval != nil)
        #expect(driver.lines.contains { $0.contains("0 / 20") })
        driver.tick()
        #expect(driver.lines.contains { $0.contains("2 / 20") })
        driver.tick()
        driver.tick()
        #expect(driver.lines.contains { $0.contains("6 / 20") })
        let ticks = Self.tickUntilDone(driver)
        #expect(ticks == 8)  // 7 more pages, then the empty page that finishes
        #expect(driver.lines.contains { $0.contains("The run is completed.") })

        let reference = try AppTestHarness.demoDatabase()
        let oneShot = try reference.run(RunOptions(runDate: context.today, startedAt: "2026-11-29T06:00:00Z"))
        #expect(driver.lines.contains { $0.contains("Total") && $0.contains(" \(oneShot.actionsExecuted) ") })
        let history = try context.database.history(matching: HistoryFilter(from: context.today, to: context.today), limit: 10_000).count
        let referenceHistory = try reference.history(matching: HistoryFilter(from: context.today, to: context.today), limit: 10_000).count
        #expect(history == referenceHistory)
    }

    @Test("Esc cancels after the current page; running again resumes and completes the run")
    func cancelThenResume() throws {
        let (driver, context) = try Self.runScreen()
        Self.confirm(driver)
        driver.tick()
        driver.tick()
        driver.send(.escape)
        #expect(driver.lines.contains { $0.contains("Cancelling") })
        driver.tick()
        #expect(driver.application.tickInterval == nil)
        #expect(driver.lines.contains { $0.contains("cancelled") })
        #expect(driver.lines.contains { $0.contains("Customers processed: 4") })
        Self.confirm(driver)
        _ = Self.tickUntilDone(driver)
        #expect(driver.lines.contains { $0.contains("resumed") })
        #expect(driver.lines.contains { $0.contains("Customers processed: 20") })

        let reference = try AppTestHarness.demoDatabase()
        _ = try reference.run(RunOptions(runDate: context.today, startedAt: "2026-11-29T06:00:00Z"))
        let history = try context.database.history(matching: HistoryFilter(from: context.today, to: context.today), limit: 10_000).count
        #expect(history == (try reference.history(matching: HistoryFilter(from: context.today, to: context.today), limit: 10_000).count))
    }

    @Test("R16: the summary says what the run did about predictions, in both languages")
    func predictionLines() {
        let computed = SimulationTexts.predictions(.computed(count: 53))
        #expect(computed(.english) == "Payment predictions: 53 computed and stored")
        #expect(computed(.russian) == "Прогнозы оплаты: рассчитано и сохранено 53")
        let stored = SimulationTexts.predictions(.alreadyStored)
        #expect(stored(.english).contains("computed on the run date were used"))
        #expect(stored(.russian).contains("рассчитанные на дату запуска"))
        let failed = SimulationTexts.predictions(.notComputed(reason: "too little payment history"))
        #expect(failed(.english).contains("not computed (too little payment history)"))
        #expect(failed(.russian).contains("не рассчитаны (too little payment history)"))
    }

    @Test("A second run for the same date has nothing to run")
    func secondRunHasNothing() throws {
        let (driver, _) = try Self.runScreen()
        Self.confirm(driver)
        _ = Self.tickUntilDone(driver)
        Self.confirm(driver)
        #expect(driver.application.tickInterval == nil)
        #expect(driver.lines.contains { $0.contains("Nothing to run") })
    }

    @Test("On 100,000 customers a tick commits one page of 500: the screen stays responsive and can cancel")
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
        driver.type(SimulationTexts.runTitle(.english))
        driver.send(.enter)
        Self.confirm(driver)
        driver.tick()
        #expect(driver.lines.contains { $0.contains("500 / 100000") })
        driver.tick()
        #expect(driver.lines.contains { $0.contains("1000 / 100000") })
        driver.send(.escape)
        driver.tick()
        #expect(driver.application.tickInterval == nil)
        #expect(driver.lines.contains { $0.contains("Customers processed: 1000") })
    }
}

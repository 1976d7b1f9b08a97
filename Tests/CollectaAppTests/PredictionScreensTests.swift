import CollectaCore
import CollectaStore
import GRDB
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

/// The payment predictions in the assignment views and the simulation (R16): the prediction
/// column (worst level and its probability), and the riskiest invoice's factors in words.
@MainActor
@Suite("Prediction column and factors")
struct PredictionScreensTests {
    static let factors = [
        PredictionFactor(kind: .lateHistory, facts: ["7", "9"], contribution: 1.2),
        PredictionFactor(kind: .overdueElsewhere, facts: ["2"], contribution: 0.45),
        PredictionFactor(kind: .paymentTerms, facts: ["30"], contribution: -0.3),
    ]

    /// The 20-customer demo company with predictions (on time, late, very late in basis points)
    /// for the earliest-due open sales-order invoice (one R16 may act on) of three customers:
    /// C-000001 very late 72 %, C-000002 none reached (on time 81 %), C-000004 late 65 %.
    static func database() throws -> CollectaDatabase {
        let database = try AppTestHarness.demoDatabase()
        let rows = [("C-000001", 1000, 1800, 7200), ("C-000002", 8100, 1500, 400), ("C-000004", 3500, 4500, 2000)]
        try database.writer.write { db in
            for (account, onTime, late, veryLate) in rows {
                try db.execute(
                    sql: """
                        INSERT INTO payment_prediction (invoice_id, on_time_bp, late_bp, very_late_bp, computed_on, factors)
                        SELECT id, ?, ?, ?, '2026-11-29', ? FROM invoice
                        WHERE customer_account = ? AND open_amount > 0 AND origin = 'salesOrder'
                          AND status NOT IN ('disputed', 'promisedToPay')
                        ORDER BY due_date, id LIMIT 1
                        """,
                    arguments: [onTime, late, veryLate, PredictionFactor.storedText(of: factors), account])
            }
        }
        return database
    }

    static func open(_ entry: LocalizedText, language: Language) throws -> ScreenTestDriver<CollectaApplication> {
        let (driver, _) = try AppTestHarness.driver(language: language, database: try database())
        driver.send(.function(3))
        driver.type(entry(language))
        driver.send(.enter)
        return driver
    }

    @Test("The prediction columns and the customer's factors look as recorded", arguments: [Language.english, .russian])
    func goldens(language: Language) throws {
        let driver = try Self.open(AssignmentsTexts.menuEntry, language: language)
        driver.send(.function(9), .function(9))
        driver.assertMatchesGolden(named: "assignments-predictions-\(language.rawValue)")
        driver.send(.enter)
        driver.assertMatchesGolden(named: "assignment-customer-prediction-\(language.rawValue)")
    }

    @Test("The simulation's explanation shows the prediction and its factors", arguments: [Language.english, .russian])
    func simulationGolden(language: Language) throws {
        let driver = try Self.open(SimulationTexts.title, language: language)
        SimulationScreenTests.finish(driver)
        driver.send(.down)
        driver.assertMatchesGolden(named: "simulation-prediction-action-\(language.rawValue)")
        driver.send(.tab)
        driver.assertMatchesGolden(named: "simulation-prediction-\(language.rawValue)")
    }

    @Test("The column: worst level and its probability, the riskiest invoice, blank without a prediction")
    func column() throws {
        let context = AppContext(database: try Self.database(), language: .english, today: AppTestHarness.today)
        let list = ProcessAssignmentScreen.makeList(
            context: context, configuration: context.configurationOrEmpty(), hierarchyID: nil, columnSet: .predictions)
        let rows = list.source.rows(in: 0..<list.rowCount, matching: list.query)
        let cells = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, Array($0.cells.dropFirst(3))) })
        #expect(cells["C-000001"]?[0] == "Very late  72%")
        #expect(cells["C-000001"]?.suffix(3) == ["10%", "18%", "72%"])
        #expect(cells["C-000002"]?[0] == "On time    81%")
        #expect(cells["C-000004"]?[0] == "Late       65%")
        #expect(cells["C-000005"] == ["", "", "", "", ""])
        #expect(list.columns.allSatisfy { !["prediction", "onTime"].contains($0.id) || !$0.isSortable })

        let paged = ProcessAssignmentScreen.makeList(
            context: context, configuration: context.configurationOrEmpty(), hierarchyID: nil, columnSet: .predictions)
        let page = paged.source.rows(in: 0..<2, matching: paged.query)
        #expect(page.map(\.id) == ["C-000001", "C-000002"])
        #expect(Set(paged.source.log.predictions.keys) == ["C-000001", "C-000002"])
    }

    @Test("At 80×24 the prediction columns fit", arguments: [Language.english, .russian])
    func fits(language: Language) throws {
        let (driver, _) = try AppTestHarness.driver(
            language: language, size: Size(width: 80, height: 24), database: try Self.database())
        driver.send(.function(3))
        driver.type(AssignmentsTexts.menuEntry(language))
        driver.send(.enter, .function(9), .function(9))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains(AssignmentsTexts.predictionColumn(language)) })
        driver.send(.enter)
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains(PredictionWords.prediction(language) + ":") })
    }

    @Test("Russian levels align: the percentages end in one column")
    func russianCells() throws {
        TestLocale.useUTF8()
        let words = PredictionWords(language: .russian)
        let prediction = PaymentPrediction(
            invoiceID: "I", onTimeBasisPoints: 1000, lateBasisPoints: 3500, veryLateBasisPoints: 5500,
            computedOn: AppTestHarness.today)
        let cells = [PredictionLevel.veryLate, .late, nil].map {
            words.cell(CustomerPrediction(account: "C", prediction: prediction, level: $0))
        }
        #expect(cells == ["Оч. поздно  55%", "Поздно      90%", "В срок      10%"])
        #expect(Set(cells.map(DisplayWidth.of)).count == 1)
    }

    @Test("The customer preview lists the riskiest invoice, its probabilities and factors in words")
    func customerLines() throws {
        let database = try Self.database()
        let english = CustomerAssignmentScreen(
            context: AppContext(database: database, language: .english, today: AppTestHarness.today), account: "C-000001")
        let invoice = try #require(english.prediction?.prediction.invoiceID)
        #expect(english.predictionLines == [
            "Prediction: Very late 72% — \(invoice): on time 10%, late 18%, very late 72%",
            "  + paid late 7 of 9 earlier invoices", "  + 2 other invoices overdue", "  - payment terms of 30 days",
        ])
        let russian = CustomerAssignmentScreen(
            context: AppContext(database: database, language: .russian, today: AppTestHarness.today), account: "C-000001")
        #expect(russian.predictionLines.first == "Прогноз: Оч. поздно 72% — \(invoice): в срок 10%, поздно 18%, оч. поздно 72%")
        #expect(russian.predictionLines.dropFirst().first == "  + оплачено с опозданием 7 из 9 прежних счетов")
        let none = CustomerAssignmentScreen(
            context: AppContext(database: database, language: .english, today: AppTestHarness.today), account: "C-000005")
        #expect(none.prediction == nil && none.predictionLines.isEmpty)
    }

    @Test("R16 in the simulation: a prediction activity's invoice, or the riskiest of a predicting hierarchy only")
    func simulationPredictions() throws {
        let database = try Self.database()
        let configuration = try #require(try database.loadConfiguration())
        let predictions = SimulationPredictions(database: database, configuration: configuration)
        var decisions: [CustomerDecision] = []
        try database.simulate(on: AppTestHarness.today) { decisions += $0 }
        let found = try predictions.predictions(of: decisions)
        for decision in decisions {
            let activity = decision.actions.first { $0.kind == .predictionActivity }
            let usesPredictions = decision.assignment.map { predictions.hierarchyIDs.contains($0.hierarchyID) } ?? false
            if let activity {
                #expect(found[decision.customerAccount]?.prediction.invoiceID == activity.invoice.id)
                #expect(found[decision.customerAccount]?.level == activity.predictionLevel)
            } else if !usesPredictions {
                #expect(found[decision.customerAccount] == nil, "\(decision.customerAccount)")
            }
        }
        #expect(found["C-000001"] != nil)
        #expect(found["C-000002"] == nil)  // RU does not use predictions
    }
}

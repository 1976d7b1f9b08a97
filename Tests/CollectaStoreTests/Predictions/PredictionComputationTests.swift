import CollectaCore
import GRDB
import Testing

@testable import CollectaStore

/// Computing, storing and replacing payment predictions, and the run computing them first (R16).
@Suite("Prediction computation and storage")
struct PredictionComputationTests {
    static let today = RunnerTests.today

    static func openInvoiceIDs(_ database: CollectaDatabase) throws -> [String] {
        try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT id FROM invoice WHERE open_amount > 0 ORDER BY id")
        }
    }

    @Test("one prediction per open invoice, computed on the date, with factors; the summary counts them")
    func storesOnePerOpenInvoice() throws {
        let database = try RunnerTests.company(seed: 3)
        // A prediction left from before for an invoice since settled: replaced away.
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO payment_prediction (invoice_id, on_time_bp, late_bp, very_late_bp, computed_on)
                SELECT id, 10000, 0, 0, '2026-01-01' FROM invoice WHERE open_amount = 0 LIMIT 1
                """)
        }
        let summary = try database.computePredictions(asOf: Self.today)
        let stored = try database.storedPredictions()
        #expect(stored.map(\.invoiceID) == (try Self.openInvoiceIDs(database)))
        #expect(summary.predictionCount == stored.count)
        #expect(stored.allSatisfy { $0.computedOn == Self.today })
        #expect(stored.allSatisfy { (9990...10010).contains($0.onTimeBasisPoints + $0.lateBasisPoints + $0.veryLateBasisPoints) })
        #expect(stored.contains { !$0.factors.isEmpty })
        let benchmarks = try #require(try database.loadConfiguration()).parameters.predictions
        #expect(summary.benchmarks == benchmarks)
        #expect(summary.lateCount == stored.filter { $0.level(against: benchmarks) == .late }.count)
        #expect(summary.veryLateCount == stored.filter { $0.level(against: benchmarks) == .veryLate }.count)
        #expect(summary.trainingExampleCount > 0 && summary.model.cutoff == Self.today)
    }

    @Test("the stored factors read back as the model gave them")
    func factorsRoundTrip() throws {
        let database = try RunnerTests.company(seed: 11)
        try database.computePredictions(asOf: Self.today)
        var model: [PaymentPrediction] = []
        let parameters = try #require(try database.loadConfiguration()).parameters.predictions
        var training = PredictionTraining(
            settings: PredictionSettings(veryLatePeriodDays: parameters.veryLatePeriodDays), cutoff: Self.today)
        try database.forEachLedger { training.add($0) }
        let fitted = try training.fit()
        try database.forEachLedger { model += fitted.predictions(for: $0, asOf: Self.today) }
        let stored = Dictionary(uniqueKeysWithValues: try database.storedPredictions().map { ($0.invoiceID, $0) })
        for prediction in model {
            let read = try #require(stored[prediction.invoiceID])
            #expect(read.factors.map(\.kind) == prediction.factors.map(\.kind))
            #expect(read.factors.map(\.facts) == prediction.factors.map(\.facts))
            #expect(read.onTimeBasisPoints == prediction.onTimeBasisPoints)
        }
    }

    @Test("a write that fails part way leaves the predictions stored before, all of them")
    func failedReplacementKeepsOldPredictions() throws {
        let database = try RunnerTests.company(seed: 3)
        try database.computePredictions(asOf: Self.today)
        let before = try database.storedPredictions()
        #expect(before.count > 130, "more than two batches of rows")
        var renewed = before.map { prediction in
            var renewed = prediction
            renewed.computedOn = Self.today.adding(days: 1)
            return renewed
        }
        renewed[renewed.count - 1].onTimeBasisPoints = 20000  // refused by the table's CHECK
        #expect(throws: StoreError.self) {
            try database.writer.write { db in
                try PredictionWriting.replaceAll(db) { store in
                    for prediction in renewed { try store(prediction) }
                }
            }
        }
        #expect(try database.storedPredictions() == before)
    }

    @Test("too little history: computing throws and the stored predictions stay")
    func tooLittleHistoryKeepsOldPredictions() throws {
        let database = try RunnerTests.company(seed: 3)
        try database.computePredictions(asOf: Self.today)
        let before = try database.storedPredictions()
        #expect(throws: PredictionTrainingError.self) {
            try database.computePredictions(asOf: LocalDate(iso: "2020-01-01")!)
        }
        #expect(try database.storedPredictions() == before)
    }

    @Test("the backtest scores the model against the base rates and stores nothing")
    func backtest() throws {
        let database = try RunnerTests.company(seed: 3)
        let report = try database.backtestPredictions(split: Self.today.adding(days: -120), knownBy: Self.today)
        #expect(report.testCount > 0 && report.trainingCount > 0)
        #expect(report.model.brier < report.baseline.brier)
        #expect(report.calibration.reduce(0) { $0 + $1.count } == report.testCount)
        #expect(try database.storedPredictions().isEmpty)
    }

    @Test("R16: a run with a hierarchy using predictions computes them first, then creates prediction activities")
    func runComputesPredictionsFirst() throws {
        let database = try RunnerTests.company(seed: 3)
        let report = try database.run(RunnerTests.options(Self.today))
        let count = try Self.openInvoiceIDs(database).count
        #expect(report.predictions == .computed(count: count))
        #expect(try database.hasPredictions(computedOn: Self.today))
        let activities = try database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM history WHERE action = 'predictionActivity'") ?? 0
        }
        #expect(activities > 0)
    }

    @Test("a session computes them on its first step, so that a screen shows its progress dialog first")
    func sessionComputesOnFirstStep() throws {
        let database = try RunnerTests.company(seed: 11)
        var session = try RunSession.start(RunnerTests.options(Self.today), in: database)
        #expect(session.report.predictions == nil)
        #expect(try database.storedPredictions().isEmpty)
        _ = try session.step()
        #expect(session.report.predictions == .computed(count: try Self.openInvoiceIDs(database).count))
        while try session.step() != nil {}
        #expect(try session.finish().predictions == session.report.predictions)
    }

    @Test("R16: predictions computed on the run date are not computed again by another run that day")
    func sameDateDoesNotRecompute() throws {
        let database = try RunnerTests.company(seed: 3)
        let first = try database.run(RunnerTests.options(Self.today).with(hierarchy: "KEY"))
        #expect(first.predictions == .computed(count: try Self.openInvoiceIDs(database).count))
        // Marked so that a recomputation would show.
        try database.writer.write { db in try db.execute(sql: "UPDATE payment_prediction SET factors = 'marked'") }
        let second = try database.run(RunnerTests.options(Self.today).with(hierarchy: "INTL"))
        #expect(second.predictions == .alreadyStored)
        let marked = try database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM payment_prediction WHERE factors = 'marked'")
        }
        #expect(marked == (try Self.openInvoiceIDs(database).count))
        let next = try database.run(RunnerTests.options(Self.today.adding(days: 1)))
        #expect(next.predictions == .computed(count: try Self.openInvoiceIDs(database).count))
    }

    @Test("a run without hierarchies using predictions does not compute them")
    func runWithoutPredictionHierarchies() throws {
        let database = try RunnerTests.company(seed: 3)
        let report = try database.run(RunnerTests.options(Self.today).with(hierarchy: "RU"))
        #expect(report.predictions == nil)
        #expect(try database.storedPredictions().isEmpty)
    }

    @Test("too little history: the run goes on with the stored predictions and says why")
    func runWithTooLittleHistory() throws {
        let database = try RunnerTests.company(seed: 3)
        let early = LocalDate(iso: "2020-01-01")!
        let report = try database.run(RunnerTests.options(early))
        guard case .notComputed(let reason) = report.predictions else {
            Issue.record("expected notComputed, got \(String(describing: report.predictions))")
            return
        }
        #expect(reason.contains("too little payment history"))
        #expect(report.runID != nil)
        #expect(try database.storedPredictions().isEmpty)
    }
}

extension RunOptions {
    /// These options for one hierarchy.
    func with(hierarchy: String) -> RunOptions {
        var options = self
        options.hierarchyID = hierarchy
        return options
    }
}

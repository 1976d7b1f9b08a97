import CollectaCore
import GRDB

/// What computing and storing payment predictions did.
public struct PredictionSummary: Sendable {
    /// The date the predictions were computed for (their `computedOn`).
    public var asOf: LocalDate
    /// The predictions stored: one per open invoice not past the very-late period.
    public var predictionCount: Int
    /// Stored predictions whose level against the benchmarks is late (R16; very late excluded).
    public var lateCount: Int
    /// Stored predictions whose level against the benchmarks is very late (R16).
    public var veryLateCount: Int
    /// The benchmarks the levels were counted against.
    public var benchmarks: PredictionParameters
    /// The model the predictions came from: its training examples, base rates and coefficients.
    public var model: PaymentModelSummary

    /// Settled invoices the model learnt from.
    public var trainingExampleCount: Int { model.exampleCount }
}

extension CollectaDatabase {
    /// Trains the payment model on the invoices whose outcome is known by `asOf`, predicts every
    /// open invoice not past the very-late period as of `asOf` and replaces the stored predictions with them, in one write
    /// transaction: a failure leaves the predictions stored before. Streams the invoices twice,
    /// one customer at a time (memory stays bounded by the largest customer).
    /// - Throws: `PredictionTrainingError` when the history is too short to learn from (nothing
    ///   is changed), `StoreError.notInitialised` without a configuration.
    @discardableResult
    public func computePredictions(asOf: LocalDate) throws -> PredictionSummary {
        let parameters = try predictionParameters()
        let model = try trainedModel(settings: PredictionSettings(parameters), cutoff: asOf)
        var summary = PredictionSummary(
            asOf: asOf, predictionCount: 0, lateCount: 0, veryLateCount: 0, benchmarks: parameters,
            model: model.summary)
        summary.predictionCount = try writer.write { db in
            try PredictionWriting.replaceAll(db) { store in
                try LedgerReading.forEachLedger(db) { ledger in
                    for prediction in model.predictions(for: ledger, asOf: asOf) {
                        switch prediction.level(against: parameters) {
                        case .late: summary.lateCount += 1
                        case .veryLate: summary.veryLateCount += 1
                        case nil: break
                        }
                        try store(prediction)
                    }
                }
            }
        }
        return summary
    }

    /// The time-split backtest: a model trained on the outcomes known by `split`, scored on the
    /// invoices due after `split` whose outcome is known by `knownBy`, against the base rates.
    /// Reads only; one snapshot for both passes.
    /// - Throws: `PredictionTrainingError` when the history before `split` is too short.
    public func backtestPredictions(split: LocalDate, knownBy: LocalDate) throws -> BacktestReport {
        let parameters = try predictionParameters()
        return try writer.read { db in
            var training = PredictionTraining(settings: PredictionSettings(parameters), cutoff: split)
            try LedgerReading.forEachLedger(db) { training.add($0) }
            var backtest = PredictionBacktest(model: try training.fit(), split: split, knownBy: knownBy)
            try LedgerReading.forEachLedger(db) { backtest.add($0) }
            return backtest.report
        }
    }

    /// The model trained on every ledger's outcomes known by `cutoff` (pass 1, one snapshot).
    private func trainedModel(settings: PredictionSettings, cutoff: LocalDate) throws -> PaymentModel {
        let training = try writer.read { db in
            var training = PredictionTraining(settings: settings, cutoff: cutoff)
            try LedgerReading.forEachLedger(db) { training.add($0) }
            return training
        }
        return try training.fit()
    }

    /// The stored prediction parameters (benchmarks, very-late period).
    private func predictionParameters() throws -> PredictionParameters {
        guard let parameters = try writer.read({ db in try ConfigurationReader.parameters(in: db) }) else {
            throw StoreError.notInitialised(path: path)
        }
        return parameters.predictions
    }
}

extension PredictionSettings {
    /// The model's settings from the stored parameters.
    init(_ parameters: PredictionParameters) {
        self.init(veryLatePeriodDays: parameters.veryLatePeriodDays)
    }
}

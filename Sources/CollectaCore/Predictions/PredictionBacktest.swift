import Foundation

/// Brier score (the mean over invoices of the squared distance between the three predicted
/// probabilities and the outcome; 0 is perfect, lower is better) and log loss (the mean of
/// −ln P(actual outcome); lower is better).
public struct ScoreSet: Hashable, Sendable, Codable {
    public var brier: Double
    public var logLoss: Double
}

/// One band of predicted P(late or very late): how many test invoices fell in it, the mean
/// predicted chance and the share that really was paid late.
public struct CalibrationRow: Hashable, Sendable, Codable {
    public var lowerPercent: Int
    public var upperPercent: Int
    public var count: Int
    public var meanPredictedPercent: Double
    public var observedPercent: Double
}

/// A time-split backtest: the model trained on outcomes known by `split`, scored on invoices due
/// after it, against the base rates of the training outcomes.
public struct BacktestReport: Hashable, Sendable, Codable {
    public var split: LocalDate
    public var knownBy: LocalDate
    public var trainingCount: Int
    public var testCount: Int
    public var model: ScoreSet
    public var baseline: ScoreSet
    /// How much lower the model's Brier score is than the baseline's, in percent of the latter.
    public var brierImprovementPercent: Double
    public var calibration: [CalibrationRow]
}

/// The second pass of a backtest: fed every customer's ledger, it scores each invoice due after
/// the split whose outcome is known by `knownBy`, as predicted on its invoice date.
public struct PredictionBacktest: Sendable {
    private let model: PaymentModel
    private let split: LocalDate
    private let knownBy: LocalDate
    private var count = 0
    private var modelSums = (brier: 0.0, logLoss: 0.0)
    private var baselineSums = (brier: 0.0, logLoss: 0.0)
    private var bands = [(count: Int, predicted: Double, observed: Double)](repeating: (0, 0, 0), count: 10)

    public init(model: PaymentModel, split: LocalDate, knownBy: LocalDate) {
        self.model = model
        self.split = split
        self.knownBy = knownBy
    }

    /// Scores `ledger`'s test invoices.
    public mutating func add(_ ledger: CustomerLedger) {
        var timeline: LedgerTimeline?
        for invoice in ledger.invoices where invoice.dueDate > split {
            let resolution = invoice.resolution(model.settings)
            guard resolution.knownOn <= knownBy else { continue }
            let history = timeline ?? LedgerTimeline(ledger, settings: model.settings)
            timeline = history
            let facts = history.facts(for: invoice, before: invoice.invoiceDate)
            score(model.probabilities(facts, group: ledger.group), outcome: resolution.outcome)
        }
    }

    private mutating func score(_ predicted: [Double], outcome: PaymentOutcome) {
        count += 1
        let own = Self.scores(predicted, outcome: outcome)
        let base = Self.scores(model.summary.baseRates, outcome: outcome)
        modelSums = (modelSums.brier + own.brier, modelSums.logLoss + own.logLoss)
        baselineSums = (baselineSums.brier + base.brier, baselineSums.logLoss + base.logLoss)
        let risk = predicted[1] + predicted[2]
        let band = min(9, Int(risk * 10))
        bands[band].count += 1
        bands[band].predicted += risk
        bands[band].observed += outcome == .onTime ? 0 : 1
    }

    static func scores(_ predicted: [Double], outcome: PaymentOutcome) -> ScoreSet {
        let brier = PaymentOutcome.allCases.reduce(0.0) { sum, candidate in
            let actual = candidate == outcome ? 1.0 : 0.0
            return sum + (predicted[candidate.rawValue] - actual) * (predicted[candidate.rawValue] - actual)
        }
        return ScoreSet(brier: brier, logLoss: -log(max(1e-15, predicted[outcome.rawValue])))
    }

    /// The scores so far.
    public var report: BacktestReport {
        let total = Double(max(1, count))
        let own = ScoreSet(brier: modelSums.brier / total, logLoss: modelSums.logLoss / total)
        let base = ScoreSet(brier: baselineSums.brier / total, logLoss: baselineSums.logLoss / total)
        let improvement = base.brier > 0 ? (base.brier - own.brier) / base.brier * 100 : 0
        let calibration = bands.enumerated().map { index, band in
            CalibrationRow(
                lowerPercent: index * 10, upperPercent: index * 10 + 10, count: band.count,
                meanPredictedPercent: band.count > 0 ? band.predicted / Double(band.count) * 100 : 0,
                observedPercent: band.count > 0 ? band.observed / Double(band.count) * 100 : 0)
        }
        return BacktestReport(
            split: split, knownBy: knownBy, trainingCount: model.summary.exampleCount, testCount: count,
            model: own, baseline: base, brierImprovementPercent: improvement, calibration: calibration)
    }
}

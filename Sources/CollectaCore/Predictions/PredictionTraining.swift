/// Why a model could not be fitted.
public enum PredictionTrainingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Fewer invoices with a known payment outcome than the model needs.
    case tooFewExamples(found: Int, needed: Int)

    public var description: String {
        switch self {
        case let .tooFewExamples(found, needed):
            "too little payment history to learn from: \(found) invoices have a known payment outcome, "
                + "at least \(needed) are needed"
        }
    }
}

/// One invoice whose outcome is known, as the model learns from it: what was known about its
/// customer on its invoice date, and how it was paid.
struct TrainingExample: Hashable, Sendable {
    var group: String
    var facts: HistoryFacts
    var outcome: PaymentOutcome
}

/// The first pass of a prediction: fed every customer's ledger, one at a time, it keeps a bounded
/// uniform sample of the invoices whose outcome is known by `cutoff`, and the outcome counts of
/// each customer group; then fits the model.
public struct PredictionTraining: Sendable {
    /// A model needs at least this many examples.
    public static let minimumExamples = 50

    public let settings: PredictionSettings
    public let cutoff: LocalDate
    private var tallies: [String: [Int]] = [:]
    private var sample: [TrainingExample] = []
    private var seen = 0
    /// A fixed seed: the same data in the same order gives the same sample and the same model.
    private var random = SeededGenerator(seed: 0x5EED_C011_EC7A)

    public init(settings: PredictionSettings, cutoff: LocalDate) {
        self.settings = settings
        self.cutoff = cutoff
    }

    /// How many invoices with a known outcome were seen (all of them, not only the sample).
    public var exampleCount: Int { seen }

    /// Learns from `ledger`'s invoices whose outcome is known by the cutoff, each seen as on its
    /// invoice date.
    public mutating func add(_ ledger: CustomerLedger) {
        var timeline: LedgerTimeline?
        for invoice in ledger.invoices {
            let resolution = invoice.resolution(settings)
            guard resolution.knownOn <= cutoff else { continue }
            let history = timeline ?? LedgerTimeline(ledger, settings: settings)
            timeline = history
            tallies[ledger.group, default: [0, 0, 0]][resolution.outcome.rawValue] += 1
            keep(TrainingExample(
                group: ledger.group, facts: history.facts(for: invoice, before: invoice.invoiceDate),
                outcome: resolution.outcome))
        }
    }

    /// Reservoir sampling: every example seen has the same chance to be in the sample.
    private mutating func keep(_ example: TrainingExample) {
        seen += 1
        if sample.count < settings.sampleLimit {
            sample.append(example)
            return
        }
        let slot = Int(random.uniform(below: UInt64(seen)))
        if slot < settings.sampleLimit { sample[slot] = example }
    }

    /// The fitted model.
    public func fit() throws(PredictionTrainingError) -> PaymentModel {
        guard seen >= Self.minimumExamples else {
            throw .tooFewExamples(found: seen, needed: Self.minimumExamples)
        }
        let priors = GroupPriors(tallies: tallies)
        let raw = sample.map { PredictionFeatures.values($0.facts, prior: priors.rates(of: $0.group)) }
        let scaling = FeatureScaling(rows: raw)
        let fit = MultinomialFit(rows: raw.map(scaling.standardised), outcomes: sample.map(\.outcome))
        let weights = fit.coefficients()
        let summary = PaymentModelSummary(
            cutoff: cutoff, exampleCount: seen, sampleCount: sample.count, baseRates: priors.baseRates,
            coefficients: PaymentModelSummary.coefficients(weights, scaling: scaling))
        return PaymentModel(summary: summary, settings: settings, priors: priors, scaling: scaling, weights: weights)
    }
}

/// Each customer group's outcome rates, shrunk toward the whole book's by 20 pseudo-invoices.
struct GroupPriors: Hashable, Sendable, Codable {
    static let shrinkage = 20.0

    /// P(on time), P(late), P(very late) over every example.
    var baseRates: [Double]
    var groups: [String: OutcomeRates]

    init(tallies: [String: [Int]]) {
        let totals = tallies.values.reduce([0, 0, 0]) { sum, counts in zip(sum, counts).map { $0 + $1 } }
        let all = Double(max(1, totals.reduce(0, +)))
        baseRates = totals.map { Double($0) / all }
        let book = OutcomeRates(lateOrWorse: baseRates[1] + baseRates[2], veryLate: baseRates[2])
        groups = tallies.mapValues { counts in
            let count = Double(counts.reduce(0, +)) + Self.shrinkage
            return OutcomeRates(
                lateOrWorse: (Double(counts[1] + counts[2]) + Self.shrinkage * book.lateOrWorse) / count,
                veryLate: (Double(counts[2]) + Self.shrinkage * book.veryLate) / count)
        }
    }

    /// The rates of `group`; the whole book's for a group without examples.
    func rates(of group: String) -> OutcomeRates {
        groups[group] ?? OutcomeRates(lateOrWorse: baseRates[1] + baseRates[2], veryLate: baseRates[2])
    }
}

/// Centres and scales each feature by the sample's mean and standard deviation, so that the
/// ridge penalty treats features alike and coefficients read as "per standard deviation".
struct FeatureScaling: Hashable, Sendable, Codable {
    var means: [Double]
    var deviations: [Double]

    init(rows: [[Double]]) {
        let width = PredictionFeatures.kinds.count
        let count = Double(max(1, rows.count))
        means = (0..<width).map { column in rows.reduce(0) { $0 + $1[column] } / count }
        deviations = (0..<width).map { [means] column in
            let variance = rows.reduce(0) { $0 + ($1[column] - means[column]) * ($1[column] - means[column]) } / count
            return variance > 1e-12 ? variance.squareRoot() : 1
        }
    }

    func standardised(_ row: [Double]) -> [Double] {
        row.indices.map { (row[$0] - means[$0]) / deviations[$0] }
    }
}

import Foundation

/// One feature's coefficients, per standard deviation of the feature, on the log-odds of late
/// and of very late against on time; with the feature's mean and standard deviation.
public struct FeatureCoefficient: Hashable, Sendable, Codable {
    /// The feature (a ``PredictionFactorKind`` raw value), or `intercept`.
    public var feature: String
    public var late: Double
    public var veryLate: Double
    public var mean: Double
    public var standardDeviation: Double
}

/// What a person inspecting the model sees: what it learned from and its coefficients.
public struct PaymentModelSummary: Hashable, Sendable, Codable {
    /// Outcomes known by this day were learned from.
    public var cutoff: LocalDate
    /// Invoices with a known outcome, and how many of them the fit used (a uniform sample).
    public var exampleCount: Int
    public var sampleCount: Int
    /// P(on time), P(late), P(very late) over all those invoices (always three): the base-rate
    /// baseline.
    public var baseRates: [Double]
    /// The intercept first, then one row per feature.
    public var coefficients: [FeatureCoefficient]

    static func coefficients(_ weights: [[Double]], scaling: FeatureScaling) -> [FeatureCoefficient] {
        let intercept = FeatureCoefficient(
            feature: "intercept", late: weights[0][0], veryLate: weights[1][0], mean: 0, standardDeviation: 0)
        return [intercept] + PredictionFeatures.kinds.enumerated().map { index, kind in
            FeatureCoefficient(
                feature: kind.rawValue, late: weights[0][index + 1], veryLate: weights[1][index + 1],
                mean: scaling.means[index], standardDeviation: scaling.deviations[index])
        }
    }
}

/// A fitted payment model: P(on time), P(late), P(very late) for a customer's open invoices,
/// with the factors that pushed each prediction most.
public struct PaymentModel: Hashable, Sendable, Codable {
    /// How many factors a prediction names, besides "already past due".
    public static let factorCount = 3

    public var summary: PaymentModelSummary
    let settings: PredictionSettings
    let priors: GroupPriors
    let scaling: FeatureScaling
    /// Late, then very late: the intercept and one slope per standardised feature.
    let weights: [[Double]]

    /// Predictions for `ledger`'s open invoices whose outcome is still undecided as of `asOf`,
    /// from what was known by that day.
    ///
    /// An invoice past the very-late period is not predicted: it is very late, a fact and no
    /// longer a prediction (the steps deal with it). One already past due cannot be paid on time
    /// any more: its on-time chance goes to 0, and the chance of a late payment shrinks with the
    /// part of the period already gone (late payments taken as spread evenly over the period).
    public func predictions(for ledger: CustomerLedger, asOf: LocalDate) -> [PaymentPrediction] {
        let open = ledger.invoices.filter { $0.isOpen && asOf < $0.veryLateFrom(settings) }
        guard !open.isEmpty else { return [] }
        let timeline = LedgerTimeline(ledger, settings: settings)
        let prior = priors.rates(of: ledger.group)
        return open.map { invoice in
            let facts = timeline.facts(for: invoice, before: asOf.adding(days: 1))
            let row = scaling.standardised(PredictionFeatures.values(facts, prior: prior))
            let fresh = MultinomialFit.probabilities(weights, row: row)
            let overdue = asOf.days(since: invoice.dueDate)
            let probabilities = conditioned(fresh, daysPastDue: overdue)
            let points = Self.basisPoints(probabilities)
            return PaymentPrediction(
                invoiceID: invoice.id, onTimeBasisPoints: points[0], lateBasisPoints: points[1],
                veryLateBasisPoints: points[2], computedOn: asOf,
                factors: factors(row: row, fresh: fresh, facts: facts, group: ledger.group, prior: prior,
                                 daysPastDue: overdue))
        }
    }

    /// P(on time), P(late), P(very late) of an invoice as on its invoice date (the backtest's view).
    func probabilities(_ facts: HistoryFacts, group: String) -> [Double] {
        let row = scaling.standardised(PredictionFeatures.values(facts, prior: priors.rates(of: group)))
        return MultinomialFit.probabilities(weights, row: row)
    }

    private func conditioned(_ probabilities: [Double], daysPastDue: Int) -> [Double] {
        guard daysPastDue > 0 else { return probabilities }
        let period = settings.veryLatePeriodDays
        let late = probabilities[1] * Double(period - daysPastDue + 1) / Double(period + 1)
        let total = late + probabilities[2]
        return total > 0 ? [0, late / total, probabilities[2] / total] : [0, 0, 1]
    }

    /// Probabilities in basis points that add up to exactly 10 000.
    static func basisPoints(_ probabilities: [Double]) -> [Int] {
        let onTime = Int((probabilities[0] * 10_000).rounded())
        let late = min(10_000 - onTime, Int((probabilities[1] * 10_000).rounded()))
        return [onTime, late, 10_000 - onTime - late]
    }

    /// "Already past due" first, then the features that pushed the log-odds of the likelier
    /// late class most, in either direction, strongest first.
    private func factors(
        row: [Double], fresh: [Double], facts: HistoryFacts, group: String, prior: OutcomeRates,
        daysPastDue: Int
    ) -> [PredictionFactor] {
        let target = fresh[2] >= fresh[1] ? 1 : 0
        let pushes = PredictionFeatures.kinds.indices.map { ($0, weights[target][$0 + 1] * row[$0]) }
            .sorted { abs($0.1) != abs($1.1) ? abs($0.1) > abs($1.1) : $0.0 < $1.0 }
            .prefix(Self.factorCount)
        let features = pushes.map { index, push in
            let kind = PredictionFeatures.kinds[index]
            return PredictionFactor(
                kind: kind, facts: PredictionFeatures.facts(of: kind, facts, group: group, prior: prior),
                contribution: push)
        }
        guard daysPastDue > 0 else { return features }
        return [PredictionFactor(kind: .alreadyOverdue, facts: ["\(daysPastDue)"], contribution: nil)] + features
    }
}

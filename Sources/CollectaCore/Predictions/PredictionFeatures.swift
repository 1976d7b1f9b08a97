import Foundation

/// How often a customer group pays late or very late, shrunk toward the whole book's rates so
/// that a small group does not get extreme priors.
struct OutcomeRates: Hashable, Sendable, Codable {
    /// P(late or very late) and P(very late).
    var lateOrWorse: Double
    var veryLate: Double
}

/// The model's inputs, in the order of its coefficients.
enum PredictionFeatures {
    /// The features, in coefficient order: every factor kind but `alreadyOverdue`.
    static let kinds: [PredictionFactorKind] = PredictionFactorKind.allCases.filter { $0 != .alreadyOverdue }
    /// Pseudo-invoices a customer's own record is shrunk with toward its group's rates.
    static let customerShrinkage = 3.0

    /// The feature values of `facts` for a customer whose group pays at `prior`.
    static func values(_ facts: HistoryFacts, prior: OutcomeRates) -> [Double] {
        let count = Double(facts.count)
        let late = shrunkLateShare(facts, prior: prior)
        let veryLate = (Double(facts.veryLateCount) + customerShrinkage * prior.veryLate)
            / (count + customerShrinkage)
        let recent = (facts.recentLate + late) / (facts.recentWeight + 1)
        return [
            logit(late),
            logit(veryLate),
            logit(recent) - logit(late),
            log1p(count),
            facts.amountRatio.map { min(3, max(-3, log($0))) } ?? 0,
            Double(facts.termsDays) / 30,
            min(5, log1p(facts.openRatio)),
            log1p(Double(facts.overdueCount)),
            logit(prior.lateOrWorse),
        ]
    }

    /// The customer's share of late payments, shrunk toward its group's.
    static func shrunkLateShare(_ facts: HistoryFacts, prior: OutcomeRates) -> Double {
        (Double(facts.lateCount) + customerShrinkage * prior.lateOrWorse) / (Double(facts.count) + customerShrinkage)
    }

    /// What a person is shown of feature `kind` (see ``PredictionFactorKind``).
    static func facts(of kind: PredictionFactorKind, _ facts: HistoryFacts, group: String, prior: OutcomeRates) -> [String] {
        switch kind {
        case .lateHistory: ["\(facts.lateCount)", "\(facts.count)"]
        case .veryLateHistory: ["\(facts.veryLateCount)", "\(facts.count)"]
        case .recentTrend:
            [percent(facts.recentWeight > 0 ? facts.recentLate / facts.recentWeight : 0),
             percent(facts.count > 0 ? Double(facts.lateCount) / Double(facts.count) : 0)]
        case .historyLength: ["\(facts.count)"]
        case .relativeAmount: [oneDecimal(facts.amountRatio ?? 1)]
        case .paymentTerms: ["\(facts.termsDays)"]
        case .openBalance: [oneDecimal(facts.openRatio)]
        case .overdueElsewhere: ["\(facts.overdueCount)"]
        case .groupLateness: [group.isEmpty ? "—" : group, percent(prior.lateOrWorse)]
        case .alreadyOverdue: []
        }
    }

    static func logit(_ probability: Double) -> Double {
        let clamped = min(1 - 1e-4, max(1e-4, probability))
        return log(clamped / (1 - clamped))
    }

    private static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))"
    }

    private static func oneDecimal(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}

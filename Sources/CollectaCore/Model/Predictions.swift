/// How late an invoice is predicted to be paid (R16). Very late is worse than late.
public enum PredictionLevel: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
    case late, veryLate

    public static func < (lhs: PredictionLevel, rhs: PredictionLevel) -> Bool {
        lhs == .late && rhs == .veryLate
    }
}

/// A stored payment prediction for an open invoice: probabilities in basis points (1/100 %).
public struct PaymentPrediction: Hashable, Sendable, Codable {
    public var invoiceID: String
    public var onTimeBasisPoints: Int
    public var lateBasisPoints: Int
    public var veryLateBasisPoints: Int
    /// The date the prediction was computed.
    public var computedOn: LocalDate
    /// The reasons behind it, strongest first.
    public var factors: [PredictionFactor]

    public init(
        invoiceID: String, onTimeBasisPoints: Int, lateBasisPoints: Int, veryLateBasisPoints: Int,
        computedOn: LocalDate, factors: [PredictionFactor] = []
    ) {
        self.invoiceID = invoiceID
        self.onTimeBasisPoints = onTimeBasisPoints
        self.lateBasisPoints = lateBasisPoints
        self.veryLateBasisPoints = veryLateBasisPoints
        self.computedOn = computedOn
        self.factors = factors
    }

    /// The level this prediction reaches against the benchmarks (percentages), very late first.
    public func level(against parameters: PredictionParameters) -> PredictionLevel? {
        if veryLateBasisPoints >= parameters.veryLateBenchmarkPercent * 100 { return .veryLate }
        if lateBasisPoints + veryLateBasisPoints >= parameters.lateBenchmarkPercent * 100 {
            return .late
        }
        return nil
    }
}

/// That a prediction activity was created for an invoice at a level: never twice (R16).
public struct PredictionMark: Hashable, Sendable, Codable {
    public var invoiceID: String
    public var level: PredictionLevel

    public init(invoiceID: String, level: PredictionLevel) {
        self.invoiceID = invoiceID
        self.level = level
    }
}

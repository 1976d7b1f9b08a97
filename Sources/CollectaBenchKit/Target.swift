/// A performance target: a limit on one figure of a measurement.
public struct Target: Codable, Equatable, Sendable {
    /// The figure a target limits.
    public enum Figure: String, Codable, Sendable {
        /// The median sample, in the measurement's unit.
        case median
        /// The 99th percentile (nearest rank), in the measurement's unit.
        case p99
        /// The median over the floor's median.
        case ratio
        /// The largest peak RSS over the runs, in bytes.
        case peakRSS
    }

    public let figure: Figure
    /// The largest value that meets the target: in the measurement's unit, a factor for `ratio`,
    /// bytes for `peakRSS`.
    public let limit: Double
    /// The unit `limit` is written in for people (`s`, `ms`, `×`, `MB`).
    public let unit: String

    /// The median at most `limit` in `unit`.
    public static func median(atMost limit: Double, _ unit: MeasurementUnit) -> Target {
        Target(figure: .median, limit: limit, unit: unit.rawValue)
    }

    /// The 99th percentile at most `limit` in `unit`.
    public static func p99(atMost limit: Double, _ unit: MeasurementUnit) -> Target {
        Target(figure: .p99, limit: limit, unit: unit.rawValue)
    }

    /// The median at most `factor` times the floor's.
    public static func ratio(atMost factor: Double) -> Target {
        Target(figure: .ratio, limit: factor, unit: "×")
    }

    /// The peak RSS at most `megabytes` (1 MB = 1,000,000 bytes).
    public static func peakRSS(atMostMegabytes megabytes: Double) -> Target {
        Target(figure: .peakRSS, limit: megabytes * 1_000_000, unit: "MB")
    }

    /// The target as people write it: `≤ 1 s`, `p99 ≤ 10 ms`, `≤ 2× floor`, `RSS ≤ 200 MB`.
    public var description: String {
        switch figure {
        case .median: "≤ \(Self.plain(limit)) \(unit)"
        case .p99: "p99 ≤ \(Self.plain(limit)) \(unit)"
        case .ratio: "≤ \(Self.plain(limit))× floor"
        case .peakRSS: "RSS ≤ \(Self.plain(limit / 1_000_000)) MB"
        }
    }

    /// Whether the figures meet the target; a missing figure does not.
    public func isMet(summary: Summary?, ratio: Double?, peakRSSBytes: Int?) -> Bool {
        let value: Double? =
            switch figure {
            case .median: summary?.median
            case .p99: summary?.p99
            case .ratio: ratio
            case .peakRSS: peakRSSBytes.map(Double.init)
            }
        guard let value else { return false }
        return value <= limit
    }

    private static func plain(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// A target and whether a measurement met it.
public struct TargetResult: Codable, Equatable, Sendable {
    public let target: Target
    /// The target in words, as in the Markdown table.
    public let description: String
    public let met: Bool

    public init(target: Target, met: Bool) {
        self.target = target
        description = target.description
        self.met = met
    }
}

/// The figures reported for a set of samples: median, extremes and the 99th percentile.
public struct Summary: Codable, Equatable, Sendable {
    /// How many samples there were.
    public let count: Int
    /// The middle sample; for an even count, the mean of the two middle ones.
    public let median: Double
    /// The smallest sample.
    public let minimum: Double
    /// The largest sample.
    public let maximum: Double
    /// The 99th percentile by nearest rank: the smallest sample with at least 99 % of the samples
    /// at or below it (the maximum when there are fewer than 100 samples).
    public let p99: Double

    /// The summary of `samples`, or nil when there are none.
    public init?(_ samples: [Double]) {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        count = sorted.count
        median = Self.median(ofSorted: sorted)
        minimum = sorted[0]
        maximum = sorted[sorted.count - 1]
        p99 = Self.percentile(99, ofSorted: sorted)
    }

    /// The `percentile` (0 < percentile ≤ 100) of `samples` by nearest rank, or nil when empty.
    public static func percentile(_ percentile: Double, of samples: [Double]) -> Double? {
        samples.isEmpty ? nil : Self.percentile(percentile, ofSorted: samples.sorted())
    }

    private static func median(ofSorted sorted: [Double]) -> Double {
        let middle = sorted.count / 2
        return sorted.count.isMultiple(of: 2) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle]
    }

    /// Nearest rank: the sample at rank ⌈p/100 × n⌉ (1-based), kept within 1…n.
    private static func percentile(_ percentile: Double, ofSorted sorted: [Double]) -> Double {
        // Multiplying first keeps whole products exact (99 × 100 / 100 is 99, not 99.000…01).
        let rank = Int((percentile * Double(sorted.count) / 100).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}

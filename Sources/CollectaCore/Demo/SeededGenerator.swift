/// A small, fast, seeded pseudo-random number generator (SplitMix64).
///
/// The demo data must be byte-identical for the same seed on every platform and every Swift
/// version, so Collecta does not rely on the standard library's random helpers: their algorithms
/// (`Int.random(in:using:)`, `shuffled(using:)`, `randomElement(using:)`) are deterministic for a
/// given generator today but are not documented as stable. Every bounded draw goes through
/// ``uniform(below:)`` instead, Lemire's multiply-and-reject method implemented here, and only
/// integer arithmetic is used (no floating point, whose library functions may differ by
/// platform).
///
/// SplitMix64 (Steele, Lea and Flood, 2014) passes BigCrush, has a 2⁶⁴ period and needs one
/// 64-bit word of state, which makes it cheap to derive one independent stream per customer.
/// It is not cryptographically secure.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator whose sequence is fully determined by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// Creates a generator for sub-stream `stream` of `seed`.
    ///
    /// Streams of one seed are statistically independent, so each part of a data set (each
    /// customer, say) can draw its own numbers without shifting those of the others.
    public init(seed: UInt64, stream: UInt64) {
        state = SeededGenerator.mix(seed ^ SeededGenerator.mix(stream &+ 0x6A09_E667_F3BC_C909))
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SeededGenerator.mix(state)
    }

    /// A uniformly distributed value in `0..<bound`; `bound` must be positive.
    ///
    /// Lemire's method: the high word of `random × bound` is the result, and the rare draws
    /// whose low word falls in the biased zone are rejected and redrawn.
    public mutating func uniform(below bound: UInt64) -> UInt64 {
        precondition(bound > 0, "uniform(below:) needs a positive bound")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: bound)
            }
        }
        return product.high
    }

    /// The SplitMix64 output function (a bijective mix of 64 bits).
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension SeededGenerator {
    /// A uniformly distributed integer in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(bitPattern: Int64(range.upperBound &- range.lowerBound)) &+ 1
        guard width != 0 else { return Int(truncatingIfNeeded: next()) }
        return range.lowerBound &+ Int(truncatingIfNeeded: uniform(below: width))
    }

    /// A uniformly distributed 64-bit integer in `range`.
    mutating func int64(in range: ClosedRange<Int64>) -> Int64 {
        Int64(int(in: Int(range.lowerBound)...Int(range.upperBound)))
    }

    /// True with a probability of `percent` in 100.
    mutating func chance(percent: Int) -> Bool {
        int(in: 0...99) < percent
    }

    /// A uniformly chosen element of a non-empty array.
    mutating func element<Element>(of array: [Element]) -> Element {
        array[int(in: 0...(array.count - 1))]
    }

    /// An element chosen with probability proportional to its (positive) weight.
    mutating func weighted<Element>(_ choices: [(Element, Int)]) -> Element {
        let total = choices.reduce(0) { $0 + $1.1 }
        var roll = int(in: 0...(total - 1))
        for (element, weight) in choices {
            if roll < weight { return element }
            roll -= weight
        }
        return choices[choices.count - 1].0
    }
}

/// An exact amount of money in minor units (kopecks, cents): never a floating-point number.
///
/// Collecta treats every currency as having two decimal places; amounts are written and parsed
/// as plain decimals with a dot (`1234.50`, `-0.05`).
public struct Money: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    AdditiveArithmetic
{
    /// The amount in minor units (hundredths).
    public var minorUnits: Int64

    /// Creates an amount of `minorUnits` hundredths.
    public init(minorUnits: Int64) {
        self.minorUnits = minorUnits
    }

    /// Parses a decimal such as `1234.5`, `1234.50` or `-3`; at most two decimals, no exponent,
    /// no thousands separators. Returns nil for anything else.
    public init?(decimal text: some StringProtocol) {
        self.init(decimal: String(text))
    }

    /// Parses a decimal such as `1234.5`, `1234.50` or `-3` (see `init(decimal:)` for any text).
    public init?(decimal text: String) {
        // Scanned in place over the UTF-8 bytes: amounts are parsed per row of an import.
        var text = text
        guard let money = text.withUTF8(Money.parse) else { return nil }
        self = money
    }

    /// Parses the UTF-8 bytes of a decimal such as `1234.50` (see `init(decimal:)`).
    public init?(decimal utf8: UnsafeBufferPointer<UInt8>) {
        guard let money = Money.parse(utf8) else { return nil }
        self = money
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Money? {
        let isNegative = bytes.first == UInt8(ascii: "-")
        let start = isNegative ? 1 : 0
        let dot = bytes[start...].firstIndex(of: UInt8(ascii: "."))
        let wholeDigits = bytes[start..<(dot ?? bytes.count)]
        guard !wholeDigits.isEmpty, let whole = digits(wholeDigits, maxCount: 15) else {
            return nil
        }
        var fraction: Int64 = 0
        if let dot {
            let fractionDigits = bytes[(dot + 1)...]
            guard (1...2).contains(fractionDigits.count),
                  let value = digits(fractionDigits, maxCount: 2)
            else { return nil }
            fraction = fractionDigits.count == 1 ? value * 10 : value
        }
        let magnitude = whole * 100 + fraction
        return Money(minorUnits: isNegative ? -magnitude : magnitude)
    }

    /// Zero.
    public static var zero: Money { Money(minorUnits: 0) }

    /// The decimal form with exactly two decimals, e.g. `1234.50`.
    public var decimalString: String {
        let magnitude = minorUnits.magnitude
        let cents = magnitude % 100
        return (minorUnits < 0 ? "-" : "") + String(magnitude / 100) + "."
            + (cents < 10 ? "0" : "") + String(cents)
    }

    public var description: String { decimalString }

    public static func + (lhs: Money, rhs: Money) -> Money {
        Money(minorUnits: lhs.minorUnits + rhs.minorUnits)
    }

    public static func - (lhs: Money, rhs: Money) -> Money {
        Money(minorUnits: lhs.minorUnits - rhs.minorUnits)
    }

    public static func < (lhs: Money, rhs: Money) -> Bool {
        lhs.minorUnits < rhs.minorUnits
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let money = Money(decimal: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an amount like 1234.50")
        }
        self = money
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(decimalString)
    }

    private static func digits(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, maxCount: Int) -> Int64? {
        guard bytes.count <= maxCount else { return nil }
        var value: Int64 = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

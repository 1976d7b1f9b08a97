/// Exact money amounts as text: a decimal number with at most two decimals, held in minor units
/// (cents) so no binary floating point is involved.
public enum MoneyText {
    /// The amount `text` writes, in minor units: `"1234.5"` is 123450, `"0.05"` is 5, `"-3"` is
    /// -300. Nil for anything else: more than two decimals (`1.234`), a comma (`1,5`), grouping,
    /// a missing digit before or after the point, or an amount too large. Spaces around the
    /// number are ignored.
    public static func minorUnits(from text: some StringProtocol) -> Int? {
        var characters = FormInputText.trimmed(text)
        let isNegative = characters.first == "-"
        if isNegative || characters.first == "+" { characters = characters.dropFirst() }
        let parts = characters.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let wholeText = parts.first, let whole = digitsValue(wholeText) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), let value = digitsValue(parts[1]) else { return nil }
            fraction = parts[1].count == 1 ? value * 10 : value
        }
        let (scaled, overflow) = whole.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        let units = scaled + fraction
        return isNegative ? -units : units
    }

    /// `units` minor units as text with two decimals: 123450 is `"1234.50"`, -5 is `"-0.05"`.
    public static func string(fromMinorUnits units: Int) -> String {
        let magnitude = units.magnitude
        let cents = magnitude % 100
        return (units < 0 ? "-" : "") + "\(magnitude / 100)." + (cents < 10 ? "0" : "") + "\(cents)"
    }

    /// The value of a non-empty run of ASCII digits, nil on anything else or on overflow.
    private static func digitsValue(_ digits: Substring) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for character in digits {
            guard let digit = character.asciiValue, (48...57).contains(digit) else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAgain) = shifted.addingReportingOverflow(Int(digit - 48))
            guard !overflow, !overflowAgain else { return nil }
            value = sum
        }
        return value
    }
}

/// The fixed exchange rates of the demo company, in roubles per unit of foreign currency.
///
/// | Currency | RUB per unit |
/// |----------|--------------|
/// | EUR      | 100.00       |
/// | USD      | 92.00        |
/// | GBP      | 117.00       |
///
/// Conversions are exact integer arithmetic in minor units, rounded half up (half away from
/// zero for negative amounts).
enum DemoExchangeRates {
    /// Roubles (as `Money`) per one unit of each foreign currency.
    static let ratesToRUB: [(currency: String, rate: Money)] = [
        ("EUR", Money(minorUnits: 100_00)),
        ("USD", Money(minorUnits: 92_00)),
        ("GBP", Money(minorUnits: 117_00)),
    ]

    /// The rate of `currency`, or nil when the demo has none (RUB itself included).
    static func rate(of currency: String) -> Money? {
        ratesToRUB.first { $0.currency == currency }?.rate
    }

    /// `amount` in `currency` converted to roubles; roubles and unknown currencies are returned
    /// unchanged.
    static func companyAmount(_ amount: Money, currency: String) -> Money {
        guard let rate = rate(of: currency) else { return amount }
        return convert(amount, rate: rate)
    }

    /// `amount × rate`, where `rate` is in company-currency units per foreign unit, rounded half
    /// up to whole minor units.
    static func convert(_ amount: Money, rate: Money) -> Money {
        let product = amount.minorUnits * rate.minorUnits
        let (quotient, remainder) = product.quotientAndRemainder(dividingBy: 100)
        if remainder >= 50 { return Money(minorUnits: quotient + 1) }
        if remainder <= -50 { return Money(minorUnits: quotient - 1) }
        return Money(minorUnits: quotient)
    }
}

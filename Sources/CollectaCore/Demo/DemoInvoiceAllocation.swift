/// Splits an exact invoice total over the customers, unevenly but reproducibly.
///
/// Each customer has a weight: its group's invoicing rate (wholesale and group companies invoice
/// more often than retail, public bodies least) times a skewed personal factor between 200 and
/// 1,200 (200 + the product of two uniform draws, so most customers are near the low end and a
/// few invoice six times as much). Customers take their shares in account order: customer i gets
/// `remaining invoices × weight(i) / remaining weight`, rounded to the nearest whole number, so
/// the last customer takes exactly what is left and the counts add up to the total. At an
/// average of 10 invoices per customer the counts run from about 2 to about 45.
///
/// The weights come from the seed alone (the group is the first draw of the customer's own
/// stream, the factor a separate stream), so counting them first costs one pass over the
/// customers without generating any of them, and nothing per customer is stored.
struct DemoInvoiceAllocation {
    private let seed: UInt64
    private var remainingInvoices: UInt64
    private var remainingWeight: UInt64

    init(invoices: Int, customers: Int, seed: UInt64) {
        self.seed = seed
        remainingInvoices = UInt64(max(0, invoices))
        remainingWeight = 0
        for index in 0..<max(0, customers) {
            remainingWeight += weight(ofCustomer: index)
        }
    }

    /// The invoice count of customer `index`; call it for every customer in account order.
    mutating func nextCount(forCustomer index: Int) -> Int {
        let weight = weight(ofCustomer: index)
        let count: UInt64
        if weight >= remainingWeight {
            count = remainingInvoices
        } else {
            // remaining × weight / remainingWeight, rounded half up, without overflow.
            let product = remainingInvoices.multipliedFullWidth(by: weight)
            let (quotient, remainder) = remainingWeight.dividingFullWidth(product)
            count = quotient + (remainder >= remainingWeight - remainder ? 1 : 0)
        }
        remainingInvoices -= min(count, remainingInvoices)
        remainingWeight -= weight
        return Int(count)
    }

    /// The weight of customer `index` (at least 1,600, at most 24,000).
    func weight(ofCustomer index: Int) -> UInt64 {
        var customerStream = SeededGenerator(seed: seed, stream: UInt64(index))
        let rate: UInt64 = switch DemoCustomerFactory.drawGroup(random: &customerStream) {
        case "WHOLESALE": 16
        case "INTERCOMPANY": 20
        case "PUBLIC": 8
        default: 12
        }
        var random = SeededGenerator(seed: seed ^ Self.streamKey, stream: UInt64(index))
        let skew = random.int(in: 0...1_000) * random.int(in: 0...1_000) / 1_000
        return rate * UInt64(200 + skew)
    }

    /// Keeps the factor streams apart from the customers' own streams of the same seed.
    private static let streamKey: UInt64 = 0x1A2B_3C4D_5E6F_7081
}

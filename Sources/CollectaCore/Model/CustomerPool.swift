/// A field a pool criterion can test: every customer attribute plus computed balances.
public enum CustomerField: String, CaseIterable, Hashable, Sendable, Codable {
    case account, name, group, currency, language, country, salesGroup, agent
    case creditLimit, onHold, tags, letterSequence
    /// Sum of open amounts in the company currency.
    case openBalance
    /// Sum of open amounts (company currency) of invoices past their due date on the as-of date.
    case overdueBalance
    /// Days past due of the customer's oldest overdue open invoice on the as-of date (0 if none).
    case maxDaysOverdue
    /// Number of open invoices.
    case openInvoiceCount

    /// How values of the field are compared.
    public enum Kind: Sendable {
        case text, money, integer, boolean
    }

    /// The comparison kind of the field.
    public var kind: Kind {
        switch self {
        case .creditLimit, .openBalance, .overdueBalance: .money
        case .maxDaysOverdue, .openInvoiceCount: .integer
        case .onHold: .boolean
        default: .text
        }
    }

    /// Whether the field is computed from the customer's invoices rather than stored.
    public var isComputed: Bool {
        switch self {
        case .openBalance, .overdueBalance, .maxDaysOverdue, .openInvoiceCount: true
        default: false
        }
    }
}

/// One criterion of a pool: a field and a range in the ERP range syntax (`A,B`, `!A`, `>100`…).
public struct PoolCriterion: Hashable, Sendable, Codable {
    public var field: CustomerField
    public var range: String

    public init(field: CustomerField, range: String) {
        self.field = field
        self.range = range
    }
}

/// A saved query over customers: its criteria are ANDed.
public struct CustomerPool: Hashable, Sendable, Codable {
    public var id: String
    public var description: String
    public var criteria: [PoolCriterion]

    public init(id: String, description: String, criteria: [PoolCriterion] = []) {
        self.id = id
        self.description = description
        self.criteria = criteria
    }
}

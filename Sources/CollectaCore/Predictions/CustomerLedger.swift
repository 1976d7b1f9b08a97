/// One invoice as payment predictions see it: its dates, amount and whether it is still open.
public struct LedgerInvoice: Hashable, Sendable {
    public var id: String
    public var invoiceDate: LocalDate
    public var dueDate: LocalDate
    /// The invoice amount in its currency's minor units (a customer's invoices share a currency
    /// as a rule; the model only compares a customer's amounts with each other).
    public var amount: Int64
    /// When it was paid in full; nil while open.
    public var settledDate: LocalDate?

    public init(id: String, invoiceDate: LocalDate, dueDate: LocalDate, amount: Int64, settledDate: LocalDate?) {
        self.id = id
        self.invoiceDate = invoiceDate
        self.dueDate = dueDate
        self.amount = amount
        self.settledDate = settledDate
    }

    /// Still open: not settled.
    public var isOpen: Bool { settledDate == nil }
}

/// A customer's whole invoice record, open and settled: the unit the predictions stream over,
/// one customer at a time, so that memory stays bounded by the largest customer.
public struct CustomerLedger: Hashable, Sendable {
    public var account: String
    public var group: String
    public var invoices: [LedgerInvoice]

    public init(account: String, group: String, invoices: [LedgerInvoice]) {
        self.account = account
        self.group = group
        self.invoices = invoices
    }
}

/// Where an invoice came from; a hierarchy includes some origins only (R2).
public enum InvoiceOrigin: String, CaseIterable, Hashable, Sendable, Codable {
    case salesOrder
    case freeText
    case project
    case generalJournal
}

/// The collections status of an invoice (R2: Disputed and Promised to pay are not eligible).
public enum CollectionsStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case notDisputed
    case disputed
    case promisedToPay
    case resolved
    case promiseBroken

    /// Whether an invoice in this status may be acted on by the automation (R2).
    public var isEligible: Bool {
        self != .disputed && self != .promisedToPay
    }
}

/// An open or settled receivable of a customer.
public struct Invoice: Hashable, Sendable, Codable {
    public var id: String
    public var customerAccount: String
    /// The accounting voucher the invoice was posted with.
    public var voucher: String
    public var origin: InvoiceOrigin
    public var invoiceDate: LocalDate
    public var dueDate: LocalDate
    /// The invoiced amount in the invoice currency (positive).
    public var amount: Money
    /// What is still unpaid, in the invoice currency (0 when settled).
    public var openAmount: Money
    public var currency: String
    /// The open amount in the company currency, used for balances and exclusions (R3).
    public var openAmountCompany: Money
    public var status: CollectionsStatus
    /// When the invoice was fully paid; nil while it is open.
    public var settledDate: LocalDate?

    public init(
        id: String, customerAccount: String, voucher: String, origin: InvoiceOrigin = .salesOrder,
        invoiceDate: LocalDate, dueDate: LocalDate, amount: Money, openAmount: Money,
        currency: String, openAmountCompany: Money? = nil, status: CollectionsStatus = .notDisputed,
        settledDate: LocalDate? = nil
    ) {
        self.id = id
        self.customerAccount = customerAccount
        self.voucher = voucher
        self.origin = origin
        self.invoiceDate = invoiceDate
        self.dueDate = dueDate
        self.amount = amount
        self.openAmount = openAmount
        self.currency = currency
        self.openAmountCompany = openAmountCompany ?? openAmount
        self.status = status
        self.settledDate = settledDate
    }

    /// Whether anything is still owed on the invoice.
    public var isOpen: Bool { openAmount.minorUnits > 0 }
}

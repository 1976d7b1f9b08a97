/// The open amounts of several invoices in one currency, added up.
public struct CurrencyTotal: Hashable, Sendable {
    /// The currency code, e.g. `EUR`.
    public let currency: String
    /// The sum, in `currency`.
    public let amount: Money

    /// Creates the total `amount` in `currency`.
    public init(currency: String, amount: Money) {
        self.currency = currency
        self.amount = amount
    }
}

/// Everything the placeholders of one email or letter show (R15): the values behind
/// ``PlaceholderCatalogue``.
public struct RenderingContext: Hashable, Sendable {
    /// The company's name and currency: `{{company.…}}`.
    public let parameters: AutomationParameters
    /// The customer written to: `{{customer.…}}`.
    public let customer: Customer
    /// The contact an email is addressed to; nil for letters and for emails to a sales group or
    /// an agent (then `{{contact.name}}` is absent).
    public let contactName: String?
    /// The leading invoice (R5), or the pre-dunning step's own invoice: `{{invoice.…}}`.
    public let leadingInvoice: Invoice
    /// The overdue invoices, oldest due date first (ties: invoice date, then id, as R5).
    public let overdueInvoices: [Invoice]
    /// The open amounts of `overdueInvoices` added up per invoice currency, by currency code.
    public let totals: [CurrencyTotal]
    /// The customer's collections agent, if it has one.
    public let agent: CollectionsAgent?
    /// The date of the run: `{{runDate}}`, and the day `daysOverdue` counts to.
    public let runDate: LocalDate
    /// The level of the collection letter being rendered; nil for emails.
    public let letterLevel: Int?

    /// Creates the context of one email or letter.
    ///
    /// - Parameters:
    ///   - overdueInvoices: The invoices `{{#overdueInvoices}}` lists, in any order: they are
    ///     sorted oldest due date first and added up into ``totals``.
    ///   - letterLevel: The letter's level; nil for emails.
    public init(
        parameters: AutomationParameters, customer: Customer, contactName: String?,
        leadingInvoice: Invoice, overdueInvoices: [Invoice], agent: CollectionsAgent?,
        runDate: LocalDate, letterLevel: Int?
    ) {
        self.parameters = parameters
        self.customer = customer
        self.contactName = contactName
        self.leadingInvoice = leadingInvoice
        self.overdueInvoices = overdueInvoices.sorted(by: RenderingContext.isOlder)
        self.totals = RenderingContext.totals(of: overdueInvoices)
        self.agent = agent
        self.runDate = runDate
        self.letterLevel = letterLevel
    }

    /// R5's order: earlier due date, then earlier invoice date, then lower id.
    private static func isOlder(_ lhs: Invoice, _ rhs: Invoice) -> Bool {
        (lhs.dueDate, lhs.invoiceDate, lhs.id) < (rhs.dueDate, rhs.invoiceDate, rhs.id)
    }

    /// The open amounts of `invoices` per currency, by currency code.
    private static func totals(of invoices: [Invoice]) -> [CurrencyTotal] {
        let sums = invoices.reduce(into: [String: Money]()) { sums, invoice in
            sums[invoice.currency, default: .zero] += invoice.openAmount
        }
        return sums.sorted { $0.key < $1.key }.map {
            CurrencyTotal(currency: $0.key, amount: $0.value)
        }
    }
}

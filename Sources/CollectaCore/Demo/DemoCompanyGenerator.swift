/// What demo company to generate: its size, its strategies and its random choices.
public struct DemoOptions: Hashable, Sendable {
    /// How many customers (accounts `C-000001`, …).
    public var customers: Int
    /// Exactly this many invoices over all customers, spread unevenly; nil: 3 to 27 per
    /// customer, as in the classic 200-customer demo.
    public var invoices: Int?
    /// This many generated process hierarchies (key accounts, then portfolios); nil: the three
    /// classic strategies KEY, RU and INTL.
    public var hierarchies: Int?
    /// Selects one of many equally realistic companies.
    public var seed: UInt64
    /// The date the ledger is as of.
    public var today: LocalDate

    /// Creates options; leaving out `invoices` and `hierarchies` gives the classic demo.
    public init(
        customers: Int = 200, invoices: Int? = nil, hierarchies: Int? = nil, seed: UInt64 = 1,
        today: LocalDate
    ) {
        self.customers = max(0, customers)
        self.invoices = invoices.map { max(0, $0) }
        self.hierarchies = hierarchies.map { max(1, $0) }
        self.seed = seed
        self.today = today
    }

    /// Digits of customer account numbers: 6, or more when portfolios split the accounts into
    /// text ranges and the customers outnumber 999,999 (so that text order is number order).
    var accountWidth: Int {
        hierarchies == nil ? 6 : max(6, String(customers).count)
    }

    /// Digits of invoice and voucher numbers: 6, or more for a larger invoice total.
    var invoiceNumberWidth: Int {
        invoices.map { max(6, String($0).count) } ?? 6
    }
}

/// One generated customer with its contacts and invoices.
public struct DemoCustomerRecord: Hashable, Sendable {
    public var customer: Customer
    /// Its one to three contacts.
    public var contacts: [Contact]
    /// Its open and settled invoices, oldest first.
    public var invoices: [Invoice]

    public init(customer: Customer, contacts: [Contact], invoices: [Invoice]) {
        self.customer = customer
        self.contacts = contacts
        self.invoices = invoices
    }
}

/// The demo company as a stream: the configuration and staff up front, then one customer at a
/// time in account order, so that a company of any size is generated in constant memory.
///
/// ```swift
/// let generator = DemoCompanyGenerator(DemoOptions(customers: 100_000, invoices: 1_000_000,
///                                                  hierarchies: 20, today: today))
/// for record in generator { write(record) }
/// ```
///
/// Iterating the same options always gives equal records; ``DemoCompany/makeDataset(_:)``
/// collects them.
public struct DemoCompanyGenerator: Sequence, IteratorProtocol {
    /// What is generated.
    public let options: DemoOptions
    /// Purposes, pools, templates, letters, hierarchies and parameters (valid per C1–C10).
    public let configuration: CollectionsConfiguration
    private var ledger: DemoLedgerBuilder
    private var allocation: DemoInvoiceAllocation?
    private var nextIndex = 0

    /// Prepares the company described by `options`.
    public init(_ options: DemoOptions) {
        self.options = options
        configuration = options.hierarchies.map {
            DemoConfiguration.make(
                portfolios: DemoPortfolioPlan(
                    hierarchies: $0, customers: options.customers,
                    accountWidth: options.accountWidth, seed: options.seed))
        } ?? DemoConfiguration.make()
        ledger = DemoLedgerBuilder(
            seed: options.seed, today: options.today, accountWidth: options.accountWidth,
            invoiceNumberWidth: options.invoiceNumberWidth)
        allocation = options.invoices.map {
            DemoInvoiceAllocation(invoices: $0, customers: options.customers, seed: options.seed)
        }
    }

    /// The collectors who own customers' activities.
    public var agents: [CollectionsAgent] { DemoStaff.agents }
    /// The sales groups that receive "Sales group" emails.
    public var salesGroups: [SalesGroup] { DemoStaff.salesGroups }

    /// The next customer, or nil after the last one.
    public mutating func next() -> DemoCustomerRecord? {
        guard nextIndex < options.customers else { return nil }
        defer { nextIndex += 1 }
        let count = allocation?.nextCount(forCustomer: nextIndex)
        return ledger.makeCustomer(index: nextIndex, invoiceCount: count)
    }
}

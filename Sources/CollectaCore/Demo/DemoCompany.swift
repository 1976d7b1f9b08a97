/// Everything a demo company needs: its collections configuration, people and ledger.
public struct DemoDataset: Hashable, Sendable {
    /// Purposes, pools, templates, letters, hierarchies and parameters (valid per C1–C10).
    public var configuration: CollectionsConfiguration
    /// The collectors who own customers' activities.
    public var agents: [CollectionsAgent]
    /// The sales groups that receive "Sales group" emails.
    public var salesGroups: [SalesGroup]
    /// Customers in account order (`C-000001`, `C-000002`, …).
    public var customers: [Customer]
    /// Contacts of the customers, grouped by customer in account order.
    public var contacts: [Contact]
    /// Open and settled invoices, grouped by customer in account order, oldest first.
    public var invoices: [Invoice]

    /// Creates a data set from its parts.
    public init(
        configuration: CollectionsConfiguration, agents: [CollectionsAgent],
        salesGroups: [SalesGroup], customers: [Customer], contacts: [Contact],
        invoices: [Invoice]
    ) {
        self.configuration = configuration
        self.agents = agents
        self.salesGroups = salesGroups
        self.customers = customers
        self.contacts = contacts
        self.invoices = invoices
    }
}

/// A deterministic, realistic demo company, ООО «Северный ветер», generated as pure data.
///
/// About 60 % of the customers are Russian companies and sole traders (`ru`, `ru-RU`, RUB); the
/// rest are British, American, Irish, Dutch, German, Austrian and French companies (`en-GB`,
/// `en-US`, `en`, `de`, `fr`; GBP, USD, EUR). Each customer pays in one of four hidden
/// behaviours (punctual, slightly late, chronically late, very late), which shapes when its
/// invoices were settled and which are still open. Foreign open amounts are converted to
/// roubles at fixed rates: EUR 100.00, USD 92.00, GBP 117.00 (exact, rounded half up).
/// `docs/demo.md` describes the company in full.
public enum DemoCompany {
    /// Generates the demo company.
    ///
    /// The same `customers`, `seed` and `today` always give an equal data set, on every
    /// platform; another seed gives other customers and invoices (the configuration and the
    /// company's own people are fixed). Each customer draws from its own random stream, so the
    /// work is linear in `customers`.
    ///
    /// - Parameters:
    ///   - customers: How many customers to create; about 15 invoices and 2 contacts each.
    ///   - seed: Selects one of many equally realistic companies.
    ///   - today: The date the ledger is as of: invoices fall in the 365 days before it and
    ///     nothing is settled after it.
    public static func makeDataset(
        customers: Int = 200, seed: UInt64 = 1, today: LocalDate
    ) -> DemoDataset {
        var ledger = DemoLedgerBuilder(seed: seed, today: today)
        for index in 0..<max(0, customers) {
            ledger.addCustomer(index: index)
        }
        return DemoDataset(
            configuration: DemoConfiguration.make(), agents: DemoStaff.agents,
            salesGroups: DemoStaff.salesGroups, customers: ledger.customers,
            contacts: ledger.contacts, invoices: ledger.invoices)
    }
}

/// Accumulates customers, contacts and invoices, numbering contacts and invoices across
/// customers.
struct DemoLedgerBuilder {
    private let seed: UInt64
    private var customerFactory: DemoCustomerFactory
    private let invoiceFactory: DemoInvoiceFactory
    private var nextContactNumber = 1
    private var nextInvoiceNumber = 1
    private(set) var customers: [Customer] = []
    private(set) var contacts: [Contact] = []
    private(set) var invoices: [Invoice] = []

    init(seed: UInt64, today: LocalDate) {
        self.seed = seed
        customerFactory = DemoCustomerFactory(seed: seed)
        invoiceFactory = DemoInvoiceFactory(today: today)
    }

    /// Draws customer `index` (zero-based) with its contacts and invoices.
    mutating func addCustomer(index: Int) {
        var random = SeededGenerator(seed: seed, stream: UInt64(index))
        let profile = customerFactory.makeProfile(index: index, random: &random)
        customers.append(profile.customer)
        contacts += DemoContactFactory.contacts(
            for: profile, nextNumber: &nextContactNumber, random: &random)
        invoices += invoiceFactory.invoices(
            for: profile, nextNumber: &nextInvoiceNumber, random: &random)
    }
}

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
        makeDataset(DemoOptions(customers: customers, seed: seed, today: today))
    }

    /// Generates the demo company described by `options`, all in memory.
    ///
    /// For large companies iterate a ``DemoCompanyGenerator`` instead, which holds one customer
    /// at a time.
    public static func makeDataset(_ options: DemoOptions) -> DemoDataset {
        let generator = DemoCompanyGenerator(options)
        var customers: [Customer] = []
        var contacts: [Contact] = []
        var invoices: [Invoice] = []
        for record in generator {
            customers.append(record.customer)
            contacts += record.contacts
            invoices += record.invoices
        }
        return DemoDataset(
            configuration: generator.configuration, agents: generator.agents,
            salesGroups: generator.salesGroups, customers: customers, contacts: contacts,
            invoices: invoices)
    }
}

/// Draws customers with their contacts and invoices, numbering contacts and invoices across
/// customers.
struct DemoLedgerBuilder {
    private let seed: UInt64
    private var customerFactory: DemoCustomerFactory
    private let invoiceFactory: DemoInvoiceFactory
    private var nextContactNumber = 1
    private var nextInvoiceNumber = 1

    init(seed: UInt64, today: LocalDate, accountWidth: Int = 6, invoiceNumberWidth: Int = 6) {
        self.seed = seed
        customerFactory = DemoCustomerFactory(seed: seed, accountWidth: accountWidth)
        invoiceFactory = DemoInvoiceFactory(today: today, numberWidth: invoiceNumberWidth)
    }

    /// Draws customer `index` (zero-based) with its contacts and `invoiceCount` invoices (nil:
    /// 3 to 27, drawn from the customer's stream).
    mutating func makeCustomer(index: Int, invoiceCount: Int? = nil) -> DemoCustomerRecord {
        var random = SeededGenerator(seed: seed, stream: UInt64(index))
        let profile = customerFactory.makeProfile(index: index, random: &random)
        let contacts = DemoContactFactory.contacts(
            for: profile, nextNumber: &nextContactNumber, random: &random)
        let invoices = invoiceFactory.invoices(
            for: profile, count: invoiceCount, nextNumber: &nextInvoiceNumber, random: &random)
        return DemoCustomerRecord(customer: profile.customer, contacts: contacts, invoices: invoices)
    }
}

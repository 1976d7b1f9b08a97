import CollectaCore
import GRDB

/// Loads the engine's input for a page of customers: the customers with their pools first, then
/// one query per kind of fact over the page's range of accounts (`> first` and `<= last`, which
/// walks the indexes keyed by account), so that memory depends on the page size and not on the
/// database size. Every fact comes in account order and is handed to its customer by merging.
struct CaseLoader {
    /// Every pool of the configuration: R1 ranks all hierarchies, whatever the run's scope.
    let pools: [CustomerPool]
    let runDate: LocalDate
    /// The purposes the configuration's emails to customers go to (R13): only contacts with one
    /// of them can be recipients, so only they are read, with only those purposes.
    let recipientPurposes: [String]
    /// Each pool's criteria split into SQL on stored fields and tests of the invoice figures.
    private let poolTests: Result<[PoolTest], CriterionError>

    init(configuration: CollectionsConfiguration, runDate: LocalDate) {
        pools = configuration.pools
        self.runDate = runDate
        recipientPurposes = Self.recipientPurposes(of: configuration)
        let compiler = CriteriaCompiler(asOf: runDate)
        poolTests = Result { () throws(CriterionError) in try configuration.pools.map(compiler.test(for:)) }
    }

    /// The customers after `account` in account order, at most `limit`, as engine cases.
    func page(_ db: Database, after account: String?, limit: Int) throws -> [CustomerCase] {
        try read(db, after: account, limit: limit).map(cases(from:)) ?? []
    }

    /// What `page` reads, before it is put together; nil when no customer comes after `account`.
    func read(_ db: Database, after account: String?, limit: Int) throws -> LoadedPage? {
        let tests = try poolTests.get()
        let customers = try PageCustomers.fetch(db, tests: tests, after: account ?? "", limit: limit)
        guard let last = customers.rows.last else { return nil }
        let range = AccountRange(after: account ?? "", through: last.customer.account)
        return LoadedPage(
            tests: tests, customers: customers,
            facts: try PageFacts.fetch(db, range: range, recipientPurposes: recipientPurposes))
    }

    /// The cases of a page read by `read`, in account order: each customer with its facts and
    /// the pools it matches.
    func cases(from page: LoadedPage) -> [CustomerCase] {
        let tests = page.tests
        var facts = page.facts
        var poolSets = PoolSets(pools: pools)
        return page.customers.rows.map { row in
            let account = row.customer.account
            var customer = row.customer
            customer.tags = facts.tags.take(for: account)
            let invoices = facts.invoices.take(for: account)
            let figures = CustomerFigures(invoices: invoices, asOf: runDate)
            let matched = tests.indices.map { index in
                page.customers.meetsStoredCriteria(row, pool: index) && tests[index].isMet(by: figures)
            }
            let state = facts.states.take(for: account).first
            return CustomerCase(
                customer: customer, matchingPoolIDs: poolSets.set(matching: matched),
                manualHierarchyID: facts.manualAssignments.take(for: account).first,
                openInvoices: invoices, executions: facts.executions.take(for: account),
                predictions: facts.predictions.take(for: account),
                predictionMarks: facts.marks.take(for: account),
                contacts: facts.contacts.take(for: account), lastContactDate: state?.lastContact ?? nil,
                letterLevel: state?.letterLevel ?? 0)
        }
    }

    /// R13: the purposes of the configuration's email steps to the customer (`""` for a step
    /// that names none, which no contact has).
    private static func recipientPurposes(of configuration: CollectionsConfiguration) -> [String] {
        let purposes = configuration.hierarchies.flatMap(\.steps)
            .filter { $0.action == .email && ($0.recipient == nil || $0.recipient == .customer) }
            .map { $0.contactPurposeID ?? "" }
        return Array(Set(purposes)).sorted()
    }
}

/// A page of customers and their facts as read, to be put together by `CaseLoader.cases(from:)`.
struct LoadedPage: Sendable {
    /// The pools' tests the page was read with.
    let tests: [PoolTest]
    var customers: PageCustomers
    var facts: PageFacts

    /// The last account of the page.
    var lastAccount: String? { customers.rows.last?.customer.account }
}

/// Accounts after one and up to another, in SQLite's order: a page's share of every table.
struct AccountRange {
    var after: String
    var through: String

    var arguments: StatementArguments { [after, through] }
}

/// The pool ids each combination of matched pools gives, shared between customers that match
/// the same pools.
private struct PoolSets {
    let pools: [CustomerPool]
    private var sets: [[Bool]: Set<String>] = [:]

    init(pools: [CustomerPool]) {
        self.pools = pools
    }

    mutating func set(matching matched: [Bool]) -> Set<String> {
        if let set = sets[matched] { return set }
        let set = Set(pools.indices.filter { matched[$0] }.map { pools[$0].id })
        sets[matched] = set
        return set
    }
}

/// Values read in account order, handed out customer by customer as the page is assembled.
struct AccountGroups<Value: Sendable>: Sendable {
    private var accounts: [String] = []
    private var values: [Value] = []
    private var position = 0

    mutating func append(_ value: Value, account: String) {
        accounts.append(account)
        values.append(value)
    }

    /// The values of `account`, which must come after every account asked for before (values of
    /// accounts in between, which have no customer on the page, are passed over).
    mutating func take(for account: String) -> [Value] {
        while position < accounts.count, accounts[position].utf8.lexicographicallyPrecedes(account.utf8) {
            position += 1
        }
        let start = position
        while position < accounts.count, accounts[position].utf8.elementsEqual(account.utf8) {
            position += 1
        }
        return Array(values[start..<position])
    }
}

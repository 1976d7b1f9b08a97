import CollectaCore
import GRDB

/// Loads the engine's input for a page of customers: the customers first, then one query per
/// kind of fact over the page's range of accounts (`> first` and `<= last`, which walks the
/// indexes keyed by account), so that memory depends on the page size and not on the database
/// size. Every fact comes in account order and is handed to its customer by merging. Pool
/// criteria are tested in Swift on what the page holds (`PoolTest`), as SQL would test them.
struct CaseLoader {
    /// Every pool of the configuration: R1 ranks all hierarchies, whatever the run's scope.
    let pools: [CustomerPool]
    let runDate: LocalDate
    /// The purposes the configuration's emails to customers go to (R13): only contacts with one
    /// of them can be recipients, so only they are read, with only those purposes.
    let recipientPurposes: [String]
    /// Whether an active hierarchy uses predictions (R16): otherwise the engine has no use for
    /// them, and they are not read.
    let readsPredictions: Bool
    /// Each pool's criteria split into SQL on stored fields and tests of the invoice figures.
    private let poolTests: Result<[PoolTest], CriterionError>

    init(configuration: CollectionsConfiguration, runDate: LocalDate) {
        pools = configuration.pools
        self.runDate = runDate
        recipientPurposes = Self.recipientPurposes(of: configuration)
        readsPredictions = configuration.hierarchies.contains { $0.isActive && $0.usesPredictions }
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
        return try read(db, customers, tests: tests, after: account)
    }

    /// What `read` reads of the customers after `account` and up to `last` (to the end when
    /// nil), however many; nil when there is none.
    func read(_ db: Database, after account: String?, through last: String?) throws -> LoadedPage? {
        let tests = try poolTests.get()
        let customers = try PageCustomers.fetch(db, tests: tests, after: account ?? "", through: last, limit: -1)
        return try read(db, customers, tests: tests, after: account)
    }

    /// The page of `customers`, the customers after `account` read with `tests`, with their facts.
    private func read(
        _ db: Database, _ customers: PageCustomers, tests: [PoolTest], after account: String?
    ) throws -> LoadedPage? {
        guard let last = customers.rows.last else { return nil }
        let range = AccountRange(after: account ?? "", through: last.customer.account)
        let facts = try PageFacts.fetch(
            db, range: range, recipientPurposes: recipientPurposes, predictions: readsPredictions)
        let inexact = customers.rows.filter { !$0.isExact }.map(\.customer.account) + facts.inexactTagAccounts
        let memberships = try PoolMembership.fetch(db, pools: pools, asOf: runDate, accounts: inexact)
        return LoadedPage(
            tests: tests, customers: customers, facts: facts,
            sqlMemberships: Dictionary(memberships.map { ($0.account, $0.poolIDs) }, uniquingKeysWith: { a, _ in a }))
    }

    /// The cases of a page read by `read`, in account order: each customer with its facts and
    /// the pools it matches.
    func cases(from page: LoadedPage) -> [CustomerCase] {
        var cases: [CustomerCase] = []
        cases.reserveCapacity(page.customers.rows.count)
        forEachCase(of: page) { cases.append($0) }
        return cases
    }

    /// Hands the cases of `page` to `body` one by one, in account order, as `cases(from:)`
    /// makes them: `body` owns each case, so it can hand it on without copying it.
    func forEachCase(of page: LoadedPage, _ body: (consuming CustomerCase) -> Void) {
        let matcher = PoolMatcher(page.tests)
        let rows = page.customers.rows
        let storedPositions = page.customers.storedPositions
        let sqlMemberships = page.sqlMemberships
        var facts = page.facts
        var poolSets = PoolSets(pools: pools)
        for index in rows.indices {
            // The row's customer is copied, not the whole row.
            var customer = rows[index].customer
            let account = customer.account
            customer.tags = facts.tags.take(for: account)
            let invoices = facts.invoices.take(for: account)
            let figures = CustomerFigures(invoices: invoices, asOf: runDate)
            let sqlPools = sqlMemberships.isEmpty ? nil : sqlMemberships[account]
            let matching = sqlPools ?? poolSets.set(
                matching: matcher.pools(of: customer, figures: figures) { pool in
                    // The criteria SQL tests must hold too.
                    storedPositions[pool].map { rows[index].storedMatches[$0] } ?? true
                })
            let state = facts.states.take(for: account).first
            body(CustomerCase(
                customer: customer, matchingPoolIDs: matching,
                manualHierarchyID: facts.manualAssignments.take(for: account).first,
                openInvoices: invoices, executions: facts.executions.take(for: account),
                predictions: facts.predictions.take(for: account),
                predictionMarks: facts.marks.take(for: account),
                contacts: facts.contacts.take(for: account), lastContactDate: state?.lastContact ?? nil,
                letterLevel: state?.letterLevel ?? 0))
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
    /// The pools of the few customers whose text does not read as stored, found by SQL.
    var sqlMemberships: [String: Set<String>]

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
    private var byMask: [UInt64: Set<String>] = [:]
    private var byFlags: [[Bool]: Set<String>] = [:]

    init(pools: [CustomerPool]) {
        self.pools = pools
    }

    /// The ids of the pools in `matched` (positions in `pools`).
    mutating func set(matching matched: PositionSet) -> Set<String> {
        guard pools.count <= UInt64.bitWidth else {
            let flags = pools.indices.map(matched.contains)
            if let set = byFlags[flags] { return set }
            let set = Set(pools.indices.filter { flags[$0] }.map { pools[$0].id })
            byFlags[flags] = set
            return set
        }
        var mask: UInt64 = 0
        for index in pools.indices where matched.contains(index) { mask |= 1 << UInt64(index) }
        if let set = byMask[mask] { return set }
        let set = Set(pools.indices.filter { mask & (1 << UInt64($0)) != 0 }.map { pools[$0].id })
        byMask[mask] = set
        return set
    }
}

/// Values read in account order, grouped by account as they are read, and handed out customer
/// by customer as the page is put together.
struct AccountGroups<Value: Sendable>: Sendable {
    private var accounts: [String] = []
    private var groups: [[Value]] = []
    private var position = 0

    /// Adds `value` of `account`, which is the last account added or comes after it.
    mutating func append(_ value: Value, account: String) {
        append(value, account: account, isLastAccount: accounts.last.map { BinaryCollation.compare($0, account) == 0 } ?? false)
    }

    /// Adds `value` of `account`, which the caller knows to be the last account added or not.
    mutating func append(_ value: Value, account: String, isLastAccount: Bool) {
        if isLastAccount {
            groups[groups.count - 1].append(value)
        } else {
            accounts.append(account)
            groups.append([value])
        }
    }

    /// The account of the last value added.
    var lastAccount: String? { accounts.last }

    /// The values of `account`, which must come after every account asked for before (values of
    /// accounts in between, which have no customer on the page, are passed over).
    mutating func take(for account: String) -> [Value] {
        while position < accounts.count, BinaryCollation.compare(accounts[position], account) < 0 {
            position += 1
        }
        guard position < accounts.count, BinaryCollation.compare(accounts[position], account) == 0 else { return [] }
        position += 1
        return groups[position - 1]
    }
}

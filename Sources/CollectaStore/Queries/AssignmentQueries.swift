import CollectaCore
import GRDB

/// One customer and how R1 assigns it.
public struct CustomerAssignment: Hashable, Sendable {
    public var account: String
    public var name: String
    /// The hierarchy that processes the customer; nil when none does.
    public var assignment: Assignment?
    /// Every hierarchy with a claim on the customer — its manual one and each whose pool
    /// matches — in rank order, with the outcome of R1.
    public var candidates: [AssignmentCandidate]
    /// The customer's manual assignment (who and when), if it has one.
    public var manualAssignment: ManualAssignment?

    public init(
        account: String, name: String, assignment: Assignment?, candidates: [AssignmentCandidate],
        manualAssignment: ManualAssignment?
    ) {
        self.account = account
        self.name = name
        self.assignment = assignment
        self.candidates = candidates
        self.manualAssignment = manualAssignment
    }
}

/// Which customers an assignment page keeps.
public enum AssignmentFilter: Hashable, Sendable {
    /// Every customer, assigned or not.
    case all
    /// The customers the hierarchy processes (R1).
    case assigned(toHierarchy: String)
    /// The customers the hierarchy has a claim on: its pool matches them or they are assigned to
    /// it by hand, whether it wins them or not.
    case claimed(byHierarchy: String)

    /// Whether `customer` passes the filter.
    public func keeps(_ customer: CustomerAssignment) -> Bool {
        switch self {
        case .all: true
        case .assigned(let hierarchyID): customer.assignment?.hierarchyID == hierarchyID
        case .claimed(let hierarchyID): customer.candidates.contains { $0.hierarchyID == hierarchyID }
        }
    }
}

/// One page of customers with their assignments.
public struct AssignmentPage: Hashable, Sendable {
    /// The customers of the page that pass the filter, in account order (may be empty even
    /// when more pages follow).
    public var customers: [CustomerAssignment]
    /// Pass as `after` to read the next page; nil when every customer has been read.
    public var nextAccount: String?

    public init(customers: [CustomerAssignment], nextAccount: String?) {
        self.customers = customers
        self.nextAccount = nextAccount
    }
}

extension CollectaDatabase {
    /// The next `limit` customers in account order after `account`, each with its R1 assignment on
    /// `asOf` under `configuration` (pools evaluated in one query per page, manual assignments
    /// read for the page only), keeping those that pass `filter`.
    /// - Throws: `CriterionError` for a malformed pool criterion; `StoreError` when the database
    ///   cannot be read.
    public func assignmentPage(
        configuration: CollectionsConfiguration, asOf: LocalDate, filter: AssignmentFilter = .all,
        after account: String? = nil, limit: Int
    ) throws -> AssignmentPage {
        guard limit > 0 else { return AssignmentPage(customers: [], nextAccount: account) }
        let query = AssignmentQuery(configuration: configuration, asOf: asOf)
        return try translatedRead { db in
            let memberships = try PoolMembership.fetchPage(
                db, pools: query.pools, asOf: asOf, after: account, limit: limit)
            return AssignmentPage(
                customers: try query.customers(memberships, in: db).filter(filter.keeps),
                nextAccount: memberships.count < limit ? nil : memberships.last?.account)
        }
    }

    /// Calls `body` with every page of customers that pass `filter` (see `assignmentPage`), one
    /// page at a time, so that no more than `pageSize` customers are held at once; stops after
    /// `limit` customers when given. Empty pages are skipped.
    public func forEachAssignmentPage(
        configuration: CollectionsConfiguration, asOf: LocalDate, filter: AssignmentFilter = .all,
        pageSize: Int = 500, limit: Int? = nil, _ body: ([CustomerAssignment]) throws -> Void
    ) throws {
        var remaining = limit ?? Int.max
        var after: String?
        repeat {
            let page = try assignmentPage(
                configuration: configuration, asOf: asOf, filter: filter, after: after,
                limit: max(1, pageSize))
            let customers = page.customers.prefix(remaining)
            if !customers.isEmpty { try body(Array(customers)) }
            remaining -= customers.count
            after = page.nextAccount
        } while after != nil && remaining > 0
    }

    /// The customer `account` with its R1 assignment and every candidate hierarchy on `asOf`;
    /// nil when there is no such customer.
    public func assignment(
        ofCustomer account: String, configuration: CollectionsConfiguration, asOf: LocalDate
    ) throws -> CustomerAssignment? {
        let query = AssignmentQuery(configuration: configuration, asOf: asOf)
        return try translatedRead { db in
            let memberships = try PoolMembership.fetch(
                db, pools: query.pools, asOf: asOf, accounts: [account])
            return try query.customers(memberships, in: db).first
        }
    }
}

/// Resolves pages of pool memberships into assignments.
struct AssignmentQuery {
    let resolver: AssignmentResolver
    /// The pools of the hierarchies (other pools cannot assign anyone).
    let pools: [CustomerPool]

    init(configuration: CollectionsConfiguration, asOf: LocalDate) {
        resolver = AssignmentResolver(configuration: configuration)
        let poolIDs = Set(configuration.hierarchies.map(\.poolID))
        pools = configuration.pools.filter { poolIDs.contains($0.id) }
    }

    /// The memberships with their names, manual assignments and R1 outcomes.
    func customers(_ memberships: [PoolMembership], in db: Database) throws -> [CustomerAssignment] {
        let accounts = memberships.map(\.account)
        let manual = try ManualAssignmentSQL.assignments(of: accounts, in: db)
        let names = try Self.names(of: accounts, in: db)
        return memberships.map { membership in
            let manualAssignment = manual[membership.account]
            let manualID = manualAssignment?.hierarchyID
            return CustomerAssignment(
                account: membership.account, name: names[membership.account] ?? "",
                assignment: resolver.assignment(manualHierarchyID: manualID, matchingPoolIDs: membership.poolIDs),
                candidates: resolver.candidates(manualHierarchyID: manualID, matchingPoolIDs: membership.poolIDs),
                manualAssignment: manualAssignment)
        }
    }

    private static func names(of accounts: [String], in db: Database) throws -> [String: String] {
        var names: [String: String] = [:]
        for chunk in ManualAssignmentSQL.chunks(of: accounts) {
            let sql = "SELECT account, name FROM customer WHERE account IN (\(databaseQuestionMarks(count: chunk.count)))"
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(chunk)) {
                names[row[0]] = row[1] as String
            }
        }
        return names
    }
}

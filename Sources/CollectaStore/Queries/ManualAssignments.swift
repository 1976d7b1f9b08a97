import CollectaCore
import GRDB

/// What `assign` or `unassign` did to one customer's manual assignment.
public struct ManualAssignmentChange: Hashable, Sendable {
    public var customerAccount: String
    /// The hierarchy the customer was assigned to by hand before; nil when it had none.
    public var previousHierarchyID: String?
    /// The hierarchy it is assigned to by hand now; nil when it has none (after `unassign`).
    public var hierarchyID: String?

    public init(customerAccount: String, previousHierarchyID: String?, hierarchyID: String?) {
        self.customerAccount = customerAccount
        self.previousHierarchyID = previousHierarchyID
        self.hierarchyID = hierarchyID
    }
}

/// Why `assign` or `unassign` changed nothing: ids that are not in the database.
public struct ManualAssignmentRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// The hierarchy asked for, when there is no such hierarchy.
    public var unknownHierarchyID: String?
    /// The accounts that are not customers, in the order given.
    public var unknownCustomerAccounts: [String]

    public init(unknownHierarchyID: String?, unknownCustomerAccounts: [String]) {
        self.unknownHierarchyID = unknownHierarchyID
        self.unknownCustomerAccounts = unknownCustomerAccounts
    }

    /// One line per unknown id: `unknown hierarchy 'X'`, `unknown customer 'C-9'`.
    public var problems: [String] {
        (unknownHierarchyID.map { ["unknown hierarchy '\($0)'"] } ?? [])
            + unknownCustomerAccounts.map { "unknown customer '\($0)'" }
    }

    public var description: String { problems.joined(separator: "; ") }
}

extension CollectaDatabase {
    /// Manual assignments by customer account, to `hierarchyID` only when given: at most
    /// `limit`, starting after `account`.
    public func manualAssignments(
        toHierarchy hierarchyID: String? = nil, after account: String? = nil, limit: Int
    ) throws -> [ManualAssignment] {
        guard limit > 0 else { return [] }
        var conditions = QueryConditions()
        if let hierarchyID { conditions.add("hierarchy_id = ?", hierarchyID) }
        if let account { conditions.add("customer_account > ?", account) }
        let sql = """
            SELECT * FROM manual_assignment \(conditions.whereClause)
            ORDER BY customer_account LIMIT ?
            """
        let arguments = conditions.arguments + [limit]
        return try translatedRead { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(ManualAssignmentSQL.assignment(from:))
        }
    }

    /// Assigns each of `accounts` to `hierarchyID` by hand (R1: this wins over pools), replacing
    /// any manual assignment they had, recording `user` and `timestamp` (ISO 8601, UTC) as who
    /// and when. All or nothing, in one transaction.
    ///
    /// Each change is also logged in `assignment_change` (from the previous manual hierarchy,
    /// if any, to `hierarchyID`; who; when) in the same transaction, so the log and the
    /// assignments never disagree. History rows belong to runs and are not written.
    /// - Returns: one change per account, in the order given (repeats left out).
    /// - Throws: `ManualAssignmentRefusal` naming every unknown hierarchy or customer (nothing is
    ///   written); `StoreError` when the database cannot be written.
    public func assign(
        _ accounts: [String], toHierarchy hierarchyID: String, by user: String, at timestamp: String
    ) throws -> [ManualAssignmentChange] {
        let accounts = ManualAssignmentSQL.unique(accounts)
        return try translatedWrite { db in
            try ManualAssignmentSQL.refuseUnknown(accounts, hierarchyID: hierarchyID, in: db)
            let previous = try ManualAssignmentSQL.hierarchies(of: accounts, in: db)
            let statement = try db.makeStatement(sql: """
                INSERT OR REPLACE INTO manual_assignment
                    (customer_account, hierarchy_id, assigned_by, assigned_at) VALUES (?, ?, ?, ?)
                """)
            let changes = try accounts.map { account in
                try statement.execute(arguments: [account, hierarchyID, user, timestamp])
                return ManualAssignmentChange(
                    customerAccount: account, previousHierarchyID: previous[account],
                    hierarchyID: hierarchyID)
            }
            try AssignmentChangeSQL.log(changes, by: user, at: timestamp, in: db)
            return changes
        }
    }

    /// Removes the manual assignments of `accounts`: they go back to their pools (R1). A customer
    /// without one is left as it is (its change has no previous hierarchy, and nothing is logged
    /// for it). Each removal is logged in `assignment_change` (to no hierarchy) with `user` and
    /// `timestamp`. All or nothing.
    /// - Returns: one change per account, in the order given (repeats left out).
    /// - Throws: `ManualAssignmentRefusal` naming every unknown customer (nothing is written);
    ///   `StoreError` when the database cannot be written.
    public func unassign(
        _ accounts: [String], by user: String, at timestamp: String
    ) throws -> [ManualAssignmentChange] {
        let accounts = ManualAssignmentSQL.unique(accounts)
        return try translatedWrite { db in
            try ManualAssignmentSQL.refuseUnknown(accounts, hierarchyID: nil, in: db)
            let previous = try ManualAssignmentSQL.hierarchies(of: accounts, in: db)
            let statement = try db.makeStatement(
                sql: "DELETE FROM manual_assignment WHERE customer_account = ?")
            let changes = try accounts.map { account in
                try statement.execute(arguments: [account])
                return ManualAssignmentChange(
                    customerAccount: account, previousHierarchyID: previous[account], hierarchyID: nil)
            }
            try AssignmentChangeSQL.log(changes, by: user, at: timestamp, in: db)
            return changes
        }
    }

    /// The accounts among `accounts` that are not customers, in the order given.
    public func unknownCustomerAccounts(among accounts: [String]) throws -> [String] {
        try translatedRead { db in try ManualAssignmentSQL.unknownAccounts(accounts, in: db) }
    }
}

/// The SQL behind manual assignments.
enum ManualAssignmentSQL {
    /// How many values one `IN (…)` list binds.
    static let chunkSize = 500

    static func assignment(from row: Row) throws -> ManualAssignment {
        ManualAssignment(
            customerAccount: try row.decode(forColumn: "customer_account"),
            hierarchyID: try row.decode(forColumn: "hierarchy_id"),
            assignedBy: try row.decode(forColumn: "assigned_by"),
            assignedAt: try row.decode(forColumn: "assigned_at"))
    }

    /// `accounts` without repeats, first occurrence kept.
    static func unique(_ accounts: [String]) -> [String] {
        var seen = Set<String>()
        return accounts.filter { seen.insert($0).inserted }
    }

    /// Throws a refusal when the hierarchy (if given) or any account is unknown.
    static func refuseUnknown(_ accounts: [String], hierarchyID: String?, in db: Database) throws {
        var unknownHierarchy: String?
        if let hierarchyID,
           try Bool.fetchOne(db, sql: "SELECT 1 FROM process_hierarchy WHERE id = ?", arguments: [hierarchyID]) == nil
        {
            unknownHierarchy = hierarchyID
        }
        let unknownAccounts = try unknownAccounts(accounts, in: db)
        guard unknownHierarchy == nil, unknownAccounts.isEmpty else {
            throw ManualAssignmentRefusal(
                unknownHierarchyID: unknownHierarchy, unknownCustomerAccounts: unknownAccounts)
        }
    }

    static func unknownAccounts(_ accounts: [String], in db: Database) throws -> [String] {
        var known = Set<String>()
        for chunk in chunks(of: accounts) {
            let sql = "SELECT account FROM customer WHERE account IN (\(databaseQuestionMarks(count: chunk.count)))"
            known.formUnion(try String.fetchAll(db, sql: sql, arguments: StatementArguments(chunk)))
        }
        return accounts.filter { !known.contains($0) }
    }

    /// The manual assignments of `accounts`: the hierarchy of each account that has one.
    static func assignments(of accounts: [String], in db: Database) throws -> [String: ManualAssignment] {
        var result: [String: ManualAssignment] = [:]
        for chunk in chunks(of: accounts) {
            let sql = """
                SELECT * FROM manual_assignment
                WHERE customer_account IN (\(databaseQuestionMarks(count: chunk.count)))
                """
            for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(chunk)) {
                let assignment = try assignment(from: row)
                result[assignment.customerAccount] = assignment
            }
        }
        return result
    }

    static func hierarchies(of accounts: [String], in db: Database) throws -> [String: String] {
        try assignments(of: accounts, in: db).mapValues(\.hierarchyID)
    }

    /// `accounts` in slices small enough for one `IN (…)` list each.
    static func chunks(of accounts: [String]) -> [ArraySlice<String>] {
        stride(from: 0, to: accounts.count, by: chunkSize).map {
            accounts[$0..<min($0 + chunkSize, accounts.count)]
        }
    }
}

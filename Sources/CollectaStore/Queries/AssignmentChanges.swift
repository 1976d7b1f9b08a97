import CollectaCore
import GRDB

/// One logged change of a customer's manual assignment: who moved it from which hierarchy to
/// which, and when.
public struct AssignmentChangeRecord: Hashable, Sendable {
    /// The log's own order (ascending in time of writing).
    public var id: Int64
    public var customerAccount: String
    /// The manual hierarchy before; nil when the customer had none.
    public var fromHierarchyID: String?
    /// The manual hierarchy after; nil when the assignment was removed.
    public var toHierarchyID: String?
    public var changedBy: String
    /// When, as an ISO 8601 timestamp in UTC.
    public var changedAt: String

    public init(
        id: Int64, customerAccount: String, fromHierarchyID: String?, toHierarchyID: String?,
        changedBy: String, changedAt: String
    ) {
        self.id = id
        self.customerAccount = customerAccount
        self.fromHierarchyID = fromHierarchyID
        self.toHierarchyID = toHierarchyID
        self.changedBy = changedBy
        self.changedAt = changedAt
    }
}

extension CollectaDatabase {
    /// The logged manual-assignment changes, newest first: of `account` only and/or touching
    /// `hierarchyID` only (from or to it) when given; at most `limit`, older than the change
    /// `id` when `after` is given (keyset paging).
    public func assignmentChanges(
        customer account: String? = nil, hierarchy hierarchyID: String? = nil, after id: Int64? = nil,
        limit: Int
    ) throws -> [AssignmentChangeRecord] {
        guard limit > 0 else { return [] }
        var conditions = QueryConditions()
        if let account { conditions.add("customer_account = ?", account) }
        if let hierarchyID { conditions.add("(to_hierarchy_id = ? OR from_hierarchy_id = ?)", hierarchyID, hierarchyID) }
        if let id { conditions.add("id < ?", id) }
        let sql = "SELECT * FROM assignment_change \(conditions.whereClause) ORDER BY id DESC LIMIT ?"
        let arguments = conditions.arguments + [limit]
        return try translatedRead { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(AssignmentChangeSQL.record(from:))
        }
    }
}

/// The SQL behind the assignment change log.
enum AssignmentChangeSQL {
    /// Logs each real change of `changes` (a removal of nothing is not a change).
    static func log(_ changes: [ManualAssignmentChange], by user: String, at timestamp: String, in db: Database) throws {
        let statement = try db.makeStatement(sql: """
            INSERT INTO assignment_change
                (customer_account, from_hierarchy_id, to_hierarchy_id, changed_by, changed_at)
            VALUES (?, ?, ?, ?, ?)
            """)
        for change in changes where change.previousHierarchyID != nil || change.hierarchyID != nil {
            try statement.execute(arguments: [
                change.customerAccount, change.previousHierarchyID, change.hierarchyID, user, timestamp,
            ])
        }
    }

    static func record(from row: Row) throws -> AssignmentChangeRecord {
        AssignmentChangeRecord(
            id: try row.decode(forColumn: "id"),
            customerAccount: try row.decode(forColumn: "customer_account"),
            fromHierarchyID: try row.decode(forColumn: "from_hierarchy_id"),
            toHierarchyID: try row.decode(forColumn: "to_hierarchy_id"),
            changedBy: try row.decode(forColumn: "changed_by"),
            changedAt: try row.decode(forColumn: "changed_at"))
    }
}

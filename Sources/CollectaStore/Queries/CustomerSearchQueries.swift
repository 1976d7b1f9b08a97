import CollectaCore
import GRDB

/// One customer found by a search: its account, name and manual hierarchy (if any).
public struct CustomerSearchHit: Hashable, Sendable {
    public var account: String
    public var name: String
    /// The hierarchy the customer is assigned to by hand; nil when none.
    public var manualHierarchyID: String?

    public init(account: String, name: String, manualHierarchyID: String?) {
        self.account = account
        self.name = name
        self.manualHierarchyID = manualHierarchyID
    }
}

extension CollectaDatabase {
    /// How many customers match `text` (see `searchCustomers`).
    public func countCustomers(searching text: String) throws -> Int {
        let condition = CustomerSearchSQL.condition(for: text)
        return try translatedRead { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM customer \(condition.whereClause)",
                             arguments: condition.arguments) ?? 0
        }
    }

    /// The customers whose account or name contains every word of `text` (ignoring case, also
    /// for Cyrillic), in account order: `limit` of them from position `offset`.
    public func searchCustomers(_ text: String, offset: Int, limit: Int) throws -> [CustomerSearchHit] {
        guard limit > 0 else { return [] }
        let condition = CustomerSearchSQL.condition(for: text)
        let sql = """
            SELECT c.account, c.name, m.hierarchy_id FROM customer c
            LEFT JOIN manual_assignment m ON m.customer_account = c.account
            \(condition.whereClause) ORDER BY c.account LIMIT ? OFFSET ?
            """
        return try translatedRead { db in
            try Row.fetchAll(db, sql: sql, arguments: condition.arguments + [limit, max(0, offset)]).map {
                CustomerSearchHit(account: $0[0], name: $0[1], manualHierarchyID: $0[2])
            }
        }
    }

    /// The accounts of every customer matching `text`, in account order ("mark all").
    public func customerAccounts(searching text: String) throws -> [String] {
        let condition = CustomerSearchSQL.condition(for: text)
        return try translatedRead { db in
            try String.fetchAll(db, sql: "SELECT account FROM customer \(condition.whereClause) ORDER BY account",
                                arguments: condition.arguments)
        }
    }
}

/// The WHERE clause of a customer search.
enum CustomerSearchSQL {
    /// One `instr(…) > 0` per word of `text`, over the account and name lower-cased.
    ///
    /// SQLite's `lower()` and `LIKE` fold ASCII letters only, so "ром" would not find "Ромашка".
    /// GRDB registers `swiftLowercaseString` (Swift's `lowercased()`, Unicode-aware) on every
    /// connection; the words are lower-cased the same way in Swift, and `instr` needs no
    /// escaping of `%` and `_`. The haystack is computed on the fly (no stored column, so no
    /// migration): a scan of 100,000 short names per keystroke is a few tens of milliseconds.
    /// - Parameters:
    ///   - account, name: the columns (with their table alias, if any).
    static func condition(for text: String, account: String = "account", name: String = "name") -> QueryConditions {
        var conditions = QueryConditions()
        for word in words(of: text) {
            conditions.add("instr(swiftLowercaseString(\(account) || ' ' || \(name)), ?) > 0", word)
        }
        return conditions
    }
}

/// One customer assigned to a hierarchy by hand, with its name.
public struct ManualAssignmentRow: Hashable, Sendable {
    public var assignment: ManualAssignment
    public var name: String

    public init(assignment: ManualAssignment, name: String) {
        self.assignment = assignment
        self.name = name
    }
}

extension CollectaDatabase {
    /// How many customers are assigned to `hierarchyID` by hand and match `text` (see
    /// `searchCustomers`).
    public func countManualAssignments(toHierarchy hierarchyID: String, searching text: String = "") throws -> Int {
        let condition = CustomerSearchSQL.condition(for: text, hierarchyID: hierarchyID)
        return try translatedRead { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM manual_assignment m JOIN customer c ON c.account = m.customer_account
                \(condition.whereClause)
                """, arguments: condition.arguments) ?? 0
        }
    }

    /// The customers assigned to `hierarchyID` by hand that match `text`, in account order:
    /// `limit` of them from position `offset`.
    public func manualAssignmentRows(
        toHierarchy hierarchyID: String, searching text: String = "", offset: Int, limit: Int
    ) throws -> [ManualAssignmentRow] {
        guard limit > 0 else { return [] }
        let condition = CustomerSearchSQL.condition(for: text, hierarchyID: hierarchyID)
        let sql = """
            SELECT m.*, c.name FROM manual_assignment m JOIN customer c ON c.account = m.customer_account
            \(condition.whereClause) ORDER BY m.customer_account LIMIT ? OFFSET ?
            """
        return try translatedRead { db in
            try Row.fetchAll(db, sql: sql, arguments: condition.arguments + [limit, max(0, offset)]).map {
                ManualAssignmentRow(assignment: try ManualAssignmentSQL.assignment(from: $0), name: $0["name"])
            }
        }
    }
}

extension CustomerSearchSQL {
    /// The search condition, restricted to the manual assignments to `hierarchyID`.
    static func condition(for text: String, hierarchyID: String) -> QueryConditions {
        var conditions = QueryConditions()
        conditions.add("m.hierarchy_id = ?", hierarchyID)
        for word in words(of: text) {
            conditions.add("instr(swiftLowercaseString(c.account || ' ' || c.name), ?) > 0", word)
        }
        return conditions
    }

    /// The lower-cased words of a search text.
    static func words(of text: String) -> [String] {
        text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    }
}

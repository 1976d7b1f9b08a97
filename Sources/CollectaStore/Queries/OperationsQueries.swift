import CollectaCore
import GRDB

/// Which open activities the worklist shows.
public struct WorklistFilter: Hashable, Sendable {
    /// Only the activities owned by this collections agent.
    public var ownerAgentID: String?
    /// Only the activities due before this date (overdue on it).
    public var overdueOn: LocalDate?

    public init(ownerAgentID: String? = nil, overdueOn: LocalDate? = nil) {
        self.ownerAgentID = ownerAgentID
        self.overdueOn = overdueOn
    }
}

/// One invoice as the customer's invoice list shows it.
public struct InvoiceLine: Hashable, Sendable {
    public var id: String
    public var voucher: String
    public var dueDate: String
    public var amount: Money
    public var openAmount: Money
    public var currency: String
    public var status: String
}

extension CollectaDatabase {
    /// The number of history rows matching `filter`.
    /// - Throws: `StoreError` when the database cannot be read.
    public func countHistory(matching filter: HistoryFilter = HistoryFilter()) throws -> Int {
        let conditions = HistoryQuery.conditions(filter, after: nil)
        return try translatedRead { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM history \(conditions.whereClause)",
                             arguments: conditions.arguments) ?? 0
        }
    }

    /// History rows matching `filter`, newest first, after `position` (keyset) and then skipping
    /// `skipped` rows: a page far from any known position is reached by one OFFSET from the
    /// nearest one, instead of reading every page before it.
    /// - Throws: `StoredValueError`, `StoreError`.
    public func history(
        matching filter: HistoryFilter, after position: HistoryPosition?, skipping skipped: Int, limit: Int
    ) throws -> [HistoryEntry] {
        guard limit > 0 else { return [] }
        let conditions = HistoryQuery.conditions(filter, after: position)
        let sql = HistoryQuery.select(conditions, order: "DESC") + " LIMIT ? OFFSET ?"
        let arguments = conditions.arguments + [limit, max(0, skipped)]
        return try translatedRead { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(HistoryQuery.entry(from:))
        }
    }

    /// History rows matching `filter` counted from the oldest: `limit` rows after skipping the
    /// `skipped` oldest, returned newest first. Reaches the last pages of a long history without
    /// stepping over the whole table.
    /// - Throws: `StoredValueError`, `StoreError`.
    public func history(
        matching filter: HistoryFilter, skippingOldest skipped: Int, limit: Int
    ) throws -> [HistoryEntry] {
        guard limit > 0 else { return [] }
        let conditions = HistoryQuery.conditions(filter, after: nil)
        let sql = HistoryQuery.select(conditions, order: "ASC") + " LIMIT ? OFFSET ?"
        let arguments = conditions.arguments + [limit, max(0, skipped)]
        return try translatedRead { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(HistoryQuery.entry(from:)).reversed()
        }
    }

    /// The outbox email `id`, or nil.
    /// - Throws: `StoredValueError`, `StoreError`.
    public func outboxEmail(id: Int64) throws -> OutboxEmail? {
        try translatedRead { db in
            try Row.fetchOne(db, sql: "SELECT * FROM outbox_email WHERE id = ?", arguments: [id])
                .map(ArtefactDecoding.email(from:))
        }
    }

    /// The collection letter `id` with its invoices, or nil.
    /// - Throws: `StoredValueError`, `StoreError`.
    public func collectionLetter(id: Int64) throws -> CollectionLetter? {
        try translatedRead { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM collection_letter WHERE id = ?", arguments: [id])
            else { return nil }
            var letter = try ArtefactDecoding.letter(from: row)
            letter.invoiceIDs = try String.fetchAll(
                db, sql: "SELECT invoice_id FROM collection_letter_invoice WHERE letter_id = ? ORDER BY invoice_id",
                arguments: [id])
            return letter
        }
    }

    /// The activity `id`, or nil.
    /// - Throws: `StoredValueError`, `StoreError`.
    public func activity(id: Int64) throws -> Activity? {
        try translatedRead { db in
            try Row.fetchOne(db, sql: "SELECT * FROM activity WHERE id = ?", arguments: [id])
                .map(ArtefactDecoding.activity(from:))
        }
    }

    /// The number of open activities matching `filter`.
    /// - Throws: `StoreError`.
    public func countOpenActivities(matching filter: WorklistFilter) throws -> Int {
        let conditions = Self.worklistConditions(filter)
        return try translatedRead { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM activity \(conditions.whereClause)",
                             arguments: conditions.arguments) ?? 0
        }
    }

    /// Open activities matching `filter`, the earliest due first (then by id): `limit` of them
    /// from row `offset`.
    /// - Throws: `StoredValueError`, `StoreError`.
    public func openActivities(matching filter: WorklistFilter, offset: Int, limit: Int) throws -> [Activity] {
        guard limit > 0 else { return [] }
        let conditions = Self.worklistConditions(filter)
        let sql = "SELECT * FROM activity \(conditions.whereClause) ORDER BY due_date, id LIMIT ? OFFSET ?"
        return try translatedRead { db in
            try Row.fetchAll(db, sql: sql, arguments: conditions.arguments + [limit, max(0, offset)])
                .map(ArtefactDecoding.activity(from:))
        }
    }

    /// Closes the open activity `id` on `date` with `note`, in one transaction; false when it
    /// does not exist or is closed already.
    /// - Throws: `StoreError`.
    @discardableResult
    public func closeActivity(id: Int64, on date: LocalDate, note: String) throws -> Bool {
        try translatedWrite { db in
            try db.execute(
                sql: "UPDATE activity SET is_closed = 1, closed_on = ?, closing_note = ? WHERE id = ? AND is_closed = 0",
                arguments: [date.isoString, note, id])
            return db.changesCount == 1
        }
    }

    /// The closing date and note of activity `id` (nil when open or absent).
    /// - Throws: `StoreError`.
    public func activityClosing(id: Int64) throws -> (closedOn: String, note: String)? {
        try translatedRead { db in
            guard let row = try Row.fetchOne(
                db, sql: "SELECT closed_on, closing_note FROM activity WHERE id = ? AND is_closed = 1", arguments: [id])
            else { return nil }
            let closedOn: String? = row["closed_on"]
            return (closedOn ?? "", row["closing_note"])
        }
    }

    /// The number of invoices of customer `account`.
    /// - Throws: `StoreError`.
    public func countInvoices(ofCustomer account: String) throws -> Int {
        try translatedRead { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM invoice WHERE customer_account = ?",
                             arguments: [account]) ?? 0
        }
    }

    /// The invoices of customer `account`, the earliest due first: `limit` from row `offset`.
    /// - Throws: `StoreError`.
    public func invoiceLines(ofCustomer account: String, offset: Int, limit: Int) throws -> [InvoiceLine] {
        guard limit > 0 else { return [] }
        let sql = """
            SELECT id, voucher, due_date, amount, open_amount, currency, status FROM invoice
            WHERE customer_account = ? ORDER BY due_date, id LIMIT ? OFFSET ?
            """
        return try translatedRead { db in
            try Row.fetchAll(db, sql: sql, arguments: [account, limit, max(0, offset)]).map { row in
                InvoiceLine(
                    id: row["id"], voucher: row["voucher"], dueDate: row["due_date"],
                    amount: Money(minorUnits: row["amount"]), openAmount: Money(minorUnits: row["open_amount"]),
                    currency: row["currency"], status: row["status"])
            }
        }
    }

    /// The collections agents owning open activities, in id order.
    /// - Throws: `StoreError`.
    public func openActivityOwners() throws -> [String] {
        try translatedRead { db in
            try String.fetchAll(db, sql: """
                SELECT DISTINCT owner_agent_id FROM activity
                WHERE is_closed = 0 AND owner_agent_id IS NOT NULL ORDER BY owner_agent_id
                """)
        }
    }

    private static func worklistConditions(_ filter: WorklistFilter) -> QueryConditions {
        var conditions = QueryConditions()
        conditions.add("is_closed = 0")
        if let agent = filter.ownerAgentID { conditions.add("owner_agent_id = ?", agent) }
        if let date = filter.overdueOn { conditions.add("due_date < ?", date.isoString) }
        return conditions
    }
}

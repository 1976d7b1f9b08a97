import CollectaCore
import GRDB

/// Which history rows to read. Every filter is optional; those given are ANDed.
public struct HistoryFilter: Hashable, Sendable {
    public var hierarchyID: String?
    public var customerAccount: String?
    /// The first run date included.
    public var from: LocalDate?
    /// The last run date included.
    public var to: LocalDate?
    public var status: ActionStatus?
    public var action: ActionKind?

    public init(
        hierarchyID: String? = nil, customerAccount: String? = nil, from: LocalDate? = nil,
        to: LocalDate? = nil, status: ActionStatus? = nil, action: ActionKind? = nil
    ) {
        self.hierarchyID = hierarchyID
        self.customerAccount = customerAccount
        self.from = from
        self.to = to
        self.status = status
        self.action = action
    }
}

/// Where a page of history ended: the next page starts after this row (keyset pagination).
public struct HistoryPosition: Hashable, Sendable {
    public var runDate: LocalDate
    public var id: Int64

    public init(runDate: LocalDate, id: Int64) {
        self.runDate = runDate
        self.id = id
    }
}

extension HistoryEntry {
    /// The position of this stored row, to read the page after it; nil for an unsaved entry.
    public var position: HistoryPosition? {
        id.map { HistoryPosition(runDate: runDate, id: $0) }
    }
}

extension CollectaDatabase {
    /// History rows matching `filter`, newest first (run date descending, then id descending):
    /// at most `limit` of them, starting after `position` (pass the last row's `position` to
    /// read the next page).
    ///
    /// Runs on the indexes by hierarchy, customer or date, so a page never reads the whole table;
    /// each row's `delivery` is read by primary key along with it.
    /// - Throws: `StoredValueError` for a row Collecta cannot read back; `StoreError` when the
    ///   database cannot be read.
    public func history(
        matching filter: HistoryFilter = HistoryFilter(), after position: HistoryPosition? = nil,
        limit: Int
    ) throws -> [HistoryEntry] {
        guard limit > 0 else { return [] }
        let conditions = HistoryQuery.conditions(filter, after: position)
        let sql = HistoryQuery.select(conditions, order: "DESC") + " LIMIT ?"
        let arguments = conditions.arguments + [limit]
        return try translatedRead { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(HistoryQuery.entry(from:))
        }
    }
}

/// The SQL and decoding of history rows.
enum HistoryQuery {
    /// The conditions, on columns named with their table: the page query joins tables that
    /// have columns of the same names.
    static func conditions(_ filter: HistoryFilter, after position: HistoryPosition?) -> QueryConditions {
        var conditions = QueryConditions()
        if let hierarchyID = filter.hierarchyID { conditions.add("history.hierarchy_id = ?", hierarchyID) }
        if let account = filter.customerAccount { conditions.add("history.customer_account = ?", account) }
        if let from = filter.from { conditions.add("history.run_date >= ?", from.isoString) }
        if let to = filter.to { conditions.add("history.run_date <= ?", to.isoString) }
        if let status = filter.status { conditions.add("history.status = ?", status.rawValue) }
        if let action = filter.action { conditions.add("history.action = ?", action.rawValue) }
        if let position {
            conditions.add("(history.run_date, history.id) < (?, ?)", position.runDate.isoString, position.id)
        }
        return conditions
    }

    /// The history rows meeting `conditions` in run date and id order (`DESC` or `ASC`), each
    /// with the status of the email or letter it created: `created_record` names it
    /// (`email:7`, `letter:3`), and the left joins look it up by primary key for each row read,
    /// so the history indexes still drive the query and a LIMIT stops it.
    static func select(_ conditions: QueryConditions, order: String) -> String {
        """
        SELECT history.*, outbox_email.status AS email_status, collection_letter.status AS letter_status
        FROM history
        LEFT JOIN outbox_email ON history.created_record GLOB 'email:*'
            AND outbox_email.id = CAST(substr(history.created_record, 7) AS INTEGER)
        LEFT JOIN collection_letter ON history.created_record GLOB 'letter:*'
            AND collection_letter.id = CAST(substr(history.created_record, 8) AS INTEGER)
        \(conditions.whereClause)
        ORDER BY history.run_date \(order), history.id \(order)
        """
    }

    /// The status of what the row created, from the joined columns (absent when the query did
    /// not join them).
    static func delivery(from row: Row, stored: StoredRow) throws -> CreatedRecordDelivery? {
        if row.hasColumn("email_status"),
           let status = try stored.parsedIfPresent("email_status", EmailStatus.init(rawValue:)) {
            return .email(status)
        }
        if row.hasColumn("letter_status"),
           let status = try stored.parsedIfPresent("letter_status", LetterStatus.init(rawValue:)) {
            return .letter(status)
        }
        return nil
    }

    static func entry(from row: Row) throws -> HistoryEntry {
        let id: Int64 = try row.decode(forColumn: "id")
        let stored = StoredRow(row: row, table: "history", key: String(id))
        return HistoryEntry(
            id: id, runID: try row.decode(forColumn: "run_id"),
            runDate: try stored.parsed("run_date", LocalDate.init(iso:)),
            hierarchyID: try row.decode(forColumn: "hierarchy_id"),
            stepLine: try row.decode(forColumn: "step_line"),
            action: try stored.parsed("action", ActionKind.init(rawValue:)),
            documentID: try row.decode(forColumn: "document_id"),
            customerAccount: try row.decode(forColumn: "customer_account"),
            invoiceID: try row.decode(forColumn: "invoice_id"), voucher: try row.decode(forColumn: "voucher"),
            dueDate: try stored.parsedIfPresent("due_date", LocalDate.init(iso:)),
            daysFromDue: try row.decode(forColumn: "days_from_due"),
            isPreDunning: try row.decode(forColumn: "is_pre_dunning"),
            recipients: try stored.addresses("recipients"), language: try row.decode(forColumn: "language"),
            createdRecord: try row.decode(forColumn: "created_record"),
            status: try stored.parsed("status", ActionStatus.init(rawValue:)),
            message: try row.decode(forColumn: "message"), delivery: try delivery(from: row, stored: stored))
    }
}

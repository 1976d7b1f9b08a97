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
    /// Runs on the indexes by hierarchy, customer or date, so a page never reads the whole table.
    /// - Throws: `StoredValueError` for a row Collecta cannot read back; `StoreError` when the
    ///   database cannot be read.
    public func history(
        matching filter: HistoryFilter = HistoryFilter(), after position: HistoryPosition? = nil,
        limit: Int
    ) throws -> [HistoryEntry] {
        guard limit > 0 else { return [] }
        let conditions = HistoryQuery.conditions(filter, after: position)
        let sql = """
            SELECT * FROM history \(conditions.whereClause)
            ORDER BY run_date DESC, id DESC LIMIT ?
            """
        let arguments = conditions.arguments + [limit]
        return try translatedRead { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(HistoryQuery.entry(from:))
        }
    }
}

/// The SQL and decoding of history rows.
enum HistoryQuery {
    static func conditions(_ filter: HistoryFilter, after position: HistoryPosition?) -> QueryConditions {
        var conditions = QueryConditions()
        if let hierarchyID = filter.hierarchyID { conditions.add("hierarchy_id = ?", hierarchyID) }
        if let account = filter.customerAccount { conditions.add("customer_account = ?", account) }
        if let from = filter.from { conditions.add("run_date >= ?", from.isoString) }
        if let to = filter.to { conditions.add("run_date <= ?", to.isoString) }
        if let status = filter.status { conditions.add("status = ?", status.rawValue) }
        if let action = filter.action { conditions.add("action = ?", action.rawValue) }
        if let position {
            conditions.add("(run_date, id) < (?, ?)", position.runDate.isoString, position.id)
        }
        return conditions
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
            message: try row.decode(forColumn: "message"))
    }
}

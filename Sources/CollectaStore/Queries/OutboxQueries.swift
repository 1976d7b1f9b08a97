import CollectaCore
import GRDB

extension CollectaDatabase {
    /// The number of outbox emails, with status `status` when given.
    /// - Throws: `StoreError` when the database cannot be read.
    public func countOutboxEmails(status: EmailStatus? = nil) throws -> Int {
        let conditions = Self.outboxConditions(status)
        return try translatedRead { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox_email \(conditions.whereClause)",
                             arguments: conditions.arguments) ?? 0
        }
    }

    /// Outbox emails, with status `status` when given, newest first (by id descending): `limit`
    /// of them from row `offset`, for a list that shows the rows it scrolls to.
    /// - Throws: `StoredValueError` for a row Collecta cannot read back; `StoreError` when the
    ///   database cannot be read.
    public func outboxEmails(status: EmailStatus? = nil, offset: Int, limit: Int) throws -> [OutboxEmail] {
        guard limit > 0 else { return [] }
        let conditions = Self.outboxConditions(status)
        let sql = "SELECT * FROM outbox_email \(conditions.whereClause) ORDER BY id DESC LIMIT ? OFFSET ?"
        return try translatedRead { db in
            try Row.fetchAll(db, sql: sql, arguments: conditions.arguments + [limit, max(0, offset)])
                .map(ArtefactDecoding.email(from:))
        }
    }

    /// Every delivery attempt of the outbox email `id`, the first first; empty when it has none
    /// (or there is no such email).
    /// - Throws: `StoredValueError` for a row Collecta cannot read back; `StoreError` when the
    ///   database cannot be read.
    public func deliveryAttempts(ofEmail id: Int64) throws -> [DeliveryAttempt] {
        try translatedRead { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM email_delivery_attempt WHERE email_id = ? ORDER BY attempt", arguments: [id]
            ).map { row in
                let attempt: Int = try row.decode(forColumn: "attempt")
                let stored = StoredRow(row: row, table: "email_delivery_attempt", key: "\(id)/\(attempt)")
                return DeliveryAttempt(
                    emailID: id, number: attempt, attemptedAt: try row.decode(forColumn: "attempted_at"),
                    outcome: try stored.parsed("outcome", DeliveryAttemptOutcome.init(rawValue:)),
                    reply: try row.decode(forColumn: "reply"))
            }
        }
    }

    private static func outboxConditions(_ status: EmailStatus?) -> QueryConditions {
        var conditions = QueryConditions()
        if let status { conditions.add("status = ?", status.rawValue) }
        return conditions
    }
}

import CollectaCore
import GRDB

/// Which activities to read.
public struct ActivityFilter: Hashable, Sendable {
    /// Only activities that are not closed.
    public var openOnly: Bool
    /// Only the activities owned by this collections agent.
    public var ownerAgentID: String?

    public init(openOnly: Bool = false, ownerAgentID: String? = nil) {
        self.openOnly = openOnly
        self.ownerAgentID = ownerAgentID
    }
}

extension CollectaDatabase {
    /// Activities matching `filter`, newest first (the most recently created first, by id
    /// descending): at most `limit`, starting after the activity `id` (pass the last id of a page
    /// to read the next one).
    /// - Throws: `StoredValueError` for a row Collecta cannot read back; `StoreError` when the
    ///   database cannot be read.
    public func activities(
        matching filter: ActivityFilter = ActivityFilter(), after id: Int64? = nil, limit: Int
    ) throws -> [Activity] {
        var conditions = QueryConditions()
        if filter.openOnly { conditions.add("is_closed = 0") }
        if let agent = filter.ownerAgentID { conditions.add("owner_agent_id = ?", agent) }
        return try newestFirst(
            "activity", conditions, after: id, limit: limit, decode: ArtefactDecoding.activity(from:))
    }

    /// Outbox emails, with status `status` when given, newest first (by id descending): at most
    /// `limit`, starting after the email `id`.
    /// - Throws: `StoredValueError` for a row Collecta cannot read back; `StoreError` when the
    ///   database cannot be read.
    public func outboxEmails(
        status: EmailStatus? = nil, after id: Int64? = nil, limit: Int
    ) throws -> [OutboxEmail] {
        var conditions = QueryConditions()
        if let status { conditions.add("status = ?", status.rawValue) }
        return try newestFirst(
            "outbox_email", conditions, after: id, limit: limit, decode: ArtefactDecoding.email(from:))
    }

    /// Collection letters, with status `status` when given, newest first (by id descending),
    /// each with the invoices it holds: at most `limit`, starting after the letter `id`.
    /// - Throws: `StoredValueError` for a row Collecta cannot read back; `StoreError` when the
    ///   database cannot be read.
    public func collectionLetters(
        status: LetterStatus? = nil, after id: Int64? = nil, limit: Int
    ) throws -> [CollectionLetter] {
        var conditions = QueryConditions()
        if let status { conditions.add("status = ?", status.rawValue) }
        return try newestFirst("collection_letter", conditions, after: id, limit: limit) { row, db in
            var letter = try ArtefactDecoding.letter(from: row)
            letter.invoiceIDs = try String.fetchAll(
                db, sql: "SELECT invoice_id FROM collection_letter_invoice WHERE letter_id = ? ORDER BY invoice_id",
                arguments: [letter.id])
            return letter
        }
    }

    /// A page of `table` in id-descending order: the rows with an id below `id` that meet
    /// `conditions`, read backwards along the primary key (or the filter's index) and stopped
    /// after `limit`.
    private func newestFirst<Value>(
        _ table: String, _ conditions: QueryConditions, after id: Int64?, limit: Int,
        decode: (Row, Database) throws -> Value
    ) throws -> [Value] {
        guard limit > 0 else { return [] }
        var conditions = conditions
        if let id { conditions.add("id < ?", id) }
        let sql = "SELECT * FROM \(table) \(conditions.whereClause) ORDER BY id DESC LIMIT ?"
        let arguments = conditions.arguments + [limit]
        return try translatedRead { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { try decode($0, db) }
        }
    }

    private func newestFirst<Value>(
        _ table: String, _ conditions: QueryConditions, after id: Int64?, limit: Int,
        decode: (Row) throws -> Value
    ) throws -> [Value] {
        try newestFirst(table, conditions, after: id, limit: limit) { row, _ in try decode(row) }
    }
}

/// Decoding of activities, outbox emails and letters.
enum ArtefactDecoding {
    static func activity(from row: Row) throws -> Activity {
        let id: Int64 = try row.decode(forColumn: "id")
        let stored = StoredRow(row: row, table: "activity", key: String(id))
        return Activity(
            id: id, customerAccount: try row.decode(forColumn: "customer_account"),
            invoiceID: try row.decode(forColumn: "invoice_id"),
            templateID: try row.decode(forColumn: "template_id"),
            type: try stored.parsed("type", ActivityType.init(rawValue:)),
            purpose: try row.decode(forColumn: "purpose"),
            description: try row.decode(forColumn: "description"),
            details: try row.decode(forColumn: "details"),
            ownerAgentID: try row.decode(forColumn: "owner_agent_id"),
            createdDate: try stored.parsed("created_date", LocalDate.init(iso:)),
            dueDate: try stored.parsed("due_date", LocalDate.init(iso:)),
            isClosed: try row.decode(forColumn: "is_closed"))
    }

    static func email(from row: Row) throws -> OutboxEmail {
        let id: Int64 = try row.decode(forColumn: "id")
        let stored = StoredRow(row: row, table: "outbox_email", key: String(id))
        return OutboxEmail(
            id: id, customerAccount: try row.decode(forColumn: "customer_account"),
            templateID: try row.decode(forColumn: "template_id"),
            language: try row.decode(forColumn: "language"),
            senderName: try row.decode(forColumn: "sender_name"),
            senderEmail: try row.decode(forColumn: "sender_email"),
            recipients: try stored.addresses("recipients"), subject: try row.decode(forColumn: "subject"),
            htmlBody: try row.decode(forColumn: "html_body"),
            createdDate: try stored.parsed("created_date", LocalDate.init(iso:)),
            status: try stored.parsed("status", EmailStatus.init(rawValue:)),
            delivery: EmailDelivery(
                attempts: try row.decode(forColumn: "attempts"), lastReply: try row.decode(forColumn: "last_reply"),
                nextAttemptAt: try row.decode(forColumn: "next_attempt_at"),
                handedOverAt: try row.decode(forColumn: "handed_over_at"),
                sentAt: try row.decode(forColumn: "sent_at"), messageID: try row.decode(forColumn: "message_id")))
    }

    static func letter(from row: Row) throws -> CollectionLetter {
        let id: Int64 = try row.decode(forColumn: "id")
        let stored = StoredRow(row: row, table: "collection_letter", key: String(id))
        return CollectionLetter(
            id: id, customerAccount: try row.decode(forColumn: "customer_account"),
            sequenceID: try row.decode(forColumn: "sequence_id"), level: try row.decode(forColumn: "level"),
            language: try row.decode(forColumn: "language"),
            letterDate: try stored.parsed("letter_date", LocalDate.init(iso:)),
            status: try stored.parsed("status", LetterStatus.init(rawValue:)),
            title: try row.decode(forColumn: "title"), bodyText: try row.decode(forColumn: "body_text"),
            bodyHTML: try row.decode(forColumn: "body_html"),
            documentText: try row.decode(forColumn: "document_text"), invoiceIDs: [],
            postedOn: try stored.parsedIfPresent("posted_on", LocalDate.init(iso:)))
    }
}

import CollectaCore
import Foundation
import GRDB

/// An outbox email due for delivery, with what its retry count starts from.
public struct DueEmail: Hashable, Sendable {
    public var email: OutboxEmail
    /// Attempts made since an operator last sent it again (`collecta send --again`), or since
    /// it was created: what the retry policy counts.
    public var attemptsSinceRequeue: Int

    public init(email: OutboxEmail, attemptsSinceRequeue: Int) {
        self.email = email
        self.attemptsSinceRequeue = attemptsSinceRequeue
    }

    /// The email's id (due emails are always stored ones).
    public var id: Int64 { email.id ?? 0 }
}

/// What one delivery attempt leaves on an outbox email.
public struct DeliveryOutcomeRecord: Hashable, Sendable {
    public var emailID: Int64
    public var outcome: DeliveryAttemptOutcome
    /// The status the email takes: `sent`, `retrying` or `failed`.
    public var status: EmailStatus
    /// The server's reply, or why the attempt ended without one, as the attempt records it.
    public var reply: String
    /// What the outbox shows as the email's last reply (e.g. "gave up after 8 attempts: …").
    public var lastReply: String
    /// When a `retrying` email is due again.
    public var nextAttemptAt: Date?
    public var attemptedAt: Date

    public init(
        emailID: Int64, outcome: DeliveryAttemptOutcome, status: EmailStatus, reply: String,
        lastReply: String? = nil, nextAttemptAt: Date? = nil, attemptedAt: Date
    ) {
        self.emailID = emailID
        self.outcome = outcome
        self.status = status
        self.reply = reply
        self.lastReply = lastReply ?? reply
        self.nextAttemptAt = nextAttemptAt
        self.attemptedAt = attemptedAt
    }

    /// Whether the server definitely did not take the email, so that it may be handed over
    /// again: a refusal, or a connection that failed before the end of the data.
    var releasesHandOver: Bool {
        [.temporary, .permanent, .connection].contains(outcome)
    }
}

extension CollectaDatabase {
    /// The emails due for delivery at `now`, in id order: queued ones, and retrying ones whose
    /// next attempt is not after `now`. At most `limit`, after the email `id` (pass the last id
    /// of a page to read the next one).
    /// - Throws: `StoredValueError` for a row Collecta cannot read back; `StoreError`.
    public func dueEmails(at now: Date, after id: Int64? = nil, limit: Int) throws -> [DueEmail] {
        guard limit > 0 else { return [] }
        return try translatedRead { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM outbox_email INDEXED BY outbox_email_unsent
                    WHERE status IN ('queued', 'retrying') AND id > ?
                        AND (status = 'queued' OR next_attempt_at IS NULL OR next_attempt_at <= ?)
                    ORDER BY id LIMIT ?
                    """,
                arguments: [id ?? 0, DeliveryTimestamp.text(now), limit]
            ).map(Self.dueEmail(from:))
        }
    }

    /// How many emails ``dueEmails(at:after:limit:)`` would give at `now`, all pages together.
    /// - Throws: `StoreError`.
    public func countDueEmails(at now: Date) throws -> Int {
        try translatedRead { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM outbox_email INDEXED BY outbox_email_unsent
                    WHERE status IN ('queued', 'retrying')
                        AND (status = 'queued' OR next_attempt_at IS NULL OR next_attempt_at <= ?)
                    """,
                arguments: [DeliveryTimestamp.text(now)]) ?? 0
        }
    }

    /// The earliest next attempt of a retrying email that is not yet due at `now`; nil when none
    /// is waiting.
    /// - Throws: `StoreError`.
    public func nextRetry(after now: Date) throws -> Date? {
        let text = try translatedRead { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT min(next_attempt_at) FROM outbox_email INDEXED BY outbox_email_unsent
                    WHERE status IN ('queued', 'retrying') AND status = 'retrying' AND next_attempt_at > ?
                    """,
                arguments: [DeliveryTimestamp.text(now)])
        }
        return text.flatMap(DeliveryTimestamp.date)
    }

    /// Fixes the email's Message-ID at its first attempt: stores `proposed` when it has none, and
    /// returns the one it keeps from then on (the same across retries).
    /// - Throws: `StoreError`.
    public func fixMessageID(_ proposed: String, forEmail id: Int64) throws -> String {
        try translatedWrite { db in
            try db.execute(
                sql: "UPDATE outbox_email SET message_id = ? WHERE id = ? AND message_id IS NULL",
                arguments: [proposed, id])
            return try String.fetchOne(db, sql: "SELECT message_id FROM outbox_email WHERE id = ?", arguments: [id])
                ?? proposed
        }
    }

    /// Records, durably, that the whole email is being handed to the mail server, unless it is
    /// no longer queued or retrying or another attempt already handed it over: a compare and
    /// set, so at most one process ever passes it for an email. Called between the last byte of
    /// the message and the end-of-data mark that lets the server accept it, so the server cannot
    /// accept an email before this is on disk.
    /// - Returns: whether this caller may complete the hand-over.
    /// - Throws: `StoreError` (then the email must not be handed over).
    public func markHandedOver(id: Int64, at date: Date) throws -> Bool {
        try durableWrite { db in
            try db.execute(
                sql: """
                    UPDATE outbox_email SET handed_over_at = ?
                    WHERE id = ? AND handed_over_at IS NULL AND status IN ('queued', 'retrying')
                    """,
                arguments: [DeliveryTimestamp.text(date), id])
            return db.changesCount == 1
        }
    }

    /// Writes an attempt's outcome, durably and in one transaction: the email's status,
    /// attempts, last reply, next attempt and sending time, and the attempt in
    /// `email_delivery_attempt`. A definite refusal, or a connection failure before the end of
    /// the data, clears the hand-over mark so that the email may be tried again.
    /// - Returns: false, writing nothing, when the email is no longer queued or retrying.
    /// - Throws: `StoreError`.
    @discardableResult
    public func recordOutcome(_ record: DeliveryOutcomeRecord) throws -> Bool {
        try durableWrite { db in try Self.write(record, in: db) }
    }

    static func write(_ record: DeliveryOutcomeRecord, in db: Database) throws -> Bool {
        let at = DeliveryTimestamp.text(record.attemptedAt)
        try db.execute(
            sql: """
                UPDATE outbox_email SET status = ?, attempts = attempts + 1, last_reply = ?,
                    next_attempt_at = ?, sent_at = CASE WHEN ? THEN ? ELSE sent_at END,
                    handed_over_at = CASE WHEN ? THEN NULL ELSE handed_over_at END
                WHERE id = ? AND status IN ('queued', 'retrying')
                """,
            arguments: [
                record.status.rawValue, record.lastReply,
                record.status == .retrying ? record.nextAttemptAt.map(DeliveryTimestamp.text) : nil,
                record.status == .sent, at, record.releasesHandOver, record.emailID,
            ])
        guard db.changesCount == 1 else { return false }
        try db.execute(
            sql: """
                INSERT INTO email_delivery_attempt (email_id, attempt, attempted_at, outcome, reply)
                SELECT id, attempts, ?, ?, ? FROM outbox_email WHERE id = ?
                """,
            arguments: [at, record.outcome.rawValue, record.reply, record.emailID])
        return true
    }

    static func dueEmail(from row: Row) throws -> DueEmail {
        let email = try ArtefactDecoding.email(from: row)
        let before: Int = try row.decode(forColumn: "attempts_before_requeue")
        return DueEmail(email: email, attemptsSinceRequeue: max(0, email.delivery.attempts - before))
    }
}

import CollectaCore
import Foundation
import GRDB

/// Why an operator's request to send failed emails again was refused.
public enum RequeueError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No outbox email has this id.
    case unknownEmail(Int64)
    /// The email is not failed: only failed emails are sent again.
    case notFailed(Int64, EmailStatus)

    public var description: String {
        switch self {
        case .unknownEmail(let id):
            "there is no outbox email \(id)"
        case .notFailed(let id, let status):
            "outbox email \(id) is \(status.rawValue), not failed: only failed emails are sent again"
        }
    }
}

extension CollectaDatabase {
    /// What the outbox shows for an email that a process handed over and died before writing
    /// the outcome.
    public static let interruptedReply =
        "interrupted after the whole message was handed to the server; it may have been delivered, "
        + "so it is not sent again automatically"

    /// Fails, durably and in one transaction, every email still queued or retrying that was
    /// handed over to the server: the process that handed it over died before writing the
    /// outcome, so the server may have accepted it. Each gets an `interrupted` attempt and
    /// ``interruptedReply``; none is sent again unless an operator asks (``requeueFailedEmails(ids:)``).
    ///
    /// Call it before sending, and only while no other process is sending from this database.
    /// - Returns: the emails failed, in id order.
    /// - Throws: `StoredValueError`; `StoreError`.
    public func recoverInterrupted(at date: Date) throws -> [OutboxEmail] {
        try durableWrite { db in
            let ids = try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM outbox_email INDEXED BY outbox_email_unsent
                    WHERE status IN ('queued', 'retrying') AND handed_over_at IS NOT NULL ORDER BY id
                    """)
            for id in ids {
                let record = DeliveryOutcomeRecord(
                    emailID: id, outcome: .interrupted, status: .failed, reply: Self.interruptedReply,
                    attemptedAt: date)
                _ = try Self.write(record, in: db)
            }
            return try ids.compactMap { id in
                try Row.fetchOne(db, sql: "SELECT * FROM outbox_email WHERE id = ?", arguments: [id])
                    .map(ArtefactDecoding.email(from:))
            }
        }
    }

    /// Queues failed emails again at an operator's request (`collecta send --again`): each
    /// becomes `queued`, without its hand-over mark or next attempt, and its retries are counted
    /// afresh. All or nothing: an unknown id or an email that is not failed refuses the whole
    /// request.
    /// - Throws: `RequeueError`, with nothing changed; `StoreError`.
    public func requeueFailedEmails(ids: [Int64]) throws {
        try durableWrite { db in
            for id in ids {
                guard let text = try String.fetchOne(
                    db, sql: "SELECT status FROM outbox_email WHERE id = ?", arguments: [id])
                else { throw RequeueError.unknownEmail(id) }
                guard text == EmailStatus.failed.rawValue else {
                    throw RequeueError.notFailed(id, EmailStatus(rawValue: text) ?? .queued)
                }
                try db.execute(
                    sql: """
                        UPDATE outbox_email SET status = 'queued', handed_over_at = NULL,
                            next_attempt_at = NULL, attempts_before_requeue = attempts
                        WHERE id = ?
                        """,
                    arguments: [id])
            }
        }
    }
}

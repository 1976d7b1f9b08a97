import Foundation
import GRDB

extension CollectaDatabase {
    /// Runs `body` in an immediate write transaction whose commit is on disk before this returns,
    /// even after a power loss: `PRAGMA synchronous = FULL` for that commit, then back to the
    /// connection's setting (NORMAL for WAL pools, docs/decisions.md). The delivery writes that
    /// keep an email from being sent twice go through here.
    ///
    /// The pragma cannot change inside a transaction, so the transaction is opened here, on the
    /// writer connection, between the two pragmas.
    func durableWrite<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.writeWithoutTransaction { db in
                let previous = try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 1
                try db.execute(sql: "PRAGMA synchronous = FULL")
                defer { try? db.execute(sql: "PRAGMA synchronous = \(previous)") }
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { preconditionFailure("a committed transaction gave no result") }
                return result
            }
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }
}

/// Timestamps of the delivery record: ISO 8601 in UTC to the second (`2026-11-29T06:00:00Z`),
/// which sort as text in time order.
public enum DeliveryTimestamp {
    /// The stored text of `date`.
    public static func text(_ date: Date) -> String {
        date.ISO8601Format()
    }

    /// The date of a stored timestamp; nil when it is not one.
    public static func date(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }
}

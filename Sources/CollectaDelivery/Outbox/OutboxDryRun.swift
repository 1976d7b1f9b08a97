import CollectaCore
import CollectaStore
import Foundation

/// `collecta send --dry-run DIR`: writes each due email as `DIR/<id>.eml`, the bytes a send
/// would hand to the server, and changes nothing in the database.
public enum OutboxDryRun {
    /// Writes the emails due at `now` (at most `limit`) into `directory`, created when missing;
    /// each file is written whole (atomically) and reported to `progress`.
    /// - Returns: how many files were written.
    /// - Throws: `StoreError`; a file system error naming the file that could not be written.
    @discardableResult
    public static func write(
        from database: CollectaDatabase, to directory: URL, limit: Int? = nil, now: Date = Date(),
        pageSize: Int = 100, progress: (DeliveryEvent) -> Void = { _ in }
    ) throws -> Int {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var written = 0
        var cursor: Int64?
        while limit.map({ written < $0 }) ?? true {
            let page = try database.dueEmails(at: now, after: cursor, limit: pageSize)
            guard let last = page.last else { break }
            cursor = last.id
            for due in page.prefix(limit.map { $0 - written } ?? page.count) {
                progress(try write(due.email, to: directory, now: now))
                written += 1
            }
        }
        return written
    }

    private static func write(_ email: OutboxEmail, to directory: URL, now: Date) throws -> DeliveryEvent {
        let messageID = email.delivery.messageID ?? OutboxMessage.newMessageID(for: email)
        let file = directory.appendingPathComponent("\(email.id ?? 0).eml")
        try Data(OutboxMessage.bytes(for: email, messageID: messageID, date: now)).write(to: file, options: .atomic)
        return DeliveryEvent(
            emailID: email.id ?? 0, recipients: email.recipients, subject: email.subject, attempt: 0,
            outcome: .written, status: email.status, reply: file.path)
    }
}

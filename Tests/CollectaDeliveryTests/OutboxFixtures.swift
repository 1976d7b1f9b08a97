import CollectaCore
import CollectaStore
import Foundation
import GRDB

@testable import CollectaDelivery

/// Databases with outbox emails, for the delivery tests.
enum OutboxFixtures {
    /// A fixed moment: 2026-11-29 06:00:00 UTC.
    static let start = Date(timeIntervalSince1970: 1_795_932_000)

    /// A database file in a new temporary directory (a file, so that other connections and the
    /// sending lock can be tried on it), with `count` queued emails to one or two recipients.
    static func database(emails count: Int) throws -> CollectaDatabase {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-delivery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let database = try CollectaDatabase.open(path: directory.appendingPathComponent("outbox.sqlite").path)
        try insertEmails(count, into: database)
        return database
    }

    /// Inserts `count` queued emails, ids 1…count in a new database: email n goes to
    /// `client<n>@example.com` (and `copy<n>@example.com` when n is even).
    static func insertEmails(_ count: Int, into database: CollectaDatabase) throws {
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT OR IGNORE INTO customer (account, name, currency, language)
                VALUES ('C1', 'ООО «Вектор»', 'RUB', 'ru')
                """)
            for number in 1...max(1, count) where count > 0 {
                let recipients = number % 2 == 0
                    ? "client\(number)@example.com;copy\(number)@example.com" : "client\(number)@example.com"
                try db.execute(
                    sql: """
                        INSERT INTO outbox_email (customer_account, template_id, language, sender_name,
                            sender_email, recipients, subject, html_body, created_date, status)
                        VALUES ('C1', 'REMINDER', 'ru', 'Отдел взыскания', 'collections@vector.example', ?, ?, ?,
                            '2026-11-29', 'queued')
                        """,
                    arguments: [
                        recipients, "Напоминание об оплате №\(number)",
                        "<p>Уважаемый клиент, счёт №\(number) просрочен.</p>",
                    ])
            }
        }
    }

    static func email(_ id: Int64, in database: CollectaDatabase) throws -> OutboxEmail {
        guard let email = try database.outboxEmail(id: id) else { throw FixtureError.noEmail(id) }
        return email
    }

    static func statuses(in database: CollectaDatabase) throws -> [EmailStatus] {
        try database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT status FROM outbox_email ORDER BY id").compactMap(EmailStatus.init)
        }
    }

    static func removeFiles(of database: CollectaDatabase) {
        try? FileManager.default.removeItem(atPath: (database.path as NSString).deletingLastPathComponent)
    }

    enum FixtureError: Error {
        case noEmail(Int64)
    }
}

/// A transport that answers from a script, one answer per message, and keeps what it was given.
final class ScriptedTransport: MailTransport {
    /// What the transport does with one message.
    enum Answer {
        /// Calls `handingOver`, then returns this outcome (`.withdrawn` when it declines).
        case afterHandOver(TransportOutcome)
        /// Returns this outcome without calling `handingOver` (a failure before the end of data).
        case beforeHandOver(TransportOutcome)
        /// Calls `handingOver` and then gives up without an outcome, as if the process died
        /// before writing one: the test drops the sender then.
        case crash
    }

    private var answers: [Answer]
    private let otherwise: Answer
    /// Every message whose whole data was handed over, accepted or not.
    private(set) var handedOver: [(envelope: MailEnvelope, text: String)] = []
    /// The messages the "server" accepted.
    private(set) var accepted: [(envelope: MailEnvelope, text: String)] = []
    /// What `handingOver` answered, call by call.
    private(set) var handOvers: [Bool] = []
    /// Called before `handingOver`, e.g. to let another process take the email first.
    var beforeHandOver: () -> Void = {}

    init(_ answers: [Answer] = [], otherwise: Answer = .afterHandOver(.accepted(reply: "250 2.0.0 Ok"))) {
        self.answers = answers
        self.otherwise = otherwise
    }

    func send(_ message: [UInt8], envelope: MailEnvelope, handingOver: () -> Bool) -> TransportOutcome {
        let answer = answers.isEmpty ? otherwise : answers.removeFirst()
        switch answer {
        case .beforeHandOver(let outcome):
            return outcome
        case .afterHandOver(let outcome):
            beforeHandOver()
            let passed = handingOver()
            handOvers.append(passed)
            guard passed else { return .withdrawn }
            let text = String(decoding: message, as: UTF8.self)
            handedOver.append((envelope, text))
            if case .accepted = outcome { accepted.append((envelope, text)) }
            return outcome
        case .crash:
            handOvers.append(handingOver())
            return .withdrawn
        }
    }
}

/// A clock that waits by moving its time on, and counts the waits.
final class ManualClock: DeliveryClock {
    private(set) var now: Date
    private(set) var waits: [Date] = []

    init(_ start: Date = OutboxFixtures.start) {
        now = start
    }

    func wait(until date: Date) {
        waits.append(date)
        if date > now { now = date }
    }

    func advance(by seconds: TimeInterval) {
        now = now.addingTimeInterval(seconds)
    }
}

import CollectaCore
import CollectaStore
import Foundation
import GRDB
import Testing

@testable import CollectaDelivery

@Suite("Dry run: the due emails as .eml files, the database untouched")
struct OutboxDryRunTests {
    /// Every row of the outbox and of the attempts, as text.
    private func snapshot(_ database: CollectaDatabase) throws -> [String] {
        try database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM outbox_email ORDER BY id").map(\.description)
                + Row.fetchAll(db, sql: "SELECT * FROM email_delivery_attempt").map(\.description)
        }
    }

    @Test("one file per due email, named by its id, holding the message as it would be sent; nothing changes")
    func writesFilesAndChangesNothing() throws {
        let database = try OutboxFixtures.database(emails: 3)
        defer { OutboxFixtures.removeFiles(of: database) }
        try database.recordOutcome(DeliveryOutcomeRecord(
            emailID: 3, outcome: .sent, status: .sent, reply: "250 Ok", attemptedAt: OutboxFixtures.start))
        let before = try snapshot(database)
        let directory = URL(fileURLWithPath: (database.path as NSString).deletingLastPathComponent)
            .appendingPathComponent("dry/run")
        var events: [DeliveryEvent] = []
        let written = try OutboxDryRun.write(
            from: database, to: directory, now: OutboxFixtures.start, pageSize: 1) { events.append($0) }
        #expect(written == 2)
        #expect(events.map(\.outcome) == [.written, .written])
        #expect(events.map(\.reply) == ["1.eml", "2.eml"].map { directory.appendingPathComponent($0).path })
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["1.eml", "2.eml"])
        let text = try String(contentsOf: directory.appendingPathComponent("2.eml"), encoding: .utf8)
        #expect(text.hasPrefix("Date: Sun, 29 Nov 2026 06:00:00 +0000\r\n"))
        #expect(text.contains("To: <client2@example.com>, <copy2@example.com>\r\n"))
        #expect(text.contains("Message-ID: <2."))
        #expect(try snapshot(database) == before)
    }

    @Test("--limit writes the first due emails only")
    func limit() throws {
        let database = try OutboxFixtures.database(emails: 3)
        defer { OutboxFixtures.removeFiles(of: database) }
        let directory = URL(fileURLWithPath: (database.path as NSString).deletingLastPathComponent)
            .appendingPathComponent("eml")
        #expect(try OutboxDryRun.write(from: database, to: directory, limit: 1) == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["1.eml"])
    }
}

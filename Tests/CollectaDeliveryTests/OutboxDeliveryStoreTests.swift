import CollectaCore
import CollectaStore
import Foundation
import GRDB
import Testing

@testable import CollectaDelivery

@Suite("Outbox delivery record: due emails, hand-over mark, outcomes, recovery, requeue")
struct OutboxDeliveryStoreTests {
    private let start = OutboxFixtures.start

    @Test("due emails are the queued ones and the retrying ones whose time has come, in id order, page by page")
    func dueEmails() throws {
        let database = try OutboxFixtures.database(emails: 5)
        defer { OutboxFixtures.removeFiles(of: database) }
        try database.recordOutcome(DeliveryOutcomeRecord(
            emailID: 2, outcome: .temporary, status: .retrying, reply: "451 later",
            nextAttemptAt: start.addingTimeInterval(60), attemptedAt: start))
        try database.recordOutcome(DeliveryOutcomeRecord(
            emailID: 3, outcome: .sent, status: .sent, reply: "250 Ok", attemptedAt: start))
        #expect(try database.dueEmails(at: start, limit: 10).map(\.id) == [1, 4, 5])
        #expect(try database.dueEmails(at: start, after: 1, limit: 1).map(\.id) == [4])
        #expect(try database.dueEmails(at: start.addingTimeInterval(60), limit: 10).map(\.id) == [1, 2, 4, 5])
        #expect(try database.nextRetry(after: start) == start.addingTimeInterval(60))
        #expect(try database.nextRetry(after: start.addingTimeInterval(60)) == nil)
    }

    @Test("the Message-ID is fixed at the first attempt and kept")
    func messageID() throws {
        let database = try OutboxFixtures.database(emails: 1)
        defer { OutboxFixtures.removeFiles(of: database) }
        #expect(try database.fixMessageID("1.aaaa@vector.example", forEmail: 1) == "1.aaaa@vector.example")
        #expect(try database.fixMessageID("1.bbbb@vector.example", forEmail: 1) == "1.aaaa@vector.example")
        #expect(try OutboxFixtures.email(1, in: database).delivery.messageID == "1.aaaa@vector.example")
    }

    @Test("only one connection passes the hand-over mark of an email, even from another process's pool")
    func handOverIsCompareAndSet() throws {
        let database = try OutboxFixtures.database(emails: 2)
        defer { OutboxFixtures.removeFiles(of: database) }
        let other = try CollectaDatabase.open(path: database.path)
        #expect(try database.markHandedOver(id: 1, at: start))
        #expect(try !other.markHandedOver(id: 1, at: start))
        #expect(try !database.markHandedOver(id: 1, at: start))
        #expect(try other.markHandedOver(id: 2, at: start))
        #expect(try OutboxFixtures.email(1, in: database).delivery.handedOverAt == "2026-11-29T06:00:00Z")
    }

    @Test("a sent, failed or unknown email cannot be handed over")
    func handOverNeedsAnUnsentEmail() throws {
        let database = try OutboxFixtures.database(emails: 2)
        defer { OutboxFixtures.removeFiles(of: database) }
        try database.recordOutcome(DeliveryOutcomeRecord(
            emailID: 1, outcome: .sent, status: .sent, reply: "250 Ok", attemptedAt: start))
        try database.recordOutcome(DeliveryOutcomeRecord(
            emailID: 2, outcome: .permanent, status: .failed, reply: "550 no", attemptedAt: start))
        #expect(try !database.markHandedOver(id: 1, at: start))
        #expect(try !database.markHandedOver(id: 2, at: start))
        #expect(try !database.markHandedOver(id: 99, at: start))
    }

    @Test("an outcome sets the status, attempts, replies and times, and records the attempt")
    func outcomes() throws {
        let database = try OutboxFixtures.database(emails: 2)
        defer { OutboxFixtures.removeFiles(of: database) }
        #expect(try database.markHandedOver(id: 1, at: start))
        try database.recordOutcome(DeliveryOutcomeRecord(
            emailID: 1, outcome: .temporary, status: .retrying, reply: "451 4.3.0 try later",
            nextAttemptAt: start.addingTimeInterval(60), attemptedAt: start))
        var email = try OutboxFixtures.email(1, in: database)
        #expect(email.status == .retrying)
        #expect(email.delivery == EmailDelivery(
            attempts: 1, lastReply: "451 4.3.0 try later", nextAttemptAt: "2026-11-29T06:01:00Z"))
        #expect(try database.markHandedOver(id: 1, at: start.addingTimeInterval(60)))
        try database.recordOutcome(DeliveryOutcomeRecord(
            emailID: 1, outcome: .sent, status: .sent, reply: "250 2.0.0 Ok: queued as 1F2E",
            attemptedAt: start.addingTimeInterval(61)))
        email = try OutboxFixtures.email(1, in: database)
        #expect(email.status == .sent)
        #expect(email.delivery == EmailDelivery(
            attempts: 2, lastReply: "250 2.0.0 Ok: queued as 1F2E", handedOverAt: "2026-11-29T06:01:00Z",
            sentAt: "2026-11-29T06:01:01Z"))
        let attempts = try database.deliveryAttempts(ofEmail: 1)
        #expect(attempts.map(\.outcome) == [.temporary, .sent])
        #expect(attempts.map(\.number) == [1, 2])
        #expect(attempts.first?.reply == "451 4.3.0 try later")
        #expect(try !database.recordOutcome(DeliveryOutcomeRecord(
            emailID: 1, outcome: .sent, status: .sent, reply: "again", attemptedAt: start)))
        #expect(try database.deliveryAttempts(ofEmail: 1).count == 2)
    }

    @Test("an email handed over and never answered is failed as interrupted by the next send, once")
    func interruptedRecovery() throws {
        let database = try OutboxFixtures.database(emails: 3)
        defer { OutboxFixtures.removeFiles(of: database) }
        #expect(try database.markHandedOver(id: 2, at: start))
        let recovered = try database.recoverInterrupted(at: start.addingTimeInterval(5))
        #expect(recovered.map(\.id) == [2])
        let email = try OutboxFixtures.email(2, in: database)
        #expect(email.status == .failed)
        #expect(email.delivery.lastReply == CollectaDatabase.interruptedReply)
        #expect(email.delivery.attempts == 1)
        #expect(try database.deliveryAttempts(ofEmail: 2).map(\.outcome) == [.interrupted])
        #expect(try database.recoverInterrupted(at: start.addingTimeInterval(6)).isEmpty)
        #expect(try OutboxFixtures.statuses(in: database) == [.queued, .failed, .queued])
        #expect(try database.dueEmails(at: start, limit: 10).map(\.id) == [1, 3])
    }

    @Test("requeue: a failed email is queued again without its hand-over mark, its retries counted afresh")
    func requeue() throws {
        let database = try OutboxFixtures.database(emails: 2)
        defer { OutboxFixtures.removeFiles(of: database) }
        #expect(try database.markHandedOver(id: 1, at: start))
        _ = try database.recoverInterrupted(at: start)
        try database.requeueFailedEmails(ids: [1])
        let email = try OutboxFixtures.email(1, in: database)
        #expect(email.status == .queued && email.delivery.handedOverAt == nil && email.delivery.attempts == 1)
        let due = try #require(try database.dueEmails(at: start, limit: 1).first)
        #expect(due.id == 1 && due.attemptsSinceRequeue == 0)
        #expect(try database.markHandedOver(id: 1, at: start))
    }

    @Test("requeue refuses an unknown id or an email that is not failed, changing nothing")
    func requeueRefusals() throws {
        let database = try OutboxFixtures.database(emails: 2)
        defer { OutboxFixtures.removeFiles(of: database) }
        try database.recordOutcome(DeliveryOutcomeRecord(
            emailID: 1, outcome: .permanent, status: .failed, reply: "550 no", attemptedAt: start))
        #expect(throws: RequeueError.notFailed(2, .queued)) { try database.requeueFailedEmails(ids: [1, 2]) }
        #expect(throws: RequeueError.unknownEmail(7)) { try database.requeueFailedEmails(ids: [7]) }
        #expect(try OutboxFixtures.statuses(in: database) == [.failed, .queued])
    }

    @Test("the outcome's commit leaves the connection's synchronous setting as it was")
    func synchronousRestored() throws {
        let database = try OutboxFixtures.database(emails: 1)
        defer { OutboxFixtures.removeFiles(of: database) }
        #expect(try database.markHandedOver(id: 1, at: start))
        let setting = try database.writer.write { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
        #expect(setting == 1)
    }
}

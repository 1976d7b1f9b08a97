import CollectaCore
import CollectaStore
import Foundation
import GRDB
import Testing

@testable import CollectaDelivery

@Suite("The outbox's sending loop, with a scripted transport")
struct OutboxSenderTests {
    private let start = OutboxFixtures.start
    private let ok = ScriptedTransport.Answer.afterHandOver(.accepted(reply: "250 2.0.0 Ok"))

    private func send(
        _ database: CollectaDatabase, _ transport: ScriptedTransport, policy: DeliveryPolicy = .standard,
        clock: ManualClock = ManualClock(), limit: Int? = nil, pageSize: Int = 100
    ) throws -> (events: [DeliveryEvent], summary: DeliverySummary) {
        let sender = try OutboxSender(
            database: database, transport: transport, policy: policy, clock: clock, limit: limit, pageSize: pageSize)
        var events: [DeliveryEvent] = []
        let summary = try sender.sendAll { events.append($0) }
        return (events, summary)
    }

    @Test("every due email is handed over once, in id order, to its recipients, and marked sent")
    func sendsEverything() throws {
        let database = try OutboxFixtures.database(emails: 3)
        defer { OutboxFixtures.removeFiles(of: database) }
        let transport = ScriptedTransport()
        let (events, summary) = try send(database, transport, pageSize: 2)
        #expect(events.map(\.emailID) == [1, 2, 3])
        #expect(events.map(\.outcome) == [.sent, .sent, .sent])
        #expect(transport.accepted.map(\.envelope) == [
            MailEnvelope(sender: "collections@vector.example", recipients: ["client1@example.com"]),
            MailEnvelope(sender: "collections@vector.example", recipients: ["client2@example.com", "copy2@example.com"]),
            MailEnvelope(sender: "collections@vector.example", recipients: ["client3@example.com"]),
        ])
        #expect(summary.sent == 3 && summary.allSent)
        #expect(try OutboxFixtures.statuses(in: database) == [.sent, .sent, .sent])
        let email = try OutboxFixtures.email(2, in: database)
        let messageID = try #require(email.delivery.messageID)
        #expect(messageID.hasPrefix("2.") && messageID.hasSuffix("@vector.example"))
        #expect(transport.accepted[1].text.contains("Message-ID: <\(messageID)>\r\n"))
        #expect(transport.accepted[1].text.contains("To: <client2@example.com>, <copy2@example.com>\r\n"))
        #expect(email.delivery.sentAt == "2026-11-29T06:00:00Z" && email.delivery.lastReply == "250 2.0.0 Ok")
        #expect(try send(database, ScriptedTransport()).events.isEmpty)
    }

    @Test("a 4xx answer is retried within the same send when the delay is short, with the same Message-ID")
    func temporaryThenSent() throws {
        let database = try OutboxFixtures.database(emails: 2)
        defer { OutboxFixtures.removeFiles(of: database) }
        let transport = ScriptedTransport([.afterHandOver(.refused(code: 451, reply: "451 4.7.1 greylisted")), ok, ok])
        let clock = ManualClock()
        let (events, summary) = try send(database, transport, policy: DeliveryPolicy(firstRetryDelay: 30), clock: clock)
        #expect(events.map(\.emailID) == [1, 2, 1])
        #expect(events.map(\.outcome) == [.temporary, .sent, .sent])
        #expect(events[0].status == .retrying && events[0].nextAttemptAt == start.addingTimeInterval(30))
        #expect(clock.waits == [start.addingTimeInterval(30)])
        #expect(summary.sent == 2 && summary.allSent)
        let email = try OutboxFixtures.email(1, in: database)
        #expect(email.status == .sent && email.delivery.attempts == 2)
        #expect(try database.deliveryAttempts(ofEmail: 1).map(\.reply) == ["451 4.7.1 greylisted", "250 2.0.0 Ok"])
        let ids = transport.handedOver.filter { $0.envelope.recipients == ["client1@example.com"] }
            .map { $0.text.split(separator: "\r\n").first { $0.hasPrefix("Message-ID:") } }
        #expect(ids.count == 2 && ids[0] == ids[1])
    }

    @Test("retries back off, doubling up to the cap, and give up after the maximum attempts (rule: 4xx)")
    func backoffSchedule() throws {
        let database = try OutboxFixtures.database(emails: 1)
        defer { OutboxFixtures.removeFiles(of: database) }
        let transport = ScriptedTransport(otherwise: .afterHandOver(.refused(code: 421, reply: "421 busy")))
        let clock = ManualClock()
        let policy = DeliveryPolicy(maximumAttempts: 4, firstRetryDelay: 10, maximumRetryDelay: 25, waitWindow: 1000)
        let (events, summary) = try send(database, transport, policy: policy, clock: clock)
        #expect(clock.waits == [10, 30, 55].map { start.addingTimeInterval($0) })
        #expect(events.map(\.status) == [.retrying, .retrying, .retrying, .failed])
        #expect(events.last?.reply == "gave up after 4 attempts: 421 busy")
        #expect(summary.failed == 1 && !summary.allSent)
        #expect(try OutboxFixtures.email(1, in: database).delivery.attempts == 4)
    }

    @Test("retries beyond the wait window are left to a later send")
    func retryOutsideWindow() throws {
        let database = try OutboxFixtures.database(emails: 1)
        defer { OutboxFixtures.removeFiles(of: database) }
        let clock = ManualClock()
        let first = try send(
            database, ScriptedTransport([.afterHandOver(.refused(code: 450, reply: "450 mailbox busy"))]),
            policy: DeliveryPolicy(firstRetryDelay: 600), clock: clock)
        #expect(first.events.map(\.outcome) == [.temporary] && clock.waits.isEmpty)
        #expect(first.summary.retrying == 1 && !first.summary.allSent)
        #expect(try send(database, ScriptedTransport(), clock: clock).events.isEmpty)
        clock.advance(by: 600)
        #expect(try send(database, ScriptedTransport(), clock: clock).events.map(\.outcome) == [.sent])
    }

    @Test("a 5xx answer fails the email with the server's reply and the batch goes on")
    func permanentFailure() throws {
        let database = try OutboxFixtures.database(emails: 3)
        defer { OutboxFixtures.removeFiles(of: database) }
        let transport = ScriptedTransport([.afterHandOver(.refused(code: 550, reply: "550 5.1.1 no such user"))])
        let (events, summary) = try send(database, transport)
        #expect(events.map(\.outcome) == [.permanent, .sent, .sent])
        #expect(try OutboxFixtures.statuses(in: database) == [.failed, .sent, .sent])
        let failed = try OutboxFixtures.email(1, in: database)
        #expect(failed.delivery.lastReply == "550 5.1.1 no such user" && failed.delivery.handedOverAt == nil)
        #expect(summary.failed == 1 && summary.sent == 2)
    }

    @Test("a connection failure stops the send: that email retries, the rest stay queued untouched")
    func connectionFailureStops() throws {
        let database = try OutboxFixtures.database(emails: 4)
        defer { OutboxFixtures.removeFiles(of: database) }
        let transport = ScriptedTransport([ok, .beforeHandOver(.connectionFailed(reason: "connection refused"))])
        let clock = ManualClock()
        let (events, summary) = try send(database, transport, policy: DeliveryPolicy(firstRetryDelay: 1), clock: clock)
        #expect(events.map(\.outcome) == [.sent, .connection])
        #expect(clock.waits.isEmpty && summary.stoppedByConnectionFailure && summary.retrying == 1)
        #expect(try OutboxFixtures.statuses(in: database) == [.sent, .retrying, .queued, .queued])
        #expect(try OutboxFixtures.email(2, in: database).delivery.lastReply == "connection refused")
        #expect(try OutboxFixtures.email(3, in: database).delivery == EmailDelivery())
        clock.advance(by: 1)
        let later = try send(database, ScriptedTransport(), clock: clock)
        #expect(later.events.map(\.emailID) == [2, 3, 4] && later.summary.allSent)
    }

    @Test("a refused login (535) stops the send like a connection failure instead of failing every email")
    func refusedLoginStops() throws {
        let database = try OutboxFixtures.database(emails: 3)
        defer { OutboxFixtures.removeFiles(of: database) }
        let transport = ScriptedTransport(
            otherwise: .beforeHandOver(.refused(code: 535, reply: "535 5.7.8 Authentication credentials invalid")))
        let (events, summary) = try send(database, transport)
        #expect(events.map(\.outcome) == [.connection])
        #expect(summary.stoppedByConnectionFailure && summary.retrying == 1)
        #expect(try OutboxFixtures.statuses(in: database) == [.retrying, .queued, .queued])
        #expect(try OutboxFixtures.email(1, in: database).delivery.lastReply == "535 5.7.8 Authentication credentials invalid")
    }

    @Test("no answer after the hand-over fails the email as uncertain, never retried; the send goes on")
    func uncertainIsNeverRetried() throws {
        let database = try OutboxFixtures.database(emails: 3)
        defer { OutboxFixtures.removeFiles(of: database) }
        let transport = ScriptedTransport([
            .afterHandOver(.uncertain(reason: "connection closed before the reply")),
            .afterHandOver(.connectionFailed(reason: "reset by peer")),
        ])
        let (events, _) = try send(database, transport, policy: DeliveryPolicy(firstRetryDelay: 0))
        #expect(events.map(\.outcome) == [.uncertain, .uncertain, .sent])
        let email = try OutboxFixtures.email(1, in: database)
        #expect(email.status == .failed && email.delivery.handedOverAt != nil)
        #expect(email.delivery.lastReply.contains("connection closed before the reply"))
        #expect(email.delivery.lastReply.contains("not sent again automatically"))
        #expect(try send(database, ScriptedTransport()).events.isEmpty)
    }

    @Test("killed between the hand-over and the outcome: the next send fails it as interrupted and never resends it")
    func crashBetweenHandOverAndOutcome() throws {
        let database = try OutboxFixtures.database(emails: 3)
        defer { OutboxFixtures.removeFiles(of: database) }
        do {
            let sender = try OutboxSender(
                database: database, transport: ScriptedTransport([ok, .crash]), clock: ManualClock())
            _ = try sender.sendNext()
            _ = try sender.sendNext()
        }
        #expect(try OutboxFixtures.statuses(in: database) == [.sent, .queued, .queued])
        let transport = ScriptedTransport()
        let (events, summary) = try send(database, transport)
        #expect(events.map(\.emailID) == [2, 3])
        #expect(events.map(\.outcome) == [.interrupted, .sent])
        #expect(events[0].reply == CollectaDatabase.interruptedReply)
        #expect(transport.handedOver.map(\.envelope.recipients) == [["client3@example.com"]])
        #expect(summary.interrupted == 1 && summary.failed == 1 && summary.sent == 1)
        #expect(try OutboxFixtures.statuses(in: database) == [.sent, .failed, .sent])
    }

    @Test("an email another connection took first is withdrawn before the end of its data, and left alone")
    func lostRaceIsWithdrawn() throws {
        let database = try OutboxFixtures.database(emails: 2)
        defer { OutboxFixtures.removeFiles(of: database) }
        let other = try CollectaDatabase.open(path: database.path)
        let transport = ScriptedTransport()
        transport.beforeHandOver = { [start] in _ = try? other.markHandedOver(id: 1, at: start) }
        let sender = try OutboxSender(database: database, transport: transport, clock: ManualClock())
        var events: [DeliveryEvent] = []
        let summary = try sender.sendAll { events.append($0) }
        #expect(events.map(\.outcome) == [.skipped, .sent])
        #expect(transport.handOvers == [false, true] && transport.handedOver.count == 1)
        #expect(summary.skipped == 1)
        #expect(try OutboxFixtures.email(1, in: database).delivery.attempts == 0)
    }

    @Test("--limit: at most that many emails are taken, in id order")
    func limit() throws {
        let database = try OutboxFixtures.database(emails: 5)
        defer { OutboxFixtures.removeFiles(of: database) }
        let (events, _) = try send(database, ScriptedTransport(), limit: 2, pageSize: 1)
        #expect(events.map(\.emailID) == [1, 2])
        #expect(try OutboxFixtures.statuses(in: database) == [.sent, .sent, .queued, .queued, .queued])
    }

    @Test("step by step: sendNext never waits; it says when the next retry is due")
    func stepwise() throws {
        let database = try OutboxFixtures.database(emails: 1)
        defer { OutboxFixtures.removeFiles(of: database) }
        let clock = ManualClock()
        let sender = try OutboxSender(
            database: database, transport: ScriptedTransport([.afterHandOver(.refused(code: 451, reply: "451 later"))]),
            policy: DeliveryPolicy(firstRetryDelay: 20), clock: clock)
        guard case .delivered(let first) = try sender.sendNext() else { Issue.record("no attempt"); return }
        #expect(first.outcome == .temporary)
        #expect(try sender.sendNext() == .waiting(until: start.addingTimeInterval(20)))
        #expect(try sender.sendNext() == .waiting(until: start.addingTimeInterval(20)))
        clock.advance(by: 20)
        guard case .delivered(let second) = try sender.sendNext() else { Issue.record("no retry"); return }
        #expect(second.outcome == .sent && second.attempt == 2)
        #expect(try sender.sendNext() == .finished)
        #expect(clock.waits.isEmpty)
    }

    @Test("one sender per database: a second one is refused while the first exists")
    func oneSenderAtATime() throws {
        let database = try OutboxFixtures.database(emails: 1)
        defer { OutboxFixtures.removeFiles(of: database) }
        var first: OutboxSender? = try OutboxSender(database: database, transport: ScriptedTransport())
        #expect(first != nil)
        #expect(throws: DeliveryError.anotherSendRunning(lockFile: database.path + "-send.lock")) {
            _ = try OutboxSender(database: database, transport: ScriptedTransport())
        }
        first = nil
        #expect(try send(database, ScriptedTransport()).events.count == 1)
    }

    @Test("an email sent again by an operator after giving up gets a whole series of retries")
    func requeueAfterGivingUp() throws {
        let database = try OutboxFixtures.database(emails: 1)
        defer { OutboxFixtures.removeFiles(of: database) }
        let refusing = ScriptedTransport(otherwise: .afterHandOver(.refused(code: 451, reply: "451 later")))
        let policy = DeliveryPolicy(maximumAttempts: 2, firstRetryDelay: 0)
        #expect(try send(database, refusing, policy: policy).events.map(\.status) == [.retrying, .failed])
        try database.requeueFailedEmails(ids: [1])
        let again = try send(database, ScriptedTransport([.afterHandOver(.refused(code: 451, reply: "451 later"))]), policy: policy)
        #expect(again.events.map(\.outcome) == [.temporary, .sent])
        #expect(try OutboxFixtures.email(1, in: database).delivery.attempts == 4)
    }

    @Test("the standard policy: 8 attempts, retries after 1, 2, 4 … minutes up to an hour")
    func standardPolicy() {
        let policy = DeliveryPolicy.standard
        #expect(policy.maximumAttempts == 8)
        #expect((1...8).map { policy.retryDelay(afterAttempt: $0) } == [60, 120, 240, 480, 960, 1920, 3600, 3600])
    }
}

import CollectaCore
import CollectaStore
import Foundation
import GRDB
import SMTPTesting
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

/// The Outbox screen's "Send outbox" (F9) against a real SMTP server on 127.0.0.1.
@MainActor
@Suite("Outbox screen: sending")
struct OutboxSendingTests {
    /// The outbox of every state (OutboxScreenTests), its mail server the local `server`.
    static func outbox(
        sendingTo server: TestSMTPServer?, language: Language = .english
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        let database = try OutboxScreenTests.deliveredDatabase()
        if let server {
            try database.saveMailServerSettings(MailServerSettings(host: "127.0.0.1", port: server.port, security: .none))
        }
        let (driver, context) = try AppTestHarness.driver(language: language, database: database)
        driver.send(.function(3))
        driver.type(OutboxTexts.title(language))
        driver.send(.enter)
        return (driver, context)
    }

    /// The emails still due: queued, and the retrying one (its next attempt is in the past).
    static func dueEmails(_ context: AppContext) throws -> [OutboxEmail] {
        try context.database.outboxEmails(limit: 1000).filter { $0.status == .queued || $0.status == .retrying }
    }

    static func tickUntilDone(_ driver: ScreenTestDriver<CollectaApplication>) {
        var ticks = 0
        while driver.application.tickInterval != nil && ticks < 1000 {
            driver.tick()
            ticks += 1
        }
    }

    @Test("F9 asks first, then delivers every due email once, in id order, and the list shows them sent")
    func sendsEveryDueEmail() throws {
        let server = try TestSMTPServer()
        let (driver, context) = try Self.outbox(sendingTo: server)
        let due = try Self.dueEmails(context)
        driver.send(.function(9))
        #expect(driver.lines.contains { $0.contains("Send \(due.count) email(s) through 127.0.0.1:\(server.port), no encryption?") })
        driver.send(.left, .enter)
        driver.tick()
        #expect(driver.lines.contains { $0.contains("Sending the outbox") && $0.contains("┌") })
        Self.tickUntilDone(driver)
        #expect(server.received.map(\.recipients) == due.sorted { $0.id! < $1.id! }.map(\.recipients))
        #expect(try Self.dueEmails(context).isEmpty)
        #expect(driver.lines.contains { $0.contains("Sent \(due.count), failed 0, to retry 0.") })
        let newest = try #require(due.map { $0.id! }.max())
        #expect(OutboxScreenTests.row(of: newest, in: driver.lines)?.contains("Sent") == true)
    }

    @Test("A 5xx answer fails the email with the server's words; the send goes on to the others")
    func permanentRefusal() throws {
        let server = try TestSMTPServer(rules: [
            .init(command: .rcpt, code: 550, text: "5.1.1 Mailbox unavailable", times: 0),
        ])
        let (driver, context) = try Self.outbox(sendingTo: server, language: .russian)
        let due = try Self.dueEmails(context)
        driver.send(.function(9))
        // The dialog wraps the Russian question after the server.
        #expect(driver.lines.contains { $0.contains("Отправить сообщений: \(due.count) через 127.0.0.1:\(server.port), без") })
        #expect(driver.lines.contains { $0.contains("│ шифрования?") })
        driver.send(.left, .enter)
        Self.tickUntilDone(driver)
        #expect(server.received.isEmpty)
        for email in due {
            let stored = try #require(try context.database.outboxEmail(id: email.id!))
            #expect(stored.status == .failed)
            #expect(stored.delivery.lastReply == "550 5.1.1 Mailbox unavailable")
        }
        #expect(driver.lines.contains { $0.contains("Отправлено: 0, ошибок: \(due.count), к повтору: 0.") })
    }

    @Test("Esc stops after the email in hand: what was sent stays sent, the rest stay due")
    func stopping() throws {
        let server = try TestSMTPServer()
        let (driver, context) = try Self.outbox(sendingTo: server)
        let due = try Self.dueEmails(context)
        try #require(due.count > 3)
        driver.send(.function(9))
        driver.send(.left, .enter)
        driver.tick()
        driver.tick()
        driver.send(.escape)
        driver.tick()
        #expect(server.received.count == 2)
        #expect(try Self.dueEmails(context).count == due.count - 2)
        #expect(driver.lines.contains { $0.contains("Sending stopped. Sent 2, failed 0, to retry 0.") })
        #expect(driver.application.tickInterval == nil)
    }

    @Test("Without a mail server F9 is refused with the reason, in both languages", arguments: [Language.english, .russian])
    func noServer(language: Language) throws {
        let (driver, _) = try Self.outbox(sendingTo: nil, language: language)
        driver.send(.function(9))
        #expect(driver.lines.contains { $0.contains(OutboxSendTexts.noServer(language)) })
        #expect(driver.application.tickInterval == nil)
    }
}

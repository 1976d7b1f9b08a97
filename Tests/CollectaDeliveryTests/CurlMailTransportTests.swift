import CollectaCore
import Foundation
import SMTPTesting
import Testing

@testable import CollectaDelivery

/// The SMTP transport over libcurl against a real SMTP server on 127.0.0.1 (issue 8): what the
/// server receives, and how every way an attempt can end is reported (TransportOutcome).
@Suite("Delivery: SMTP transport over libcurl")
struct CurlMailTransportTests {
    static let message = MailMessage(
        from: Mailbox(name: "Северный ветер", address: "credit@severny-veter.ru"),
        to: [Mailbox(name: "Анна Петрова", address: "anna@example.ru"), Mailbox(address: "ap@example.com")],
        subject: "Напоминание: счёт INV-7 просрочен",
        htmlBody: "<p>Уважаемая Анна,</p><p>счёт <b>INV-7</b> просрочен.</p>",
        messageID: "7.20261129@severny-veter.ru",
        date: Date(timeIntervalSince1970: 1_795_932_000))

    static let envelope = MailEnvelope(
        sender: "credit@severny-veter.ru", recipients: ["anna@example.ru", "ap@example.com"])

    static var bytes: [UInt8] { Array(message.formatted(boundary: "=_collecta_7").utf8) }

    private func transport(
        _ server: TestSMTPServer, security: MailSecurity = .none, user: String = "", password: String? = nil,
        trusting authority: URL? = nil
    ) throws -> CurlMailTransport {
        let settings = MailServerSettings(host: "127.0.0.1", port: server.port, security: security, user: user)
        return try CurlMailTransport(
            settings: settings, password: password, connectTimeout: .seconds(15), timeout: .seconds(120),
            certificateAuthorities: authority?.path)
    }

    /// Sends the Russian message; counts the calls of `handingOver`.
    private func send(
        over transport: CurlMailTransport, envelope: MailEnvelope = Self.envelope, handOver: Bool = true
    ) -> (outcome: TransportOutcome, handingOverCalls: Int) {
        var calls = 0
        let outcome = transport.send(Self.bytes, envelope: envelope) {
            calls += 1
            return handOver
        }
        return (outcome, calls)
    }

    @Test("a Russian message arrives once with its envelope and decodes with Python's email parser")
    func russianMessage() throws {
        let server = try TestSMTPServer()
        let (outcome, calls) = send(over: try transport(server))
        #expect(outcome == .accepted(reply: "250 2.0.0 Ok: queued as 1"))
        #expect(calls == 1)
        let received = server.received
        try #require(received.count == 1)
        #expect(received[0].sender == "credit@severny-veter.ru")
        #expect(received[0].recipients == ["anna@example.ru", "ap@example.com"])
        #expect(received[0].raw == Data(Self.bytes))
        let parsed = try PythonEmailParser.parse(received[0].raw)
        #expect(parsed.subject == "Напоминание: счёт INV-7 просрочен")
        #expect(parsed.fromName == "Северный ветер")
        #expect(parsed.fromAddress == "credit@severny-veter.ru")
        #expect(parsed.to == ["Анна Петрова <anna@example.ru>", "ap@example.com"])
        #expect(parsed.parts == [
            .init(type: "text/plain", content: Self.message.textBody),
            .init(type: "text/html", content: Self.message.htmlBody),
        ])
    }

    @Test("two messages over one transport share one connection")
    func connectionReuse() throws {
        let server = try TestSMTPServer()
        let transport = try transport(server)
        #expect(send(over: transport).outcome == .accepted(reply: "250 2.0.0 Ok: queued as 1"))
        let second = MailEnvelope(sender: "credit@severny-veter.ru", recipients: ["boris@example.ru"])
        #expect(send(over: transport, envelope: second).outcome == .accepted(reply: "250 2.0.0 Ok: queued as 2"))
        #expect(server.received.map(\.recipients) == [["anna@example.ru", "ap@example.com"], ["boris@example.ru"]])
        #expect(server.received.map(\.connection) == [1, 1])
    }

    @Test("451 at RCPT is a temporary refusal with the server's text; the next attempt succeeds")
    func temporaryRefusalAtRecipient() throws {
        let server = try TestSMTPServer(rules: [
            .init(command: .rcpt, match: "ap@", code: 451, text: "4.3.0 Try again later", times: 1)
        ])
        let transport = try transport(server)
        let (outcome, calls) = send(over: transport)
        #expect(outcome == .refused(code: 451, reply: "451 4.3.0 Try again later"))
        #expect(calls == 0)
        #expect(server.received.isEmpty)
        #expect(send(over: transport).outcome == .accepted(reply: "250 2.0.0 Ok: queued as 1"))
    }

    @Test("451 after the data is a temporary refusal even though the message was handed over")
    func temporaryRefusalAtData() throws {
        let server = try TestSMTPServer(rules: [
            .init(command: .data, code: 451, text: "4.3.0 Try again later", times: 1)
        ])
        let (outcome, calls) = send(over: try transport(server))
        #expect(outcome == .refused(code: 451, reply: "451 4.3.0 Try again later"))
        #expect(calls == 1)
        #expect(server.received.isEmpty)
    }

    @Test("550 is a permanent refusal reported in the server's own words")
    func permanentRefusal() throws {
        let server = try TestSMTPServer(rules: [
            .init(command: .rcpt, match: "anna", code: 550,
                  text: "5.1.1 <anna@example.ru>: Recipient address rejected", times: 0)
        ])
        let outcome = send(over: try transport(server)).outcome
        #expect(outcome == .refused(code: 550, reply: "550 5.1.1 <anna@example.ru>: Recipient address rejected"))
        #expect(server.received.isEmpty)
    }

    @Test("nothing listening is a connection failure naming host and port; handingOver is not called")
    func nothingListening() throws {
        let server = try TestSMTPServer()
        let transport = try transport(server)
        server.stop()
        let (outcome, calls) = send(over: transport)
        guard case let .connectionFailed(reason) = outcome else {
            Issue.record("expected a connection failure, got \(outcome)")
            return
        }
        #expect(reason.contains("127.0.0.1:\(server.port)"))
        #expect(calls == 0)
    }

    @Test("a connection closed after the data, without a reply, leaves the delivery uncertain")
    func droppedAfterData() throws {
        let server = try TestSMTPServer(dropAfterData: "ap@example.com")
        let (outcome, calls) = send(over: try transport(server))
        guard case let .uncertain(reason) = outcome else {
            Issue.record("expected an uncertain outcome, got \(outcome)")
            return
        }
        #expect(reason.contains("127.0.0.1:\(server.port)"))
        #expect(calls == 1)
        // The server did take it: the case an uncertain outcome exists for.
        #expect(server.received.count == 1)
    }

    @Test("the server stopping mid-batch: the next message is a connection failure, not uncertain")
    func serverStoppedMidBatch() throws {
        let server = try TestSMTPServer(exitAfter: 1)
        let transport = try transport(server)
        #expect(send(over: transport).outcome == .accepted(reply: "250 2.0.0 Ok: queued as 1"))
        server.waitUntilStopped()
        let (outcome, calls) = send(over: transport)
        guard case let .connectionFailed(reason) = outcome else {
            Issue.record("expected a connection failure, got \(outcome)")
            return
        }
        #expect(reason.contains("127.0.0.1:\(server.port)"))
        #expect(calls == 0)
        #expect(server.received.count == 1)
    }

    @Test("handingOver declining withdraws the message: nothing arrives, and the transport goes on")
    func withdrawn() throws {
        let server = try TestSMTPServer()
        let transport = try transport(server)
        let (outcome, calls) = send(over: transport, handOver: false)
        #expect(outcome == .withdrawn)
        #expect(calls == 1)
        #expect(server.received.isEmpty)
        #expect(send(over: transport).outcome == .accepted(reply: "250 2.0.0 Ok: queued as 1"))
        // The withdrawal aborted the first connection; the transport opened another.
        #expect(server.received.map(\.connection) == [2])
    }

    @Test("a message larger than libcurl's buffer: handingOver once, every byte arrives")
    func largeMessage() throws {
        let server = try TestSMTPServer()
        let line = Array("Строка текста письма, довольно длинная.\r\n".utf8)
        let message = Array("Subject: large\r\n\r\n".utf8) + Array([[UInt8]](repeating: line, count: 5_000).joined())
        var calls = 0
        let outcome = try transport(server).send(message, envelope: Self.envelope) {
            calls += 1
            return true
        }
        #expect(outcome == .accepted(reply: "250 2.0.0 Ok: queued as 1"))
        #expect(calls == 1)
        #expect(server.received.first?.raw == Data(message))
    }

    @Test("logging in: the right password is accepted, a wrong one refused with the server's 535")
    func login() throws {
        let server = try TestSMTPServer(user: "collecta", password: "pä ss")
        let right = try transport(server, user: "collecta", password: "pä ss")
        #expect(send(over: right).outcome == .accepted(reply: "250 2.0.0 Ok: queued as 1"))
        let wrong = try transport(server, user: "collecta", password: "wrong")
        #expect(send(over: wrong).outcome == .refused(code: 535, reply: "535 5.7.8 Authentication credentials invalid"))
        #expect(server.received.count == 1)
    }

    @Test("STARTTLS chosen but not offered: nothing is sent in clear")
    func starttlsRequired() throws {
        let server = try TestSMTPServer()
        let (outcome, calls) = send(over: try transport(server, security: .starttls))
        guard case let .connectionFailed(reason) = outcome else {
            Issue.record("expected a connection failure, got \(outcome)")
            return
        }
        #expect(reason.contains("127.0.0.1:\(server.port)"))
        #expect(calls == 0)
        #expect(server.received.isEmpty)
    }

    @Test("STARTTLS: the session is upgraded before logging in, and the message arrives")
    func starttls() throws {
        let server = try TestSMTPServer(user: "collecta", password: "s3cret", tls: .starttls)
        let transport = try transport(
            server, security: .starttls, user: "collecta", password: "s3cret", trusting: server.certificateFile)
        // The server refuses MAIL before STARTTLS, so acceptance means the session was upgraded.
        #expect(send(over: transport).outcome == .accepted(reply: "250 2.0.0 Ok: queued as 1"))
        #expect(server.received.first?.raw == Data(Self.bytes))
    }

    @Test("a certificate the system does not trust is a connection failure; nothing is sent")
    func untrustedCertificate() throws {
        let server = try TestSMTPServer(tls: .starttls)
        let (outcome, calls) = send(over: try transport(server, security: .starttls))
        guard case let .connectionFailed(reason) = outcome else {
            Issue.record("expected a connection failure, got \(outcome)")
            return
        }
        #expect(reason.contains("127.0.0.1:\(server.port)"))
        #expect(reason.contains("certificate"))
        #expect(calls == 0)
        #expect(server.received.isEmpty)
    }

    @Test("TLS from the first byte (SMTPS)")
    func implicitTLS() throws {
        let server = try TestSMTPServer(tls: .implicit)
        let transport = try transport(server, security: .tls, trusting: server.certificateFile)
        #expect(send(over: transport).outcome == .accepted(reply: "250 2.0.0 Ok: queued as 1"))
        #expect(server.received.count == 1)
    }

    @Test("TLS from the first byte against a server that speaks plain SMTP fails before sending")
    func tlsAgainstPlainServer() throws {
        let server = try TestSMTPServer()
        let (outcome, calls) = send(over: try transport(server, security: .tls))
        guard case let .connectionFailed(reason) = outcome else {
            Issue.record("expected a connection failure, got \(outcome)")
            return
        }
        #expect(reason.contains("127.0.0.1:\(server.port)"))
        #expect(calls == 0)
        #expect(server.received.isEmpty)
    }

    @Test("an address that could smuggle a command into the session is refused before connecting")
    func unsafeAddress() throws {
        let server = try TestSMTPServer()
        let transport = try transport(server)
        let injected = MailEnvelope(
            sender: "credit@severny-veter.ru", recipients: ["anna@example.ru>\r\nRCPT TO:<eve@example.org"])
        let (outcome, calls) = send(over: transport, envelope: injected)
        guard case let .refused(code, reply) = outcome else {
            Issue.record("expected a refusal, got \(outcome)")
            return
        }
        #expect(code == 501)
        #expect(reply.hasPrefix("501 5.1.3 \"anna@example.ru>\\r\\nRCPT TO:<eve@example.org\""))
        #expect(calls == 0)
        #expect(send(over: transport, envelope: MailEnvelope(sender: "", recipients: ["a@b.c"])).outcome
            == .refused(code: 501, reply: "501 5.1.3 \"\" cannot be an envelope address (Collecta did not send it)"))
        #expect(server.received.isEmpty)
    }

    @Test("settings without a host or with a bad port are refused clearly")
    func badSettings() {
        #expect(throws: CurlMailTransportError.noHost) {
            try CurlMailTransport(settings: MailServerSettings(host: "  "), password: nil)
        }
        #expect(throws: CurlMailTransportError.invalidPort(0)) {
            try CurlMailTransport(settings: MailServerSettings(host: "mail", port: 0), password: nil)
        }
        #expect(throws: CurlMailTransportError.invalidHost("mail/x")) {
            try CurlMailTransport(settings: MailServerSettings(host: "mail/x"), password: nil)
        }
    }
}

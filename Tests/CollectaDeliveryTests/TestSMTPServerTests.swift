import Foundation
import SMTPTesting
import Testing

/// The test SMTP server itself, driven by the curl command-line tool so that a fault in the
/// fixture is not mistaken for one in the transport.
@Suite("Test SMTP server")
struct TestSMTPServerTests {
    /// Runs `curl` against `server`; returns its exit status.
    @discardableResult
    private func curl(
        _ server: TestSMTPServer, from sender: String, to recipients: [String], message: String,
        login: String? = nil
    ) throws -> Int32 {
        let file = server.directory.appendingPathComponent("outgoing-\(UUID().uuidString).eml")
        try Data(message.utf8).write(to: file)
        var arguments = ["curl", "-sS", "smtp://127.0.0.1:\(server.port)", "--mail-from", sender, "-T", file.path]
        for recipient in recipients { arguments += ["--mail-rcpt", recipient] }
        if let login { arguments += ["-u", login] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    private let message = "Subject: test\r\n\r\n.leading dot\r\nbody\r\n"

    @Test("an accepted message is saved with its envelope, byte for byte")
    func savesMessages() throws {
        let server = try TestSMTPServer()
        #expect(try curl(server, from: "a@example.com", to: ["x@example.org", "y@example.org"], message: message) == 0)
        #expect(try curl(server, from: "b@example.com", to: ["z@example.org"], message: message) == 0)
        let received = server.received
        #expect(received.map(\.sender) == ["a@example.com", "b@example.com"])
        #expect(received.map(\.recipients) == [["x@example.org", "y@example.org"], ["z@example.org"]])
        #expect(received.first?.raw == Data(message.utf8))
        #expect(received.first?.text == message)
        #expect(received.map(\.connection) == [1, 2])
    }

    @Test("a rule refuses as many times as it says, then the server accepts")
    func rules() throws {
        let server = try TestSMTPServer(rules: [
            .init(command: .rcpt, match: "busy", code: 451, text: "4.3.0 Try again later", times: 1),
            .init(command: .data, match: "*", code: 554, text: "5.6.0 Refused", times: 0),
        ])
        #expect(try curl(server, from: "a@example.com", to: ["busy@example.org"], message: message) != 0)
        #expect(try curl(server, from: "a@example.com", to: ["busy@example.org"], message: message) != 0)
        #expect(server.received.isEmpty)
    }

    @Test("exitAfter stops the server after that many messages")
    func exitAfter() throws {
        let server = try TestSMTPServer(exitAfter: 1)
        #expect(try curl(server, from: "a@example.com", to: ["x@example.org"], message: message) == 0)
        server.waitUntilStopped()
        #expect(!server.isRunning)
        #expect(try curl(server, from: "a@example.com", to: ["y@example.org"], message: message) != 0)
        #expect(server.received.map(\.recipients) == [["x@example.org"]])
    }

    @Test("with a user the server requires logging in with the right password")
    func login() throws {
        let server = try TestSMTPServer(user: "bot", password: "pw")
        #expect(try curl(server, from: "a@example.com", to: ["x@example.org"], message: message) != 0)
        #expect(try curl(server, from: "a@example.com", to: ["x@example.org"], message: message, login: "bot:no") != 0)
        #expect(try curl(server, from: "a@example.com", to: ["y@example.org"], message: message, login: "bot:pw") == 0)
        #expect(server.received.map(\.recipients) == [["y@example.org"]])
    }

    @Test("stop ends the server and keeps what it received")
    func stop() throws {
        let server = try TestSMTPServer()
        try curl(server, from: "a@example.com", to: ["x@example.org"], message: message)
        server.stop()
        #expect(!server.isRunning)
        #expect(server.received.count == 1)
    }
}

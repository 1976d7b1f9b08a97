import Foundation

/// A real SMTP server on 127.0.0.1 for delivery tests: `Tests/Support/smtp_server.py` (Python,
/// aiosmtpd) in a child process, on an ephemeral port, saving every message it accepts into a
/// fresh temporary directory.
///
/// The server stops on ``stop()`` or when the object goes away; the child also stops by itself
/// when the test process dies (it watches its standard input).
public final class TestSMTPServer {
    /// A refusal the server answers instead of accepting.
    public struct Rule: Hashable, Sendable {
        /// The SMTP command a rule answers.
        public enum Command: String, Hashable, Sendable {
            case mail = "MAIL"
            case rcpt = "RCPT"
            case data = "DATA"
        }

        public var command: Command
        /// A substring of the address (for DATA: of any recipient), or `*` for any.
        public var match: String
        public var code: Int
        /// The reply text after the code, e.g. `4.3.0 Try again later`.
        public var text: String
        /// How many times the rule answers; 0 means always.
        public var times: Int

        public init(command: Command, match: String = "*", code: Int, text: String, times: Int = 1) {
            self.command = command
            self.match = match
            self.code = code
            self.text = text
            self.times = times
        }
    }

    /// A message the server accepted.
    public struct ReceivedMail: Hashable, Sendable {
        /// The envelope sender (MAIL FROM).
        public var sender: String
        /// The envelope recipients (RCPT TO), in order.
        public var recipients: [String]
        /// The message as received (dot-stuffing undone, without the end-of-data mark).
        public var raw: Data
        /// `raw` as UTF-8.
        public var text: String
        /// Which connection the message came over: 1 for the server's first, 2 for its second…
        public var connection: Int
    }

    /// How the server uses TLS, with a self-signed certificate for 127.0.0.1 and localhost.
    public enum TLS: Sendable {
        /// Offers STARTTLS and refuses MAIL before it.
        case starttls
        /// TLS from the first byte (SMTPS).
        case implicit
    }

    /// The port the server listens on at 127.0.0.1.
    public let port: Int
    /// The server's working directory; the messages are saved in `messages/` as `<n>.eml` and
    /// `<n>.json`, n = 1, 2, … Removed when the object goes away.
    public let directory: URL
    /// The server's self-signed certificate (PEM) when it uses TLS: the one authority a client
    /// must trust to talk to it.
    public let certificateFile: URL?
    private let process: Process
    private let input: Pipe

    /// Starts a server and waits until it listens.
    /// - Parameters:
    ///   - rules: refusals answered instead of accepting, tried in order.
    ///   - dropAfterData: for a message with a recipient containing this, the server saves the
    ///     message and closes the connection without replying (a lost reply).
    ///   - exitAfter: the server exits, closing its socket, once it accepted this many messages.
    ///   - user: with `password`, the server offers AUTH PLAIN and LOGIN and requires logging in.
    ///   - tls: whether and how the server speaks TLS (its certificate is made with `openssl`).
    /// - Throws: `TestSMTPServerError` when the server does not start; the error holds its
    ///   standard error.
    public init(
        rules: [Rule] = [], dropAfterData: String? = nil, exitAfter: Int? = nil, user: String? = nil,
        password: String? = nil, tls: TLS? = nil
    ) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-smtp-\(UUID().uuidString)", isDirectory: true)
        let messages = directory.appendingPathComponent("messages", isDirectory: true)
        try FileManager.default.createDirectory(at: messages, withIntermediateDirectories: true)
        var arguments = ["python3", Self.scriptPath, "--dir", messages.path, "--stop-on-stdin-eof"]
        if !rules.isEmpty {
            let rulesFile = directory.appendingPathComponent("rules.json")
            try Self.json(rules).write(to: rulesFile)
            arguments += ["--rules", rulesFile.path]
        }
        if let dropAfterData { arguments += ["--drop-after-data", dropAfterData] }
        if let exitAfter { arguments += ["--exit-after", String(exitAfter)] }
        if let user, let password { arguments += ["--user", user, "--password", password] }
        if let tls {
            let certificate = try Self.makeCertificate(in: directory)
            certificateFile = certificate.certificate
            arguments += [tls == .starttls ? "--starttls" : "--implicit-tls"]
            arguments += ["--tls-cert", certificate.certificate.path, "--tls-key", certificate.key.path]
        } else {
            certificateFile = nil
        }
        let errorFile = directory.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let output = Pipe()
        input = Pipe()
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        do {
            port = try Self.awaitListening(on: output.fileHandleForReading.fileDescriptor, process: process)
        } catch let failure as TestSMTPServerError {
            process.terminate()
            process.waitUntilExit()
            let standardError = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(at: directory)
            throw TestSMTPServerError(message: failure.message + "\n" + standardError)
        }
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Whether the server process is still running (false after ``stop()`` or `exitAfter`).
    public var isRunning: Bool { process.isRunning }

    /// Stops the server and waits for it to exit; the received messages stay readable.
    public func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    /// Waits until the server exits by itself (after `exitAfter` messages).
    public func waitUntilStopped() {
        process.waitUntilExit()
    }

    /// The messages accepted so far, in the order the server accepted them.
    public var received: [ReceivedMail] {
        let messages = directory.appendingPathComponent("messages", isDirectory: true)
        var mails: [ReceivedMail] = []
        for number in 1... {
            let base = messages.appendingPathComponent(String(number))
            guard let envelope = try? Data(contentsOf: base.appendingPathExtension("json")),
                let record = try? JSONDecoder().decode(EnvelopeRecord.self, from: envelope),
                let raw = try? Data(contentsOf: base.appendingPathExtension("eml"))
            else { break }
            mails.append(
                ReceivedMail(
                    sender: record.mail_from, recipients: record.rcpt_tos, raw: raw,
                    text: String(decoding: raw, as: UTF8.self), connection: record.connection))
        }
        return mails
    }

    /// `Tests/Support/smtp_server.py` in the package this file belongs to.
    static var scriptPath: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/Support/smtp_server.py").path
    }

    private struct EnvelopeRecord: Decodable {
        var mail_from: String
        var rcpt_tos: [String]
        var connection: Int
    }

    /// A self-signed certificate for 127.0.0.1 and localhost, valid for two days.
    private static func makeCertificate(in directory: URL) throws -> (certificate: URL, key: URL) {
        let certificate = directory.appendingPathComponent("certificate.pem")
        let key = directory.appendingPathComponent("key.pem")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", key.path, "-out", certificate.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestSMTPServerError(
                message: "openssl could not make a test certificate (status \(process.terminationStatus))")
        }
        return (certificate, key)
    }

    private static func json(_ rules: [Rule]) throws -> Data {
        let objects: [[String: Any]] = rules.map {
            ["command": $0.command.rawValue, "match": $0.match, "code": $0.code, "text": $0.text, "times": $0.times]
        }
        return try JSONSerialization.data(withJSONObject: objects)
    }

    /// Reads the server's standard output until `LISTENING <port>`; gives up after a minute
    /// (a loaded machine starts Python slowly) or when the server exits first.
    private static func awaitListening(on descriptor: Int32, process: Process) throws -> Int {
        let deadline = Date().addingTimeInterval(60)
        var line: [UInt8] = []
        while Date() < deadline {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, 200) > 0 else { continue }
            var byte: UInt8 = 0
            guard read(descriptor, &byte, 1) == 1 else {
                throw TestSMTPServerError(message: "the test SMTP server exited before listening:")
            }
            guard byte == UInt8(ascii: "\n") else {
                line.append(byte)
                continue
            }
            let words = String(decoding: line, as: UTF8.self).split(separator: " ")
            if words.count == 2, words[0] == "LISTENING", let port = Int(words[1]) { return port }
            line = []
        }
        throw TestSMTPServerError(message: "the test SMTP server did not listen within a minute:")
    }
}

/// The test SMTP server could not be started.
public struct TestSMTPServerError: Error, CustomStringConvertible {
    /// What went wrong, followed by the server's standard error.
    public var message: String
    public var description: String { message }
}

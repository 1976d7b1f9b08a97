import Foundation
import GRDB
import SMTPTesting
import Testing

/// `collecta send` and `collecta mail-server` through the real binary, against a real SMTP server
/// on 127.0.0.1 (Tests/Support/smtp_server.py): the acceptance tests.
@Suite("collecta send, end to end against a local SMTP server")
struct SendCLITests {
    private let directory: URL

    /// A demo company whose run queued five emails (two in Russian).
    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-send-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        #expect(try collecta(["demo", "--customers", "40", "--seed", "5", "--today", "2026-11-29"]).status == 0)
        #expect(try collecta(["run", "--as-of", "2026-11-29"]).status == 0)
    }

    private var databasePath: String { directory.appendingPathComponent("demo.sqlite").path }

    private func collecta(_ arguments: [String], password: String? = nil) throws -> ProcessResult {
        var environment = ["HOME": directory.path, "LANG": "C.UTF-8"]
        environment["COLLECTA_SMTP_PASSWORD"] = password
        return try ProcessRunner.run(
            ProcessRunner.collectaBinary, arguments + ["--db", "demo.sqlite"], environment: environment, in: directory)
    }

    private func use(_ server: TestSMTPServer) throws {
        let configured = try collecta([
            "mail-server", "--host", "127.0.0.1", "--port", String(server.port), "--security", "none",
        ])
        #expect(configured.status == 0, "\(configured.standardError)")
    }

    /// The outbox as `collecta outbox --format json` prints it, by email id.
    private func outbox() throws -> [Int: [String: Any]] {
        let result = try collecta(["outbox", "--format", "json"])
        let emails = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: emails.map { ($0["id"] as? Int ?? 0, $0) })
    }

    private func send(_ arguments: [String] = []) throws -> (result: ProcessResult, report: [String: Any]) {
        let result = try collecta(["send", "--format", "json"] + arguments)
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        return (result, report ?? [:])
    }

    private func recipients(of email: [String: Any]?) -> [String] {
        email?["recipients"] as? [String] ?? []
    }

    @Test("every queued email reaches the server once, to its recipients, with the Russian subject and body decoded")
    func deliversTheOutbox() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try TestSMTPServer()
        try use(server)
        let queued = try outbox()
        #expect(queued.count == 5)
        let (result, report) = try send()
        #expect(result.status == 0, "\(result.standardError)")
        let summary = try #require(report["send"] as? [String: Any])
        #expect(Set(summary.keys) == [
            "dryRun", "server", "sent", "failed", "retrying", "interrupted", "skipped", "written",
            "stoppedByConnectionFailure",
        ])
        #expect(summary["sent"] as? Int == 5 && summary["server"] as? String == "127.0.0.1:\(server.port)")
        let records = try #require(report["emails"] as? [[String: Any]])
        #expect(records.map { $0["id"] as? Int } == [1, 2, 3, 4, 5])
        #expect(Set(records[0].keys) == [
            "id", "attempt", "recipients", "subject", "outcome", "status", "reply", "nextAttemptAt",
        ])
        let received = server.received
        #expect(received.count == 5)
        let parsed = try MIMEParsing.parse(raw: received.map(\.raw), in: directory)
        let after = try outbox()
        for (mail, message) in zip(received, parsed) {
            let email = try #require(after.values.first { $0["messageId"] as? String == message.messageId.trimmingCharacters(in: CharacterSet(charactersIn: "<>")) })
            #expect(mail.recipients == recipients(of: email))
            #expect(message.to == recipients(of: email))
            #expect(message.subject == email["subject"] as? String)
            #expect(message.html == email["htmlBody"] as? String)
            #expect(message.defects.isEmpty)
            #expect(mail.sender == email["senderEmail"] as? String)
            #expect(email["status"] as? String == "sent" && email["attempts"] as? Int == 1)
            #expect(email["sentAt"] is String && (email["lastReply"] as? String)?.hasPrefix("250") == true)
        }
        let russian = try #require(parsed.first { $0.subject.hasPrefix("Напоминание об оплате") })
        #expect(russian.subject == "Напоминание об оплате — ООО «Альтаир-Агро», счёт INV-2026-000584")
        #expect(russian.text.contains("ООО «Альтаир-Агро»"))
        let again = try send()
        #expect(again.result.status == 0)
        #expect(server.received.count == 5)
    }

    @Test("a 4xx answer leads to a retry within the same send that succeeds")
    func temporaryFailureIsRetried() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try TestSMTPServer(rules: [
            .init(command: .rcpt, match: "altair-agro", code: 451, text: "4.7.1 Greylisted, try again later"),
        ])
        try use(server)
        let (result, report) = try send(["--retry-delay", "1"])
        #expect(result.status == 0, "\(result.standardError)")
        let attempts = try #require(report["emails"] as? [[String: Any]])
        #expect(attempts.compactMap { $0["outcome"] as? String }.sorted() == ["sent", "sent", "sent", "sent", "sent", "temporary"])
        #expect(server.received.count == 5)
        #expect(server.received.filter { $0.recipients == ["e.zakharova@altair-agro.ru"] }.count == 1)
        let email = try #require(try outbox().values.first { recipients(of: $0) == ["e.zakharova@altair-agro.ru"] })
        #expect(email["status"] as? String == "sent" && email["attempts"] as? Int == 2)
    }

    @Test("a 5xx answer fails the email with the server's reply; the others are sent; --again sends it later")
    func permanentFailureIsReported() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let refusing = try TestSMTPServer(rules: [
            .init(command: .rcpt, match: "marlow", code: 550, text: "5.1.1 Recipient address rejected", times: 0),
        ])
        try use(refusing)
        let (result, report) = try send()
        #expect(result.status == 1)
        #expect((report["send"] as? [String: Any])?["failed"] as? Int == 1)
        #expect(refusing.received.count == 4)
        let failed = try #require(try outbox().values.first { recipients(of: $0) == ["d.green@marlow-industries.ie"] })
        #expect(failed["status"] as? String == "failed")
        let reply = try #require(failed["lastReply"] as? String)
        #expect(reply.contains("550") && reply.contains("Recipient address rejected"))
        let accepting = try TestSMTPServer()
        try use(accepting)
        #expect(try send().result.status == 0)
        #expect(accepting.received.isEmpty)
        let id = try #require(failed["id"] as? Int)
        #expect(try send(["--again", String(id)]).result.status == 0)
        #expect(accepting.received.map(\.recipients) == [["d.green@marlow-industries.ie"]])
        #expect(try collecta(["send", "--again", String(id)]).status == 1)
    }

    @Test("the server stopped mid-batch leaves the rest queued; a later send delivers them without duplicates")
    func serverStoppedMidBatch() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try TestSMTPServer(exitAfter: 2)
        try use(first)
        let (result, report) = try send(["--retry-delay", "0"])
        #expect(result.status == 1)
        #expect((report["send"] as? [String: Any])?["stoppedByConnectionFailure"] as? Bool == true)
        first.waitUntilStopped()
        let statuses = try outbox().sorted { $0.key < $1.key }.map { $0.value["status"] as? String ?? "" }
        #expect(statuses == ["sent", "sent", "retrying", "queued", "queued"])
        let retrying = try #require(try outbox()[3])
        #expect(retrying["nextAttemptAt"] is String && retrying["attempts"] as? Int == 1)
        #expect(try outbox()[4]?["attempts"] as? Int == 0)
        let second = try TestSMTPServer()
        try use(second)
        #expect(try send().result.status == 0)
        let all = first.received + second.received
        #expect(all.count == 5)
        #expect(Set(all.map(\.recipients)).count == 5)
        #expect(try outbox().values.allSatisfy { $0["status"] as? String == "sent" })
    }

    @Test("no reply after the data: the email is failed as uncertain and never sent again automatically")
    func lostReplyIsNotResent() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try TestSMTPServer(dropAfterData: "stonebridge")
        try use(server)
        #expect(try send().result.status == 1)
        let email = try #require(try outbox().values.first { recipients(of: $0) == ["d.thompson@stonebridge-components.co.uk"] })
        #expect(email["status"] as? String == "failed")
        #expect((email["lastReply"] as? String)?.contains("not sent again automatically") == true)
        let dropped = server.received.filter { $0.recipients == ["d.thompson@stonebridge-components.co.uk"] }.count
        #expect(try send().result.status == 0)
        #expect(server.received.filter { $0.recipients == ["d.thompson@stonebridge-components.co.uk"] }.count == dropped)
        #expect(try outbox().values.filter { $0["status"] as? String == "sent" }.count == 4)
    }

    @Test("a wrong password stops the send with the server's refusal, leaving the outbox to a send with the right one")
    func wrongPassword() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try TestSMTPServer(user: "bot", password: "right")
        try use(server)
        #expect(try collecta(["mail-server", "--user", "bot"]).status == 0)
        let refused = try collecta(["send", "--retry-delay", "0"], password: "wrong")
        #expect(refused.status == 1)
        #expect(refused.standardOutput.contains("535"))
        #expect(server.received.isEmpty)
        let statuses = try outbox().sorted { $0.key < $1.key }.map { $0.value["status"] as? String ?? "" }
        #expect(statuses == ["retrying", "queued", "queued", "queued", "queued"])
        #expect(try collecta(["send"], password: "right").status == 0)
        #expect(server.received.count == 5)
    }

    @Test("an email a killed send had handed over is failed as interrupted by the next send, not sent again")
    func killedSendIsRecovered() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try DatabaseQueue(path: databasePath).write { db in
            try db.execute(sql: "UPDATE outbox_email SET handed_over_at = '2026-11-29T06:00:00Z' WHERE id = 3")
        }
        let server = try TestSMTPServer()
        try use(server)
        let (result, report) = try send()
        #expect(result.status == 1)
        #expect((report["send"] as? [String: Any])?["interrupted"] as? Int == 1)
        #expect(server.received.count == 4)
        let email = try #require(try outbox()[3])
        #expect(!server.received.contains { $0.recipients == recipients(of: email) })
        #expect(email["status"] as? String == "failed")
        #expect((email["lastReply"] as? String)?.hasPrefix("interrupted after the whole message was handed") == true)
        #expect(try send().result.status == 0)
        #expect(server.received.count == 4)
    }

    @Test("--dry-run writes one valid MIME file per due email and changes nothing in the database")
    func dryRun() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let before = try collecta(["outbox", "--format", "json"]).standardOutput
        let output = directory.appendingPathComponent("eml")
        let result = try collecta(["send", "--dry-run", output.path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("wrote 5 messages (nothing was sent or changed)"))
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(files == ["1.eml", "2.eml", "3.eml", "4.eml", "5.eml"])
        let parsed = try MIMEParsing.parse(files.map { output.appendingPathComponent($0) }, in: directory)
        let emails = try outbox()
        for (file, message) in zip(files, parsed) {
            let email = try #require(emails[Int(file.dropLast(4)) ?? 0])
            #expect(message.defects.isEmpty)
            #expect(message.contentType == "multipart/alternative")
            #expect(message.subject == email["subject"] as? String && message.to == recipients(of: email))
            #expect(message.html == email["htmlBody"] as? String)
        }
        #expect(try collecta(["outbox", "--format", "json"]).standardOutput == before)
        let attempts = try DatabaseQueue(path: databasePath).read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM email_delivery_attempt")
        }
        #expect(attempts == 0)
    }

    @Test("without a mail server, send says how to configure one (exit 2); mail-server shows and sets the settings")
    func configuration() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let unconfigured = try collecta(["send"])
        #expect(unconfigured.status == 2)
        #expect(unconfigured.standardError.contains("collecta mail-server --host"))
        let set = try collecta([
            "mail-server", "--host", "smtp.example.com", "--port", "465", "--security", "tls", "--user", "bot",
            "--credentials-file", "/nonexistent/pw", "--format", "json",
        ])
        #expect(set.status == 0)
        let settings = try #require(try JSONSerialization.jsonObject(with: Data(set.standardOutput.utf8)) as? [String: Any])
        #expect(settings["host"] as? String == "smtp.example.com" && settings["port"] as? Int == 465)
        #expect(settings["security"] as? String == "tls" && settings["user"] as? String == "bot")
        #expect((settings["password"] as? String)?.hasPrefix("missing:") == true)
        let shown = try collecta(["mail-server"])
        #expect(shown.standardOutput.contains("security          tls"))
        let noPassword = try collecta(["send"])
        #expect(noPassword.status == 2)
        #expect(noPassword.standardError.contains("COLLECTA_SMTP_PASSWORD"))
        #expect(try collecta(["mail-server", "--port", "0"]).status == 2)
        #expect(try collecta(["send", "--limit", "0"]).status == 2)
    }
}

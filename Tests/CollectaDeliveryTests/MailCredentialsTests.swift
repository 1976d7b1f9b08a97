import CollectaCore
import Foundation
import Testing

@testable import CollectaDelivery

@Suite("Mail server credentials")
struct MailCredentialsTests {
    private func temporaryFile(_ text: String, mode: Int) throws -> String {
        let path = NSTemporaryDirectory() + "collecta-credentials-\(UUID().uuidString)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, mode_t(mode))
        return path
    }

    @Test("without a login no password is needed")
    func noLogin() throws {
        #expect(try MailCredentials.password(for: MailServerSettings(host: "mail"), environment: [:]) == nil)
    }

    @Test("the environment variable wins over the file")
    func environmentFirst() throws {
        let settings = MailServerSettings(host: "mail", user: "bot", credentialsFile: "/nonexistent")
        let password = try MailCredentials.password(
            for: settings, environment: [MailServerSettings.passwordVariable: "s3cret"])
        #expect(password == "s3cret")
    }

    @Test("a 0600 file gives its first line")
    func privateFile() throws {
        let file = try temporaryFile("pässwörd\nignored\n", mode: 0o600)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let settings = MailServerSettings(host: "mail", user: "bot", credentialsFile: file)
        #expect(try MailCredentials.password(for: settings, environment: [:]) == "pässwörd")
    }

    @Test("a file others can read is refused, naming the file and its mode")
    func groupReadable() throws {
        let file = try temporaryFile("secret\n", mode: 0o644)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let settings = MailServerSettings(host: "mail", user: "bot", credentialsFile: file)
        let error = try #require(throws: MailCredentialsError.self) {
            try MailCredentials.password(for: settings, environment: [:])
        }
        #expect(error == .notPrivate(file: file, mode: 0o644))
        #expect(error.description.contains("mode 0644"))
        #expect(error.description.contains("chmod 600 \(file)"))
    }

    @Test("a login without password anywhere names the variable and the default file")
    func missing() throws {
        let settings = MailServerSettings(host: "mail", user: "bot")
        let error = try #require(throws: MailCredentialsError.self) {
            try MailCredentials.password(for: settings, environment: ["HOME": "/home/anna"])
        }
        #expect(error == .missing(
            user: "bot", variable: "COLLECTA_SMTP_PASSWORD", file: "/home/anna/.config/collecta/smtp-password"))
    }

    @Test("the source says where the password would come from, or why it cannot be had")
    func source() throws {
        let file = try temporaryFile("secret\n", mode: 0o600)
        let open = try temporaryFile("secret\n", mode: 0o640)
        defer { [file, open].forEach { try? FileManager.default.removeItem(atPath: $0) } }
        let variable = [MailServerSettings.passwordVariable: "s3cret"]
        #expect(MailCredentials.source(for: MailServerSettings(host: "mail"), environment: variable) == .notNeeded)
        let login = MailServerSettings(host: "mail", user: "bot", credentialsFile: file)
        #expect(MailCredentials.source(for: login, environment: variable) == .environment)
        #expect(MailCredentials.source(for: login, environment: [:]) == .file(file))
        var exposed = login
        exposed.credentialsFile = open
        #expect(MailCredentials.source(for: exposed, environment: [:]) == .unavailable(.notPrivate(file: open, mode: 0o640)))
        #expect(MailCredentials.file(for: MailServerSettings(host: "mail"), environment: ["HOME": "/home/anna"])
            == "/home/anna/.config/collecta/smtp-password")
    }
}

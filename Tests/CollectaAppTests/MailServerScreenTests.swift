import CollectaCore
import CollectaDelivery
import CollectaStore
import Foundation
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("Mail server screen")
struct MailServerScreenTests {
    static func mailServer(
        language: Language = .english, size: Size = Size(width: 100, height: 30)
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        try AppTestHarness.open(MailServerTexts.title, language: language, size: size)
    }

    /// Focuses the text field at `index` and empties it.
    static func clearField(at index: Int, _ driver: ScreenTestDriver<CollectaApplication>) {
        for _ in 0..<index { driver.send(.down) }
        driver.send(.end)
        for _ in 0..<40 { driver.send(.backspace) }
    }

    /// A private temporary directory for credentials files.
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("collecta-mail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("The mail server settings look as recorded", arguments: [Language.english, .russian])
    func golden(language: Language) throws {
        let (driver, _) = try Self.mailServer(language: language)
        driver.assertMatchesGolden(named: "mail-server-\(language.rawValue)")
    }

    @Test("Host, port, security, user and credentials file typed in the form are saved with F2")
    func save() throws {
        let (driver, context) = try Self.mailServer()
        driver.type("smtp.example.ru")
        driver.send(.down)
        driver.send(.end, .backspace, .backspace, .backspace)
        driver.type("465")
        driver.send(.down, .right)
        driver.send(.down)
        driver.type("collecta@example.ru")
        driver.send(.down)
        driver.type("/etc/collecta/smtp-password")
        driver.send(.function(2))
        #expect(try context.database.mailServerSettings() == MailServerSettings(
            host: "smtp.example.ru", port: 465, security: .tls, user: "collecta@example.ru",
            credentialsFile: "/etc/collecta/smtp-password"))
        #expect(driver.lines.contains { $0.contains("Mail server settings saved.") })
        driver.send(.escape)
        #expect(driver.lines[0].contains("Main menu"), "saved, so leaving does not ask")
    }

    @Test("A port outside 1…65535 is refused at the field, naming it, and nothing is saved",
          arguments: [Language.english, .russian])
    func badPort(language: Language) throws {
        let (driver, context) = try Self.mailServer(language: language)
        Self.clearField(at: 1, driver)
        driver.type("70000")
        driver.send(.function(2))
        let message = MailServerTexts.portProblem(language)
        #expect(driver.lines.contains { $0.contains(message) })
        // The status line names the field too.
        #expect(driver.lines.contains { $0.contains(MailServerTexts.port(language) + ": " + message.prefix(30)) })
        #expect(try context.database.mailServerSettings() == MailServerSettings())
    }

    @Test("A host with spaces, a user with spaces around it and a relative credentials file are refused",
          arguments: [Language.english, .russian])
    func badText(language: Language) throws {
        let (_, context) = try AppTestHarness.driver(language: language)
        var form = MailServerForm.make(MailServerSettings(), context: context)
        "smtp example".forEach { _ = form.handleUnbound(.character($0)) }
        for _ in 0..<3 { _ = form.perform(FormCommand.next) }
        " me".forEach { _ = form.handleUnbound(.character($0)) }
        _ = form.perform(FormCommand.next)
        "secrets/smtp".forEach { _ = form.handleUnbound(.character($0)) }
        let errors = form.submit()
        #expect(errors.map(\.message) == [
            MailServerTexts.hostProblem(language), MailServerTexts.userProblem(language),
            MailServerTexts.fileProblem(language),
        ])
        #expect(errors.map(\.label) == [
            MailServerTexts.host(language), MailServerTexts.user(language), MailServerTexts.credentialsFile(language),
        ])
    }

    @Test("Esc with unsaved edits asks before leaving")
    func escapeAsks() throws {
        let (driver, _) = try Self.mailServer()
        driver.type("smtp.example.ru")
        driver.send(.escape)
        #expect(driver.lines.contains { $0.contains("Discard the unsaved changes?") })
    }

    @Test("The password line says where the password comes from now, and never shows it",
          arguments: [Language.english, .russian])
    func passwordSource(language: Language) throws {
        let database = try AppTestHarness.demoDatabase()
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("smtp-password").path
        func line(_ settings: MailServerSettings, environment: [String: String] = [:]) throws -> String {
            try database.saveMailServerSettings(settings)
            let context = AppContext(database: database, language: language, today: AppTestHarness.today,
                                     environment: environment)
            return MailServerScreen(context: context).passwordSource
        }
        let label = MailServerTexts.passwordLabel(language) + ": "
        #expect(try line(MailServerSettings()) == label + MailServerTexts.noServer(language))
        let anonymous = MailServerSettings(host: "localhost", port: 25, security: .none)
        #expect(try line(anonymous) == label + MailServerTexts.noLogin(language))
        let settings = MailServerSettings(host: "smtp.example.ru", user: "collecta", credentialsFile: file)
        #expect(try line(settings) == label + MailServerTexts.problem(
            .missing(user: "collecta", variable: "COLLECTA_SMTP_PASSWORD", file: file))(language))
        #expect(try line(settings, environment: ["COLLECTA_SMTP_PASSWORD": "s3cret!"])
            == label + MailServerTexts.fromEnvironment(language))
        try "s3cret!\n".write(toFile: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
        let open = try line(settings)
        #expect(open == label + MailServerTexts.problem(.notPrivate(file: file, mode: 0o644))(language))
        #expect(open.contains("chmod 600 \(file)"))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        let fromFile = try line(settings)
        #expect(fromFile == label + MailServerTexts.fromFile(file)(language))
        #expect(!fromFile.contains("s3cret"))
        // The default file when none is configured.
        var byDefault = settings
        byDefault.credentialsFile = ""
        let home = ["HOME": directory.path]
        #expect(try line(byDefault, environment: home).contains(MailCredentials.defaultFile(environment: home)))
    }

    @Test("The mail server screen fits 80×24", arguments: [Language.english, .russian])
    func fits(language: Language) throws {
        let (driver, _) = try Self.mailServer(language: language, size: Size(width: 80, height: 24))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains(MailServerTexts.passwordLabel(language) + ": ") })
    }
}

import Foundation
import Testing
import TerminalUITesting

/// The credit manager's setup scenario, typed into the real application in tmux: a pool, a
/// hierarchy with three steps, a refused second pre-dunning step, an email template whose `ru`
/// and `en` bodies come from an .html and an .eml file, a preview, save, quit — and then
/// `collecta config export` shows exactly those changes.
@Suite("Setup scenario in a real terminal")
struct SetupScenarioTests {
    private let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-scenario-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Self.htmlBody.write(to: directory.appendingPathComponent("notice.html"), atomically: true, encoding: .utf8)
        try Self.emlMessage.write(to: directory.appendingPathComponent("notice.eml"), atomically: true, encoding: .utf8)
    }

    static let htmlBody = """
        <html><head><meta charset="utf-8"></head><body>
        <p>Уважаемый(ая) {{contact.name}},</p>
        <p>по счёту {{invoice.id}} к оплате {{invoice.openAmount}} {{invoice.currency}}.</p>
        </body></html>
        """

    /// An e-mail whose HTML part is base64 inside multipart/alternative.
    static var emlMessage: String {
        let html = "<p>Dear {{contact.name}},</p><p>Invoice {{invoice.id}} is overdue.</p>"
        return """
            From: Credit <credit@example.com>
            Subject: Overdue
            MIME-Version: 1.0
            Content-Type: multipart/alternative; boundary="XYZ"

            --XYZ
            Content-Type: text/plain; charset=utf-8

            Dear customer.
            --XYZ
            Content-Type: text/html; charset=utf-8
            Content-Transfer-Encoding: base64

            \(Data(html.utf8).base64EncodedString())
            --XYZ--

            """
    }

    private func collecta(_ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.run(
            ProcessRunner.collectaBinary, arguments + ["--db", "demo.sqlite"],
            environment: ["HOME": directory.path, "LANG": "C.UTF-8"], in: directory)
    }

    @Test(
        "Pool, hierarchy, steps, refused pre-dunning, email template from files, preview, export",
        .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .timeLimit(.minutes(3)))
    func scenario() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try collecta(["demo", "--customers", "40", "--today", "2026-11-29"]).status == 0)
        let before = try collecta(["config", "export"]).standardOutput
        let app = try TmuxSession(
            [ProcessRunner.collectaBinary.path, "--db", directory.appendingPathComponent("demo.sqlite").path],
            environment: ["LANG": "C.UTF-8", "HOME": directory.path], workingDirectory: directory.path)
        defer { app.kill() }
        let user = ScenarioUser(app)
        try await user.waitFor("Main menu")
        try await createPool(user)
        try await createHierarchy(user)
        try await addSteps(user)
        try await createEmailTemplate(user)
        try app.sendKeys("F10")
        #expect(try await app.waitForExit() == 0)
        let after = try collecta(["config", "export"]).standardOutput
        try checkExport(before: before, after: after)
    }

    private func createPool(_ user: ScenarioUser) async throws {
        try await user.open("Customer pools", until: "Customer pools")
        try await user.keys("F7", until: "New customer pool")
        try await user.type("SMALL", "Tab", "Мелкие клиенты", "F7", until: "New criterion")
        try await user.press("Right", times: 12, until: "Open balance")
        try await user.type("Tab", "<5000", until: "Customers matching this criterion alone")
        try await user.keys("F2", until: "<5000")
        try await user.keys("F2", until: "Customer pool SMALL saved.")
        try await user.keys("Escape", until: "Main menu")
    }

    private func createHierarchy(_ user: ScenarioUser) async throws {
        try await user.open("Collections process setup", until: "Process details")
        try await user.keys("F7", until: "New process hierarchy")
        try await user.type("SMB", "Tab", "Малый бизнес", "Tab", "Tab", until: "Малый бизнес")
        try await user.press("Right", times: 4, until: "SMALL — Мелкие клиенты")
        try await user.keys("F2", until: "SMB      Малый бизнес")
        try await user.keys("Tab", until: "F7 New step")
    }

    private func addSteps(_ user: ScenarioUser) async throws {
        try await user.keys("F7", until: "New process step")
        try await user.type(
            "Tab", "Напоминание до срока", "Tab", "Right", "Tab", "Right", "Tab", "Left", "Tab", "BSpace", "5",
            "Tab", "Space", "Tab", "Right", "Tab", "Right", "Right", until: "Collections —")
        try await user.keys("F2", until: "10  Напоминание до с")
        try await user.keys("F7", until: "New process step")
        try await user.type(
            "Tab", "Напоминание", "Tab", "Right", "Tab", "Right", "Right", "Tab", "Tab", "BSpace", "3",
            "Tab", "Tab", "Right", "Tab", "Right", "Right", until: "Collections —")
        try await user.keys("F2", until: "20  Напоминание  ")
        try await user.keys("F7", until: "New process step")
        try await user.type("Tab", "Письмо", "Tab", "Right", "Right", until: "Collection letter")
        try await user.keys("F2", until: "30  Письмо")
        try await user.keys("F7", until: "New process step")
        try await user.type(
            "Tab", "Второе напоминание", "Tab", "Tab", "Right", "Tab", "Left", "Tab", "BSpace", "2",
            "Tab", "Space", until: "[x]")
        try await user.keys("F2", until: "C3: line 10 is already the pre-dunning step")
        try await user.keys("Escape", until: "Discard the unsaved changes?")
        try await user.keys("Left", "Enter", until: "F7 New step")
        try await user.keys("Escape", until: "Main menu")
    }

    private func createEmailTemplate(_ user: ScenarioUser) async throws {
        try await user.open("Email templates", until: "F7 New")
        try await user.keys("F7", until: "Default language")
        try await user.type(
            "OVERDUE", "Tab", "Просрочка / Overdue notice", "Tab", "BSpace", "BSpace", "ru", "Tab",
            "Северный ветер", "Tab", "ar@severny-veter.ru", until: "ar@severny-veter.ru")
        try await user.keys("F9", "F7", until: "HTML body")
        try await user.type("ru", "Tab", "Просрочка по счёту {{invoice.id}}", "F6", until: "Load the body from a file")
        try await user.keys("Down", "Enter", until: "Body loaded from")
        try await user.keys("F5", until: "Choose a customer")
        try await user.type("/", "Вектор", "Enter", "Enter", until: "Subject: Просрочка по счёту INV-")
        let preview = try user.app.screen()
        #expect(preview.contains("Уважаемый(ая) "))
        #expect(!preview.contains("{{"))
        try await user.keys("Escape", until: "F6 Load")
        try await user.keys("F2", until: "Saved.")
        try await user.keys("F7", until: "HTML body")
        try await user.type("en", "Tab", "Overdue invoice {{invoice.id}}", "F6", until: "Load the body from a file")
        try await user.keys("Enter", until: "notice.eml")
        try await user.keys("F2", until: "en          Overdue invoice")
    }

    private func checkExport(before: String, after: String) throws {
        let difference = after.split(separator: "\n").difference(from: before.split(separator: "\n"))
        #expect(difference.removals.isEmpty, "nothing else changed")
        let added = difference.insertions.map { change -> String in
            if case .insert(_, let line, _) = change { return String(line) }
            return ""
        }.joined(separator: "\n")
        for expected in [
            "- id: SMALL", "range: <5000", "- id: SMB", "poolID: SMALL", "- line: 10", "isPreDunning: true",
            "- line: 20", "- line: 30", "action: letter", "- id: OVERDUE", "defaultLanguage: ru",
            "subject: Просрочка по счёту {{invoice.id}}", "<p>Уважаемый(ая) {{contact.name}},</p>",
            "subject: Overdue invoice {{invoice.id}}", "<p>Invoice {{invoice.id}} is overdue.</p>",
        ] {
            #expect(added.contains(expected), "the export adds \(expected)")
        }
        #expect(!added.contains("- line: 40"), "the refused step was not saved")
    }
}

/// Types into the application as a user would, waiting for the screen after each action.
struct ScenarioUser {
    let app: TmuxSession

    init(_ app: TmuxSession) {
        self.app = app
    }

    /// Key names (tmux's: `Tab`, `F7`, `Right`…) or text, in order; then waits for `text`.
    func type(_ items: String..., until text: String) async throws {
        for item in items {
            if Self.keyNames.contains(item) { try app.sendKeys(item) } else { try app.type(item) }
        }
        try await waitFor(text)
    }

    func keys(_ keys: String..., until text: String) async throws {
        for key in keys { try app.sendKeys(key) }
        try await waitFor(text)
    }

    func press(_ key: String, times: Int, until text: String) async throws {
        for _ in 0..<times { try app.sendKeys(key) }
        try await waitFor(text)
    }

    /// Opens the main-menu entry titled `title` (filtering the menu).
    func open(_ title: String, until text: String) async throws {
        try await type("F3", title, "Enter", until: text)
    }

    func waitFor(_ text: String) async throws {
        _ = try await app.waitFor(text: text, timeout: .seconds(20))
    }

    private static let keyNames: Set<String> = [
        "Tab", "BTab", "Enter", "Escape", "Space", "BSpace", "Up", "Down", "Left", "Right", "Home", "End",
        "PageUp", "PageDown",
        "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10",
    ]
}

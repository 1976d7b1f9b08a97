import Foundation
import Testing
import TerminalUITesting

/// The collectors' and the credit manager's daily work, typed into the real application in tmux.
@Suite("Operations scenarios in a real terminal")
struct OperationsScenarioTests {
    private let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-operations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    private func collecta(_ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.run(
            ProcessRunner.collectaBinary, arguments + ["--db", "demo.sqlite"],
            environment: ["HOME": directory.path, "LANG": "C.UTF-8"], in: directory)
    }

    /// The demo company, and the application opened on it.
    private func openApplication() throws -> ScenarioUser {
        let app = try TmuxSession(
            [ProcessRunner.collectaBinary.path, "--db", directory.appendingPathComponent("demo.sqlite").path],
            environment: ["LANG": "C.UTF-8", "HOME": directory.path], workingDirectory: directory.path)
        return ScenarioUser(app)
    }

    private func makeDemo() throws {
        #expect(try collecta(["demo", "--customers", "40", "--today", "2026-11-29"]).status == 0)
    }

    @Test(
        "(a) The collector opens a hierarchy's history, filters by a customer, opens an email and reads it",
        .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .timeLimit(.minutes(2)))
    func readEmailInHistory() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try makeDemo()
        _ = try collecta(["run", "--as-of", "2026-11-29"])
        let emails = try collecta(["history", "--action", "email", "--status", "executed", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(emails.standardOutput.utf8)) as? [[String: Any]])
        let email = try #require(rows.first)
        let customer = try #require(email["customer"] as? String)
        let hierarchy = try #require(email["hierarchy"] as? String)
        let user = try openApplication()
        defer { user.app.kill() }
        try await user.waitFor("Main menu")
        try await user.open("History", until: "Hierarchy: All hierarchies")
        // → steps from "All" through the hierarchies by rank (the demo's: KEY, RU, INTL).
        let presses = try #require(["KEY", "RU", "INTL"].firstIndex(of: hierarchy)) + 1
        try await user.press("Right", times: presses, until: "Hierarchy: \(hierarchy) ")
        try await user.type("F3", "Tab", customer, "F2", until: "Customer: \(customer)")
        let list = try user.app.capture()
        #expect(list.filter { $0.contains("2026-11-29") }.allSatisfy { $0.contains(customer) })
        try await user.keys("Enter", until: "Subject: ")
        let detail = try user.app.screen()
        #expect(detail.contains("To: "))
        #expect(detail.contains("Customer: \(customer)"))
        #expect(!detail.contains("<p>"), "the body reads as text, not HTML")
        try user.app.sendKeys("F10")
        #expect(try await user.app.waitForExit() == 0)
    }

    @Test(
        "(b) Three customers found by parts of their names are assigned by hand; the preview names that hierarchy",
        .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .timeLimit(.minutes(2)))
    func manualAssignment() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try makeDemo()
        let user = try openApplication()
        defer { user.app.kill() }
        try await user.waitFor("Main menu")
        try await user.open("Manual assignment", until: "◀ KEY ▶")
        try await user.keys("F7", until: "Add customers: KEY")
        try await user.type("вектор-тр", "Enter", "Space", until: "✓ C-000002")
        try await user.type("Escape", "/", "таймыр", "Enter", "Space", until: "✓ C-000019")
        try await user.type("Escape", "/", "bellev", "Enter", "Space", until: "✓ C-000001")
        try await user.keys("Escape", "Enter", until: "Assign 3 customers to KEY?")
        try await user.keys("Left", "Enter", until: "3 customers assigned to KEY")
        try await user.keys("Escape", until: "Main menu")
        try await user.open("Process assignment", until: "Process hierarchy:")
        try await user.type("/", "таймыр", "Enter", until: "C-000019")
        try await user.keys("Enter", until: "Goes to: KEY")
        let preview = try user.app.screen()
        #expect(preview.contains("Manual") || preview.contains("by hand"))
        let assignments = try collecta(["assignments", "--hierarchy", "KEY", "--format", "json"]).standardOutput
        for account in ["C-000001", "C-000002", "C-000019"] {
            #expect(assignments.contains(account))
        }
        try user.app.sendKeys("F10")
        #expect(try await user.app.waitForExit() == 0)
    }

    @Test(
        "(c) A simulation 30 days ahead lists actions; customers contacted the day before are in quiet days",
        .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .timeLimit(.minutes(2)))
    func simulationAhead() async throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try makeDemo()
        // Yesterday's run contacted the RU customers; INTL's are still to be contacted.
        #expect(try collecta(["run", "--hierarchy", "RU", "--as-of", "2026-12-28"]).status != 2)
        let user = try openApplication()
        defer { user.app.kill() }
        try await user.waitFor("Main menu")
        try await user.open("Simulation", until: "[ Actions ]")
        try await user.keys("F5", until: "Run date (YYYY-MM-DD)")
        try await user.press("BSpace", times: 10, until: "Run date")
        try await user.type("2026-12-29", "Enter", until: "Date: 2026-12-29")
        try await user.app.waitUntil("the simulation finished with actions", timeout: .seconds(20)) { lines in
            lines.contains { $0.contains("Date: 2026-12-29") && !$0.contains("Actions: 0") && $0.contains("Actions: ") }
                && !lines.contains { $0.contains("Simulating") }
        }
        try await user.keys("Tab", until: "[ Customers ]")
        for _ in 0..<3 where !(try user.app.screen().contains("quiet days")) {
            try await user.keys("PageDown", until: "[ Customers ]")
        }
        let quiet = try user.app.capture().filter { $0.contains("quiet days") }
        #expect(!quiet.isEmpty)
        #expect(quiet.allSatisfy { $0.contains(" RU ") && $0.contains("2027-01-03") }, "\(quiet)")
        try user.app.sendKeys("F10")
        #expect(try await user.app.waitForExit() == 0)
    }
}

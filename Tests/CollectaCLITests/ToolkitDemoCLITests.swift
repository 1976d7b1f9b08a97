import Foundation
import Testing
import TerminalUITesting

/// `collecta toolkit-demo` in a real terminal (tmux), and its refusals without one.
@Suite("collecta toolkit-demo, end to end")
struct ToolkitDemoCLITests {
    private let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-toolkit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    @Test(
        "Typing Cyrillic shows it, resizing updates the size line, F10 ends the program",
        .enabled(if: TmuxSession.isAvailable, "tmux is not installed"), .timeLimit(.minutes(1)))
    func typesResizesAndQuits() async throws {
        let session = try TmuxSession([ProcessRunner.collectaBinary.path, "toolkit-demo"])
        defer { session.kill() }
        try await session.waitFor(text: "Terminal size: 100 columns × 30 rows")
        try session.type("Привет, мир")
        let screen = try await session.waitFor(text: "You typed: Привет, мир")
        #expect(screen.count == 30)
        #expect(screen.contains { $0.contains("Text      Привет, мир") })
        try session.sendKeys("BSpace", "BSpace", "BSpace")
        try await session.waitFor(text: "You typed: Привет, ")
        try session.resize(width: 60, height: 15)
        let small = try await session.waitFor(text: "Terminal size: 60 columns × 15 rows")
        #expect(small.count == 15)
        #expect(small.first?.hasSuffix("┐") == true && small.first?.count == 60)
        try session.resize(width: 100, height: 30)
        try await session.waitFor(text: "Terminal size: 100 columns × 30 rows")
        try session.sendKeys("F9", "End")
        try await session.waitFor(text: "1000000/1000000")
        try session.sendKeys("F1")
        try await session.waitFor(text: "Quit — Leaves the demo.")
        try session.sendKeys("Escape")
        #expect(session.isRunning)
        try session.sendKeys("F10")
        #expect(try await session.waitForExit() == 0)
    }

    @Test("TERM=dumb and a non-UTF-8 locale are refused with one line and status 2", .timeLimit(.minutes(1)))
    func refusesUnusableTerminals() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases: [([String: String], String)] = [
            (["TERM": "dumb", "LANG": "C.UTF-8"], "TERM=dumb"),
            (["TERM": "xterm-256color", "LANG": "C"], "not UTF-8"),
            (["LANG": "C.UTF-8"], "TERM is not set"),
        ]
        for (environment, reason) in cases {
            let result = try ProcessRunner.run(
                ProcessRunner.collectaBinary, ["toolkit-demo"], environment: environment, in: directory)
            #expect(result.status == 2, "\(environment)")
            #expect(result.standardErrorLines.count == 1, "\(result.standardError)")
            #expect(result.standardError.hasPrefix("collecta: ") && result.standardError.contains(reason))
            #expect(result.standardOutput.isEmpty)
        }
    }

    @Test("docs/keybindings.md is what the command table and keymaps generate")
    func keybindingsDocumentIsFresh() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try ProcessRunner.run(
            ProcessRunner.collectaBinary, ["keybindings"], environment: ["LANG": "C.UTF-8"], in: directory)
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/keybindings.md")
        let stored = try String(contentsOf: path, encoding: .utf8)
        #expect(result.status == 0)
        #expect(result.standardOutput == stored, "docs/keybindings.md is stale: run `make keybindings`")
    }

    @Test("collecta --help lists the subcommands but not the hidden ones")
    func plainCollectaPrintsHelp() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try ProcessRunner.run(
            ProcessRunner.collectaBinary, ["--help"], environment: ["LANG": "C.UTF-8"], in: directory)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("SUBCOMMANDS:"))
        #expect(!result.standardOutput.contains("toolkit-demo"))
    }
}

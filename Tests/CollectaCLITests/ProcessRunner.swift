import Foundation

/// What a finished process printed and how it ended.
struct ProcessResult {
    let status: Int32
    let standardOutput: String
    let standardError: String

    var standardErrorLines: [String] {
        standardError.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init).filter { !$0.isEmpty }
    }
}

/// Runs plain commands (no terminal, no daemons) and captures their output.
enum ProcessRunner {
    /// The `collecta` binary built next to the tests: `.build/debug/collecta`.
    static var collectaBinary: URL {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("collecta"),
            URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent(".build/debug/collecta"),
        ]
        return candidates.compactMap { $0 }.first {
            FileManager.default.isExecutableFile(atPath: $0.path)
        } ?? URL(fileURLWithPath: "/nonexistent/collecta (run swift build first)")
    }

    /// Runs `executable` with `arguments`, `environment` and standard input from `input` (else
    /// nothing) in `directory`; output goes through
    /// temporary files, so a chatty command cannot fill a pipe and block.
    static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:],
        input: URL? = nil, in directory: URL
    ) throws -> ProcessResult {
        let outputURL = directory.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errorURL = directory.appendingPathComponent("stderr-\(UUID().uuidString)")
        try Data().write(to: outputURL)
        try Data().write(to: errorURL)
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        process.standardInput = try input.map(FileHandle.init(forReadingFrom:)) ?? FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: outputURL)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        process.waitUntilExit()
        return ProcessResult(
            status: process.terminationStatus,
            standardOutput: try String(contentsOf: outputURL, encoding: .utf8),
            standardError: try String(contentsOf: errorURL, encoding: .utf8))
    }
}

import Foundation
import Testing

/// A temporary directory holding `demo.sqlite`, a 40-customer demo company (seed 7, as of
/// 2026-11-29), and `collecta` run in it through the real binary.
struct DemoWorkspace {
    let directory: URL

    /// Creates the directory `collecta-<name>-<uuid>` and the demo company in it.
    init(name: String) throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let demo = try collecta(
            ["demo", "--db", "demo.sqlite", "--customers", "40", "--seed", "7", "--today", "2026-11-29"])
        #expect(demo.status == 0, "\(demo.standardError)")
    }

    var databasePath: String { directory.appendingPathComponent("demo.sqlite").path }

    func collecta(_ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.run(
            ProcessRunner.collectaBinary, arguments,
            environment: ["HOME": directory.path, "LANG": "C.UTF-8", "USER": "tester"], in: directory)
    }

    /// Runs a command on the demo database and parses its standard output as JSON.
    func json(_ arguments: [String]) throws -> Any {
        let result = try collecta(arguments + ["--db", "demo.sqlite", "--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.standardError)")
        return try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    }

    /// Removes the directory.
    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}

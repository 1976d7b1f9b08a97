import Foundation
import Testing

/// Runs the built `collecta` binary on a temporary database, as a user would.
@Suite("collecta init and config export/import")
struct ConfigCLITests {
    private let directory: URL
    private let databasePath: String

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        databasePath = directory.appendingPathComponent("collecta.sqlite").path
    }

    @Test("init, export, import and export again give the same document")
    func exportImportRoundTrip() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let initialised = try run("init", "--db", databasePath, "--company", "ООО «Ромашка»")
        #expect(initialised.status == 0)
        #expect(initialised.output.hasPrefix("initialised "))
        #expect(try run("init", "--db", databasePath).output.contains("already has a configuration"))

        let exported = try run("config", "export", "--db", databasePath)
        #expect(exported.status == 0)
        #expect(exported.output.hasPrefix("# Collecta configuration\nversion: 1\n"))
        #expect(exported.output.contains("companyName: ООО «Ромашка»"))
        let file = try write(exported.output, to: "a.yaml")

        let imported = try run("config", "import", "--db", databasePath, file)
        #expect(imported.status == 0)
        #expect(imported.output.hasPrefix("configuration imported: 0 hierarchies, 0 steps"))
        #expect(try run("config", "export", "--db", databasePath).output == exported.output)

        let fromStandardInput = try run("config", "import", "--db", databasePath, "-", input: file)
        #expect(fromStandardInput.status == 0)
        let copy = directory.appendingPathComponent("b.yaml").path
        #expect(try run("config", "export", "--db", databasePath, copy).status == 0)
        #expect(try String(contentsOfFile: copy, encoding: .utf8) == exported.output)
    }

    @Test("a document with a bad value exits 2, names the line and changes nothing")
    func badDocumentIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try run("init", "--db", databasePath).status == 0)
        let exported = try run("config", "export", "--db", databasePath).output
        let pool = "pools:\n- id: BIG\n  description: ''\n  criteria:\n  - field: grup\n    range: WHOLESALE\n"
        let broken = exported.replacingOccurrences(of: "pools: []\n", with: pool)
        let line = try #require(broken.components(separatedBy: "\n").firstIndex(of: "  - field: grup")) + 1
        let file = try write(broken, to: "broken.yaml")

        let result = try run("config", "import", "--db", databasePath, file)
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix(
            "collecta: \(file): line \(line): pools[0].criteria[0].field: 'grup' is not one of account, name, group"))
        #expect(try run("config", "export", "--db", databasePath).output == exported)
    }

    @Test("a document the rules or the schema refuse exits 2 and changes nothing")
    func refusedDocumentChangesNothing() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try run("init", "--db", databasePath).status == 0)
        let exported = try run("config", "export", "--db", databasePath).output
        let hierarchy = """
            hierarchies:
            - id: ORPHAN
              description: Points at a pool that does not exist
              rank: 1
              poolID: NO-SUCH-POOL
              quietDays: 0
              exclusionRule: none
              exclusionAmount: '0.00'
              usesPredictions: false
              usesTrackStep: false
              includedOrigins:
              - salesOrder
              preDunsWhenOverdue: false
              isActive: true
              steps: []

            """
        let withOrphan = exported.replacingOccurrences(of: "hierarchies: []\n", with: hierarchy)
        let file = try write(withOrphan, to: "c.yaml")

        let result = try run("config", "import", "--db", databasePath, file)
        #expect(result.status == 2)
        #expect(result.errors.contains("ORPHAN"))
        #expect(result.errors.hasSuffix("nothing changed\n"))
        #expect(try run("config", "export", "--db", databasePath).output == exported)
    }

    @Test("export from a missing database fails with status 3")
    func exportNeedsADatabase() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = try run("config", "export", "--db", databasePath)
        #expect(missing.status == 3)
        #expect(missing.errors.contains("no such file"))
    }

    // MARK: - Running the binary

    private struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `collecta` with `arguments`, standard input from the file `input` if given.
    private func run(_ arguments: String..., input: String? = nil) throws -> Result {
        let result = try ProcessRunner.run(
            ProcessRunner.collectaBinary, arguments,
            environment: ["HOME": directory.path, "LANG": "C.UTF-8"],
            input: input.map(URL.init(fileURLWithPath:)), in: directory)
        return Result(
            status: result.status, output: result.standardOutput, errors: result.standardError)
    }

    private func write(_ text: String, to name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}

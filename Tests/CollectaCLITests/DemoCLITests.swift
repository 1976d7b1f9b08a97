import Foundation
import Testing

/// `collecta demo` and the acceptance round trips on the demo company, through the real binary.
@Suite("collecta demo, end to end")
struct DemoCLITests {
    private let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    private func collecta(
        _ arguments: [String], language: String = "C.UTF-8", input: URL? = nil
    ) throws -> ProcessResult {
        try ProcessRunner.run(
            ProcessRunner.collectaBinary, arguments,
            environment: ["HOME": directory.path, "LANG": language], input: input, in: directory)
    }

    private func makeDemo(_ name: String, seed: String = "7") throws -> ProcessResult {
        try collecta(["demo", "--db", name, "--customers", "40", "--seed", seed, "--today", "2026-11-29"])
    }

    @Test("demo writes a company and prints its summary in English or Russian")
    func summary() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let english = try makeDemo("en.sqlite")
        #expect(english.status == 0)
        #expect(english.standardOutput.contains("Company:  ООО «Северный ветер»"))
        #expect(english.standardOutput.contains("Process hierarchies      3"))
        let russian = try collecta(
            ["demo", "--db", "ru.sqlite", "--customers", "40", "--today", "2026-11-29"],
            language: "ru_RU.UTF-8")
        #expect(russian.status == 0)
        #expect(russian.standardOutput.hasPrefix("База данных Collecta\n"))
        let lines = russian.standardOutput.split(separator: "\n")
        let table = lines.drop { !$0.hasPrefix("Объект") }
        #expect(table.count == 13)
        // Cyrillic letters take one column each, so characters count columns here.
        #expect(Set(table.map(\.count)).count == 1, "the table columns line up: \(table)")
        #expect(table.contains { $0.hasPrefix("Иерархии процессов ") && $0.hasSuffix(" 3") })
    }

    @Test("demo refuses a database that already holds data, and changes nothing")
    func refusesNonEmptyDatabase() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try makeDemo("demo.sqlite")
        let before = try collecta(["export", "customers", "--db", "demo.sqlite"]).standardOutput
        let again = try makeDemo("demo.sqlite", seed: "8")
        #expect(again.status == 1)
        #expect(again.standardErrorLines.first?.contains("already holds data") == true)
        #expect(try collecta(["export", "customers", "--db", "demo.sqlite"]).standardOutput == before)
    }

    @Test("the same seed gives the same company; another seed a different one")
    func deterministic() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try makeDemo("a.sqlite")
        _ = try makeDemo("b.sqlite")
        _ = try makeDemo("c.sqlite", seed: "8")
        for kind in ["customers", "contacts", "invoices", "sales-groups", "agents"] {
            let first = try collecta(["export", kind, "--db", "a.sqlite"])
            let second = try collecta(["export", kind, "--db", "b.sqlite"])
            #expect(first.status == 0 && !first.standardOutput.isEmpty)
            #expect(first.standardOutput == second.standardOutput, "\(kind) differs for one seed")
        }
        let other = try collecta(["export", "invoices", "--db", "c.sqlite"])
        #expect(other.standardOutput != (try collecta(["export", "invoices", "--db", "a.sqlite"])).standardOutput)
    }

    @Test("demo, config export | config import -, config export is byte-identical")
    func configurationRoundTrip() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try makeDemo("demo.sqlite")
        let first = try collecta(["config", "export", "--db", "demo.sqlite"])
        #expect(first.status == 0)
        let document = directory.appendingPathComponent("config.yaml")
        try Data(first.standardOutput.utf8).write(to: document)
        let imported = try collecta(["config", "import", "-", "--db", "demo.sqlite"], input: document)
        #expect(imported.status == 0, "\(imported.standardError)")
        let second = try collecta(["config", "export", "--db", "demo.sqlite"])
        #expect(second.standardOutput == first.standardOutput)
    }

    @Test("every reference-data export of the demo imports into a new database and exports the same")
    func referenceDataRoundTrip() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try makeDemo("demo.sqlite")
        let configuration = try collecta(["config", "export", "--db", "demo.sqlite", "config.yaml"])
        #expect(configuration.status == 0)
        #expect(try collecta(["config", "import", "config.yaml", "--db", "copy.sqlite"]).status == 0)
        for kind in ["agents", "sales-groups", "customers", "contacts", "invoices"] {
            let exported = try collecta(["export", kind, "--db", "demo.sqlite", "\(kind).csv"])
            #expect(exported.status == 0)
            let imported = try collecta(["import", kind, "\(kind).csv", "--db", "copy.sqlite"])
            #expect(imported.status == 0, "\(kind): \(imported.standardError)")
            let original = try collecta(["export", kind, "--db", "demo.sqlite"]).standardOutput
            let copy = try collecta(["export", kind, "--db", "copy.sqlite"]).standardOutput
            #expect(copy == original, "\(kind) differs after the round trip")
        }
    }

    @Test("demo --csv writes files that config import and import turn into the same database")
    func csvRoundTrip() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let demo = try collecta([
            "demo", "--db", "demo.sqlite", "--customers", "60", "--invoices", "700",
            "--hierarchies", "6", "--seed", "3", "--today", "2026-11-29", "--csv", "files/demo",
        ])
        #expect(demo.status == 0, "\(demo.standardError)")
        #expect(demo.standardOutput.contains("Process hierarchies      6"))
        let configuration = try collecta(
            ["config", "import", "files/demo/configuration.yaml", "--db", "copy.sqlite"])
        #expect(configuration.status == 0, "\(configuration.standardError)")
        for kind in ["agents", "sales-groups", "customers", "contacts", "invoices"] {
            let imported = try collecta(["import", kind, "files/demo/\(kind).csv", "--db", "copy.sqlite"])
            #expect(imported.status == 0, "\(kind): \(imported.standardError)")
        }
        for command in [["export", "customers"], ["export", "contacts"], ["export", "invoices"],
                        ["export", "sales-groups"], ["export", "agents"], ["config", "export"]]
        {
            let original = try collecta(command + ["--db", "demo.sqlite"])
            let copy = try collecta(command + ["--db", "copy.sqlite"])
            #expect(original.status == 0 && !original.standardOutput.isEmpty)
            #expect(copy.standardOutput == original.standardOutput, "\(command) differs")
        }
        let invoices = try collecta(["export", "invoices", "--db", "copy.sqlite"])
        #expect(invoices.standardOutput.split(separator: "\n").count == 701)
    }

    @Test("demo refuses bad sizes, naming the option (exit 2)")
    func optionErrors() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases: [([String], String)] = [
            (["--customers", "0"], "--customers must be at least 1"),
            (["--invoices=-1"], "--invoices must be 0 or more"),
            (["--hierarchies", "0"], "--hierarchies must be at least 1"),
            (["--today", "29.11.2026"], "--today must be a date"),
        ]
        for (arguments, message) in cases {
            let result = try collecta(["demo", "--db", "bad.sqlite"] + arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.standardError.contains(message), "\(result.standardError)")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("bad.sqlite").path))
        let noInvoices = try collecta(
            ["demo", "--db", "none.sqlite", "--customers", "5", "--invoices", "0", "--today", "2026-11-29"])
        #expect(noInvoices.status == 0)
        #expect(noInvoices.standardOutput.contains("Invoices                 0"))
    }

    @Test("demo --csv refuses a directory it cannot write, and writes no data (exit 1)")
    func unwritableCSVDirectory() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("not a directory".utf8).write(to: directory.appendingPathComponent("taken"))
        let result = try collecta(
            ["demo", "--db", "demo.sqlite", "--customers", "5", "--today", "2026-11-29", "--csv", "taken"])
        #expect(result.status == 1)
        #expect(result.standardErrorLines.first?.hasPrefix("collecta: cannot write the CSV files to ") == true)
        let customers = try collecta(["export", "customers", "--db", "demo.sqlite"])
        #expect(customers.standardOutput.split(separator: "\n").count == 1)
    }

    @Test("demo --help documents every option")
    func help() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let help = try collecta(["demo", "--help"])
        #expect(help.status == 0)
        for option in ["--db", "--customers", "--invoices", "--hierarchies", "--seed", "--today", "--csv"] {
            #expect(help.standardOutput.contains(option), "\(option)")
        }
        #expect(help.standardOutput.contains("overwritten"))
    }
}

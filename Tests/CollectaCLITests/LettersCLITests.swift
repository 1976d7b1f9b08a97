import Foundation
import Testing

/// `collecta letters print` and the letters list, through the real binary, on a demo company
/// after one run (11 created letters).
@Suite("collecta letters print, end to end")
struct LettersCLITests {
    private let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-letters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let demo = try collecta(
            ["demo", "--customers", "40", "--seed", "7", "--today", "2026-11-29"])
        #expect(demo.status == 0, "\(demo.standardError)")
        let run = try collecta(["run", "--as-of", "2026-11-29"])
        #expect(run.status == 0, "\(run.standardError)")
    }

    private func collecta(_ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.run(
            ProcessRunner.collectaBinary, arguments + ["--db", "demo.sqlite"],
            environment: ["HOME": directory.path, "LANG": "C.UTF-8", "USER": "tester"], in: directory)
    }

    private func json(_ arguments: [String]) throws -> [[String: Any]] {
        let result = try collecta(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(arguments): \(result.standardError)")
        let parsed = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        return try #require(parsed as? [[String: Any]])
    }

    private func letterIDs(status: String) throws -> [Int] {
        try json(["letters", "--status", status]).compactMap { $0["id"] as? Int }
    }

    private func files(in name: String) -> [String] {
        let path = directory.appendingPathComponent(name).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    @Test("print writes each created letter as .html and .txt, then posts them all")
    func printAndPost() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let created = try letterIDs(status: "created")
        #expect(created.count == 11)
        let printed = try json(["letters", "print", "--to", "out/today", "--date", "2026-11-30"])
        #expect(printed.compactMap { $0["id"] as? Int } == created.sorted())
        #expect(printed.allSatisfy { $0["posted"] as? Bool == true })
        let first = try #require(printed.first)
        let account = try #require(first["customer"] as? String)
        let stem = "letter-\(created.min()!)-\(account)"
        #expect(first["html"] as? String == "out/today/\(stem).html")
        // Every letter has both files and no temporary file is left behind.
        let names = files(in: "out/today")
        #expect(names.count == 22 && names.allSatisfy { $0.hasPrefix("letter-") })
        let text = try String(
            contentsOf: directory.appendingPathComponent("out/today/\(stem).txt"), encoding: .utf8)
        #expect(text.hasPrefix("ООО «Северный ветер»\nНевский проспект, 28\n"))
        #expect(text.contains("Номер клиента: \(account)\n\n29 ноября 2026 г.\n"))
        #expect(text.contains("Просроченные счета\n\nСчёт "))
        let html = try String(
            contentsOf: directory.appendingPathComponent("out/today/\(stem).html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ru\">") && html.contains("@media print"))
        #expect(try letterIDs(status: "created").isEmpty)
        #expect(try letterIDs(status: "posted").sorted() == created.sorted())
        // Nothing is left to print: an empty list, and no new file.
        #expect(try json(["letters", "print", "--to", "out/today"]).isEmpty)
    }

    @Test("--no-post writes the files and leaves the letters created")
    func noPost() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try collecta(["letters", "print", "--no-post"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("id  customer  html "))
        #expect(files(in: "letters").count == 22)
        #expect(try letterIDs(status: "created").count == 11)
        #expect(try letterIDs(status: "posted").isEmpty)
    }

    @Test("--id reprints a posted letter and posts only what was created")
    func reprint() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let created = try letterIDs(status: "created").sorted()
        _ = try json(["letters", "print", "--id", String(created[0])])
        #expect(try letterIDs(status: "created").count == 10)
        try FileManager.default.removeItem(at: directory.appendingPathComponent("letters"))
        let again = try json(["letters", "print", "--id", String(created[0]), "--id", String(created[1])])
        #expect(again.compactMap { $0["id"] as? Int } == [created[0], created[1]])
        #expect(files(in: "letters").count == 4)
        #expect(try letterIDs(status: "created").count == 9)
    }

    @Test("An unknown --id or an unwritable --to is refused (exit 1) and posts nothing")
    func refusals() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let unknown = try collecta(["letters", "print", "--id", "9999"])
        #expect(unknown.status == 1 && unknown.standardErrorLines == ["collecta: no collection letter 9999"])
        #expect(files(in: "letters").isEmpty)
        try Data("x".utf8).write(to: directory.appendingPathComponent("plain-file"))
        let unwritable = try collecta(["letters", "print", "--to", "plain-file/letters"])
        #expect(unwritable.status == 1 && unwritable.standardOutput.isEmpty)
        #expect(unwritable.standardErrorLines == [
            "collecta: cannot write plain-file: it is not a directory; no letter was posted",
        ])
        #expect(try letterIDs(status: "created").count == 11)
        let badDate = try collecta(["letters", "print", "--date", "30.11.2026"])
        #expect(badDate.status == 2 && files(in: "letters").isEmpty)
    }

    @Test("The list is still the default: letters, letters --status, letters list")
    func listUnchanged() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let all = try json(["letters"])
        #expect(all.count == 11)
        #expect(Set(all[0].keys) == [
            "id", "date", "customer", "sequence", "level", "language", "status", "title", "invoices",
            "bodyText", "bodyHtml",
        ])
        #expect(try json(["letters", "list", "--limit", "3"]).count == 3)
        let table = try collecta(["letters", "--status", "created", "--limit", "2"])
        #expect(table.status == 0)
        #expect(table.standardOutput.split(separator: "\n").first?.hasPrefix("id  date        customer") == true)
        #expect(table.standardOutput.split(separator: "\n").count == 4)
    }
}

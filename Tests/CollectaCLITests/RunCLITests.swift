import Foundation
import GRDB
import Testing

/// `collecta simulate` and `collecta run` on a demo database, through the real binary.
@Suite("collecta simulate and run, end to end")
struct RunCLITests {
    private let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let demo = try collecta(["demo", "--customers", "40", "--seed", "5", "--today", "2026-11-29"])
        #expect(demo.status == 0)
    }

    private var databasePath: String { directory.appendingPathComponent("demo.sqlite").path }

    private func collecta(_ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.run(
            ProcessRunner.collectaBinary, arguments + ["--db", "demo.sqlite"],
            environment: ["HOME": directory.path, "LANG": "C.UTF-8"], in: directory)
    }

    private func json(_ result: ProcessResult) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    }

    private func historyCount() throws -> Int {
        try DatabaseQueue(path: databasePath).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM history") ?? 0 }
    }

    @Test("simulate JSON lists the actions with every documented key; run executes the same ones")
    func simulateThenRun() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        // The run would compute the date's predictions first; the simulation uses those stored.
        #expect(try collecta(["predict", "--as-of", "2026-11-29"]).status == 0)
        let simulated = try collecta(["simulate", "--as-of", "2026-11-29", "--format", "json"])
        #expect(simulated.status == 0)
        let planned = try #require(try json(simulated) as? [[String: Any]])
        #expect(!planned.isEmpty)
        let keys: Set<String> = [
            "date", "hierarchy", "customer", "step", "action", "invoice", "dueDate", "daysFromDue",
            "preDunning", "document", "recipients", "language", "status", "reason",
        ]
        #expect(keys.isSubset(of: Set(planned[0].keys)))
        let ran = try collecta(["run", "--as-of", "2026-11-29", "--format", "json"])
        let failed = planned.filter { $0["status"] as? String == "failed" }.count
        #expect(ran.status == (failed > 0 ? 1 : 0))
        let report = try #require(try json(ran) as? [String: Any])
        let actions = try #require(report["actions"] as? [[String: Any]])
        func identity(_ record: [String: Any]) -> String {
            "\(record["customer"]!) \(record["step"]!) \(record["action"]!) \(record["invoice"]!)"
        }
        #expect(actions.map(identity) == planned.map(identity))
        let summary = try #require(report["run"] as? [String: Any])
        #expect(summary["failed"] as? Int == failed)
        #expect((summary["predictions"] as? [String: Any])?["status"] as? String == "alreadyStored")
        #expect(actions.contains { $0["action"] as? String == "prediction-activity" })
    }

    @Test("a second run for the date reports already ran, creates nothing and exits 0")
    func secondRun() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try collecta(["run", "--as-of", "2026-11-29"])
        let before = try historyCount()
        let again = try collecta(["run", "--as-of", "2026-11-29"])
        #expect(again.status == 0)
        #expect(again.standardOutput.hasPrefix("already ran for 2026-11-29: "))
        #expect(try historyCount() == before)
    }

    @Test("bad input: unknown hierarchy, an earlier date, bad date; one line, non-zero, nothing written")
    func refusals() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try collecta(["run", "--as-of", "2026-11-29"])
        let before = try historyCount()
        let unknown = try collecta(["run", "--hierarchy", "NOPE", "--as-of", "2026-11-30"])
        #expect(unknown.status == 2)
        #expect(unknown.standardErrorLines == ["collecta: there is no process hierarchy NOPE"])
        let earlier = try collecta(["run", "--as-of", "2026-11-28"])
        #expect(earlier.status == 2)
        #expect(earlier.standardErrorLines.count == 1)
        #expect(earlier.standardErrorLines.first?.contains("already completed a run for 2026-11-29") == true)
        let badDate = try collecta(["run", "--as-of", "29.11.2026"])
        #expect(badDate.status == 2)
        #expect(try historyCount() == before)
    }

    @Test("an invalid stored configuration is refused before anything is written")
    func invalidConfiguration() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        try DatabaseQueue(path: databasePath).write { db in
            // C8: every email template needs a message in its default language.
            try db.execute(sql: """
                DELETE FROM email_message WHERE (template_id, language) IN
                    (SELECT id, default_language FROM email_template LIMIT 1)
                """)
        }
        let run = try collecta(["run", "--as-of", "2026-11-29"])
        #expect(run.status == 2)
        #expect(run.standardErrorLines.count == 1)
        #expect(run.standardErrorLines.first?.contains("C8 email template") == true)
        #expect(try historyCount() == 0)
    }

    @Test("a locked database: one clear line, exit 3, nothing written")
    func lockedDatabase() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: databasePath, configuration: configuration)
        try holder.inDatabase { try $0.execute(sql: "BEGIN EXCLUSIVE TRANSACTION") }
        let run = try collecta(["run", "--as-of", "2026-11-29"])
        try holder.inDatabase { try $0.execute(sql: "ROLLBACK") }
        #expect(run.status == 3)
        #expect(run.standardErrorLines.count == 1)
        #expect(run.standardErrorLines.first?.contains("is locked by another process") == true)
        #expect(try historyCount() == 0)
    }

    @Test("simulate --explain gives every customer a reason code")
    func explain() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let explained = try collecta(["simulate", "--as-of", "2026-11-29", "--explain", "--format", "json"])
        let customers = try #require(try json(explained) as? [[String: Any]])
        #expect(customers.count == 40)
        let codes = Set(customers.compactMap { $0["reason"] as? String })
        #expect(codes.isSubset(of: [
            "acted", "not-assigned", "hierarchy-inactive", "already-ran", "no-eligible-invoice",
            "excluded", "quiet-days", "no-step-reached", "step-already-done",
        ]))
        #expect(codes.contains("acted"))
    }
}

import Foundation
import GRDB
import Testing

/// `collecta predict` and the predictions a run computes first, through the real binary.
@Suite("collecta predict, end to end")
struct PredictCLITests {
    private let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-predict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let demo = try collecta(["demo", "--customers", "120", "--seed", "7", "--today", "2026-11-29"])
        #expect(demo.status == 0)
    }

    private var databasePath: String { directory.appendingPathComponent("demo.sqlite").path }

    private func collecta(_ arguments: [String]) throws -> ProcessResult {
        try ProcessRunner.run(
            ProcessRunner.collectaBinary, arguments + ["--db", "demo.sqlite"],
            environment: ["HOME": directory.path, "LANG": "C.UTF-8"], in: directory)
    }

    private func object(_ result: ProcessResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
    }

    private func count(_ sql: String) throws -> Int {
        try DatabaseQueue(path: databasePath).read { try Int.fetchOne($0, sql: sql) ?? 0 }
    }

    @Test("predict stores one prediction per open invoice; its JSON has every documented key")
    func predictStoresAndReports() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try collecta(["predict", "--as-of", "2026-11-29", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let open = try count("SELECT count(*) FROM invoice WHERE open_amount > 0")
        #expect(open > 0)
        #expect(try count("SELECT count(*) FROM payment_prediction") == open)
        #expect(try count("""
            SELECT count(*) FROM payment_prediction p JOIN invoice i ON i.id = p.invoice_id
            WHERE i.open_amount > 0 AND p.computed_on = '2026-11-29' AND p.factors <> ''
            """) == open)
        let summary = try object(result)
        let keys: Set<String> = [
            "asOf", "predictions", "late", "veryLate", "lateBenchmarkPercent", "veryLateBenchmarkPercent",
            "trainingCutoff", "trainingExamples", "sampledExamples", "baseRates", "coefficients",
        ]
        #expect(Set(summary.keys) == keys)
        #expect(summary["predictions"] as? Int == open)
        #expect(summary["asOf"] as? String == "2026-11-29")
        let rates = try #require(summary["baseRates"] as? [String: Double])
        #expect(abs(rates.values.reduce(0, +) - 1) < 0.001)
        let coefficients = try #require(summary["coefficients"] as? [[String: Any]])
        #expect(coefficients.first?["feature"] as? String == "intercept")
        #expect(coefficients.allSatisfy { Set($0.keys) == ["feature", "late", "veryLate", "mean", "standardDeviation"] })
        let table = try collecta(["predict", "--as-of", "2026-11-29"])
        #expect(table.status == 0)
        #expect(table.standardOutput.hasPrefix("predictions for 2026-11-29: \(open) stored"))
    }

    @Test("--evaluate: the model beats the base rates on Brier score; nothing is stored")
    func evaluateBeatsBaseRates() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try collecta(["predict", "--as-of", "2026-11-29", "--evaluate", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let report = try object(result)
        #expect(report["split"] as? String == "2026-08-01")  // 120 days before
        #expect(report["knownBy"] as? String == "2026-11-29")
        let model = try #require(report["model"] as? [String: Double])
        let baseline = try #require(report["baseline"] as? [String: Double])
        #expect(try #require(model["brier"]) < (try #require(baseline["brier"])))
        #expect(try #require(report["testCount"] as? Int) > 0)
        let calibration = try #require(report["calibration"] as? [[String: Any]])
        #expect(calibration.count == 10)
        #expect(try count("SELECT count(*) FROM payment_prediction") == 0)
        let table = try collecta(["predict", "--as-of", "2026-11-29", "--evaluate", "--split", "2026-09-01"])
        #expect(table.status == 0)
        #expect(table.standardOutput.hasPrefix("backtest split at 2026-09-01: "))
    }

    @Test("too little history: one line, status 1, the stored predictions unchanged")
    func tooLittleHistory() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try collecta(["predict", "--as-of", "2026-11-29"]).status == 0)
        let stored = try count("SELECT count(*) FROM payment_prediction WHERE computed_on = '2026-11-29'")
        let early = try collecta(["predict", "--as-of", "2020-01-01"])
        #expect(early.status == 1)
        #expect(early.standardErrorLines.count == 1)
        #expect(early.standardError.hasPrefix("collecta: too little payment history"))
        #expect(try count("SELECT count(*) FROM payment_prediction WHERE computed_on = '2026-11-29'") == stored)
        let backtest = try collecta(["predict", "--as-of", "2020-01-01", "--evaluate"])
        #expect(backtest.status == 1)
        #expect(backtest.standardErrorLines.count == 1)
    }

    @Test("bad usage exits 2: --split without --evaluate, a split after the date, csv, a bad date")
    func badUsage() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        for arguments in [
            ["predict", "--split", "2026-08-01"],
            ["predict", "--evaluate", "--as-of", "2026-11-29", "--split", "2026-12-01"],
            ["predict", "--format", "csv"], ["predict", "--as-of", "2026-13-01"],
        ] {
            let result = try collecta(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(!result.standardError.isEmpty)
        }
        #expect(try count("SELECT count(*) FROM payment_prediction") == 0)
    }

    @Test("R16: run computes the predictions first, creates prediction activities, and not again that day")
    func runComputesPredictionsFirst() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try collecta(["run", "--as-of", "2026-11-29", "--hierarchy", "KEY", "--format", "json"])
        #expect([0, 1].contains(first.status), "\(first.standardError)")
        let run = try #require(try object(first)["run"] as? [String: Any])
        let predictions = try #require(run["predictions"] as? [String: Any])
        let open = try count("SELECT count(*) FROM invoice WHERE open_amount > 0")
        #expect(predictions["status"] as? String == "computed")
        #expect(predictions["stored"] as? Int == open)
        let history = try collecta(["history", "--action", "prediction-activity", "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(history.standardOutput.utf8)) as? [[String: Any]])
        #expect(!rows.isEmpty)
        #expect(try count("SELECT count(*) FROM activity WHERE invoice_id IN (SELECT invoice_id FROM prediction_action)") > 0)
        let second = try collecta(["run", "--as-of", "2026-11-29", "--hierarchy", "INTL"])
        #expect([0, 1].contains(second.status))
        #expect(second.standardOutput.hasPrefix("before the run: predictions computed on the run date are used\n"))
    }
}

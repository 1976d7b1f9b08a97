import CollectaBenchKit
import Foundation
import Testing

@Suite("Benchmark reports")
struct ReportTests {
    private let size = PerformanceTargets.targetSize

    private var machine: MachineDescription {
        MachineDescription(
            cpuModel: "Test CPU @ 2.00GHz", cores: 2, memoryBytes: 8_000_000_000, kernel: "6.1.0-test",
            swiftVersion: "Swift version 6.3.1", sqliteVersion: "3.46.1", sqliteShellVersion: "3.46.1",
            date: "2026-11-29T10:00:00Z", commit: "abc1234")
    }

    private var simulate: BenchMeasurement {
        let runs = [0.8, 1.2, 1.0].map {
            ProcessSample(exitStatus: 0, wallSeconds: $0, userSeconds: 0.75, systemSeconds: 0.25, peakRSSBytes: 150_000_000)
        }
        let floorRuns = [0.2, 0.25, 0.3].map {
            ProcessSample(exitStatus: 0, wallSeconds: $0, userSeconds: 0.2, systemSeconds: 0, peakRSSBytes: 5_000_000)
        }
        return BenchMeasurement(
            name: MeasurementName.simulate, group: .simulate, size: size, processes: runs,
            floor: FloorMeasurement(name: "sqlite3 open balance per customer", processes: floorRuns))
    }

    private var report: BenchReport {
        let keys = TUIProbeOutput(firstFrameMilliseconds: 90, openScreenMilliseconds: 40, keys: ["down": Array(repeating: 2, count: 120)], customers: 100_000)
        let tui = TUIProbeOutput.measurements(of: [keys], processes: [], size: size)
        let failed = BenchMeasurement(name: MeasurementName.runFirstDate, group: .run, size: size, failure: "`collecta run` exited with status 3: collecta: locked\n  try again later\n")
        let settings = ReportSettings(sizes: [size], runs: 3, seriesRuns: 1, date: "2026-11-29", tuiKeys: 40, skipped: [.import])
        return BenchReport(machine: machine, settings: settings, measurements: [simulate, failed] + tui)
    }

    @Test("a row holds median, extremes, unit, CPU, floor, ratio, targets, met and peak RSS")
    func rowCells() {
        #expect(MarkdownReport.cells(of: simulate) == [
            "simulate, all hierarchies", "100k", "1.000", "0.800", "1.200", "—", "s", "1.000", "0.250", "4.00×",
            "≤ 1 s; ≤ 10× floor; RSS ≤ 200 MB", "yes", "150.0 MB",
        ])
    }

    @Test("a missed target says no, naming the missed ones when there are several")
    func missedTargets() {
        let slow = [1.5, 1.6, 1.7].map {
            ProcessSample(exitStatus: 0, wallSeconds: $0, userSeconds: 1, systemSeconds: 0, peakRSSBytes: 250_000_000)
        }
        let measurement = BenchMeasurement(name: MeasurementName.simulate, group: .simulate, size: size, processes: slow)
        #expect(MarkdownReport.cells(of: measurement)[11] == "no (≤ 1 s; ≤ 10× floor; RSS ≤ 200 MB)")
        let single = BenchMeasurement(name: MeasurementName.runSameDate, group: .run, size: size, processes: slow)
        #expect(MarkdownReport.cells(of: single)[11] == "no")
    }

    @Test("the keystroke rows show p99 in milliseconds; failed rows say error")
    func keystrokeAndFailedRows() throws {
        let rows = MarkdownReport.table(report.measurements)
        let down = try #require(rows.first { $0.hasPrefix("| TUI key down |") })
        #expect(down == "| TUI key down | 100k | 2.00 | 2.00 | 2.00 | 2.00 | ms | — | — | — | p99 ≤ 10 ms | yes | — |")
        let failed = try #require(rows.first { $0.hasPrefix("| run, first date |") })
        #expect(failed == "| run, first date | 100k | — | — | — | — | s | — | — | — | ≤ 3 s | error | — |")
    }

    @Test("the document has the machine, the settings, the table and the failures")
    func document() {
        let text = MarkdownReport.document(report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "# Collecta benchmark")
        #expect(lines.contains("- Machine: Test CPU @ 2.00GHz, 2 cores, 8.0 GB memory, Linux 6.1.0-test"))
        #expect(lines.contains("- SQLite: 3.46.1 (library), sqlite3 shell 3.46.1"))
        #expect(lines.contains("- Commit: abc1234"))
        #expect(lines.contains(
            "- Settings: 100k customers / 1M invoices; 3 runs (30-date series: 1); date 2026-11-29; 40 keys per kind per TUI probe; skipped: import"))
        #expect(lines.contains("| " + MarkdownReport.columns.joined(separator: " | ") + " |"))
        #expect(lines.contains("- run, first date, 100k: `collecta run` exited with status 3: collecta: locked / try again later"))
        #expect(text.hasSuffix("\n"))
    }

    @Test("a pipe in a cell does not break the table")
    func pipeIsEscaped() {
        let failed = BenchMeasurement(name: "a | b", group: .run, size: size, failure: "x")
        #expect(MarkdownReport.table([failed])[2].hasPrefix("| a \\| b |"))
    }

    @Test("results.json reads back to the same report and has the documented keys")
    func jsonRoundTrip() throws {
        let data = try report.jsonData()
        #expect(try BenchReport.decode(data) == report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["schemaVersion", "machine", "settings", "measurements"])
        #expect(object["schemaVersion"] as? Int == 1)
        let first = try #require((object["measurements"] as? [[String: Any]])?.first)
        #expect(first["name"] as? String == "simulate, all hierarchies")
        #expect(first["unit"] as? String == "s")
        #expect((first["size"] as? [String: Int]) == ["customers": 100_000, "invoices": 1_000_000])
        #expect((first["summary"] as? [String: Any])?["median"] as? Double == 1)
        #expect(first["ratio"] as? Double == 4)
        #expect(first["peakRSSBytes"] as? Int == 150_000_000)
        let targets = try #require(first["targets"] as? [[String: Any]])
        #expect(targets.map { $0["description"] as? String } == ["≤ 1 s", "≤ 10× floor", "RSS ≤ 200 MB"])
        #expect(targets.map { $0["met"] as? Bool } == [true, true, true])
        #expect(BenchReport(machine: machine, settings: report.settings, measurements: []).hasFailures == false)
        #expect(report.hasFailures)
    }

    @Test("the TUI probe's JSON gives first frame, open screen and one row per key kind over all runs")
    func tuiProbeOutput() throws {
        let json = """
            {"firstFrameMilliseconds": 120.5, "openScreenMilliseconds": 30, "customers": 100000,
             "keys": {"filter": [4, 6], "down": [1, 2], "pageDown": [3]}}
            """
        let first = try JSONDecoder().decode(TUIProbeOutput.self, from: Data(json.utf8))
        let second = TUIProbeOutput(firstFrameMilliseconds: 200, openScreenMilliseconds: 50, keys: ["down": [3, 30]], customers: 100_000)
        let process = ProcessSample(exitStatus: 0, wallSeconds: 1, userSeconds: 1, systemSeconds: 0, peakRSSBytes: 90_000_000)
        let measurements = TUIProbeOutput.measurements(of: [first, second], processes: [process], size: size)
        #expect(measurements.map(\.name) == ["TUI first frame", "TUI open screen", "TUI key down", "TUI key pageDown", "TUI key filter"])
        #expect(measurements[0].samples == [120.5, 200])
        #expect(measurements[0].unit == .milliseconds)
        #expect(measurements[0].met == false)
        #expect(measurements[1].met == nil)
        #expect(measurements[2].samples == [1, 2, 3, 30])
        #expect(measurements[2].summary?.p99 == 30)
        #expect(measurements[2].met == false)
        #expect(measurements[3].met == true)
        #expect(measurements.allSatisfy { $0.peakRSSBytes == 90_000_000 })
    }
}

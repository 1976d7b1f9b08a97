import ArgumentParser
import CollectaBenchKit
import CollectaCore
import Foundation
import GRDB

/// Runs every measurement and writes the Markdown and JSON reports.
struct SuiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suite", abstract: "Run the whole benchmark.",
        discussion: """
            Generates (or reuses) a company per size, measures import, simulate, predict, run, history and \
            the TUI with the release binaries, prints the Markdown table and writes results.md and \
            results.json into --output. Exit status 1 when a measurement failed. See docs/performance.md.
            """)

    @OptionGroup var options: SuiteOptions

    func run() throws {
        let workbench = try Workbench(options: options)
        let machine = MachineProbe.describe(sqliteVersion: Self.sqliteLibraryVersion(), sqliteShell: workbench.sqlite3)
        var measurements: [BenchMeasurement] = []
        let largest = options.sizes.max { $0.customers < $1.customers }
        for size in options.sizes {
            measurements += workbench.measurements(of: size, isLargest: size == largest)
        }
        let settings = ReportSettings(
            sizes: options.sizes, runs: options.runs, seriesRuns: options.seriesRunCount, date: options.date,
            tuiKeys: options.tuiKeys, skipped: BenchGroup.allCases.filter { !options.includes($0) })
        let report = BenchReport(machine: machine, settings: settings, measurements: measurements)
        try write(report, to: workbench.outputDirectory)
        if report.hasFailures { throw ExitCode.failure }
    }

    private func write(_ report: BenchReport, to directory: String) throws {
        let markdown = MarkdownReport.document(report)
        try Data(markdown.utf8).write(to: URL(fileURLWithPath: directory + "/results.md"))
        try report.jsonData().write(to: URL(fileURLWithPath: directory + "/results.json"))
        print(markdown, terminator: "")
        FileHandle.standardError.write(Data("written: \(directory)/results.md, \(directory)/results.json\n".utf8))
    }

    /// The version of the SQLite library linked into the binaries (through GRDB).
    private static func sqliteLibraryVersion() -> String {
        let version = try? DatabaseQueue().read { try String.fetchOne($0, sql: "SELECT sqlite_version()") }
        return (version ?? nil) ?? "unknown"
    }
}

extension Workbench {
    /// Every measurement of one size, the TUI on the largest only. A measurement that fails is
    /// reported with its error and the others go on.
    func measurements(of size: DatasetSize, isLargest: Bool) -> [BenchMeasurement] {
        let dataset: Dataset
        do {
            dataset = try self.dataset(of: size, today: options.firstDate ?? LocalDate(daysSinceEpoch: 0))
        } catch {
            log("[\(size.label)] cannot prepare the company: \(error)")
            return [BenchMeasurement(name: "prepare the company", group: .import, size: size, failure: "\(error)")]
        }
        let groups: [(BenchGroup, [String], (Dataset) throws -> [BenchMeasurement])] = [
            (.import, [MeasurementName.importInvoices], measureImport),
            (.simulate, [MeasurementName.simulate], measureSimulate),
            (.predict, [MeasurementName.predict], measurePredict),
            (.run, [MeasurementName.runFirstDate, MeasurementName.runSameDate, MeasurementName.runThirtyDates], measureRuns),
            (.history, [MeasurementName.historyOfHierarchy, MeasurementName.historyOfCustomer], measureHistory),
            (.tui, [MeasurementName.tuiFirstFrame], measureTUI),
        ]
        return groups.filter { options.includes($0.0) && ($0.0 != .tui || isLargest) }.flatMap { group, names, measure in
            do {
                return try measure(dataset)
            } catch {
                log("[\(size.label)] \(group.rawValue) failed: \(error)")
                let unit: MeasurementUnit = group == .tui ? .milliseconds : .seconds
                return names.map { BenchMeasurement(name: $0, group: group, size: size, unit: unit, failure: "\(error)") }
            }
        }
    }
}

import Foundation

/// `results.md`: the machine, the settings and one table row per measurement.
public enum MarkdownReport {
    /// The columns of the table, in order.
    public static let columns = [
        "measurement", "size", "median", "min", "max", "p99", "unit", "cpu", "floor", "ratio", "target",
        "met", "peak RSS",
    ]

    /// The whole document: a title, the machine and settings, the table, then any failures.
    public static func document(_ report: BenchReport) -> String {
        var lines = ["# Collecta benchmark", ""]
        lines += machineLines(report.machine) + [settingsLine(report.settings), ""]
        lines += table(report.measurements)
        let failures = report.measurements.filter { $0.error != nil }
        if !failures.isEmpty {
            lines += ["", "Failures:", ""]
            lines += failures.map { "- \($0.name), \($0.size.label): \(oneLine($0.error ?? ""))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The table: a header, the alignment row, one row per measurement.
    public static func table(_ measurements: [BenchMeasurement]) -> [String] {
        let header = row(columns)
        let alignment = row(columns.map { ["measurement", "target", "met"].contains($0) ? "---" : "---:" })
        return [header, alignment] + measurements.map { row(cells(of: $0)) }
    }

    /// The cells of one measurement, in the order of `columns`; `—` where there is no value.
    public static func cells(of measurement: BenchMeasurement) -> [String] {
        let unit = measurement.unit
        let summary = measurement.summary
        let showsP99 = (summary?.count ?? 0) >= 100
        return [
            measurement.name, measurement.size.label,
            value(summary?.median, unit), value(summary?.minimum, unit), value(summary?.maximum, unit),
            showsP99 ? value(summary?.p99, unit) : "—", unit.rawValue,
            measurement.cpuSeconds.map { value($0.median, .seconds) } ?? "—",
            value(measurement.floor?.summary?.median, unit),
            measurement.ratio.map { String(format: "%.2f×", $0) } ?? "—",
            measurement.targets.isEmpty ? "—" : measurement.targets.map(\.description).joined(separator: "; "),
            metCell(measurement), measurement.peakRSSBytes.map(megabytes) ?? "—",
        ]
    }

    /// `yes`, `no (the targets missed)`, `error`, or `—` without a target.
    static func metCell(_ measurement: BenchMeasurement) -> String {
        if measurement.error != nil { return "error" }
        guard let met = measurement.met else { return "—" }
        if met { return "yes" }
        let missed = measurement.targets.filter { !$0.met }.map(\.description)
        return measurement.targets.count == 1 ? "no" : "no (\(missed.joined(separator: "; ")))"
    }

    /// Seconds with three decimals, milliseconds with two; `—` for no value.
    static func value(_ value: Double?, _ unit: MeasurementUnit) -> String {
        guard let value else { return "—" }
        return String(format: unit == .seconds ? "%.3f" : "%.2f", value)
    }

    /// Bytes as megabytes (1 MB = 1,000,000 bytes) with one decimal.
    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }

    /// The lines of `text` joined by ` / `, so that a multi-line error stays one list item.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " / ")
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
    }

    private static func machineLines(_ machine: MachineDescription) -> [String] {
        let memory = String(format: "%.1f GB", Double(machine.memoryBytes) / 1_000_000_000)
        var lines = [
            "- Date: \(machine.date)",
            "- Machine: \(machine.cpuModel), \(machine.cores) cores, \(memory) memory, Linux \(machine.kernel)",
            "- Swift: \(machine.swiftVersion)",
            "- SQLite: \(machine.sqliteVersion) (library), sqlite3 shell \(machine.sqliteShellVersion)",
        ]
        if let commit = machine.commit { lines.append("- Commit: \(commit)") }
        return lines
    }

    private static func settingsLine(_ settings: ReportSettings) -> String {
        let sizes = settings.sizes.map { "\($0.label) customers / \(DatasetSize.compact($0.invoices)) invoices" }
        let skippedGroups = settings.skipped.map(\.rawValue).joined(separator: ", ")
        let skipped = settings.skipped.isEmpty ? "" : "; skipped: \(skippedGroups)"
        return "- Settings: \(sizes.joined(separator: ", ")); \(settings.runs) runs "
            + "(30-date series: \(settings.seriesRuns)); date \(settings.date); "
            + "\(settings.tuiKeys) keys per kind per TUI probe\(skipped)"
    }
}

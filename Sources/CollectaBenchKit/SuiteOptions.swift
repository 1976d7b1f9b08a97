import Foundation
import ArgumentParser
import CollectaCore

/// The options of `collecta-bench suite` (docs/performance.md).
public struct SuiteOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Customer counts of the generated companies, comma-separated; each has 10 invoices per "
                + "customer (default: 10000,100000).",
            valueName: "n,n…"),
        transform: SuiteOptions.sizes(from:))
    public var sizes: [DatasetSize] = [DatasetSize(customers: 10_000), DatasetSize(customers: 100_000)]

    @Option(help: "How many times each command is measured.")
    public var runs: Int = 5

    @Option(help: ArgumentHelp(
        "How many times the 30-consecutive-dates series is measured (default: --runs).", valueName: "n"))
    public var seriesRuns: Int?

    @Option(help: "Where the databases are cached and results.md and results.json are written.")
    public var output: String = ".build/bench"

    @Option(
        help: ArgumentHelp(
            "Groups to leave out, comma-separated: \(BenchGroup.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "group,…"),
        transform: SuiteOptions.groups(from:))
    public var skip: Set<BenchGroup> = []

    @Option(help: "The date the companies are generated around and the runs start on (YYYY-MM-DD).")
    public var date: String = "2026-11-29"

    @Option(help: "Keystrokes of each kind per TUI probe.")
    public var tuiKeys: Int = 100

    @Option(help: ArgumentHelp(
        "The collecta binary to measure (default: the one next to collecta-bench).", valueName: "path"))
    public var collecta: String?

    @Flag(help: "Use the cached databases even when the collecta binary is newer than them.")
    public var reuseData = false

    public init() {}

    public mutating func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
        if let seriesRuns, seriesRuns < 1 { throw ValidationError("--series-runs must be at least 1") }
        guard tuiKeys >= 1 else { throw ValidationError("--tui-keys must be at least 1") }
        guard firstDate != nil else { throw ValidationError("--date must be a date like 2026-11-29, not '\(date)'") }
    }

    /// How many times the 30-date series is measured.
    public var seriesRunCount: Int { seriesRuns ?? runs }

    /// `--date` as a date (checked by `validate`).
    public var firstDate: LocalDate? { LocalDate(iso: date) }

    /// Whether the group is measured.
    public func includes(_ group: BenchGroup) -> Bool { !skip.contains(group) }

    /// Parses `10000,100000` (underscores allowed, repeats dropped) into sizes.
    public static func sizes(from text: String) throws -> [DatasetSize] {
        var counts: [Int] = []
        for item in items(of: text) {
            guard let count = Int(item.replacingOccurrences(of: "_", with: "")), count >= 1 else {
                throw ValidationError("--sizes: '\(item)' is not a positive customer count")
            }
            if !counts.contains(count) { counts.append(count) }
        }
        guard !counts.isEmpty else { throw ValidationError("--sizes needs at least one customer count") }
        return counts.map(DatasetSize.init(customers:))
    }

    /// Parses `import,tui` into groups.
    public static func groups(from text: String) throws -> Set<BenchGroup> {
        try Set(items(of: text).map { item in
            guard let group = BenchGroup(rawValue: item.lowercased()) else {
                let known = BenchGroup.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--skip: '\(item)' is not one of \(known)")
            }
            return group
        })
    }

    private static func items(of text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

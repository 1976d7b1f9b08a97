import Foundation

/// The machine the benchmark ran on.
public struct MachineDescription: Codable, Equatable, Sendable {
    /// The CPU model name from `/proc/cpuinfo`.
    public var cpuModel: String
    /// The logical processors in `/proc/cpuinfo`.
    public var cores: Int
    /// `MemTotal` of `/proc/meminfo`, in bytes.
    public var memoryBytes: Int
    /// The kernel release (`uname -r`).
    public var kernel: String
    /// The first line of `swift --version`.
    public var swiftVersion: String
    /// The SQLite library the binaries link.
    public var sqliteVersion: String
    /// The version of the `sqlite3` shell that gives the floors.
    public var sqliteShellVersion: String
    /// When the benchmark started, ISO 8601 in UTC.
    public var date: String
    /// The checked-out commit, when known.
    public var commit: String?

    public init(
        cpuModel: String, cores: Int, memoryBytes: Int, kernel: String, swiftVersion: String,
        sqliteVersion: String, sqliteShellVersion: String, date: String, commit: String?
    ) {
        self.cpuModel = cpuModel
        self.cores = cores
        self.memoryBytes = memoryBytes
        self.kernel = kernel
        self.swiftVersion = swiftVersion
        self.sqliteVersion = sqliteVersion
        self.sqliteShellVersion = sqliteShellVersion
        self.date = date
        self.commit = commit
    }
}

/// The options a report was made with.
public struct ReportSettings: Codable, Equatable, Sendable {
    public var sizes: [DatasetSize]
    public var runs: Int
    public var seriesRuns: Int
    public var date: String
    public var tuiKeys: Int
    public var skipped: [BenchGroup]

    public init(sizes: [DatasetSize], runs: Int, seriesRuns: Int, date: String, tuiKeys: Int, skipped: [BenchGroup]) {
        self.sizes = sizes
        self.runs = runs
        self.seriesRuns = seriesRuns
        self.date = date
        self.tuiKeys = tuiKeys
        self.skipped = skipped
    }
}

/// Everything one benchmark run found: `results.json` is this value, `results.md` its table.
public struct BenchReport: Codable, Equatable, Sendable {
    /// Bumped when a key changes meaning or goes away (docs/performance.md).
    public var schemaVersion = 1
    public var machine: MachineDescription
    public var settings: ReportSettings
    public var measurements: [BenchMeasurement]

    public init(machine: MachineDescription, settings: ReportSettings, measurements: [BenchMeasurement]) {
        self.machine = machine
        self.settings = settings
        self.measurements = measurements
    }

    /// Whether a measurement failed.
    public var hasFailures: Bool { measurements.contains { $0.error != nil } }

    /// The report as pretty-printed JSON with sorted keys.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Reads a report written by `jsonData()`.
    public static func decode(_ data: Data) throws -> BenchReport {
        try JSONDecoder().decode(BenchReport.self, from: data)
    }
}

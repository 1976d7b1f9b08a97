/// The groups of measurements, which `--skip` names.
public enum BenchGroup: String, Codable, CaseIterable, Sendable {
    case `import`, simulate, predict, run, history, tui
}

/// The unit of a measurement's samples.
public enum MeasurementUnit: String, Codable, Sendable {
    case seconds = "s"
    case milliseconds = "ms"
}

/// The size of a generated company: customers, and ten invoices per customer.
public struct DatasetSize: Codable, Hashable, Sendable {
    public let customers: Int
    public let invoices: Int

    public init(customers: Int) {
        self.customers = customers
        invoices = customers * 10
    }

    /// `10k`, `100k`, `1.5M`, or the plain count under a thousand.
    public var label: String { Self.compact(customers) }

    static func compact(_ count: Int) -> String {
        func scaled(_ divisor: Double, _ suffix: String) -> String {
            let value = Double(count) / divisor
            let text = value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
            return text + suffix
        }
        if count >= 1_000_000 { return scaled(1_000_000, "M") }
        if count >= 1_000 { return scaled(1_000, "k") }
        return String(count)
    }
}

/// The same work done by a reference tool, which the measurement is compared with.
public struct FloorMeasurement: Codable, Equatable, Sendable {
    /// What the floor is, e.g. `sqlite3 .import`.
    public let name: String
    /// One sample per run, in the measurement's unit.
    public let samples: [Double]
    /// The summary of the samples.
    public let summary: Summary?
    /// The largest peak RSS of the floor's runs, in bytes.
    public let peakRSSBytes: Int?

    public init(name: String, samples: [Double], peakRSSBytes: Int?) {
        self.name = name
        self.samples = samples
        summary = Summary(samples)
        self.peakRSSBytes = peakRSSBytes
    }
}

/// One line of the report: a command measured several times on one company size.
public struct BenchMeasurement: Codable, Equatable, Sendable {
    /// What was measured, e.g. `import invoices`.
    public let name: String
    public let group: BenchGroup
    public let size: DatasetSize
    public let unit: MeasurementUnit
    /// One wall-clock sample per run (for the TUI keys: one per keystroke), in `unit`.
    public let samples: [Double]
    /// The summary of `samples`; nil when the measurement failed.
    public let summary: Summary?
    /// The summary of user + system CPU seconds per run, when the samples are processes.
    public let cpuSeconds: Summary?
    /// The largest peak RSS over the runs, in bytes.
    public let peakRSSBytes: Int?
    /// The reference the measurement is compared with, if any.
    public let floor: FloorMeasurement?
    /// Median over the floor's median.
    public let ratio: Double?
    /// The targets that apply at this size, and whether they were met.
    public let targets: [TargetResult]
    /// Why the measurement could not be made, if it could not.
    public let error: String?

    public init(
        name: String, group: BenchGroup, size: DatasetSize, unit: MeasurementUnit, samples: [Double],
        cpuSeconds: [Double] = [], peakRSSBytes: Int? = nil, floor: FloorMeasurement? = nil,
        targets: [Target] = []
    ) {
        self.name = name
        self.group = group
        self.size = size
        self.unit = unit
        self.samples = samples
        summary = Summary(samples)
        self.cpuSeconds = Summary(cpuSeconds)
        self.peakRSSBytes = peakRSSBytes
        self.floor = floor
        if let median = summary?.median, let floorMedian = floor?.summary?.median, floorMedian > 0 {
            ratio = median / floorMedian
        } else {
            ratio = nil
        }
        error = nil
        let figures = (summary: summary, ratio: ratio, peakRSSBytes: peakRSSBytes)
        self.targets = targets.map { target in
            let met = target.isMet(summary: figures.summary, ratio: figures.ratio, peakRSSBytes: figures.peakRSSBytes)
            return TargetResult(target: target, met: met)
        }
    }

    /// A measurement that could not be made; it keeps its targets, none met.
    public init(
        name: String, group: BenchGroup, size: DatasetSize, unit: MeasurementUnit, failure: String,
        targets: [Target] = []
    ) {
        self.name = name
        self.group = group
        self.size = size
        self.unit = unit
        samples = []
        summary = nil
        cpuSeconds = nil
        peakRSSBytes = nil
        floor = nil
        ratio = nil
        self.targets = targets.map { TargetResult(target: $0, met: false) }
        error = failure
    }

    /// Whether every target is met; nil when no target applies.
    public var met: Bool? {
        targets.isEmpty ? nil : targets.allSatisfy(\.met)
    }
}

extension ProcessSample {
    /// Several runs counted as one: wall and CPU times added, the largest peak RSS, the last
    /// exit status.
    public static func total(of samples: [ProcessSample]) -> ProcessSample {
        ProcessSample(
            exitStatus: samples.last?.exitStatus ?? 0,
            wallSeconds: samples.reduce(0) { $0 + $1.wallSeconds },
            userSeconds: samples.reduce(0) { $0 + $1.userSeconds },
            systemSeconds: samples.reduce(0) { $0 + $1.systemSeconds },
            peakRSSBytes: samples.map(\.peakRSSBytes).max() ?? 0)
    }
}

extension FloorMeasurement {
    /// The floor of wall-clock seconds of `samples`.
    public init(name: String, processes samples: [ProcessSample]) {
        self.init(name: name, samples: samples.map(\.wallSeconds), peakRSSBytes: samples.map(\.peakRSSBytes).max())
    }
}

extension BenchMeasurement {
    /// A measurement in seconds of process runs, with the targets of `name` at `size`.
    public init(
        name: String, group: BenchGroup, size: DatasetSize, processes samples: [ProcessSample],
        floor: FloorMeasurement? = nil
    ) {
        self.init(
            name: name, group: group, size: size, unit: .seconds, samples: samples.map(\.wallSeconds),
            cpuSeconds: samples.map(\.cpuSeconds), peakRSSBytes: samples.map(\.peakRSSBytes).max(), floor: floor,
            targets: PerformanceTargets.targets(for: name, at: size))
    }

    /// A measurement of `name` that could not be made, with its targets.
    public init(name: String, group: BenchGroup, size: DatasetSize, unit: MeasurementUnit = .seconds, failure: String) {
        self.init(
            name: name, group: group, size: size, unit: unit, failure: failure,
            targets: PerformanceTargets.targets(for: name, at: size))
    }
}

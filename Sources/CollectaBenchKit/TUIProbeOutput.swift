/// What `collecta-bench tui-probe` prints: one JSON object per probe run.
public struct TUIProbeOutput: Codable, Equatable, Sendable {
    /// From the start of the application to its first drawn frame.
    public let firstFrameMilliseconds: Double
    /// From the menu choice to the drawn process assignment list.
    public let openScreenMilliseconds: Double
    /// Per kind of key (`down`, `pageDown`, `filter`), the time of each keystroke to its frame.
    public let keys: [String: [Double]]
    /// The customers the list holds.
    public let customers: Int

    public init(firstFrameMilliseconds: Double, openScreenMilliseconds: Double, keys: [String: [Double]], customers: Int) {
        self.firstFrameMilliseconds = firstFrameMilliseconds
        self.openScreenMilliseconds = openScreenMilliseconds
        self.keys = keys
        self.customers = customers
    }

    /// The measurements of several probe runs at `size`: first frame and open screen (one sample
    /// per run), and one measurement per kind of key over the samples of every run. `processes`
    /// are the probe runs, for the peak RSS.
    public static func measurements(
        of outputs: [TUIProbeOutput], processes: [ProcessSample], size: DatasetSize
    ) -> [BenchMeasurement] {
        let peakRSS = processes.map(\.peakRSSBytes).max()
        func measurement(_ name: String, _ samples: [Double]) -> BenchMeasurement {
            BenchMeasurement(
                name: name, group: .tui, size: size, unit: .milliseconds, samples: samples, peakRSSBytes: peakRSS,
                targets: PerformanceTargets.targets(for: name, at: size))
        }
        let kinds = Set(outputs.flatMap(\.keys.keys)).sorted { keyOrder($0) < keyOrder($1) }
        return [
            measurement(MeasurementName.tuiFirstFrame, outputs.map(\.firstFrameMilliseconds)),
            measurement(MeasurementName.tuiOpenScreen, outputs.map(\.openScreenMilliseconds)),
        ] + kinds.map { kind in measurement(MeasurementName.tuiKey(kind), outputs.flatMap { $0.keys[kind] ?? [] }) }
    }

    /// The known kinds first, in the order people press them; any other kind after, by name.
    private static func keyOrder(_ kind: String) -> (Int, String) {
        (["down", "pageDown", "filter"].firstIndex(of: kind) ?? 3, kind)
    }
}

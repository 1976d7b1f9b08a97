import CollectaBenchKit
import Testing

@Suite("Benchmark targets and measurements")
struct TargetTests {
    private let target = PerformanceTargets.targetSize
    private let small = DatasetSize(customers: 10_000)

    @Test("targets read as people write them")
    func descriptions() {
        #expect(Target.median(atMost: 1, .seconds).description == "≤ 1 s")
        #expect(Target.median(atMost: 0.2, .seconds).description == "≤ 0.2 s")
        #expect(Target.p99(atMost: 10, .milliseconds).description == "p99 ≤ 10 ms")
        #expect(Target.ratio(atMost: 2).description == "≤ 2× floor")
        #expect(Target.peakRSS(atMostMegabytes: 200).description == "RSS ≤ 200 MB")
    }

    @Test("a target is met at its limit, missed above it, and missed without the figure")
    func isMet() throws {
        let summary = try #require(Summary([1, 2, 3]))
        #expect(Target.median(atMost: 2, .seconds).isMet(summary: summary, ratio: nil, peakRSSBytes: nil))
        #expect(!Target.median(atMost: 1.9, .seconds).isMet(summary: summary, ratio: nil, peakRSSBytes: nil))
        #expect(Target.p99(atMost: 3, .milliseconds).isMet(summary: summary, ratio: nil, peakRSSBytes: nil))
        #expect(!Target.ratio(atMost: 2).isMet(summary: summary, ratio: nil, peakRSSBytes: nil))
        #expect(Target.ratio(atMost: 2).isMet(summary: summary, ratio: 1.5, peakRSSBytes: nil))
        #expect(Target.peakRSS(atMostMegabytes: 200).isMet(summary: nil, ratio: nil, peakRSSBytes: 200_000_000))
        #expect(!Target.peakRSS(atMostMegabytes: 200).isMet(summary: nil, ratio: nil, peakRSSBytes: 200_000_001))
    }

    @Test("the issue's targets apply at 100,000 customers only")
    func targetsBySize() {
        #expect(PerformanceTargets.targets(for: MeasurementName.simulate, at: target).map(\.description)
            == ["≤ 1 s", "≤ 10× floor", "RSS ≤ 200 MB"])
        #expect(PerformanceTargets.targets(for: MeasurementName.importInvoices, at: target) == [.ratio(atMost: 2)])
        #expect(PerformanceTargets.targets(for: MeasurementName.runFirstDate, at: target) == [.median(atMost: 3, .seconds)])
        #expect(PerformanceTargets.targets(for: MeasurementName.runSameDate, at: target) == [.median(atMost: 0.2, .seconds)])
        #expect(PerformanceTargets.targets(for: MeasurementName.tuiFirstFrame, at: target) == [.median(atMost: 150, .milliseconds)])
        #expect(PerformanceTargets.targets(for: MeasurementName.tuiKey("down"), at: target) == [.p99(atMost: 10, .milliseconds)])
        #expect(PerformanceTargets.targets(for: MeasurementName.historyOfCustomer, at: target).isEmpty)
        #expect(PerformanceTargets.targets(for: MeasurementName.simulate, at: small).isEmpty)
    }

    @Test("a measurement of processes: wall samples, CPU, largest RSS, ratio to its floor, targets")
    func measurementOfProcesses() throws {
        let runs = [(2.0, 400), (3.0, 500), (2.5, 450)].map {
            ProcessSample(exitStatus: 0, wallSeconds: $0.0, userSeconds: 1, systemSeconds: 0.5, peakRSSBytes: $0.1)
        }
        let floorRuns = [1.0, 1.5, 0.5].map {
            ProcessSample(exitStatus: 0, wallSeconds: $0, userSeconds: 0, systemSeconds: 0, peakRSSBytes: 1)
        }
        let measurement = BenchMeasurement(
            name: MeasurementName.importInvoices, group: .import, size: target, processes: runs,
            floor: FloorMeasurement(name: "sqlite3 .import", processes: floorRuns))
        #expect(measurement.samples == [2, 3, 2.5])
        #expect(measurement.summary?.median == 2.5)
        #expect(measurement.cpuSeconds?.median == 1.5)
        #expect(measurement.peakRSSBytes == 500)
        #expect(measurement.floor?.summary?.median == 1)
        #expect(measurement.ratio == 2.5)
        #expect(measurement.targets == [TargetResult(target: .ratio(atMost: 2), met: false)])
        #expect(measurement.met == false)
        #expect(measurement.error == nil)
    }

    @Test("without a target, met is unknown; a failed measurement keeps its targets, unmet")
    func metOrUnknown() {
        let run = ProcessSample(exitStatus: 0, wallSeconds: 0.1, userSeconds: 0, systemSeconds: 0, peakRSSBytes: 1)
        let untargeted = BenchMeasurement(name: MeasurementName.simulate, group: .simulate, size: small, processes: [run])
        #expect(untargeted.met == nil)
        #expect(untargeted.ratio == nil)
        let met = BenchMeasurement(name: MeasurementName.runSameDate, group: .run, size: target, processes: [run])
        #expect(met.met == true)
        let failed = BenchMeasurement(name: MeasurementName.simulate, group: .simulate, size: target, failure: "exit 3")
        #expect(failed.error == "exit 3")
        #expect(failed.summary == nil)
        #expect(failed.targets.count == 3)
        #expect(failed.met == false)
    }

    @Test("sizes read as 10k, 100k, 1M")
    func sizeLabels() {
        #expect(DatasetSize(customers: 10_000).label == "10k")
        #expect(DatasetSize(customers: 100_000).invoices == 1_000_000)
        #expect(DatasetSize(customers: 1_500_000).label == "1.5M")
        #expect(DatasetSize(customers: 250).label == "250")
    }
}

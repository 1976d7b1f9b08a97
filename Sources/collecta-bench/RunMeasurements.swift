import CollectaBenchKit
import CollectaCore
import Foundation

extension Workbench {
    /// `collecta run` on the first date (a fresh copy each time), the same date again on that copy,
    /// and the total of runs on 30 consecutive dates (a fresh copy per series).
    func measureRuns(_ dataset: Dataset) throws -> [BenchMeasurement] {
        let date = dataset.today.isoString
        let copy = scratch("run.sqlite")
        defer { removeDatabase(copy) }
        var firstRuns: [ProcessSample] = []
        var sameDateRuns: [ProcessSample] = []
        for run in 1...options.runs {
            try copyDatabase(dataset.demoDatabase, to: copy)
            let invocation = collecta(["run", "--as-of", date, "--db", copy])
            firstRuns.append(try ProcessRunner.run(invocation, allowing: runStatuses))
            progress(dataset, MeasurementName.runFirstDate, run, firstRuns.last)
            sameDateRuns.append(try ProcessRunner.run(invocation, allowing: runStatuses))
            progress(dataset, MeasurementName.runSameDate, run, sameDateRuns.last)
        }
        return [
            BenchMeasurement(name: MeasurementName.runFirstDate, group: .run, size: dataset.size, processes: firstRuns),
            BenchMeasurement(name: MeasurementName.runSameDate, group: .run, size: dataset.size, processes: sameDateRuns),
            try measureSeries(dataset),
        ]
    }

    /// Runs on `path` for the 30 dates from `first`, logging each; one sample per run.
    func runSeries(on path: String, from first: LocalDate, label: String) throws -> [ProcessSample] {
        try (0..<30).map { day in
            let date = first.adding(days: day).isoString
            let sample = try ProcessRunner.run(collecta(["run", "--as-of", date, "--db", path]), allowing: runStatuses)
            log("[\(label)]   run \(date) (\(day + 1)/30): "
                + String(format: "%.3f s wall, %.3f s cpu", sample.wallSeconds, sample.cpuSeconds))
            return sample
        }
    }

    /// The 30-date series, `--series-runs` times; the first series' database is kept for the
    /// history queries when none is cached.
    private func measureSeries(_ dataset: Dataset) throws -> BenchMeasurement {
        let copy = scratch("series.sqlite")
        defer { removeDatabase(copy) }
        var totals: [ProcessSample] = []
        for run in 1...options.seriesRunCount {
            try copyDatabase(dataset.demoDatabase, to: copy)
            let series = try runSeries(on: copy, from: dataset.today, label: dataset.size.label)
            totals.append(ProcessSample.total(of: series))
            progress(dataset, MeasurementName.runThirtyDates, run, totals.last)
            if !FileManager.default.fileExists(atPath: dataset.afterSeriesDatabase) {
                try moveDatabase(copy, to: dataset.afterSeriesDatabase)
            }
        }
        return BenchMeasurement(name: MeasurementName.runThirtyDates, group: .run, size: dataset.size, processes: totals)
    }
}

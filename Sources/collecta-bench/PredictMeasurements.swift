import CollectaBenchKit
import Foundation

extension Workbench {
    /// `collecta predict` on a fresh copy of the demo database, run after run: both passes over
    /// every invoice (train, then predict and replace the stored predictions with one per open
    /// invoice). The peak RSS shows that the invoices are streamed, not loaded.
    func measurePredict(_ dataset: Dataset) throws -> [BenchMeasurement] {
        let copy = scratch("predict.sqlite")
        defer { removeDatabase(copy) }
        let invoices = try query("SELECT count(*), sum(open_amount > 0) FROM invoice", in: dataset.demoDatabase)
        log("[\(dataset.size.label)] predict over invoices|open: \(invoices)")
        var samples: [ProcessSample] = []
        for run in 1...options.runs {
            try copyDatabase(dataset.demoDatabase, to: copy)
            samples.append(try ProcessRunner.run(
                collecta(["predict", "--as-of", dataset.today.isoString, "--db", copy]), allowing: [0]))
            progress(dataset, MeasurementName.predict, run, samples.last)
            if let sample = samples.last {
                log("[\(dataset.size.label)] \(MeasurementName.predict) \(run): peak RSS "
                    + String(format: "%.1f MB", Double(sample.peakRSSBytes) / 1_000_000))
            }
        }
        return [BenchMeasurement(name: MeasurementName.predict, group: .predict, size: dataset.size, processes: samples)]
    }
}

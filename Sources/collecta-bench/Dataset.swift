import CollectaBenchKit
import CollectaCore
import Foundation

/// A generated company of one size, cached under `OUTPUT/data/` by its parameters: the demo
/// database with its CSV files, and the databases derived from it.
struct Dataset {
    static let hierarchies = 20
    static let seed = 1
    /// The reference data imported into `preparedDatabase`, in import order (docs/import.md).
    static let referenceKinds = ["agents", "sales-groups", "customers", "contacts"]

    let size: DatasetSize
    let today: LocalDate
    let directory: String

    init(size: DatasetSize, today: LocalDate, outputDirectory: String) {
        self.size = size
        self.today = today
        directory = outputDirectory + "/data/customers-\(size.customers)-invoices-\(size.invoices)"
            + "-hierarchies-\(Self.hierarchies)-seed-\(Self.seed)-today-\(today.isoString)"
    }

    /// The database `collecta demo` wrote: configuration, reference data, invoices.
    var demoDatabase: String { directory + "/demo.sqlite" }
    /// The CSV files and configuration document `collecta demo --csv` wrote.
    var csvDirectory: String { directory + "/csv" }
    /// The invoices file the import measurement reads.
    var invoicesFile: String { csvDirectory + "/invoices.csv" }
    /// The configuration and every reference kind imported from the CSV files, but no invoice.
    var preparedDatabase: String { directory + "/prepared.sqlite" }
    /// The demo database after runs on 30 consecutive dates, for the history queries.
    var afterSeriesDatabase: String { directory + "/after-30-runs.sqlite" }
    /// Written last: the dataset is complete. Its time is compared with the collecta binary's.
    var stamp: String { directory + "/complete" }
}

extension Workbench {
    /// The dataset of `size`, generated and prepared unless a complete one is cached that is not
    /// older than the collecta binary (or `--reuse-data`); its demo database holds the payment
    /// predictions of `today`.
    func dataset(of size: DatasetSize, today: LocalDate) throws -> Dataset {
        let dataset = Dataset(size: size, today: today, outputDirectory: outputDirectory)
        if isUsable(dataset) {
            log("[\(size.label)] using the cached company in \(dataset.directory)")
            try storePredictions(dataset)
            return dataset
        }
        try? FileManager.default.removeItem(atPath: dataset.directory)
        try FileManager.default.createDirectory(atPath: dataset.csvDirectory, withIntermediateDirectories: true)
        try generate(dataset)
        try prepare(dataset)
        try storePredictions(dataset)
        try Data(dataset.directory.utf8).write(to: URL(fileURLWithPath: dataset.stamp))
        return dataset
    }

    /// Stores the predictions of the first date in the demo database, once (untimed): a run of a
    /// hierarchy that uses predictions computes them first unless that date's are stored, so
    /// every copy the runs start from has them, as after a `collecta predict` that morning, and
    /// `run, first date` measures the run alone (the `predict` measurement measures them).
    private func storePredictions(_ dataset: Dataset) throws {
        let stored = try query(
            "SELECT EXISTS (SELECT 1 FROM payment_prediction WHERE computed_on = '\(dataset.today.isoString)')",
            in: dataset.demoDatabase)
        guard stored != "1" else { return }
        log("[\(dataset.size.label)] storing the predictions of \(dataset.today.isoString) (untimed)")
        _ = try ProcessRunner.run(
            collecta(["predict", "--as-of", dataset.today.isoString, "--db", dataset.demoDatabase]), allowing: [0])
    }

    /// The database after 30 runs: made once per dataset (untimed when the run group did not
    /// leave one behind).
    func afterSeriesDatabase(of dataset: Dataset) throws -> String {
        if FileManager.default.fileExists(atPath: dataset.afterSeriesDatabase) { return dataset.afterSeriesDatabase }
        log("[\(dataset.size.label)] running 30 dates for the history queries (untimed)")
        let copy = scratch("series-for-history.sqlite")
        try copyDatabase(dataset.demoDatabase, to: copy)
        _ = try runSeries(on: copy, from: dataset.today, label: dataset.size.label)
        try moveDatabase(copy, to: dataset.afterSeriesDatabase)
        return dataset.afterSeriesDatabase
    }

    private func isUsable(_ dataset: Dataset) -> Bool {
        guard let stamp = modificationDate(dataset.stamp) else { return false }
        if options.reuseData { return true }
        guard let binary = modificationDate(collecta) else { return false }
        return binary <= stamp
    }

    private func generate(_ dataset: Dataset) throws {
        let size = dataset.size
        log("[\(size.label)] generating \(size.customers) customers and \(size.invoices) invoices (untimed)")
        _ = try ProcessRunner.run(
            collecta([
                "demo", "--db", dataset.demoDatabase, "--customers", String(size.customers),
                "--invoices", String(size.invoices), "--hierarchies", String(Dataset.hierarchies),
                "--seed", String(Dataset.seed), "--today", dataset.today.isoString, "--csv", dataset.csvDirectory,
            ]),
            allowing: [0])
    }

    private func prepare(_ dataset: Dataset) throws {
        log("[\(dataset.size.label)] importing the configuration and reference data (untimed)")
        let database = dataset.preparedDatabase
        _ = try ProcessRunner.run(
            collecta(["config", "import", dataset.csvDirectory + "/configuration.yaml", "--db", database]),
            allowing: [0])
        for kind in Dataset.referenceKinds {
            _ = try ProcessRunner.run(
                collecta(["import", kind, dataset.csvDirectory + "/\(kind).csv", "--db", database]), allowing: [0])
        }
    }

    private func modificationDate(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
}

import CollectaBenchKit
import Foundation

/// The exit statuses of `collecta run` that are not harness errors: 0, and 1 "some actions
/// failed", which is normal on demo data (docs/cli.md).
let runStatuses: Set<Int32> = [0, 1]

/// The SQL floor of `simulate`: the oldest open invoice and the open balance of each customer.
let simulateFloorQuery = """
    SELECT customer_account, MIN(due_date), SUM(open_amount_company) FROM invoice \
    WHERE open_amount > 0 GROUP BY customer_account
    """

extension Workbench {
    /// Imports the invoices file into fresh copies of the prepared database, and loads it with the
    /// sqlite3 shell into a new table of a new database (the floor), run after run.
    func measureImport(_ dataset: Dataset) throws -> [BenchMeasurement] {
        let copy = scratch("import.sqlite")
        let floorDatabase = scratch("import-floor.sqlite")
        defer { removeDatabase(copy); removeDatabase(floorDatabase) }
        var samples: [ProcessSample] = []
        var floors: [ProcessSample] = []
        for run in 1...options.runs {
            try copyDatabase(dataset.preparedDatabase, to: copy)
            samples.append(try ProcessRunner.run(
                collecta(["import", "invoices", dataset.invoicesFile, "--db", copy]), allowing: [0]))
            removeDatabase(floorDatabase)
            floors.append(try ProcessRunner.run(
                sqlite(["-batch", floorDatabase, ".mode csv", ".import \(dataset.invoicesFile) invoices"]), allowing: [0]))
            progress(dataset, MeasurementName.importInvoices, run, samples.last, floor: floors.last)
        }
        let floor = FloorMeasurement(name: "sqlite3 .import", processes: floors)
        return [BenchMeasurement(
            name: MeasurementName.importInvoices, group: .import, size: dataset.size, processes: samples, floor: floor)]
    }

    /// Simulates every hierarchy for the date as JSON, and runs the SQL floor, run after run.
    func measureSimulate(_ dataset: Dataset) throws -> [BenchMeasurement] {
        var samples: [ProcessSample] = []
        var floors: [ProcessSample] = []
        for run in 1...options.runs {
            samples.append(try ProcessRunner.run(
                collecta([
                    "simulate", "--as-of", dataset.today.isoString, "--format", "json", "--db", dataset.demoDatabase,
                ]),
                allowing: [0]))
            floors.append(try ProcessRunner.run(
                sqlite(["-batch", "-readonly", dataset.demoDatabase, simulateFloorQuery]), allowing: [0]))
            progress(dataset, MeasurementName.simulate, run, samples.last, floor: floors.last)
        }
        let floor = FloorMeasurement(name: "sqlite3 open balance per customer", processes: floors)
        return [BenchMeasurement(
            name: MeasurementName.simulate, group: .simulate, size: dataset.size, processes: samples, floor: floor)]
    }

    /// The first page of the history of the hierarchy with the most history, and of the customer
    /// with the most, on the database after 30 runs.
    func measureHistory(_ dataset: Dataset) throws -> [BenchMeasurement] {
        let database = try afterSeriesDatabase(of: dataset)
        let hierarchy = try busiest("hierarchy_id", in: database)
        let customer = try busiest("customer_account", in: database)
        log("[\(dataset.size.label)] history of hierarchy \(hierarchy) and of customer \(customer)")
        let queries = [
            (MeasurementName.historyOfHierarchy, ["history", "--hierarchy", hierarchy, "--db", database]),
            (MeasurementName.historyOfCustomer, ["history", "--customer", customer, "--db", database]),
        ]
        return try queries.map { name, arguments in
            var samples: [ProcessSample] = []
            for run in 1...options.runs {
                samples.append(try ProcessRunner.run(collecta(arguments), allowing: [0]))
                progress(dataset, name, run, samples.last)
            }
            return BenchMeasurement(name: name, group: .history, size: dataset.size, processes: samples)
        }
    }

    /// The value of `column` with the most history rows (the smallest such value on a tie).
    private func busiest(_ column: String, in database: String) throws -> String {
        let value = try query(
            "SELECT \(column) FROM history GROUP BY \(column) ORDER BY COUNT(*) DESC, \(column) LIMIT 1", in: database)
        guard !value.isEmpty else { throw ProcessFailure("the database after 30 runs has no history") }
        return value
    }

    /// One progress line: the run's wall and CPU time, and its floor's.
    func progress(_ dataset: Dataset, _ name: String, _ run: Int, _ sample: ProcessSample?, floor: ProcessSample? = nil) {
        guard let sample else { return }
        var line = "[\(dataset.size.label)] \(name) \(run): "
            + String(format: "%.3f s wall, %.3f s cpu", sample.wallSeconds, sample.cpuSeconds)
        if let floor { line += String(format: "; floor %.3f s", floor.wallSeconds) }
        log(line)
    }
}

import ArgumentParser
import CollectaCore
import CollectaStore
import Foundation

/// `collecta run`: the daily automation run (R1–R18), for cron.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the collections automation for a date.",
        discussion: """
            Creates the actions of every active hierarchy (or --hierarchy) for the date: \
            activities, outbox emails, collection letters, and the history. A hierarchy runs once \
            per date; asking again reports 'already ran' and creates nothing. An interrupted run \
            resumes where it stopped. Exit status: 0 all actions done, 1 some actions failed \
            (see the history), 2 bad usage, invalid configuration or a refused date, 3 the \
            database cannot be used.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("Run this hierarchy only.", valueName: "id"))
    var hierarchy: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The run date (default: today).", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("The output format: table or json.", valueName: "format"))
    var format: OutputFormat = .table

    func validate() throws {
        _ = try runDate(from: asOf)
        guard format != .csv else { throw ValidationError("run prints table or json, not csv") }
    }

    func run() throws {
        var report: RunReport?
        var actions = RunActions(keepingAll: format == .json)
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open()
            let date = try runDate(from: asOf)
            let options = RunOptions(
                runDate: date, hierarchyID: hierarchy, startedAt: Date().ISO8601Format())
            try refusingAutomationErrors {
                report = try store.run(options) { results in
                    actions.take(results, date: date)
                }
            }
        }
        guard let report else { return }
        try RunReportPrinter(report: report, actions: actions).print(as: format)
        if report.actionsFailed > 0 { throw ExitCode(ExitStatus.refused) }
    }
}

/// The actions of a run as its report needs them: the counts per kind, and the records of the
/// failed actions (the table) or of every action (JSON). A run of 100,000 customers has some
/// 100,000 actions: the table keeps only the few it prints.
struct RunActions {
    let keepsAll: Bool
    private(set) var records: [ActionRecord] = []
    private(set) var counts = ActionCounts()

    init(keepingAll: Bool) {
        keepsAll = keepingAll
    }

    /// The failed actions' records (all of them are kept either way).
    var failed: [ActionRecord] { records.filter { $0.status == ActionStatus.failed.rawValue } }

    mutating func take(_ results: [ExecutedAction], date: LocalDate) {
        for result in results {
            counts.count(result)
            if keepsAll || result.status == .failed {
                records.append(ActionRecord(executed: result, date: date))
            }
        }
    }
}

/// Prints a run's report as a table summary or one JSON object.
struct RunReportPrinter {
    let report: RunReport
    let actions: RunActions

    func print(as format: OutputFormat) throws {
        if format == .json {
            try StandardOutput.writeJSON(OutputObject([
                (key: "run", value: .object(summary)), (key: "actions", value: .objects(actions.records.map(\.object))),
            ]))
            return
        }
        StandardOutput.write(lines: headline)
        guard report.runID != nil else { return }
        var counts = RecordWriter<ActionCount>(format: .table)
        try counts.write(actions.counts.rows)
        try counts.finish()
        let failed = actions.failed
        guard !failed.isEmpty else { return }
        StandardOutput.write("\nFailed actions (they are tried again on the next run):\n")
        var writer = RecordWriter<ActionRecord>(format: .table)
        try writer.write(failed)
        try writer.finish()
    }

    private var headline: [String] {
        var lines: [String] = []
        if let predictions = report.predictions {
            lines.append("before the run: \(predictions.description)")
        }
        if let runID = report.runID {
            lines.append("run \(runID) for \(report.runDate)\(report.resumed ? " (resumed)" : ""): "
                + "hierarchies \(report.hierarchyIDs.joined(separator: ", ")); "
                + "\(report.customersDone) customers")
        }
        if !report.alreadyRan.isEmpty {
            lines.append("already ran for \(report.runDate): \(report.alreadyRan.joined(separator: ", "))")
        }
        return lines
    }

    private var summary: OutputObject {
        OutputObject([
            (key: "id", value: .integer(report.runID.map(Int.init))),
            (key: "date", value: .date(report.runDate)),
            (key: "hierarchies", value: .list(report.hierarchyIDs)),
            (key: "alreadyRan", value: .list(report.alreadyRan)),
            (key: "resumed", value: .boolean(report.resumed)),
            (key: "customers", value: .integer(report.customersDone)),
            (key: "executed", value: .integer(report.actionsExecuted)),
            (key: "failed", value: .integer(report.actionsFailed)),
            (key: "predictions", value: .object(report.predictions.map(Self.object))),
        ])
    }

    /// What the run did about predictions first, for JSON.
    private static func object(_ refresh: PredictionRefresh) -> OutputObject {
        let (status, count, reason): (String, Int?, String?) = switch refresh {
        case .alreadyStored: ("alreadyStored", nil, nil)
        case .computed(let count): ("computed", count, nil)
        case .notComputed(let reason): ("notComputed", nil, reason)
        }
        return OutputObject([
            (key: "status", value: .text(status)), (key: "stored", value: .integer(count)),
            (key: "reason", value: .text(reason)),
        ])
    }
}

/// Executed and failed actions of one kind, for the run's table summary.
struct ActionCount: OutputRecord {
    static let columns: [OutputColumn] = [
        OutputColumn("action"), OutputColumn("executed", alignment: .trailing),
        OutputColumn("failed", alignment: .trailing),
    ]

    let action: String
    let executed: Int
    let failed: Int

    var values: [OutputValue] { [.text(action), .integer(executed), .integer(failed)] }

}

/// Executed and failed actions per kind, counted as a run goes.
struct ActionCounts {
    private var executed: [ActionKind: Int] = [:]
    private var failed: [ActionKind: Int] = [:]

    mutating func count(_ result: ExecutedAction) {
        switch result.status {
        case .executed: executed[result.action.kind, default: 0] += 1
        case .failed: failed[result.action.kind, default: 0] += 1
        }
    }

    /// One row per kind of action, in the kinds' order, then the total.
    var rows: [ActionCount] {
        let rows = ActionKind.allCases.map { kind in
            ActionCount(action: kind.externalName, executed: executed[kind] ?? 0, failed: failed[kind] ?? 0)
        }
        return rows + [ActionCount(
            action: "total", executed: rows.reduce(0) { $0 + $1.executed },
            failed: rows.reduce(0) { $0 + $1.failed })]
    }
}

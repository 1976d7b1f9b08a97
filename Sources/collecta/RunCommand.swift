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
        var actions: [ActionRecord] = []
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open()
            let date = try runDate(from: asOf)
            let options = RunOptions(
                runDate: date, hierarchyID: hierarchy, startedAt: Date().ISO8601Format())
            try refusingAutomationErrors {
                report = try store.run(options) { results in
                    actions += results.map { ActionRecord(executed: $0, date: date) }
                }
            }
        }
        guard let report else { return }
        try RunReportPrinter(report: report, actions: actions).print(as: format)
        if report.actionsFailed > 0 { throw ExitCode(ExitStatus.refused) }
    }
}

/// Prints a run's report as a table summary or one JSON object.
struct RunReportPrinter {
    let report: RunReport
    let actions: [ActionRecord]

    func print(as format: OutputFormat) throws {
        if format == .json {
            try StandardOutput.writeJSON(OutputObject([
                (key: "run", value: .object(summary)), (key: "actions", value: .objects(actions.map(\.object))),
            ]))
            return
        }
        StandardOutput.write(lines: headline)
        guard report.runID != nil else { return }
        var counts = RecordWriter<ActionCount>(format: .table)
        try counts.write(ActionCount.counts(of: actions))
        try counts.finish()
        let failed = actions.filter { $0.status == ActionStatus.failed.rawValue }
        guard !failed.isEmpty else { return }
        StandardOutput.write("\nFailed actions (they are tried again on the next run):\n")
        var writer = RecordWriter<ActionRecord>(format: .table)
        try writer.write(failed)
        try writer.finish()
    }

    private var headline: [String] {
        var lines: [String] = []
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

    static func counts(of actions: [ActionRecord]) -> [ActionCount] {
        let kinds = ActionKind.allCases.map(\.externalName)
        let rows = kinds.map { kind in
            let ofKind = actions.filter { $0.action.kind.externalName == kind }
            let failed = ofKind.filter { $0.status == ActionStatus.failed.rawValue }.count
            return ActionCount(action: kind, executed: ofKind.count - failed, failed: failed)
        }
        return rows + [ActionCount(
            action: "total", executed: rows.reduce(0) { $0 + $1.executed },
            failed: rows.reduce(0) { $0 + $1.failed })]
    }
}

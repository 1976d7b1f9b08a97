import ArgumentParser
import CollectaApp
import CollectaCore
import CollectaStore

/// `collecta simulate`: what a run would do, with no side effects (R19).
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Show the actions a run would create, without creating anything.",
        discussion: """
            Runs the rules engine over every customer for the date and prints the actions a run \
            would create. With --explain, prints every customer considered instead, with the \
            reason code and the reason in words, the payment prediction behind a prediction \
            activity or, for a hierarchy that uses predictions, of the riskiest invoice (and, \
            in JSON, its actions). A run and a \
            simulation for the same data and date propose the same actions.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Simulate this hierarchy only.", valueName: "id"))
    var hierarchy: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The run date (default: today).", valueName: "date"))
    var asOf: String?

    @Flag(help: "List every customer considered with the reason, instead of the actions.")
    var explain = false

    func validate() throws {
        _ = try runDate(from: asOf)
    }

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open(.readOnly)
            let date = try runDate(from: asOf)
            try refusingAutomationErrors {
                if explain {
                    var writer = RecordWriter<ExplanationRecord>(format: output.format)
                    let predictions = SimulationPredictions(
                        database: store, configuration: try store.requiredConfiguration())
                    try store.simulate(on: date, hierarchyID: hierarchy) { decisions in
                        let found = try predictions.predictions(of: decisions)
                        try writer.write(decisions.map {
                            ExplanationRecord(date: date, decision: $0, prediction: found[$0.customerAccount])
                        })
                    }
                    try writer.finish()
                } else {
                    var writer = RecordWriter<ActionRecord>(format: output.format)
                    try store.simulate(on: date, hierarchyID: hierarchy) { decisions in
                        try writer.write(decisions.flatMap { decision in
                            decision.actions.map {
                                ActionRecord(proposed: $0, customer: decision.customerAccount, date: date)
                            }
                        })
                    }
                    try writer.finish()
                }
            }
        }
    }
}

/// The date of `--as-of`, or today.
func runDate(from text: String?) throws -> LocalDate {
    try parsedDate(text, option: "--as-of") ?? .today
}

/// Runs `body`; a run that cannot start (unknown or inactive hierarchy, invalid configuration,
/// a date before the last completed run) is reported in one line with exit status 2.
func refusingAutomationErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as AutomationError {
        printError("collecta: \(error)")
        throw ExitCode(ExitStatus.invalidConfiguration)
    }
}

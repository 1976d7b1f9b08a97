import ArgumentParser
import CollectaCore
import CollectaStore

/// `collecta predict`: payment predictions for every open invoice, or their backtest.
struct PredictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Compute and store payment predictions, or backtest the model (--evaluate).",
        discussion: """
            Trains the payment model on the invoices whose payment is known by the date, then \
            stores P(on time), P(late) and P(very late) for every open invoice, replacing the \
            predictions stored before (all or nothing). With --evaluate, trains on the outcomes \
            known by --split, scores the invoices due after it whose outcome is known by the \
            date, prints the model's Brier score and log loss against the base rates and a \
            calibration table, and stores nothing. `collecta run` computes predictions itself \
            when a hierarchy uses them. Exit status: 0 done, 1 too little payment history (nothing \
            changed), 2 bad usage, 3 the database cannot be used or has no configuration.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The prediction date (default: today).", valueName: "date"))
    var asOf: String?

    @Flag(help: "Backtest the model instead: train before --split, score after it; stores nothing.")
    var evaluate = false

    @Option(help: ArgumentHelp(
        "With --evaluate, the split date (default: the --as-of date minus 120 days).", valueName: "date"))
    var split: String?

    @Option(help: ArgumentHelp("The output format: table or json.", valueName: "format"))
    var format: OutputFormat = .table

    /// How far before the prediction date the backtest splits by default.
    static let defaultSplitDays = 120

    func validate() throws {
        let date = try runDate(from: asOf)
        guard format != .csv else { throw ValidationError("predict prints table or json, not csv") }
        guard let split = try parsedDate(split, option: "--split") else { return }
        guard evaluate else { throw ValidationError("--split goes with --evaluate") }
        guard split < date else {
            throw ValidationError("--split (\(split)) must be before the --as-of date (\(date))")
        }
    }

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let date = try runDate(from: asOf)
            try refusingTooLittleHistory {
                if evaluate {
                    let store = try database.open(.readOnly)
                    let split = try parsedDate(split, option: "--split") ?? date.adding(days: -Self.defaultSplitDays)
                    let report = try store.backtestPredictions(split: split, knownBy: date)
                    guard report.testCount > 0 else {
                        throw refuse("no invoice due after \(split) has a payment outcome known by \(date): "
                            + "nothing to test the model on; choose an earlier --split")
                    }
                    try BacktestPrinter(report: report).print(as: format)
                } else {
                    let store = try database.open()
                    try PredictionSummaryPrinter(summary: store.computePredictions(asOf: date)).print(as: format)
                }
            }
        }
    }

    /// Runs `body`; a model that cannot be trained is reported in one line with exit status 1.
    private func refusingTooLittleHistory(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as PredictionTrainingError {
            printError("collecta: \(error); \(evaluate ? "no backtest" : "the stored predictions are unchanged")")
            throw ExitCode(ExitStatus.refused)
        }
    }
}

import ArgumentParser

/// How a command prints its result: an aligned table for people, JSON or CSV for scripts.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    /// Columns aligned by display width, a header and a rule (the default).
    case table
    /// One JSON document: an array for lists, an object for single results.
    case json
    /// RFC 4180 CSV with a header row of the JSON keys.
    case csv
}

/// The `--format table|json|csv` option shared by the commands that print results.
struct OutputOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The output format: table, json or csv.",
            discussion: "JSON and CSV keep their keys and columns stable for scripts (docs/cli.md).",
            valueName: "format"))
    var format: OutputFormat = .table
}

/// The `--limit N` option of the list commands.
struct LimitOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The most rows to print.", valueName: "n"))
    var limit: Int = 100

    func validate() throws {
        guard limit >= 1 else { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }
}

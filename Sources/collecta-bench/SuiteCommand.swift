import ArgumentParser

/// Runs every measurement and writes the Markdown and JSON reports.
struct SuiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suite", abstract: "Run the whole benchmark.")

    func run() throws {
        throw ValidationError("the benchmark suite is being written")
    }
}

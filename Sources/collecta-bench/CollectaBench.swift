import ArgumentParser

/// `collecta-bench`: the performance benchmark behind `make bench` (docs/performance.md).
@main
struct CollectaBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collecta-bench",
        abstract: "Measure Collecta at scale: import, simulate, predict, run, history, TUI.",
        subcommands: [SuiteCommand.self, TUIProbeCommand.self],
        defaultSubcommand: SuiteCommand.self
    )
}

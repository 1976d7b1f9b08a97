import ArgumentParser

/// The `collecta` command: subcommands for scripts and cron.
@main
struct Collecta: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collecta",
        abstract: "Collections process automation for credit and collections teams.",
        subcommands: [
            InitCommand.self, DemoCommand.self, ImportCommand.self, ExportCommand.self,
            ConfigCommand.self,
        ]
    )
}

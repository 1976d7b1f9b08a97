import ArgumentParser
import Foundation

/// The `collecta` command: subcommands for scripts and cron.
@main
struct Collecta: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collecta",
        abstract: "Collections process automation for credit and collections teams.",
        discussion: "Without a subcommand, opens the full-screen application. Exit statuses and output formats: docs/cli.md.",
        subcommands: [
            OpenCommand.self, InitCommand.self, DemoCommand.self, KeybindingsCommand.self, ImportCommand.self, ExportCommand.self,
            ConfigCommand.self, SimulateCommand.self, RunCommand.self, PredictCommand.self, HistoryCommand.self,
            AssignmentsCommand.self, PreviewCommand.self,
            AssignCommand.self, UnassignCommand.self, AssignmentLogCommand.self, ActivitiesCommand.self,
            OutboxCommand.self, SendCommand.self, MailServerCommand.self,
            LettersCommand.self, ToolkitDemoCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    /// Runs the command line; bad usage exits with status 2 (not the parser's 64), as scripts
    /// expect of a Unix tool and as docs/cli.md documents.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(ExitStatus.badUsage)
            }
            exit(withError: error)
        }
    }
}

import ArgumentParser
import CollectaApp
import CollectaCore
import CollectaStore
import Foundation
import TerminalBackend
import TerminalUI

/// `collecta` with no subcommand: the full-screen application.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the full-screen application (the default when no subcommand is given).",
        discussion: "Russian when LANG or LC_ALL starts with ru, or with --lang ru."
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The interface language: en or ru (default: from LANG).", valueName: "language"))
    var lang: Language?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var storeAndCompany: (CollectaDatabase, String)?
        if let refusal = TerminalSupport.refusal(term: environment["TERM"]) {
            printError("collecta: \(refusal)")
            throw ExitCode(ExitStatus.terminalUnusable)
        }
        try reportingFailures(databasePath: database.resolvedPath) {
            // Never create an empty database just by opening the application.
            guard FileManager.default.fileExists(atPath: database.resolvedPath) else {
                throw StoreError.notInitialised(path: database.resolvedPath)
            }
            let store = try database.open()
            guard let configuration = try store.loadConfiguration() else {
                throw StoreError.notInitialised(path: database.resolvedPath)
            }
            storeAndCompany = (store, configuration.parameters.companyName)
        }
        guard let (store, company) = storeAndCompany else { return }
        let context = AppContext(
            database: store, language: lang ?? Language.preferred(by: environment), today: .today,
            environment: environment)
        try MainActor.assumeIsolated {
            do {
                try CursesTerminal.run { terminal in
                    context.terminal = terminal
                    return ApplicationRunner(
                        CollectaApplication(context: context, companyName: company),
                        terminal: terminal, environment: environment
                    ).run()
                }
            } catch let refusal as TerminalRefusal {
                printError("collecta: \(refusal)")
                throw ExitCode(ExitStatus.terminalUnusable)
            }
        }
    }
}

extension Language: ExpressibleByArgument {}

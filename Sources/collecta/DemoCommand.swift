import ArgumentParser
import CollectaApp
import CollectaCore
import CollectaStore
import Foundation
import TerminalUI

/// `collecta demo`: a realistic sample company in a new database.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a demo company (customers, invoices, strategies) in a new database.",
        discussion: """
            Writes about 200 customers with Russian and English names and languages, their \
            contacts, sales groups, agents, ~15 invoices each over the last year (settled and \
            open, some disputed or promised), three collections strategies with pools, steps and \
            templates in ru and en, and a letter sequence. The same --seed and --today always \
            give the same data. The database must be new or empty. See docs/demo.md.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "How many customers to generate.")
    var customers: Int = 200

    @Option(help: "The random seed: the same seed gives the same company.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The date the data is generated around (YYYY-MM-DD).", valueName: "date"))
    var today: String?

    func validate() throws {
        guard customers >= 1 else { throw ValidationError("--customers must be at least 1") }
        if let today, LocalDate(iso: today) == nil {
            throw ValidationError("--today must be a date like 2026-11-29, not '\(today)'")
        }
    }

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open()
            let dataset = DemoCompany.makeDataset(
                customers: customers, seed: seed, today: today.flatMap(LocalDate.init(iso:)) ?? .today)
            do {
                try store.load(dataset)
            } catch let error as DemoLoadingError {
                printError("collecta: \(error)")
                throw ExitCode(ExitStatus.refused)
            }
            printSummary(of: store)
        }
    }
}

/// Prints the summary of `store` in the user's language.
func printSummary(of store: CollectaDatabase) {
    DisplayWidth.useEnvironmentLocale()
    let language = Language.preferred(by: ProcessInfo.processInfo.environment)
    guard let summary = try? DatabaseSummary.of(store) else { return }
    print(summary.render(in: language).joined(separator: "\n"))
}

import ArgumentParser
import CollectaApp
import CollectaCore
import CollectaStore
import Foundation
import TerminalUI

/// `collecta demo`: a realistic sample company in a new database, of any size.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create a demo company (customers, invoices, strategies) in a new database.",
        discussion: """
            Writes customers with Russian and English names and languages, their contacts, \
            sales groups, agents, invoices over the last year (settled and open, some disputed \
            or promised), collections strategies with pools, steps and templates in ru and en, \
            and a letter sequence. The database must be new or empty; everything is written in \
            one transaction.

            Without --invoices and --hierarchies this is the classic demo: ~15 invoices per \
            customer and the three strategies KEY, RU and INTL. --invoices M spreads exactly M \
            invoices unevenly over the customers; --hierarchies H plans H strategies of 5-8 \
            steps (key accounts, then portfolios of account ranges, some split by segment) that \
            together cover every customer.

            --csv DIR also writes the same data as agents.csv, sales-groups.csv, customers.csv, \
            contacts.csv, invoices.csv (the format of 'collecta import') and configuration.yaml \
            (the format of 'collecta config import'). DIR is created when missing; files of \
            those names in it are overwritten, other files are left alone.

            The same options (and --today) always give the same data. See docs/demo.md.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("How many customers to generate (at least 1).", valueName: "n"))
    var customers: Int = 200

    @Option(help: ArgumentHelp(
        "Exactly this many invoices in total (0 or more); default: 3-27 per customer.",
        valueName: "m"))
    var invoices: Int?

    @Option(help: ArgumentHelp(
        "How many process hierarchies to plan (1 or more); default: the classic three.",
        valueName: "h"))
    var hierarchies: Int?

    @Option(help: "The random seed: the same seed gives the same company.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The date the data is generated around (YYYY-MM-DD).", valueName: "date"))
    var today: String?

    @Option(help: ArgumentHelp(
        "Also write the data as CSV files and configuration.yaml into this directory.",
        valueName: "dir"))
    var csv: String?

    func validate() throws {
        guard customers >= 1 else {
            throw ValidationError("--customers must be at least 1, not \(customers)")
        }
        if let invoices, invoices < 0 {
            throw ValidationError("--invoices must be 0 or more, not \(invoices)")
        }
        if let hierarchies, hierarchies < 1 {
            throw ValidationError("--hierarchies must be at least 1, not \(hierarchies)")
        }
        if let today, LocalDate(iso: today) == nil {
            throw ValidationError("--today must be a date like 2026-11-29, not '\(today)'")
        }
        if let csv, csv.isEmpty {
            throw ValidationError("--csv needs a directory")
        }
    }

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open()
            let options = DemoOptions(
                customers: customers, invoices: invoices, hierarchies: hierarchies, seed: seed,
                today: today.flatMap(LocalDate.init(iso:)) ?? .today)
            do {
                try store.load(
                    DemoCompanyGenerator(options),
                    csvDirectory: csv.map { URL(fileURLWithPath: $0, isDirectory: true) })
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

import ArgumentParser
import CollectaCore
import CollectaStore

/// `collecta init`: creates the database and gives it a starting configuration.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database with default parameters and the standard contact purposes.",
        discussion: """
            Creates the database file when it is missing. A database that already has a \
            configuration is left as it is.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The company name.")
    var company = "My company"

    @Option(help: "The company currency, a three-letter ISO 4217 code.")
    var currency = "RUB"

    /// Thrown inside the write transaction to leave an existing configuration alone.
    private struct AlreadyInitialised: Error {}

    func validate() throws {
        guard currency.count == 3, currency.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw ValidationError("--currency must be a three-letter code such as RUB or EUR")
        }
    }

    func run() throws {
        let path = database.resolvedPath
        try reportingFailures(databasePath: path) {
            let store = try database.open()
            let starter = CollectionsConfiguration.starter(
                companyName: company, companyCurrency: currency.uppercased())
            do {
                try refusingInvalidConfiguration {
                    try store.replaceConfiguration(with: starter) { current, db in
                        guard current == nil else { throw AlreadyInitialised() }
                        try validateForImport(
                            replacing: nil, with: starter, usage: ConfigurationUsage.fetch(db))
                    }
                }
            } catch is AlreadyInitialised {
                print("\(path) already has a configuration; nothing changed")
                return
            }
            print("initialised \(path): company \(company), currency \(starter.parameters.companyCurrency), "
                + "\(starter.purposes.count) contact purposes")
        }
    }
}

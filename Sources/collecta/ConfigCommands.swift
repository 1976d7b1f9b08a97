import ArgumentParser
import CollectaCore
import CollectaStore
import Foundation

/// `collecta config`: the configuration as a YAML document (format in docs/config.md).
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Export or import the configuration as a YAML document.",
        subcommands: [ExportConfigCommand.self, ImportConfigCommand.self]
    )
}

/// `collecta config export [FILE]`.
struct ExportConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the configuration as a YAML document.",
        discussion: "The output is deterministic: the same configuration always gives the same text."
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(
        help: ArgumentHelp("The file to write; '-' or none writes to standard output.", valueName: "file"))
    var file: String?

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open(.readOnly)
            guard let configuration = try store.loadConfiguration() else {
                throw StoreError.notInitialised(path: database.resolvedPath)
            }
            let text = try ConfigurationDocument.encode(configuration)
            if let file, file != "-" {
                try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
            } else {
                FileHandle.standardOutput.write(Data(text.utf8))
            }
        }
    }
}

/// `collecta config import FILE`: decode, validate (C1–C10) and replace, all or nothing.
struct ImportConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Replace the configuration with a YAML document.",
        discussion: """
            The document is checked against the configuration rules (C1–C10) and written in one \
            transaction: on any problem every problem is listed, the exit status is 2 and nothing \
            changes.
            """
    )

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The document to read; '-' reads standard input.", valueName: "file"))
    var file: String

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let configuration = try decodedDocument()
            let store = try database.open()
            try refusingInvalidConfiguration {
                try store.replaceConfiguration(with: configuration) { current, db in
                    try validateForImport(
                        replacing: current, with: configuration, usage: ConfigurationUsage.fetch(db))
                }
            }
            print("configuration imported: " + ImportSummary(configuration).description)
        }
    }

    /// The configuration the document holds; a document that does not parse ends the command.
    private func decodedDocument() throws -> CollectionsConfiguration {
        let name = file == "-" ? "standard input" : file
        let data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try contents(of: file)
        do {
            guard let text = String(data: data, encoding: .utf8) else {
                throw ConfigurationDocumentError(line: nil, path: "", message: "the file is not UTF-8 text")
            }
            return try ConfigurationDocument.decode(text)
        } catch let error as ConfigurationDocumentError {
            printError("collecta: \(name): \(error)")
            throw ExitCode(ExitStatus.invalidConfiguration)
        }
    }

    /// The bytes of the file at `path`; a file that cannot be read ends the command.
    private func contents(of path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        let reason: String
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            reason = "no such file"
        } else if isDirectory.boolValue {
            reason = "it is a directory"
        } else if let data = FileManager.default.contents(atPath: path) {
            return data
        } else {
            reason = "permission denied"
        }
        printError("collecta: cannot read \(path): \(reason)")
        throw ExitCode(ExitStatus.refused)
    }
}

/// Why an import (or `init`) was refused: the rules the configuration breaks.
struct ConfigurationRefusal: Error {
    var violations: [String]
}

/// Applies the configuration rules C1–C10 to a configuration about to replace `current`.
/// The one place the CLI calls the validator.
/// - Throws: `ConfigurationRefusal` listing every violation.
func validateForImport(
    replacing current: CollectionsConfiguration?, with new: CollectionsConfiguration,
    usage: ConfigurationUsage
) throws {
    let violations = ConfigurationValidator.violations(
        replacing: current, with: new,
        hierarchiesWithTrackedHistory: usage.hierarchiesWithTrackedHistory,
        purposesInUseByContacts: usage.purposesInUseByContacts)
    guard violations.isEmpty else {
        throw ConfigurationRefusal(violations: violations.map(\.description))
    }
}

/// Runs `body`; a refused configuration is reported on standard error, one problem a line,
/// and ends the command with status 2.
func refusingInvalidConfiguration(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let refusal as ConfigurationRefusal {
        refusal.violations.forEach(printError)
        let problems = counted(refusal.violations.count, "problem", "problems")
        printError("collecta: configuration refused (\(problems)); nothing changed")
        throw ExitCode(ExitStatus.invalidConfiguration)
    } catch let error as ConfigurationStoreError {
        printError("collecta: \(error)")
        printError("collecta: configuration refused; nothing changed")
        throw ExitCode(ExitStatus.invalidConfiguration)
    }
}

/// The one-line account of an imported configuration, e.g. `2 hierarchies, 7 steps, …`.
struct ImportSummary: CustomStringConvertible {
    let configuration: CollectionsConfiguration

    init(_ configuration: CollectionsConfiguration) {
        self.configuration = configuration
    }

    var description: String {
        [
            counted(configuration.hierarchies.count, "hierarchy", "hierarchies"),
            counted(configuration.hierarchies.reduce(0) { $0 + $1.steps.count }, "step", "steps"),
            counted(configuration.pools.count, "pool", "pools"),
            counted(configuration.activityTemplates.count, "activity template", "activity templates"),
            counted(configuration.emailTemplates.count, "email template", "email templates"),
            counted(configuration.letterSequences.count, "letter sequence", "letter sequences"),
            counted(configuration.purposes.count, "contact purpose", "contact purposes"),
        ].joined(separator: ", ")
    }
}

/// `1 step`, `2 steps`.
private func counted(_ value: Int, _ singular: String, _ plural: String) -> String {
    "\(value) \(value == 1 ? singular : plural)"
}

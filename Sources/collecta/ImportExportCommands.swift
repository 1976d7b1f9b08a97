import ArgumentParser
import CollectaStore
import Foundation

extension ReferenceDataKind: ExpressibleByArgument {}

/// `collecta import KIND FILE`: loads one CSV file of reference data, all or nothing.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import customers, contacts, invoices, sales groups or agents from a CSV file.",
        discussion: """
            Rows whose key exists are updated, the others inserted. Every row is checked first: \
            if any is wrong, the problems are listed as FILE:LINE: COLUMN: REASON on standard \
            error, nothing is changed and the exit status is 1. The formats are described in \
            docs/import.md.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "What the file holds.")
    var kind: ReferenceDataKind

    @Argument(help: ArgumentHelp("The CSV file (UTF-8), or - for standard input.", valueName: "file"))
    var file: String

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let input = try openInput()
            defer {
                if file != "-" { try? input.close() }
            }
            let store = try database.open()
            do {
                let summary = try store.importCSV(kind, from: input, fileName: displayName)
                print(summary)
            } catch let error as ImportError {
                printError(error.description)
                printError("collecta: \(displayName) refused: nothing was imported")
                throw ExitCode(ExitStatus.refused)
            }
        }
    }

    /// The name issues are reported under: the path as typed, or `<stdin>`.
    private var displayName: String {
        file == "-" ? "<stdin>" : file
    }

    /// The file to read, opened before the database so that a wrong path creates nothing. It
    /// is read in blocks while it is imported.
    private func openInput() throws -> FileHandle {
        if file == "-" {
            return FileHandle.standardInput
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory),
              !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: file)
        else { throw InputFileError(path: file) }
        return handle
    }
}

/// `collecta export KIND [FILE]`: writes one kind of reference data as CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export customers, contacts, invoices, sales groups or agents as CSV.",
        discussion: """
            The output is in the import format, in key order: importing it into an empty \
            database and exporting again gives the same bytes. Without FILE, or with -, the CSV \
            goes to standard output.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "What to export.")
    var kind: ReferenceDataKind

    @Argument(help: ArgumentHelp("The file to write (replaced when it exists).", valueName: "file"))
    var file: String?

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open(.readOnly)
            guard let file, file != "-" else {
                try store.exportCSV(kind, to: FileHandle.standardOutput)
                return
            }
            try export(from: store, to: file)
        }
    }

    /// Writes a temporary file next to `path` and renames it, so that a failed export never
    /// leaves a truncated file under the name asked for.
    private func export(from store: CollectaDatabase, to path: String) throws {
        let temporaryPath = path + ".partial"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath)
        else { throw InputFileError(path: path, writing: true) }
        do {
            try store.exportCSV(kind, to: handle)
            try handle.close()
            guard rename(temporaryPath, path) == 0 else { throw InputFileError(path: path, writing: true) }
        } catch {
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw error
        }
    }
}

/// A file named on the command line that cannot be read or written.
struct InputFileError: Error, CustomStringConvertible {
    let path: String
    var writing = false

    var description: String {
        writing ? "cannot write \(path)" : "cannot read \(path): no such file, or not readable"
    }
}

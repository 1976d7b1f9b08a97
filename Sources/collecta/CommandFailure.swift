import ArgumentParser
import CollectaStore
import Foundation

/// Exit statuses shared by every subcommand (documented in docs/cli.md).
enum ExitStatus {
    /// Input was refused (bad CSV rows, a database that already holds data): nothing changed.
    static let refused: Int32 = 1
    /// The command line is wrong: an unknown option, a missing argument, a bad value.
    static let badUsage: Int32 = 2
    /// The configuration document does not parse or breaks a configuration rule: nothing changed.
    static let invalidConfiguration: Int32 = 2
    /// The full-screen interface cannot start here: no or a dumb TERM, a locale that is not UTF-8.
    static let terminalUnusable: Int32 = 2
    /// The database could not be used (locked, read-only, not a Collecta database…).
    static let databaseUnusable: Int32 = 3
}

/// Writes a line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

/// Runs `body`, turning known failures into a message on standard error and an exit status,
/// so that no subcommand ends in a crash or a stack trace.
func reportingFailures(databasePath: String, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as StoreError {
        printError("collecta: \(error)")
        throw ExitCode(ExitStatus.databaseUnusable)
    } catch {
        let translated = StoreError.translating(error, path: databasePath)
        printError("collecta: \(translated)")
        throw ExitCode(translated is StoreError ? ExitStatus.databaseUnusable : ExitStatus.refused)
    }
}

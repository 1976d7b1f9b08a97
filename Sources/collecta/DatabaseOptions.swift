import ArgumentParser
import CollectaStore
import Foundation

/// The global `--db PATH` option shared by every subcommand.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"),
        help: ArgumentHelp(
            "The database file.",
            discussion: "Default: $COLLECTA_DB, else ~/.local/share/collecta/collecta.sqlite.",
            valueName: "path"))
    var path: String?

    /// The path the user asked for, or the default.
    var resolvedPath: String {
        if let path { return path }
        let environment = ProcessInfo.processInfo.environment
        if let fromEnvironment = environment["COLLECTA_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/collecta/collecta.sqlite"
    }

    /// Opens the database, creating it when writing and it does not exist yet.
    func open(_ access: CollectaDatabase.Access = .readWrite) throws -> CollectaDatabase {
        try CollectaDatabase.open(path: resolvedPath, access: access)
    }
}

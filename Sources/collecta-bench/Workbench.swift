import CollectaBenchKit
import Foundation

/// The tools and places of one benchmark run: the binaries measured, the output directory and its
/// scratch copies of databases.
struct Workbench {
    let options: SuiteOptions
    /// The `collecta` binary measured.
    let collecta: String
    /// The `sqlite3` shell that gives the floors.
    let sqlite3: String
    /// This executable, whose `tui-probe` subcommand times the TUI.
    let bench: String
    /// Where data, scratch copies and results go (absolute).
    let outputDirectory: String

    init(options: SuiteOptions) throws {
        self.options = options
        bench = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        collecta = Self.absolute(options.collecta ?? ((bench as NSString).deletingLastPathComponent + "/collecta"))
        guard FileManager.default.isExecutableFile(atPath: collecta) else {
            throw ProcessFailure(
                "no collecta binary at \(collecta); build it first "
                    + "(`swift build -c release --product collecta`) or pass --collecta")
        }
        guard let shell = ProcessRunner.executablePath(named: "sqlite3") else {
            throw ProcessFailure("the sqlite3 shell is not on PATH (apt-get install sqlite3); it gives the floors")
        }
        sqlite3 = shell
        outputDirectory = Self.absolute(options.output)
        try FileManager.default.createDirectory(atPath: workDirectory, withIntermediateDirectories: true)
    }

    /// Scratch copies of databases, removed as soon as a measurement is done with them.
    var workDirectory: String { outputDirectory + "/work" }

    /// A path in the scratch directory.
    func scratch(_ name: String) -> String { workDirectory + "/" + name }

    /// `collecta ARGUMENTS`, its standard output discarded.
    func collecta(_ arguments: [String]) -> ProcessInvocation {
        ProcessInvocation(collecta, arguments)
    }

    /// `sqlite3 ARGUMENTS`, its standard output discarded.
    func sqlite(_ arguments: [String]) -> ProcessInvocation {
        ProcessInvocation(sqlite3, arguments)
    }

    /// What the `sqlite3` shell prints for `sql` on the database at `path`, trimmed.
    func query(_ sql: String, in path: String) throws -> String {
        guard let text = ProcessRunner.output(of: sqlite3, ["-readonly", path, sql]) else {
            throw ProcessFailure("sqlite3 could not run `\(sql)` on \(path)")
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Copies the database at `source` (and its WAL, if any) over `destination`.
    func copyDatabase(_ source: String, to destination: String) throws {
        removeDatabase(destination)
        try FileManager.default.copyItem(atPath: source, toPath: destination)
        if FileManager.default.fileExists(atPath: source + "-wal") {
            try FileManager.default.copyItem(atPath: source + "-wal", toPath: destination + "-wal")
        }
    }

    /// Moves the database at `source` (and its WAL and shared memory files) to `destination`.
    func moveDatabase(_ source: String, to destination: String) throws {
        removeDatabase(destination)
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.moveItem(atPath: source + suffix, toPath: destination + suffix)
        }
    }

    /// Removes the database at `path` and its WAL and shared memory files.
    func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// A progress line on standard error.
    func log(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}

import ArgumentParser
import CollectaCore
import Foundation
import TerminalUI

/// `collecta-bench tui-probe --db PATH [--keys N] [--columns 100] [--rows 30] [--today DATE]`:
/// opens the application on the test terminal (no tty needed) and times, in-process with a
/// monotonic clock, its first frame, opening the Process assignment list from the main menu, and
/// N each of Down, PageDown and typing one character into the list's filter.
///
/// A key's time runs from handing it to the application to its frame being drawn; the probe
/// pauses a millisecond before each key, as the application idles between a user's keys. The
/// filter samples type one character (Latin, Cyrillic or a digit, in turn) into the list's filter
/// (`/`) and delete it, untimed, before the next. Every frame is checked (the cursor moved, a page
/// down shows other accounts, the filter narrowed the rows); a screen that does not behave ends
/// the probe with exit status 1 and the reason on stderr, so it is never timed. On success stdout
/// holds one JSON object, times in milliseconds:
///
/// ```json
/// {"firstFrameMilliseconds": 41.2, "openScreenMilliseconds": 88.0,
///  "keys": {"down": [0.61, …], "pageDown": [1.9, …], "filter": [6.3, …]},
///  "customers": 100000}
/// ```
///
/// `firstFrameMilliseconds` starts before the database is opened; `customers` is the count the
/// list shows. The application opens the database read-write, as `collecta` does (it writes
/// nothing while browsing the list). Medians and percentiles are left to the caller.
struct TUIProbeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui-probe", abstract: "Time the TUI on the test terminal.", shouldDisplay: false)

    @Option(name: .customLong("db"), help: ArgumentHelp("The database file.", valueName: "path"))
    var databasePath: String

    @Option(help: "How many of each timed key.")
    var keys = 200

    @Option(help: "The test terminal's width.")
    var columns = 100

    @Option(help: "The test terminal's height.")
    var rows = 30

    @Option(help: ArgumentHelp("The application's date, YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    func validate() throws {
        guard keys > 0 else { throw ValidationError("--keys must be at least 1") }
        guard columns >= 80, rows >= 24 else { throw ValidationError("the terminal must be at least 80×24") }
        if let today, LocalDate(iso: today) == nil { throw ValidationError("--today must be YYYY-MM-DD") }
    }

    func run() throws {
        let report: TUIProbeReport
        do {
            report = try MainActor.assumeIsolated {
                let probe = try TUIProbe(databasePath: databasePath, size: Size(width: columns, height: rows),
                                         today: today.flatMap(LocalDate.init(iso:)))
                return try probe.measure(count: keys)
            }
        } catch {
            FileHandle.standardError.write(Data("collecta-bench tui-probe: \(error)\n".utf8))
            throw ExitCode.failure
        }
        FileHandle.standardOutput.write(try report.json() + Data("\n".utf8))
    }
}

/// What the probe prints: the times in milliseconds and the number of customers listed.
struct TUIProbeReport: Codable, Equatable {
    struct Keys: Codable, Equatable {
        var down: [Double]
        var pageDown: [Double]
        var filter: [Double]
    }

    var firstFrameMilliseconds: Double
    var openScreenMilliseconds: Double
    var keys: Keys
    var customers: Int

    /// The report as one line of JSON.
    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }
}

import CollectaApp
import CollectaCore
import CollectaStore
import Foundation
import TerminalUI

/// Why the probe stopped: the application did not behave, so nothing it timed is worth keeping.
struct TUIProbeFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}

/// The application on a test terminal, driven key by key as a user drives it, each key timed
/// from the moment it is handed over to the moment its frame is drawn, and each frame checked.
///
/// Opening follows `collecta` with no subcommand (the database as the application opens it,
/// its configuration, `AppContext`, `CollectaApplication`), with the test terminal in place of
/// curses and the interface in English (the frames are read as text).
@MainActor
final class TUIProbe {
    /// The characters typed one at a time into the list's filter: Latin and Cyrillic letters
    /// and digits, as a user narrows a list of mixed Russian and foreign customers.
    static let filterCharacters = Array("s7кe3рw9оn")

    let terminal: TestTerminal
    let runner: ApplicationRunner<CollectaApplication>
    /// How long the first frame took, from before opening the database.
    let firstFrame: Duration
    private let clock = ContinuousClock()

    /// Opens `databasePath` and draws the first frame on a `size` test terminal; `today` is the
    /// application's date (the machine's date, as `collecta` uses, when nil).
    init(databasePath: String, size: Size, today: LocalDate? = nil,
         environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let start = clock.now
        Self.useUTF8Widths()
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw TUIProbeFailure("no database at \(databasePath)")
        }
        let database = try CollectaDatabase.open(path: databasePath)
        guard let configuration = try database.loadConfiguration() else {
            throw TUIProbeFailure("\(databasePath) is not initialised (run collecta init or collecta demo)")
        }
        let context = AppContext(database: database, language: .english, today: today ?? Self.machineDate,
                                 environment: environment)
        terminal = TestTerminal(size: size)
        context.terminal = terminal
        runner = ApplicationRunner(
            CollectaApplication(context: context, companyName: configuration.parameters.companyName),
            terminal: terminal, environment: environment)
        runner.redraw()
        firstFrame = clock.now - start
        guard TUIProbeScreen.title(of: frame).contains(TUIProbeScreen.menuTitle) else {
            throw TUIProbeFailure("the first frame is not the main menu: \(TUIProbeScreen.title(of: frame))")
        }
    }

    /// The last frame drawn.
    var frame: ScreenBuffer {
        terminal.lastFrame?.buffer ?? ScreenBuffer(size: terminal.size)
    }

    /// The process assignment list as the last frame shows it.
    func list() throws(TUIProbeFailure) -> TUIProbeListView {
        try TUIProbeScreen.list(in: frame, cursorStyle: runner.theme.style(.focused))
    }

    /// How long the probe waits before handing over a key: the application sits idle between a
    /// user's keys (blocked reading the terminal), so a key wakes a sleeping process; without the
    /// pause the probe would be a process that never sleeps, which the scheduler preempts in the
    /// middle of whatever it does, keys included.
    static let pauseBeforeKey: Duration = .milliseconds(1)

    /// Hands `key` to the application and returns how long it took until its frame was drawn.
    @discardableResult
    func press(_ key: Key) throws(TUIProbeFailure) -> Duration {
        terminal.removeFrames()
        Thread.sleep(forTimeInterval: TUIProbe.milliseconds(Self.pauseBeforeKey) / 1_000)
        let start = clock.now
        runner.send(key)
        let elapsed = clock.now - start
        guard !runner.hasQuit, terminal.frames.count == 1 else {
            throw TUIProbeFailure("the application drew no frame after \(key.label)")
        }
        return elapsed
    }

    // MARK: The scenario

    /// From the main menu, moves down to "Process assignment" and opens it with Enter; returns
    /// how long Enter took. The list must show rows.
    func openProcessAssignment() throws(TUIProbeFailure) -> Duration {
        let cursorStyle = runner.theme.style(.focused)
        for _ in 0...ScreenCatalog.menuEntries.count {
            let highlighted = TUIProbeScreen.rows(in: frame, styled: cursorStyle)
            if highlighted.contains(where: { $0.hasPrefix(TUIProbeScreen.menuEntry) }) {
                let elapsed = try press(.enter)
                let shown = try list()
                guard shown.customers > 0, !shown.accounts.isEmpty, shown.cursorAccount == shown.accounts.first,
                      shown.position == 1
                else { throw TUIProbeFailure("the process assignment list shows no customers") }
                return elapsed
            }
            try press(.down)
        }
        throw TUIProbeFailure("the main menu has no entry \"\(TUIProbeScreen.menuEntry)\"")
    }

    /// Presses Down and checks that the cursor moved to the next row (Home first at the end).
    func timeDown() throws(TUIProbeFailure) -> Duration {
        var before = try list()
        if before.position == before.customers {
            try press(.home)
            before = try list()
        }
        let elapsed = try press(.down)
        let after = try list()
        guard after.position == before.position + 1, let account = after.cursorAccount,
              account != before.cursorAccount, after.accounts.contains(account)
        else {
            throw TUIProbeFailure("Down did not move the cursor to the next row (at \(before.position), "
                + "now \(after.position), cursor \(after.cursorAccount ?? "none"))")
        }
        return elapsed
    }

    /// Presses PageDown and checks that other accounts show (Home first when the last row does).
    func timePageDown() throws(TUIProbeFailure) -> Duration {
        var before = try list()
        if before.bottomPosition >= before.customers {
            try press(.home)
            before = try list()
        }
        let elapsed = try press(.pageDown)
        let after = try list()
        guard after.position > before.position, after.topPosition > before.topPosition,
              after.accounts != before.accounts, let account = after.cursorAccount,
              !before.accounts.contains(account)
        else {
            throw TUIProbeFailure("PageDown did not show the next page (top \(before.topPosition), "
                + "now \(after.topPosition); cursor at \(after.position))")
        }
        return elapsed
    }

    /// Starts the filter (`/`), checking that the list is unfiltered and the prompt shows.
    func beginFilter() throws(TUIProbeFailure) {
        try press(.character("/"))
        let shown = try list()
        guard shown.filter == "" else { throw TUIProbeFailure("`/` did not start the list's filter") }
    }

    /// Types `character` into the (empty) filter, checks that the rows narrowed to ones that
    /// match, then deletes it (untimed) and checks that every customer is back.
    func timeFilter(_ character: Character) throws(TUIProbeFailure) -> Duration {
        let before = try list()
        let elapsed = try press(.character(character))
        let after = try list()
        guard after.filter == String(character), after.customers < before.customers,
              after.accounts.count == min(after.customers, before.accounts.count),
              after.customers == 0 || after.position == 1
        else {
            throw TUIProbeFailure("typing \"\(character)\" in the filter did not narrow the list "
                + "(\(before.customers) customers, now \(after.customers))")
        }
        try press(.backspace)
        let restored = try list()
        guard restored.customers == before.customers, restored.filter == "" else {
            throw TUIProbeFailure("deleting the filter did not bring back every customer")
        }
        return elapsed
    }

    /// The whole measurement: open the list, then `count` timed Down, PageDown and filter keys.
    func measure(count: Int) throws(TUIProbeFailure) -> TUIProbeReport {
        let open = try openProcessAssignment()
        let customers = try list().customers
        var down: [Double] = []
        for _ in 0..<count { down.append(Self.milliseconds(try timeDown())) }
        try press(.home)
        var pageDown: [Double] = []
        for _ in 0..<count { pageDown.append(Self.milliseconds(try timePageDown())) }
        try press(.home)
        try beginFilter()
        var filter: [Double] = []
        for index in 0..<count {
            let character = Self.filterCharacters[index % Self.filterCharacters.count]
            filter.append(Self.milliseconds(try timeFilter(character)))
        }
        try press(.escape)
        return TUIProbeReport(
            firstFrameMilliseconds: Self.milliseconds(firstFrame), openScreenMilliseconds: Self.milliseconds(open),
            keys: .init(down: down, pageDown: pageDown, filter: filter), customers: customers)
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1_000 + Double(attoseconds) / 1e15
    }

    /// Character widths as the application measures them: the environment's UTF-8 locale, else
    /// C.UTF-8 (the test terminal needs no terminal, so it cannot refuse a non-UTF-8 one).
    private static func useUTF8Widths() {
        if DisplayWidth.useEnvironmentLocale() { return }
        setenv("LC_ALL", "C.UTF-8", 1)
        DisplayWidth.useEnvironmentLocale()
    }

    /// Today in the machine's time zone, as `collecta` reads it.
    private static var machineDate: LocalDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day,
              let date = LocalDate(year: year, month: month, day: day)
        else { preconditionFailure("the calendar returned no date for now") }
        return date
    }
}

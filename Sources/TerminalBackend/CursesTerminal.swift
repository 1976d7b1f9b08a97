@preconcurrency import CNcursesw
import TerminalUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw: shows screen buffers and reads keys.
///
/// A thin backend: it writes every cell of every buffer it is given (curses compares with what
/// the terminal shows and sends only the difference) and turns curses input into `Key`s. It is
/// the only type that talks to curses, and it does so on the main actor only.
///
/// Start it with `CursesTerminal.run(_:)`, which restores the terminal whatever happens, or
/// create one and call `end()` when done.
@MainActor
public final class CursesTerminal: Terminal {
    /// How many colours the terminal shows: 0 without colour support, else `COLORS`.
    public let colorCount: Int
    private let device: UnsafeMutablePointer<FILE>
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let painter: CursesPainter
    private var isCursorVisible: Bool?
    private var lastSize: Size
    /// Whether `end()` has run: curses is gone and every other call does nothing.
    public private(set) var hasEnded = false

    /// Starts curses on the controlling terminal, with `TERM` from the environment.
    public convenience init() throws(TerminalRefusal) {
        try self.init(term: getenv("TERM").map { String(cString: $0) })
    }

    /// Starts curses on the controlling terminal (`/dev/tty`) as terminal type `term`.
    ///
    /// Refuses, before curses is touched, a missing, dumb or unknown `TERM`, a locale that is
    /// not UTF-8 and a process without a terminal: `initscr` would exit the process on some of
    /// these, and a non-UTF-8 locale silently drops every non-ASCII character.
    public init(term: String?) throws(TerminalRefusal) {
        DisplayWidth.useEnvironmentLocale()
        if let refusal = TerminalSupport.refusal(term: term) { throw refusal }
        let term = term ?? ""
        guard let device = fopen("/dev/tty", "r+") else { throw .noTerminalDevice }
        guard let screen = newterm(term, device, device), let window = collecta_stdscr() else {
            fclose(device)
            throw .cannotStart(term)
        }
        self.device = device
        self.screen = screen
        self.window = window
        colorCount = Self.startColors()
        painter = CursesPainter(window: window, colorCount: colorCount)
        lastSize = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        configureInput()
    }

    /// Runs `body` with a started terminal and restores the terminal afterwards, also when
    /// `body` throws.
    public static func run<Result>(
        term: String? = getenv("TERM").map { String(cString: $0) },
        _ body: (CursesTerminal) throws -> Result
    ) throws -> Result {
        let terminal = try CursesTerminal(term: term)
        defer { terminal.end() }
        return try body(terminal)
    }

    /// The current size in cells (updated by curses when it reports `KEY_RESIZE`).
    public var size: Size {
        guard !hasEnded else { return lastSize }
        lastSize = Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
        return lastSize
    }

    /// Writes every cell of `buffer`, places or hides the cursor, and updates the terminal.
    public func draw(_ buffer: ScreenBuffer, cursor: Point?) {
        guard !hasEnded else { return }
        let size = self.size
        if buffer.size != size { werase(window) }
        painter.paint(buffer, screenSize: size)
        placeCursor(cursor, within: size)
        wnoutrefresh(window)
        doupdate()
    }

    /// The next key, waiting at most `timeout` seconds (for ever when nil); nil on timeout or
    /// when input ends. Keys the toolkit does not know are skipped.
    public func readKey(timeout: Double?) -> Key? {
        guard !hasEnded else { return nil }
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now.advanced(by: .milliseconds(Int(($0 * 1000).rounded()))) }
        while true {
            let milliseconds = deadline.map { Self.milliseconds(clock.now.duration(to: $0)) }
            errno = 0
            guard let input = readInput(timeout: milliseconds) else {
                // A signal (SIGCONT after a stop) interrupts a blocking read: not the end of input.
                if milliseconds == nil, errno == EINTR { continue }
                return nil
            }
            if let key = CursesKeyDecoder.key(for: input) { return key }
            if milliseconds == 0 { return nil }
        }
    }

    /// Leaves full-screen mode so another program (an editor) can use the terminal.
    public func suspend() {
        guard !hasEnded else { return }
        def_prog_mode()
        endwin()
    }

    /// Comes back to full-screen mode after `suspend()`; the next `draw` repaints everything.
    public func resume() {
        guard !hasEnded else { return }
        reset_prog_mode()
        clearok(window, true)
        wrefresh(window)
        isCursorVisible = nil
    }

    /// Restores the terminal (cursor, echo, line mode) and releases curses. Safe to call twice.
    public func end() {
        guard !hasEnded else { return }
        _ = size
        hasEnded = true
        curs_set(1)
        endwin()
        delscreen(screen)
        fclose(device)
    }

    // MARK: - Set-up

    /// Starts colours when the terminal has them; returns `COLORS`, or 0 without colour.
    private static func startColors() -> Int {
        guard has_colors() else { return 0 }
        start_color()
        return Int(collecta_colors())
    }

    /// Raw keys (Ctrl-C, Ctrl-S reach the application), no echo, decoded function keys, Enter
    /// as typed, and a short Esc delay (curses' default makes Esc wait a second).
    private func configureInput() {
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        isCursorVisible = curs_set(0) == ERR ? nil : false
    }

    // MARK: - Drawing and reading

    private func placeCursor(_ cursor: Point?, within size: Size) {
        let visible = cursor.map { Rect(size: size).contains($0) } ?? false
        if visible != isCursorVisible {
            isCursorVisible = visible
            curs_set(visible ? 1 : 0)
        }
        if let cursor, visible {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        }
    }

    /// One `wget_wch` call with `timeout` milliseconds (blocking when nil); nil when nothing came.
    private func readInput(timeout: Int32?) -> CursesInput? {
        wtimeout(window, timeout ?? -1)
        var value: wint_t = 0
        switch wget_wch(window, &value) {
        case KEY_CODE_YES: return .keyCode(Int32(bitPattern: UInt32(value)))
        case OK: return .character(UInt32(value))
        default: return nil
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        let total = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        return Int32(clamping: max(0, total))
    }
}

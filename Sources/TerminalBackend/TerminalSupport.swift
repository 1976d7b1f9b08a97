@preconcurrency import CNcursesw
import TerminalUI

/// Why the full-screen interface cannot start in this terminal.
public enum TerminalRefusal: Error, Equatable, CustomStringConvertible {
    case missingTerm
    case dumbTerm
    case unknownTerm(String)
    case noCursorAddressing(String)
    case notUTF8Locale
    /// There is no terminal to draw on: `/dev/tty` cannot be opened (no controlling terminal).
    case noTerminalDevice
    /// curses could not start on the terminal (`newterm` failed).
    case cannotStart(String)

    public var description: String {
        switch self {
        case .missingTerm:
            "TERM is not set: run Collecta in a terminal (or use its subcommands in scripts)"
        case .dumbTerm:
            "TERM=dumb cannot show a full-screen interface; use a real terminal or the subcommands"
        case .unknownTerm(let term):
            "the terminal type '\(term)' is unknown to terminfo; set TERM to e.g. xterm-256color"
        case .noCursorAddressing(let term):
            "the terminal type '\(term)' cannot move the cursor (no 'cup' capability)"
        case .notUTF8Locale:
            "the locale is not UTF-8 (Cyrillic would be lost); set LANG=C.UTF-8 or ru_RU.UTF-8"
        case .noTerminalDevice:
            "there is no terminal to draw on (/dev/tty cannot be opened); run Collecta in a terminal"
        case .cannotStart(let term):
            "curses could not start on the terminal type '\(term)'"
        }
    }
}

/// Checks, before curses starts, that the terminal and locale can carry the interface.
///
/// curses' own `initscr` prints an error and exits the process on an unknown TERM; checking
/// terminfo first lets Collecta refuse with its own message instead.
public enum TerminalSupport {
    /// Returns why the interface cannot start with this `TERM`, or nil when it can.
    /// Sets the process locale from the environment as a side effect.
    public static func refusal(term: String?) -> TerminalRefusal? {
        guard let term, !term.isEmpty else { return .missingTerm }
        guard term != "dumb" else { return .dumbTerm }
        guard DisplayWidth.useEnvironmentLocale() else { return .notUTF8Locale }
        var status: Int32 = 0
        guard setupterm(term, -1, &status) == OK, status == 1 else { return .unknownTerm(term) }
        defer { del_curterm(cur_term) }
        guard hasCapability("cup") else { return .noCursorAddressing(term) }
        return nil
    }

    private static func hasCapability(_ name: String) -> Bool {
        guard let value = tigetstr(name) else { return false }
        // terminfo returns (char *)-1 for a name that is not a string capability.
        return Int(bitPattern: value) != -1
    }
}

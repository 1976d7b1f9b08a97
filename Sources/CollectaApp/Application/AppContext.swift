import CollectaCore
import CollectaStore
import Foundation
import TerminalUI

/// What a screen asks the application to do after a key: screens are values inside the screen
/// stack, so they post requests instead of changing the stack themselves.
public enum AppRequest {
    case push(any AppScreen)
    case pop
    /// Shows `screen` over the current one, `size` cells large (centred), in a titled box unless
    /// it draws its own (`framed: false`, the dialogs).
    case present(any AppScreen, size: Size, framed: Bool = true)
    case dismissOverlay
    /// Delivers `result` to the screen under the overlay (after dismissing it).
    case deliver(OverlayResult)
    case status(String, severity: StatusLine.Severity)
    /// Lets the user edit `text` in `$VISUAL`/`$EDITOR` (a temporary file ending in
    /// `.fileExtension`) on the application's terminal; the outcome, an `ExternalEditOutcome`,
    /// comes back to the current screen as `tag`.
    case runExternalEditor(text: String, fileExtension: String, tag: String)
    case quit
}

/// What an external edit gave: the edited text, or why there is none.
public typealias ExternalEditOutcome = Result<String, ExternalEditorError>

/// What an overlay (a dialog) decided, delivered to the screen that presented it.
public struct OverlayResult {
    /// Which question this answers, as the presenting screen named it.
    public var tag: String
    /// The answer: a `Bool` for confirmations, a `String` for prompts and file pickers, nil
    /// when cancelled.
    public var value: Any?

    public init(tag: String, value: Any?) {
        self.tag = tag
        self.value = value
    }
}

/// The application's shared services for its screens: the database, the language, the date,
/// and the queue of requests. One per application; screens keep a reference.
public final class AppContext {
    public let database: CollectaDatabase
    public let language: Language
    public let today: LocalDate
    /// The environment, for `$EDITOR` and the theme.
    public let environment: [String: String]
    /// The terminal the application runs on, for `$EDITOR`; set by whoever starts it (nil:
    /// external editing is refused).
    public var terminal: (any Terminal)?
    /// What starts the external editor; tests put a fake here.
    public var editorRunner: any EditorProcessRunner = ShellEditorRunner()
    /// The current time, for when the user changed something (manual assignments); tests put a
    /// fixed time here.
    public var now: () -> Date = { Date() }
    private(set) var requests: [AppRequest] = []

    public init(database: CollectaDatabase, language: Language, today: LocalDate, environment: [String: String] = [:]) {
        self.database = database
        self.language = language
        self.today = today
        self.environment = environment
    }

    /// Asks the application to do `request` once the current key is handled.
    public func request(_ request: AppRequest) {
        requests.append(request)
    }

    /// Shows `text` in the status line.
    public func show(_ text: String, severity: StatusLine.Severity = .info) {
        request(.status(text, severity: severity))
    }

    var pendingRequestsAreEmpty: Bool { requests.isEmpty }

    /// Takes the pending requests, oldest first.
    func takeRequests() -> [AppRequest] {
        defer { requests.removeAll() }
        return requests
    }

    /// `now` as an ISO 8601 timestamp in UTC (`2026-11-29T09:30:00Z`).
    public var timestamp: String {
        ISO8601DateFormatter().string(from: now())
    }

    /// Who the user is, recorded on what they change: `$USER`, else `$LOGNAME`, else `unknown`.
    public var userName: String {
        ["USER", "LOGNAME"].lazy.compactMap { self.environment[$0] }.first { !$0.isEmpty } ?? "unknown"
    }

    /// The text in the user's language.
    public func text(_ text: LocalizedText) -> String {
        text(language)
    }
}

/// Runs a `TerminalApplication` on a `Terminal`: draw a fresh full buffer, read a key, hand it
/// to the application, draw again, until the application quits.
///
/// Every turn renders the whole screen into a new buffer of the terminal's current size; the
/// backend shows it (curses sends only what changed). A `.resize` key is passed on to the
/// application and the next buffer has the new size.
@MainActor
public final class ApplicationRunner<Application: TerminalApplication> {
    /// The application's current state.
    public private(set) var application: Application
    /// The terminal it draws on and reads keys from.
    public let terminal: any Terminal
    /// The theme for the terminal's colours, chosen once at start.
    public let theme: Theme
    /// Whether the application has asked to quit.
    public private(set) var hasQuit = false

    /// A runner for `application` on `terminal`; `environment` decides the theme (`NO_COLOR`).
    public init(
        _ application: Application, terminal: any Terminal, environment: [String: String] = [:]
    ) {
        self.application = application
        self.terminal = terminal
        self.theme = Theme.forTerminal(colors: terminal.colorCount, environment: environment)
    }

    /// Draws, then reads and handles keys until the application quits or input ends (the
    /// terminal returns no key while the application wants no ticks).
    public func run() {
        redraw()
        while !hasQuit {
            if let key = terminal.readKey(timeout: tickSeconds) {
                send(key)
            } else if application.tickInterval != nil {
                tick(now: .now)
            } else {
                return
            }
        }
    }

    /// Hands `key` to the application and redraws unless it quits (nothing once it has quit).
    @discardableResult
    public func send(_ key: Key) -> ApplicationStep {
        guard !hasQuit else { return .quit }
        return finish(application.handle(key))
    }

    /// Ticks the application once at `now` and redraws unless it quits (nothing once it has quit).
    @discardableResult
    public func tick(now: ContinuousClock.Instant) -> ApplicationStep {
        guard !hasQuit else { return .quit }
        return finish(application.tick(now: now))
    }

    /// Leaves full-screen mode while `body` runs (an external editor), then comes back and
    /// redraws, also when `body` throws.
    public func runSuspended<Result>(_ body: () throws -> Result) rethrows -> Result {
        terminal.suspend()
        defer {
            terminal.resume()
            redraw()
        }
        return try body()
    }

    /// Renders the application into a fresh buffer of the terminal's size and shows it.
    public func redraw() {
        var buffer = ScreenBuffer(size: terminal.size)
        let cursor = application.render(into: &buffer, theme: theme)
        terminal.draw(buffer, cursor: cursor)
    }

    private func finish(_ step: ApplicationStep) -> ApplicationStep {
        if step == .quit {
            hasQuit = true
        } else {
            redraw()
        }
        return step
    }

    /// The read timeout: the tick interval in seconds, or nil to wait for a key.
    private var tickSeconds: Double? {
        application.tickInterval.map { interval in
            let (seconds, attoseconds) = interval.components
            return Double(seconds) + Double(attoseconds) / 1e18
        }
    }
}

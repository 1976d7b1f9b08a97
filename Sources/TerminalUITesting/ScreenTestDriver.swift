import Foundation
import TerminalUI
import Testing

/// Drives an application on a `TestTerminal` for screen tests: send keys, type text, read the
/// screen as lines, check styles, compare with golden `.screen` files.
///
/// ```swift
/// let driver = ScreenTestDriver(MyScreen())
/// driver.send(.down)
/// driver.type("Привет")
/// #expect(driver.style(atRow: 3, column: 0).attributes.contains(.reverse))
/// driver.assertMatchesGolden(named: "my-screen")
/// ```
///
/// The terminal is 100×30 cells with 256 colours by default, and the process locale is made
/// UTF-8 (C.UTF-8 when the environment has none), so display widths are the same everywhere.
@MainActor
public final class ScreenTestDriver<Application: TerminalApplication> {
    /// The in-memory terminal: every frame drawn, the keys still queued.
    public let terminal: TestTerminal
    /// The runner that owns the application.
    public let runner: ApplicationRunner<Application>

    /// Boots `application` on a test terminal of `size` and draws its first screen.
    public init(
        _ application: Application, size: Size = Size(width: 100, height: 30),
        colorCount: Int = 256, environment: [String: String] = [:]
    ) {
        _ = utf8LocaleIsSet
        terminal = TestTerminal(size: size, colorCount: colorCount)
        runner = ApplicationRunner(application, terminal: terminal, environment: environment)
        runner.redraw()
    }

    /// The application's current state.
    public var application: Application { runner.application }

    /// Whether the application has asked to quit.
    public var hasQuit: Bool { runner.hasQuit }

    /// Presses `keys` one after the other (each one is handled and the screen redrawn).
    public func send(_ keys: Key...) {
        for key in keys where !runner.hasQuit {
            runner.send(key)
        }
    }

    /// Types `text`, one character key per character.
    public func type(_ text: String) {
        for character in text where !runner.hasQuit {
            runner.send(.character(character))
        }
    }

    /// Resizes the terminal and lets the application handle `.resize`.
    public func resize(to size: Size) {
        terminal.resize(to: size)
        if let key = terminal.readKey(timeout: 0) { runner.send(key) }
    }

    /// Ticks the application once, as the runner does when no key arrives.
    public func tick(now: ContinuousClock.Instant = .now) {
        runner.tick(now: now)
    }

    /// The screen last drawn.
    public var buffer: ScreenBuffer {
        terminal.lastFrame?.buffer ?? ScreenBuffer(size: terminal.size)
    }

    /// The screen last drawn, one string per row (wide characters once, spaces kept).
    public var lines: [String] { buffer.lines }

    /// The screen last drawn as one string, rows separated by line feeds.
    public var screen: String { lines.joined(separator: "\n") }

    /// Where the cursor is shown, or nil when it is hidden.
    public var cursor: Point? { terminal.lastFrame?.cursor }

    /// The style of the cell at `row`, `column` of the screen last drawn.
    public func style(atRow row: Int, column: Int) -> Style {
        buffer[column, row].style
    }

    /// Compares the screen with the golden file `name`.screen in `__Screens__` next to the test
    /// file, recording it when it is missing (see `GoldenScreen`); a difference, a recording or
    /// an unwritable file fails the test with a message saying which.
    public func assertMatchesGolden(
        named name: String, filePath: String = #filePath,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            switch try GoldenScreen(named: name, testFilePath: filePath).compare(lines) {
            case .matched: break
            case .recorded(let message), .mismatched(let message):
                Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            }
        } catch {
            Issue.record(error, "cannot write the golden screen '\(name)'", sourceLocation: sourceLocation)
        }
    }
}

/// The UTF-8 locale tests of text widths need.
public enum TestLocale {
    /// Makes character widths UTF-8 ones, once per process: the environment's locale when it is
    /// UTF-8, else C.UTF-8. Tests run in parallel, and `setenv`/`setlocale` racing with threads
    /// that read them crash, so every test goes through this one initialisation.
    public static func useUTF8() {
        _ = utf8LocaleIsSet
    }
}

private let utf8LocaleIsSet: Bool = {
    if DisplayWidth.useEnvironmentLocale() { return true }
    setenv("LC_ALL", "C.UTF-8", 1)
    return DisplayWidth.useEnvironmentLocale()
}()

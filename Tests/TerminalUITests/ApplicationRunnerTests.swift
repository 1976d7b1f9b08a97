import Foundation
import Testing
import TerminalUITesting
import TerminalUI

/// A counter: `+` adds one, `q` quits; it shows the count and the buffer size it was given.
private struct Counter: TerminalApplication {
    var count = 0
    var keys: [Key] = []
    var ticks = 0
    var ticking: Duration?

    mutating func render(into buffer: inout ScreenBuffer, theme: Theme) -> Point? {
        let text = "count \(count) size \(buffer.size.width)x\(buffer.size.height) ticks \(ticks)"
        buffer.write(text, at: Point(x: 0, y: 0), style: theme.style(.accent))
        return Point(x: 1, y: 1)
    }

    mutating func handle(_ key: Key) -> ApplicationStep {
        keys.append(key)
        if key == .character("q") { return .quit }
        if key == .character("+") { count += 1 }
        return .continue
    }

    var tickInterval: Duration? { ticking }

    mutating func tick(now: ContinuousClock.Instant) -> ApplicationStep {
        ticks += 1
        return ticks == 3 ? .quit : .continue
    }
}

@Suite("Application runner")
@MainActor
struct ApplicationRunnerTests {
    init() {
        TestLocale.useUTF8()
    }

    @Test("Draws, handles keys and redraws after each one until the application quits")
    func runsUntilQuit() {
        let terminal = TestTerminal(size: Size(width: 40, height: 3))
        terminal.enqueue(.character("+"), .character("+"), .character("q"), .character("+"))
        let runner = ApplicationRunner(Counter(), terminal: terminal)
        runner.run()
        #expect(runner.hasQuit)
        #expect(runner.application.count == 2)
        #expect(terminal.frames.count == 3, "the first screen and one after each key but the last")
        #expect(terminal.lastFrame?.buffer.line(0).hasPrefix("count 2 size 40x3") == true)
        #expect(terminal.lastFrame?.cursor == Point(x: 1, y: 1))
        #expect(terminal.pendingKeys == [.character("+")])
        #expect(terminal.readTimeouts.allSatisfy { $0 == nil })
    }

    @Test("A resize is handed to the application and the next buffer has the new size")
    func resizes() {
        let terminal = TestTerminal(size: Size(width: 40, height: 3))
        terminal.resize(to: Size(width: 30, height: 2))
        let runner = ApplicationRunner(Counter(), terminal: terminal)
        runner.run()
        #expect(runner.application.keys == [.resize])
        #expect(terminal.lastFrame?.buffer.size == Size(width: 30, height: 2))
        #expect(terminal.lastFrame?.buffer.line(0).hasPrefix("count 0 size 30x2") == true)
    }

    @Test("The loop ends when input ends; an application that ticks is ticked on timeouts")
    func ticks() {
        let terminal = TestTerminal(size: Size(width: 40, height: 2))
        let runner = ApplicationRunner(Counter(), terminal: terminal)
        runner.run()
        #expect(!runner.hasQuit)
        #expect(terminal.frames.count == 1)
        let ticking = TestTerminal(size: Size(width: 40, height: 2))
        let tickingRunner = ApplicationRunner(Counter(ticking: .milliseconds(250)), terminal: ticking)
        tickingRunner.run()
        #expect(tickingRunner.hasQuit)
        #expect(tickingRunner.application.ticks == 3)
        #expect(ticking.readTimeouts == [0.25, 0.25, 0.25])
    }

    @Test("The theme follows the terminal's colours and NO_COLOR")
    func theme() {
        let terminal = TestTerminal(colorCount: 8)
        #expect(ApplicationRunner(Counter(), terminal: terminal).theme.capability == .eightColors)
        let plain = ApplicationRunner(Counter(), terminal: terminal, environment: ["NO_COLOR": "1"])
        #expect(plain.theme.capability == .monochrome)
    }

    @Test("Keys after quitting are not handled")
    func quitIsFinal() {
        let runner = ApplicationRunner(Counter(), terminal: TestTerminal())
        #expect(runner.send(.character("q")) == .quit)
        #expect(runner.send(.character("+")) == .quit)
        #expect(runner.application.count == 0)
    }

    @Test("Running suspended leaves full-screen mode, comes back and redraws, also on errors")
    func runsSuspended() {
        struct EditorFailed: Error {}
        let terminal = TestTerminal()
        let runner = ApplicationRunner(Counter(), terminal: terminal)
        let seen = runner.runSuspended { terminal.isSuspended }
        #expect(seen)
        #expect(throws: EditorFailed.self) { try runner.runSuspended { throw EditorFailed() } }
        #expect(terminal.suspendCount == 2 && terminal.resumeCount == 2)
        #expect(!terminal.isSuspended)
        #expect(terminal.frames.count == 2)
    }
}

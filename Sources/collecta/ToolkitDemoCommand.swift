import ArgumentParser
import Foundation
import TerminalBackend
import TerminalUI

/// `collecta toolkit-demo`: a small full-screen check of the terminal toolkit on a real terminal
/// (typing, Cyrillic, resizing). Hidden from help; the tmux smoke tests drive it.
struct ToolkitDemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "toolkit-demo",
        abstract: "Show a small screen that exercises the terminal toolkit (F10 quits).",
        shouldDisplay: false
    )

    func run() throws {
        // ArgumentParser calls run() on the main thread; curses must stay on the main actor.
        try MainActor.assumeIsolated {
            do {
                try CursesTerminal.run { terminal in
                    let environment = ProcessInfo.processInfo.environment
                    ApplicationRunner(ToolkitDemo(), terminal: terminal, environment: environment).run()
                }
            } catch let refusal as TerminalRefusal {
                printError("collecta: \(refusal)")
                throw ExitCode(ExitStatus.terminalUnusable)
            }
        }
    }
}

/// The demo screen: a title, a one-line text field, what was typed, the terminal size.
struct ToolkitDemo: TerminalApplication {
    private var field = DemoTextField()
    private var lastKey: Key?

    mutating func handle(_ key: Key) -> ApplicationStep {
        switch key {
        case .function(10), .control("c"):
            return .quit
        default:
            lastKey = key
            field.handle(key)
            return .continue
        }
    }

    func render(into buffer: inout ScreenBuffer, theme: Theme) -> Point? {
        let size = buffer.size
        buffer.fill(buffer.bounds, style: theme.style(.normal))
        let frame = Rect(x: 0, y: 0, width: size.width, height: size.height - 1)
        buffer.drawBox(
            frame, style: theme.style(.border), title: "Collecta terminal toolkit",
            titleStyle: theme.style(.title))
        let inside = frame.inset(by: 2)
        let text = theme.style(.normal)
        buffer.write("Type in the field (Cyrillic works); Backspace erases; F10 quits.",
                     at: Point(x: inside.x, y: inside.y), style: theme.style(.muted), clip: inside)
        buffer.write("Text:", at: Point(x: inside.x, y: inside.y + 2), style: text, clip: inside)
        let fieldArea = Rect(x: inside.x + 6, y: inside.y + 2, width: min(40, inside.width - 6), height: 1)
        let cursor = field.render(into: &buffer, in: fieldArea, style: theme.style(.focused))
        buffer.write("You typed: \(field.text)", at: Point(x: inside.x, y: inside.y + 4), style: text, clip: inside)
        buffer.write("Terminal size: \(size.width) columns × \(size.height) rows",
                     at: Point(x: inside.x, y: inside.y + 5), style: theme.style(.accent), clip: inside)
        buffer.write("Last key: \(lastKey?.label ?? "none")", at: Point(x: inside.x, y: inside.y + 6),
                     style: text, clip: inside)
        drawStatusLine(into: &buffer, theme: theme)
        return cursor
    }

    private func drawStatusLine(into buffer: inout ScreenBuffer, theme: Theme) {
        let row = buffer.bounds.row(buffer.size.height - 1)
        buffer.fill(row, style: theme.style(.statusBar))
        let width = buffer.write("F10", at: Point(x: 0, y: row.y), style: theme.style(.keyLabel))
        buffer.write(" Quit", at: Point(x: width, y: row.y), style: theme.style(.statusBar))
    }
}

/// A minimal one-line text field for the demo: typing appends, Backspace removes the last
/// character. (The toolkit's real text editing lives elsewhere.)
struct DemoTextField {
    private(set) var text = ""

    mutating func handle(_ key: Key) {
        switch key {
        case .character(let character): text.append(character)
        case .backspace: if !text.isEmpty { text.removeLast() }
        default: break
        }
    }

    /// Draws the end of the text that fits `area`; returns where the cursor goes.
    func render(into buffer: inout ScreenBuffer, in area: Rect, style: Style) -> Point? {
        guard !area.isEmpty else { return nil }
        buffer.fill(area, style: style)
        var visible = Substring(text)
        while DisplayWidth.of(visible) > area.width - 1 { visible = visible.dropFirst() }
        let width = buffer.write(visible, at: Point(x: area.x, y: area.y), style: style, clip: area)
        return Point(x: area.x + width, y: area.y)
    }
}

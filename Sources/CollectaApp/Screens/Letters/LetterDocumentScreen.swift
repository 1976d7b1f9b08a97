import CollectaCore
import TerminalUI

/// A collection letter as printed, in plain text: ↑/↓ (j/k) and PgUp/PgDn scroll, ←/→ (h/l)
/// scroll sideways (lines are not wrapped, so the invoice table keeps its columns), Esc goes
/// back.
struct LetterDocumentScreen: AppScreen, CommandProviding {
    static let upCommand: CommandID = "letterDocument.up"
    static let downCommand: CommandID = "letterDocument.down"
    static let leftCommand: CommandID = "letterDocument.left"
    static let rightCommand: CommandID = "letterDocument.right"
    static let pageUpCommand: CommandID = "letterDocument.pageUp"
    static let pageDownCommand: CommandID = "letterDocument.pageDown"
    /// Lines a page key scrolls, and columns a sideways step scrolls.
    static let pageLines = 10
    static let sidewaysColumns = 8

    private let context: AppContext
    let letterID: Int64
    let lines: [String]
    private(set) var top = 0
    private(set) var left = 0

    init(context: AppContext, letter: CollectionLetter) {
        self.context = context
        letterID = letter.id ?? 0
        // Letters created before Collecta kept the document show their title and body text.
        let text = letter.documentText.isEmpty ? letter.title + "\n\n" + letter.bodyText : letter.documentText
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    var title: String { context.text(LettersTexts.documentTitle) + " \(letterID)" }

    var keymaps: [Keymap] {
        [Keymap(title, [
            .init(.up, Self.upCommand), .init(.character("k"), Self.upCommand),
            .init(.down, Self.downCommand, showsInHelpBar: true), .init(.character("j"), Self.downCommand),
            .init(.left, Self.leftCommand), .init(.character("h"), Self.leftCommand),
            .init(.right, Self.rightCommand, showsInHelpBar: true), .init(.character("l"), Self.rightCommand),
            .init(.pageUp, Self.pageUpCommand), .init(.pageDown, Self.pageDownCommand, showsInHelpBar: true),
        ])]
    }

    var commands: [Command] {
        let group = context.text(LettersTexts.group)
        let entries: [(CommandID, LocalizedText)] = [
            (Self.upCommand, LettersTexts.scrollUp), (Self.downCommand, LettersTexts.scrollDown),
            (Self.leftCommand, LettersTexts.scrollLeft), (Self.rightCommand, LettersTexts.scrollRight),
            (Self.pageUpCommand, LettersTexts.pageUp), (Self.pageDownCommand, LettersTexts.pageDown),
        ]
        return entries.map {
            Command($0.0, title: context.text($0.1), group: group, help: context.text(LettersTexts.scrollHelp))
        }
    }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case Self.upCommand: scroll(by: -1)
        case Self.downCommand: scroll(by: 1)
        case Self.pageUpCommand: scroll(by: -Self.pageLines)
        case Self.pageDownCommand: scroll(by: Self.pageLines)
        case Self.leftCommand: left = max(0, left - Self.sidewaysColumns)
        case Self.rightCommand:
            let widest = lines.map { DisplayWidth.of($0) }.max() ?? 0
            left = min(max(0, widest - 1), left + Self.sidewaysColumns)
        default: return .ignored
        }
        return .handled
    }

    private mutating func scroll(by count: Int) {
        top = min(max(0, lines.count - 1), max(0, top + count))
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        for (offset, line) in lines.dropFirst(top).prefix(inside.height).enumerated() {
            buffer.write(
                Self.dropping(columns: left, of: line), at: Point(x: inside.x, y: inside.y + offset),
                style: theme.style(.normal), clip: inside)
        }
    }

    /// `line` without its first `columns` display columns (a wide character cut in half goes).
    static func dropping(columns: Int, of line: String) -> String {
        guard columns > 0 else { return line }
        var skipped = 0
        var index = line.startIndex
        while index < line.endIndex, skipped < columns {
            skipped += DisplayWidth.of(line[index])
            index = line.index(after: index)
        }
        return String(line[index...])
    }
}

import CollectaCore
import TerminalUI

/// Read-only lines under a title, wrapped to the pane's width: ↑/↓ (j/k) and PgUp/PgDn scroll,
/// Esc goes back. The detail of a history row and of an outbox email.
struct TextReadingScreen: AppScreen, CommandProviding {
    /// Lines a page key scrolls.
    static let pageLines = 10

    private let context: AppContext
    private let heading: LocalizedText
    private let group: LocalizedText
    /// The commands' ids start with this, e.g. `historyDetail` → `historyDetail.up`.
    private let commandPrefix: String
    let lines: [String]
    private(set) var top = 0

    init(context: AppContext, title: LocalizedText, group: LocalizedText, commandPrefix: String, lines: [String]) {
        self.context = context
        self.heading = title
        self.group = group
        self.commandPrefix = commandPrefix
        self.lines = lines
    }

    var title: String { context.text(heading) }

    var upCommand: CommandID { CommandID(commandPrefix + ".up") }
    var downCommand: CommandID { CommandID(commandPrefix + ".down") }
    var pageUpCommand: CommandID { CommandID(commandPrefix + ".pageUp") }
    var pageDownCommand: CommandID { CommandID(commandPrefix + ".pageDown") }

    var keymaps: [Keymap] {
        [Keymap(title, [
            .init(.up, upCommand), .init(.character("k"), upCommand),
            .init(.down, downCommand, showsInHelpBar: true), .init(.character("j"), downCommand),
            .init(.pageUp, pageUpCommand), .init(.pageDown, pageDownCommand, showsInHelpBar: true),
        ])]
    }

    var commands: [Command] {
        let entries: [(CommandID, LocalizedText)] = [
            (upCommand, ReadingTexts.scrollUp), (downCommand, ReadingTexts.scrollDown),
            (pageUpCommand, ReadingTexts.pageUp), (pageDownCommand, ReadingTexts.pageDown),
        ]
        return entries.map {
            Command($0.0, title: context.text($0.1), group: context.text(group), help: context.text(ReadingTexts.scrollHelp))
        }
    }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case upCommand: scroll(by: -1)
        case downCommand: scroll(by: 1)
        case pageUpCommand: scroll(by: -Self.pageLines)
        case pageDownCommand: scroll(by: Self.pageLines)
        default: return .ignored
        }
        return .handled
    }

    private mutating func scroll(by count: Int) {
        top = min(max(0, lines.count - 1), max(0, top + count))
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        let wrapped = lines.flatMap { PreviewScreen.wrap($0, width: inside.width) }
        for (offset, line) in wrapped.dropFirst(top).prefix(inside.height).enumerated() {
            buffer.write(line, at: Point(x: inside.x, y: inside.y + offset), style: theme.style(.normal), clip: inside)
        }
    }
}

/// The words of scrolling a text, in English and Russian.
enum ReadingTexts {
    static let scrollUp = LocalizedText("Line up", "Строка вверх")
    static let scrollDown = LocalizedText("Scroll", "Прокрутка")
    static let pageUp = LocalizedText("Page up", "Страница вверх")
    static let pageDown = LocalizedText("Page", "Страница")
    static let scrollHelp = LocalizedText("Scrolls the text.", "Прокручивает текст.")
}

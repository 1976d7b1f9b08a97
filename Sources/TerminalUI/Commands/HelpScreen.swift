/// The help screen (F1): every command reachable through the active keymap stack, grouped by
/// command group, one line each as `keys  title — help`, in a scrollable box.
///
/// Groups come in the command table's order, commands in table order within a group; a command
/// shows all the keys that reach it (`↓, j`). Commands bound but missing from the table come last,
/// under their raw ids, so that a gap in the table is visible.
public struct HelpScreen: Component, Hashable, Sendable {
    /// One line of help text.
    public struct Line: Hashable, Sendable {
        /// What the line is, for its style.
        public enum Kind: Hashable, Sendable {
            case group, entry, blank
        }

        public let text: String
        public let kind: Kind

        public init(_ text: String, kind: Kind) {
            self.text = text
            self.kind = kind
        }
    }

    public static let scrollUpCommand: CommandID = "help.scrollUp"
    public static let scrollDownCommand: CommandID = "help.scrollDown"
    public static let pageUpCommand: CommandID = "help.pageUp"
    public static let pageDownCommand: CommandID = "help.pageDown"
    public static let topCommand: CommandID = "help.top"
    public static let bottomCommand: CommandID = "help.bottom"

    /// The help screen's own commands, for the application's command table.
    public static let commands: [Command] = [
        Command(scrollUpCommand, title: "Up", group: "Help", help: "Scrolls up one line."),
        Command(scrollDownCommand, title: "Down", group: "Help", help: "Scrolls down one line."),
        Command(pageUpCommand, title: "Page up", group: "Help", help: "Scrolls up one page."),
        Command(pageDownCommand, title: "Page down", group: "Help", help: "Scrolls down one page."),
        Command(topCommand, title: "Top", group: "Help", help: "Goes to the start of the help."),
        Command(bottomCommand, title: "Bottom", group: "Help", help: "Goes to the end of the help."),
    ]

    /// The box's title.
    public let title: String
    public let lines: [Line]
    /// The first line shown.
    public private(set) var scrollOffset = 0
    /// The lines one page shows: the owner sets it to the height of the box's inside when it
    /// knows the screen size. Paging moves by it and the last page ends at the last line.
    public var pageHeight: Int

    /// The help for `keymaps`, described from `commands`.
    public init(
        keymaps: KeymapStack, commands: CommandTable, title: String = "Help", pageHeight: Int = 20
    ) {
        self.title = title
        self.lines = HelpScreen.lines(keymaps: keymaps, commands: commands)
        self.pageHeight = max(1, pageHeight)
    }

    public var keymap: Keymap {
        Keymap("Help", [
            .init(.up, HelpScreen.scrollUpCommand),
            .init(.character("k"), HelpScreen.scrollUpCommand),
            .init(.down, HelpScreen.scrollDownCommand),
            .init(.character("j"), HelpScreen.scrollDownCommand),
            .init(.pageUp, HelpScreen.pageUpCommand),
            .init(.pageDown, HelpScreen.pageDownCommand),
            .init(.home, HelpScreen.topCommand),
            .init(.character("g"), HelpScreen.topCommand),
            .init(.end, HelpScreen.bottomCommand),
            .init(.character("G"), HelpScreen.bottomCommand),
        ])
    }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case HelpScreen.scrollUpCommand: scroll(to: scrollOffset - 1)
        case HelpScreen.scrollDownCommand: scroll(to: scrollOffset + 1)
        case HelpScreen.pageUpCommand: scroll(to: scrollOffset - pageHeight)
        case HelpScreen.pageDownCommand: scroll(to: scrollOffset + pageHeight)
        case HelpScreen.topCommand: scroll(to: 0)
        case HelpScreen.bottomCommand: scroll(to: lines.count)
        default: return .ignored
        }
        return .handled
    }

    /// Draws the lines from `scrollOffset` in a box around `area`.
    public func render(
        into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, isFocused: Bool
    ) {
        buffer.fill(area, style: theme.style(.normal))
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: isFocused)
        let first = min(scrollOffset, max(0, lines.count - inside.height))
        for (row, line) in lines.dropFirst(first).prefix(max(0, inside.height)).enumerated() {
            let style = theme.style(line.kind == .group ? .header : .normal)
            let text = DisplayWidth.clip(line.text, to: inside.width)
            buffer.write(text, at: Point(x: inside.x, y: inside.y + row), style: style, clip: inside)
        }
    }

    private mutating func scroll(to offset: Int) {
        scrollOffset = max(0, min(offset, lines.count - pageHeight))
    }
}

extension HelpScreen {
    /// The help text for `keymaps`: a heading per group, an entry per command with its keys
    /// padded to one column, a blank line between groups.
    public static func lines(keymaps: KeymapStack, commands: CommandTable) -> [Line] {
        let reachable = keymaps.reachableCommands
        let keys = Dictionary(uniqueKeysWithValues: reachable.map { id in
            (id, keymaps.effectiveKeys(for: id).map(\.label).joined(separator: ", "))
        })
        let keysWidth = keys.values.map { DisplayWidth.of($0) }.max() ?? 0
        var lines: [Line] = []
        for (group, members) in sections(of: reachable, in: commands) {
            if !lines.isEmpty { lines.append(Line("", kind: .blank)) }
            lines.append(Line(group, kind: .group))
            for command in members {
                let text = entryText(command, keys: keys[command.id] ?? "", keysWidth: keysWidth)
                lines.append(Line(text, kind: .entry))
            }
        }
        return lines
    }

    /// `  ↓, j    Down — Moves the cursor down.` (the dash and help only when there is help).
    private static func entryText(_ command: Command, keys: String, keysWidth: Int) -> String {
        let help = command.help.isEmpty ? "" : " — " + command.help
        return "  " + DisplayWidth.pad(keys, to: keysWidth) + "  " + command.title + help
    }

    /// The `reachable` commands by group: the table's groups and commands in table order, then
    /// the commands the table lacks under `Other`.
    private static func sections(of reachable: [CommandID], in commands: CommandTable)
        -> [(group: String, commands: [Command])]
    {
        let shown = Set(reachable)
        var sections = commands.groups.map { group in
            (group: group, commands: commands.commands(inGroup: group).filter { shown.contains($0.id) })
        }
        let missing = reachable.filter { !commands.contains($0) }.map(commands.describing)
        sections.append((group: "Other", commands: missing))
        return sections.filter { !$0.commands.isEmpty }
    }
}

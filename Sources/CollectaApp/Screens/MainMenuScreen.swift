import TerminalUI

/// One entry of the main menu: its title and the screen it opens.
public struct MenuEntry {
    public let title: LocalizedText
    public let open: (AppContext) -> any AppScreen

    public init(_ title: LocalizedText, open: @escaping (AppContext) -> any AppScreen) {
        self.title = title
        self.open = open
    }
}

/// The main menu: the application's screens, opened with Enter.
public struct MainMenuScreen: AppScreen, CommandProviding {
    static let openCommand: CommandID = "menu.open"

    private let context: AppContext
    private let entries: [MenuEntry]
    private var list: Grid<ArrayGridSource>

    public init(context: AppContext, entries: [MenuEntry] = ScreenCatalog.menuEntries) {
        self.context = context
        self.entries = entries
        let rows = entries.enumerated().map { index, entry in
            GridRow(id: String(index), cells: [entry.title(context.language)])
        }
        self.list = Grid(
            columns: [GridColumn(id: "title", title: context.text(MenuTexts.column), isSortable: false)],
            source: ArrayGridSource(columnIDs: ["title"], rows: rows), strings: context.gridStrings,
            allowsMarking: false)
    }

    public var title: String { context.text(MenuTexts.title) }

    public var keymaps: [Keymap] {
        [Keymap(context.text(MenuTexts.title), [.init(.enter, Self.openCommand, showsInHelpBar: true)]), list.keymap]
    }

    public var commands: [Command] {
        [Command(Self.openCommand, title: context.text(MenuTexts.open), group: context.text(MenuTexts.title),
                 help: context.text(MenuTexts.openHelp))] + GridCommand.table
    }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        guard command == Self.openCommand else { return list.perform(command) }
        guard let row = list.cursorRow(), let index = Int(row.id) else { return .ignored }
        context.request(.push(entries[index].open(context)))
        // Coming back, the menu shows every entry again.
        list.clearFilter()
        list.moveCursor(to: index)
        return .handled
    }

    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        list.handleUnbound(key)
    }

    public var acceptsTypedText: Bool { list.acceptsTypedText }

    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        var list = self.list
        list.resize(to: inside.size)
        list.render(into: &buffer, in: inside, theme: theme, isFocused: true)
    }
}

enum MenuTexts {
    static let title = LocalizedText("Main menu", "Главное меню")
    static let column = LocalizedText("Area", "Раздел")
    static let open = LocalizedText("Open", "Открыть")
    static let openHelp = LocalizedText("Opens the highlighted area.", "Открывает выбранный раздел.")
}

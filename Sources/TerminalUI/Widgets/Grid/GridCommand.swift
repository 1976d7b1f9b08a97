/// The grid's commands: their ids, and the English entries for the command table.
public enum GridCommand {
    public static let up: CommandID = "grid.up"
    public static let down: CommandID = "grid.down"
    public static let pageUp: CommandID = "grid.pageUp"
    public static let pageDown: CommandID = "grid.pageDown"
    public static let home: CommandID = "grid.home"
    public static let end: CommandID = "grid.end"
    public static let toggleMark: CommandID = "grid.toggleMark"
    public static let markAll: CommandID = "grid.markAll"
    public static let clearMarks: CommandID = "grid.clearMarks"
    public static let filter: CommandID = "grid.filter"
    public static let acceptFilter: CommandID = "grid.acceptFilter"
    public static let clearFilter: CommandID = "grid.clearFilter"
    public static let deleteFilterCharacter: CommandID = "grid.deleteFilterCharacter"
    public static let sortNext: CommandID = "grid.sortNext"

    /// English titles and help for every grid command (a localised table may replace them).
    public static let table: [Command] = [
        Command(up, title: "Up", group: "Grid", help: "Moves the cursor to the previous row."),
        Command(down, title: "Down", group: "Grid", help: "Moves the cursor to the next row."),
        Command(pageUp, title: "Page up", group: "Grid", help: "Scrolls one page up."),
        Command(pageDown, title: "Page down", group: "Grid", help: "Scrolls one page down."),
        Command(home, title: "First", group: "Grid", help: "Moves the cursor to the first row."),
        Command(end, title: "Last", group: "Grid", help: "Moves the cursor to the last row."),
        Command(toggleMark, title: "Mark", group: "Grid",
                help: "Marks or unmarks the cursor row and moves to the next row."),
        Command(markAll, title: "Mark all", group: "Grid", help: "Marks every row the filter shows."),
        Command(clearMarks, title: "Unmark all", group: "Grid", help: "Unmarks every row."),
        Command(filter, title: "Filter", group: "Grid",
                help: "Starts typing a filter; the rows narrow as you type."),
        Command(acceptFilter, title: "Done", group: "Grid", help: "Stops typing the filter and keeps it."),
        Command(clearFilter, title: "Clear filter", group: "Grid", help: "Clears the filter and shows every row."),
        Command(deleteFilterCharacter, title: "Delete", group: "Grid",
                help: "Deletes the last character of the filter."),
        Command(sortNext, title: "Sort", group: "Grid",
                help: "Sorts by the next column, ascending then descending."),
    ]
}

extension Grid: Component {
    /// Movement keys (with vim's j/k/g/G), marks, filter and sort. While the filter is being
    /// edited, printable keys are left unbound so they reach `handleUnbound` as text.
    public var keymap: Keymap {
        Keymap(strings.keymapName, isEditingFilter ? filterBindings : browseBindings)
    }

    /// Performs a grid command; `grid.clearFilter` is ignored when there is no filter, so Esc
    /// falls through to the screen.
    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case GridCommand.up: moveCursor(by: -1)
        case GridCommand.down: moveCursor(by: 1)
        case GridCommand.pageUp: scroll(byPages: -1)
        case GridCommand.pageDown: scroll(byPages: 1)
        case GridCommand.home: moveCursor(to: 0)
        case GridCommand.end: moveCursor(to: rowCount - 1)
        case GridCommand.toggleMark: toggleMarkAtCursor()
        case GridCommand.markAll: markAll()
        case GridCommand.clearMarks: clearMarks()
        case GridCommand.filter: beginFilterEditing()
        case GridCommand.acceptFilter: endFilterEditing()
        case GridCommand.sortNext: setSort(nextSort())
        case GridCommand.deleteFilterCharacter: setFilter(String(query.filter.dropLast()))
        case GridCommand.clearFilter:
            guard isEditingFilter || !query.filter.isEmpty else { return .ignored }
            clearFilter()
        default: return .ignored
        }
        return .handled
    }

    /// Typed characters go into the filter while it is being edited.
    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        guard isEditingFilter, case .character(let character) = key,
              FormInputText.isInsertable(character)
        else {
            return .ignored
        }
        setFilter(query.filter + String(character))
        return .handled
    }

    private var movementBindings: [Keymap.Binding] {
        [
            .init(.up, GridCommand.up), .init(.down, GridCommand.down),
            .init(.pageUp, GridCommand.pageUp), .init(.pageDown, GridCommand.pageDown),
            .init(.home, GridCommand.home), .init(.end, GridCommand.end),
        ]
    }

    private var browseBindings: [Keymap.Binding] {
        var bindings = movementBindings + [
            .init(.character("k"), GridCommand.up), .init(.character("j"), GridCommand.down),
            .init(.character("g"), GridCommand.home), .init(.character("G"), GridCommand.end),
        ]
        if allowsMarking {
            bindings += [
                .init(.character(" "), GridCommand.toggleMark, showsInHelpBar: true),
                .init(.insert, GridCommand.toggleMark),
                .init(.character("+"), GridCommand.markAll),
                .init(.character("-"), GridCommand.clearMarks),
            ]
        }
        bindings += [
            .init(.function(3), GridCommand.filter, showsInHelpBar: true),
            .init(.character("/"), GridCommand.filter),
            .init(.function(6), GridCommand.sortNext, showsInHelpBar: true),
            .init(.character("s"), GridCommand.sortNext),
        ]
        if !query.filter.isEmpty {
            bindings.append(.init(.escape, GridCommand.clearFilter, showsInHelpBar: true))
        }
        return bindings
    }

    private var filterBindings: [Keymap.Binding] {
        var bindings = movementBindings
        if allowsMarking { bindings.append(.init(.insert, GridCommand.toggleMark)) }
        return bindings + [
            .init(.enter, GridCommand.acceptFilter, showsInHelpBar: true),
            .init(.function(3), GridCommand.acceptFilter),
            .init(.escape, GridCommand.clearFilter, showsInHelpBar: true),
            .init(.backspace, GridCommand.deleteFilterCharacter),
        ]
    }
}

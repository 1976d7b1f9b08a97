import CollectaCore
import CollectaStore
import TerminalUI

/// The collections process history, newest first, over a paged source: Enter opens what a row
/// created (email, letter, activity) or its failure message, F3 opens the filter form, Ctrl-R
/// clears the filter.
public struct HistoryScreen: AppScreen, CommandProviding {
    static let openCommand: CommandID = "history.open"
    static let filterCommand: CommandID = "history.filter"
    static let clearCommand: CommandID = "history.clearFilter"
    static let nextHierarchyCommand: CommandID = "history.nextHierarchy"
    static let previousHierarchyCommand: CommandID = "history.previousHierarchy"
    static let filterTag = "history.filter"

    private let context: AppContext
    private(set) var filter: HistoryFilter
    private(set) var list: Grid<HistorySource>

    /// The history of every hierarchy, or the rows matching `filter`.
    public init(context: AppContext, filter: HistoryFilter = HistoryFilter()) {
        self.context = context
        self.filter = filter
        self.list = Self.makeList(filter, context: context)
    }

    public var title: String { context.text(HistoryTexts.title) }

    public var keymaps: [Keymap] {
        let own = Keymap(title, [
            .init(.enter, Self.openCommand, showsInHelpBar: true),
            .init(.function(3), Self.filterCommand, showsInHelpBar: true),
            .init(.control("r"), Self.clearCommand, showsInHelpBar: true),
            .init(.right, Self.nextHierarchyCommand, showsInHelpBar: true),
            .init(.left, Self.previousHierarchyCommand),
        ])
        return [own, list.keymap]
    }

    public var commands: [Command] {
        let group = context.text(HistoryTexts.group)
        return [
            Command(Self.openCommand, title: context.text(HistoryTexts.open), group: group,
                    help: context.text(HistoryTexts.openHelp)),
            Command(Self.filterCommand, title: context.text(HistoryTexts.filter), group: group,
                    help: context.text(HistoryTexts.filterHelp)),
            Command(Self.clearCommand, title: context.text(HistoryTexts.clearFilter), group: group,
                    help: context.text(HistoryTexts.clearFilterHelp)),
            Command(Self.nextHierarchyCommand, title: context.text(HistoryTexts.nextHierarchy), group: group,
                    help: context.text(HistoryTexts.hierarchyHelp)),
            Command(Self.previousHierarchyCommand, title: context.text(HistoryTexts.previousHierarchy), group: group,
                    help: context.text(HistoryTexts.hierarchyHelp)),
        ] + GridCommand.table
    }

    public func availability(of command: CommandID) -> CommandAvailability {
        switch command {
        case Self.openCommand:
            list.rowCount == 0 ? .disabled(reason: context.text(HistoryTexts.noRow)) : .enabled
        case GridCommand.sortNext: .disabled(reason: context.text(HistoryTexts.fixedOrder))
        case GridCommand.filter: .disabled(reason: context.text(HistoryTexts.useFilterForm))
        default: .enabled
        }
    }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case Self.openCommand:
            guard let entry = list.source.entry(at: list.cursorIndex) else { return .ignored }
            context.request(.push(HistoryDetailScreen.make(context: context, entry: entry)))
        case Self.filterCommand:
            context.request(.push(HistoryFilterScreen.make(context: context, filter: filter)))
        case Self.clearCommand:
            apply(HistoryFilter())
        case Self.nextHierarchyCommand:
            showHierarchy(after: 1)
        case Self.previousHierarchyCommand:
            showHierarchy(after: -1)
        default:
            return list.perform(command)
        }
        return .handled
    }

    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        list.handleUnbound(key)
    }

    public mutating func receive(_ result: OverlayResult) {
        if result.tag == Self.filterTag, let filter = result.value as? HistoryFilter { apply(filter) }
    }

    /// Shows the rows matching `filter`, from the newest.
    mutating func apply(_ filter: HistoryFilter) {
        self.filter = filter
        list = Self.makeList(filter, context: context)
    }

    /// Shows the next (`step` 1) or previous (-1) hierarchy by rank, all hierarchies between
    /// the last and the first.
    private mutating func showHierarchy(after step: Int) {
        let choices = [String?.none] + context.configurationOrEmpty().hierarchies
            .sorted { $0.rank < $1.rank }.map { String?.some($0.id) }
        let current = choices.firstIndex(of: filter.hierarchyID) ?? 0
        var filter = self.filter
        filter.hierarchyID = choices[(current + step + choices.count) % choices.count]
        apply(filter)
    }

    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        let parts = inside.split(intoRows: [.fixed(1), .minimum(1)])
        buffer.write(HistoryFilterText.summary(filter, context: context), at: Point(x: parts[0].x, y: parts[0].y),
                     style: theme.style(.muted), clip: parts[0])
        var list = self.list
        list.resize(to: parts[1].size)
        list.render(into: &buffer, in: parts[1], theme: theme, isFocused: true)
    }

    static func makeList(_ filter: HistoryFilter, context: AppContext) -> Grid<HistorySource> {
        let source = HistorySource(database: context.database, filter: filter, language: context.language)
        var strings = context.gridStrings
        strings.noRows = context.text(HistoryTexts.noRows)
        return Grid(columns: HistoryRowFormat.columns(context), source: source, strings: strings, allowsMarking: false)
    }
}

/// The one-line description of a history filter above the grid.
enum HistoryFilterText {
    static func summary(_ filter: HistoryFilter, context: AppContext) -> String {
        let text = context.text
        var parts = ["\(text(HistoryTexts.hierarchy)): \(filter.hierarchyID ?? text(HistoryTexts.allHierarchies))"]
        if let customer = filter.customerAccount { parts.append("\(text(HistoryTexts.customer)): \(customer)") }
        if let from = filter.from { parts.append("\(text(HistoryTexts.from)): \(from.isoString)") }
        if let to = filter.to { parts.append("\(text(HistoryTexts.to)): \(to.isoString)") }
        if let status = filter.status { parts.append("\(text(HistoryTexts.status)): \(text(HistoryTexts.statusName(status)))") }
        if let action = filter.action { parts.append("\(text(HistoryTexts.action)): \(text(HistoryTexts.actionName(action)))") }
        return parts.joined(separator: "  ·  ")
    }
}

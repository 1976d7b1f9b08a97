import CollectaCore
import CollectaStore
import TerminalUI

/// Adding customers to a hierarchy by hand: every customer in a paged grid, filtered as the
/// user types parts of the name or account (any case, Cyrillic too). Space marks (marks survive
/// filtering and scrolling), Enter asks "Assign 3 customers to RU?" and assigns them in one
/// transaction, with who and when, logged in `assignment_change`.
struct CustomerSearchScreen: AppScreen, CommandProviding {
    static let assignCommand: CommandID = "manual.assign"
    static let assignTag = "manual.assign"
    static let backCommand: CommandID = "manual.searchBack"
    static let discardTag = "manual.discardMarks"

    private let context: AppContext
    let hierarchyID: String
    private(set) var list: Grid<CustomerSearchSource>

    /// The search for `hierarchyID`, with the filter being typed; `counter` counts the queries.
    init(context: AppContext, hierarchyID: String, counter: QueryCounter? = nil) {
        self.context = context
        self.hierarchyID = hierarchyID
        let columns = [
            GridColumn(id: "account", title: context.text(ManualAssignmentTexts.accountColumn),
                       width: .fixed(14), isSortable: false),
            GridColumn(id: "name", title: context.text(ManualAssignmentTexts.nameColumn),
                       width: .flexible(minimum: 16, share: 3), isSortable: false),
            GridColumn(id: "manual", title: context.text(ManualAssignmentTexts.manualColumn),
                       width: .flexible(minimum: 10), isSortable: false),
        ]
        var strings = context.gridStrings
        strings.noRows = context.text(ManualAssignmentTexts.noCustomers)
        list = Grid(columns: columns, source: CustomerSearchSource(database: context.database, counter: counter),
                    strings: strings)
        list.beginFilterEditing()
    }

    var title: String { context.text(ManualAssignmentTexts.searchTitle) + ": " + hierarchyID }

    var keymaps: [Keymap] {
        // Esc reaches this layer only when the grid has no filter to clear.
        [list.keymap, Keymap(title, [
            .init(.enter, Self.assignCommand, showsInHelpBar: true), .init(.escape, Self.backCommand),
        ])]
    }

    var acceptsTypedText: Bool { list.acceptsTypedText }

    var commands: [Command] {
        [Command(Self.assignCommand, title: context.text(ManualAssignmentTexts.assign),
                 group: context.text(ManualAssignmentTexts.group), help: context.text(ManualAssignmentTexts.assignHelp)),
         Command(Self.backCommand, title: context.text(ManualAssignmentTexts.back),
                 group: context.text(ManualAssignmentTexts.group), help: context.text(ManualAssignmentTexts.backHelp))]
            + GridCommand.table
    }

    /// The marked customers, or the one under the cursor when none is marked.
    var selectedAccounts: [String] {
        list.markedIDs.isEmpty ? (list.cursorRow().map { [$0.id] } ?? []) : list.markedIDs.sorted()
    }

    func availability(of command: CommandID) -> CommandAvailability {
        if command == GridCommand.sortNext {
            return .disabled(reason: context.text(ManualAssignmentTexts.accountOrder))
        }
        guard command == Self.assignCommand, list.rowCount == 0, list.markedIDs.isEmpty else { return .enabled }
        return .disabled(reason: context.text(ManualAssignmentTexts.noCustomer))
    }

    /// Marked customers not yet assigned: Esc asks before dropping them.
    var hasUnsavedChanges: Bool { !list.markedIDs.isEmpty }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        if command == Self.backCommand {
            if hasUnsavedChanges {
                context.confirm(context.text(Dialogs.discardChanges), tag: Self.discardTag)
            } else {
                context.request(.pop)
            }
            return .handled
        }
        guard command == Self.assignCommand else { return list.perform(command) }
        let count = selectedAccounts.count
        guard count > 0 else { return .ignored }
        context.confirm(context.text(ManualAssignmentTexts.confirmAssign(count, to: hierarchyID)), tag: Self.assignTag)
        return .handled
    }

    mutating func handleUnbound(_ key: Key) -> HandlingResult {
        list.handleUnbound(key)
    }

    mutating func receive(_ result: OverlayResult) {
        if result.tag == Self.discardTag, result.value as? Bool == true { context.request(.pop) }
        guard result.tag == Self.assignTag, result.value as? Bool == true else { return }
        let accounts = selectedAccounts
        do {
            _ = try context.database.assign(
                accounts, toHierarchy: hierarchyID, by: context.userName, at: context.timestamp)
            context.show(context.text(ManualAssignmentTexts.assigned(accounts.count, to: hierarchyID)))
            context.request(.pop)
            context.request(.deliver(OverlayResult(tag: ManualAssignmentScreen.changedTag, value: nil)))
        } catch {
            context.show(String(describing: error), severity: .error)
        }
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        buffer.write(context.text(ManualAssignmentTexts.searchHint), at: Point(x: area.x, y: area.y),
                     style: theme.style(.muted), clip: area.row(0))
        let listArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(3, area.height - 1))
        let inside = buffer.drawPane(listArea, title: title, theme: theme, isFocused: true)
        var list = self.list
        list.resize(to: inside.size)
        list.render(into: &buffer, in: inside, theme: theme, isFocused: true)
    }

    func cursorPosition(in area: Rect) -> Point? {
        let listArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(3, area.height - 1))
        return list.cursorPosition(in: listArea.inset(by: 1))
    }
}

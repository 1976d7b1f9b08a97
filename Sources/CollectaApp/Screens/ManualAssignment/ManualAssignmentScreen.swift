import CollectaCore
import CollectaStore
import TerminalUI

/// Manual assignment: one hierarchy at a time (←/→ choose it), the customers assigned to it by
/// hand (account, name, assigned by, assigned at) in a paged grid, and the history of the
/// assignment of the customer under the cursor. F7 adds customers (search screen), F8 removes
/// and F9 moves the marked customers (or the one under the cursor), each confirmed; every change
/// is written with who and when, and logged in `assignment_change`.
public struct ManualAssignmentScreen: AppScreen, CommandProviding {
    static let previousCommand: CommandID = "manual.previousHierarchy"
    static let nextCommand: CommandID = "manual.nextHierarchy"
    static let addCommand: CommandID = "manual.add"
    static let removeCommand: CommandID = "manual.remove"
    static let moveCommand: CommandID = "manual.move"
    static let removeTag = "manual.remove"
    static let moveTargetTag = "manual.moveTarget"
    static let moveTag = "manual.move"
    static let changedTag = "manual.changed"
    /// How many history lines the bottom pane shows.
    static let historyLines = 4

    let context: AppContext
    let hierarchies: [ProcessHierarchy]
    private(set) var hierarchyIndex: Int
    var list: Grid<ManualAssignmentSource>
    /// The hierarchy chosen to move to, while the move is being confirmed.
    var moveTarget: String?

    public init(context: AppContext, hierarchyID: String? = nil) {
        self.context = context
        hierarchies = context.configurationOrEmpty().hierarchies
        hierarchyIndex = hierarchies.firstIndex { $0.id == hierarchyID } ?? 0
        list = Self.makeList(context: context, hierarchyID: hierarchies.indices.contains(hierarchyIndex)
                             ? hierarchies[hierarchyIndex].id : nil)
    }

    public var title: String { context.text(ManualAssignmentTexts.title) }

    /// The hierarchy shown; nil when none is set up.
    var hierarchy: ProcessHierarchy? {
        hierarchies.indices.contains(hierarchyIndex) ? hierarchies[hierarchyIndex] : nil
    }

    public var acceptsTypedText: Bool { list.acceptsTypedText }

    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        list.handleUnbound(key)
    }

    /// Shows the hierarchy at `index` (wrapping around), its list from the top.
    mutating func showHierarchy(at index: Int) {
        guard !hierarchies.isEmpty else { return }
        hierarchyIndex = (index + hierarchies.count) % hierarchies.count
        list = Self.makeList(context: context, hierarchyID: hierarchy?.id)
    }

    /// Reads the list again after a change, keeping the cursor where it was.
    mutating func reload() {
        let cursor = list.cursorIndex
        list.clearMarks()
        list.reload()
        list.moveCursor(to: min(cursor, max(0, list.rowCount - 1)))
    }

    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        renderHierarchyLine(into: &buffer, in: area.row(0), theme: theme)
        let historyHeight = Self.historyLines + 2
        let listArea = Rect(x: area.x, y: area.y + 1, width: area.width,
                            height: max(3, area.height - 1 - historyHeight))
        let inside = buffer.drawPane(listArea, title: title, theme: theme, isFocused: true)
        var list = self.list
        list.resize(to: inside.size)
        list.render(into: &buffer, in: inside, theme: theme, isFocused: true)
        let historyArea = Rect(x: area.x, y: listArea.maxY, width: area.width,
                               height: max(0, area.maxY - listArea.maxY))
        renderHistory(into: &buffer, in: historyArea, theme: theme)
    }

    public func cursorPosition(in area: Rect) -> Point? {
        let historyHeight = Self.historyLines + 2
        let listArea = Rect(x: area.x, y: area.y + 1, width: area.width,
                            height: max(3, area.height - 1 - historyHeight))
        return list.cursorPosition(in: listArea.inset(by: 1))
    }

    private func renderHierarchyLine(into buffer: inout ScreenBuffer, in row: Rect, theme: Theme) {
        guard let hierarchy else {
            buffer.write(context.text(ManualAssignmentTexts.noHierarchy), at: Point(x: row.x, y: row.y),
                         style: theme.style(.error), clip: row)
            return
        }
        let label = context.text(ManualAssignmentTexts.hierarchyLabel) + ": "
        var x = row.x + buffer.write(label, at: Point(x: row.x, y: row.y), style: theme.style(.normal), clip: row)
        let name = "◀ \(hierarchy.id) ▶"
        x += buffer.write(name, at: Point(x: x, y: row.y), style: theme.style(.accent), clip: row)
        // The position first: a long description is what gets cut on a narrow terminal.
        let rest = " (\(hierarchyIndex + 1)/\(hierarchies.count))  \(hierarchy.description)"
        buffer.write(rest, at: Point(x: x, y: row.y), style: theme.style(.muted), clip: row)
    }

    private func renderHistory(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        guard area.height >= 3 else { return }
        let account = list.cursorRow()?.id
        let title = context.text(ManualAssignmentTexts.historyPane) + (account.map { ": \($0)" } ?? "")
        let inside = buffer.drawPane(area, title: title, theme: theme)
        let changes = account.flatMap {
            try? context.database.assignmentChanges(customer: $0, limit: inside.height)
        } ?? []
        guard !changes.isEmpty else {
            buffer.write(context.text(ManualAssignmentTexts.noHistory), at: Point(x: inside.x, y: inside.y),
                         style: theme.style(.muted), clip: inside)
            return
        }
        for (offset, change) in changes.enumerated() {
            let line = ManualAssignmentSource.shortTimestamp(change.changedAt) + "  "
                + context.text(ManualAssignmentTexts.change(from: change.fromHierarchyID, to: change.toHierarchyID))
                + "  " + change.changedBy
            buffer.write(line, at: Point(x: inside.x, y: inside.y + offset), style: theme.style(.normal), clip: inside)
        }
    }

    static func makeList(context: AppContext, hierarchyID: String?) -> Grid<ManualAssignmentSource> {
        let columns = [
            GridColumn(id: "account", title: context.text(ManualAssignmentTexts.accountColumn),
                       width: .fixed(14), isSortable: false),
            GridColumn(id: "name", title: context.text(ManualAssignmentTexts.nameColumn),
                       width: .flexible(minimum: 16, share: 3), isSortable: false),
            GridColumn(id: "by", title: context.text(ManualAssignmentTexts.assignedByColumn),
                       width: .fixed(12), isSortable: false),
            GridColumn(id: "at", title: context.text(ManualAssignmentTexts.assignedAtColumn),
                       width: .fixed(16), isSortable: false),
        ]
        var strings = context.gridStrings
        strings.noRows = context.text(ManualAssignmentTexts.noAssignments)
        return Grid(columns: columns, source: ManualAssignmentSource(database: context.database, hierarchyID: hierarchyID),
                    strings: strings)
    }
}

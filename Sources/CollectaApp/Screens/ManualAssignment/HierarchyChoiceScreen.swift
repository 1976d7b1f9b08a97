import CollectaCore
import TerminalUI

/// An overlay listing hierarchies (id, description); Enter delivers the chosen id as `tag`,
/// Esc dismisses it without an answer.
struct HierarchyChoiceScreen: AppScreen, CommandProviding {
    static let chooseCommand: CommandID = "manual.chooseHierarchy"

    private let context: AppContext
    private let tag: String
    private var list: Grid<ArrayGridSource>

    init(context: AppContext, hierarchies: [ProcessHierarchy], tag: String) {
        self.context = context
        self.tag = tag
        let columns = [
            GridColumn(id: "id", title: context.text(ManualAssignmentTexts.hierarchyColumn), width: .flexible(minimum: 10)),
            GridColumn(id: "description", title: context.text(ManualAssignmentTexts.descriptionColumn),
                       width: .flexible(minimum: 12, share: 2)),
        ]
        let rows = hierarchies.map { GridRow(id: $0.id, cells: [$0.id, $0.description]) }
        list = Grid(columns: columns, source: ArrayGridSource(columnIDs: columns.map(\.id), rows: rows),
                    strings: context.gridStrings, allowsMarking: false)
    }

    var title: String { context.text(ManualAssignmentTexts.chooseTitle) }

    var keymaps: [Keymap] {
        [list.keymap, Keymap(title, [.init(.enter, Self.chooseCommand, showsInHelpBar: true)])]
    }

    var acceptsTypedText: Bool { list.acceptsTypedText }

    var commands: [Command] {
        [Command(Self.chooseCommand, title: context.text(ManualAssignmentTexts.choose),
                 group: context.text(ManualAssignmentTexts.group), help: context.text(ManualAssignmentTexts.chooseHelp))]
            + GridCommand.table
    }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        guard command == Self.chooseCommand else { return list.perform(command) }
        guard let row = list.cursorRow() else { return .ignored }
        context.request(.deliver(OverlayResult(tag: tag, value: row.id)))
        return .handled
    }

    mutating func handleUnbound(_ key: Key) -> HandlingResult {
        list.handleUnbound(key)
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        var list = self.list
        list.resize(to: area.size)
        list.render(into: &buffer, in: area, theme: theme, isFocused: true)
    }
}

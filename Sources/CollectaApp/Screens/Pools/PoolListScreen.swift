import CollectaCore
import TerminalUI

/// The customer pools: a grid of every pool (id, description, number of criteria, the hierarchy
/// using it) with new (F7), edit (Enter/F4) and delete (F8, confirmed; refused while a hierarchy
/// uses the pool, C9).
public struct PoolListScreen: AppScreen, CommandProviding {
    static let newCommand: CommandID = "pools.new"
    static let editCommand: CommandID = "pools.edit"
    static let deleteCommand: CommandID = "pools.delete"
    static let deleteTag = "pools.delete"
    static let savedTag = "pools.saved"

    private let context: AppContext
    private var configuration: CollectionsConfiguration
    private var list: Grid<ArrayGridSource>

    public init(context: AppContext) {
        self.context = context
        self.configuration = context.configurationOrEmpty()
        self.list = Self.makeList(configuration, context: context)
    }

    public var title: String { context.text(PoolsTexts.listTitle) }

    public var keymaps: [Keymap] {
        [list.keymap, Keymap(title, [
            .init(.function(7), Self.newCommand, showsInHelpBar: true),
            .init(.enter, Self.editCommand, showsInHelpBar: true),
            .init(.function(4), Self.editCommand),
            .init(.function(8), Self.deleteCommand, showsInHelpBar: true),
        ])]
    }

    public var acceptsTypedText: Bool { list.acceptsTypedText }

    public var commands: [Command] {
        let group = context.text(PoolsTexts.group)
        return [
            Command(Self.newCommand, title: context.text(PoolsTexts.new), group: group, help: context.text(PoolsTexts.newHelp)),
            Command(Self.editCommand, title: context.text(PoolsTexts.edit), group: group, help: context.text(PoolsTexts.editHelp)),
            Command(Self.deleteCommand, title: context.text(PoolsTexts.delete), group: group,
                    help: context.text(PoolsTexts.deleteHelp)),
        ] + GridCommand.table
    }

    public func availability(of command: CommandID) -> CommandAvailability {
        switch command {
        case Self.editCommand, Self.deleteCommand:
            list.rowCount == 0 ? .disabled(reason: context.text(PoolsTexts.noPool)) : .enabled
        default: .enabled
        }
    }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case Self.newCommand:
            context.request(.push(PoolScreen(context: context, pool: nil)))
        case Self.editCommand:
            guard let pool = selectedPool else { return .ignored }
            context.request(.push(PoolScreen(context: context, pool: pool)))
        case Self.deleteCommand:
            guard let pool = selectedPool else { return .ignored }
            context.confirm(context.text(PoolsTexts.confirmDelete(pool.id)), tag: Self.deleteTag)
        default:
            return list.perform(command)
        }
        return .handled
    }

    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        list.handleUnbound(key)
    }

    public mutating func receive(_ result: OverlayResult) {
        switch result.tag {
        case Self.deleteTag where result.value as? Bool == true:
            deleteSelectedPool()
        case Self.savedTag:
            reload(selecting: result.value as? String)
        default:
            break
        }
    }

    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        var list = self.list
        list.resize(to: inside.size)
        list.render(into: &buffer, in: inside, theme: theme, isFocused: true)
    }

    public func cursorPosition(in area: Rect) -> Point? {
        list.cursorPosition(in: area.inset(by: 1))
    }

    private var selectedPool: CustomerPool? {
        guard let row = list.cursorRow() else { return nil }
        return configuration.pools.first { $0.id == row.id }
    }

    private mutating func deleteSelectedPool() {
        guard let pool = selectedPool else { return }
        do {
            let violations = try context.delete(.pool(pool.id)) { $0.pools.removeAll { $0.id == pool.id } }
            if violations.isEmpty {
                context.show(context.text(PoolsTexts.deleted(pool.id)))
                reload(selecting: nil)
            } else {
                let users = configuration.hierarchies.filter { $0.poolID == pool.id }.map(\.id)
                let message = users.isEmpty
                    ? violations.map { $0.description(in: context.language) }.joined(separator: "; ")
                    : context.text(PoolsTexts.inUse(pool.id, by: users))
                context.show(message, severity: .error)
                context.inform(message, isError: true)
            }
        } catch {
            context.show(String(describing: error), severity: .error)
        }
    }

    private mutating func reload(selecting id: String?) {
        let cursor = list.cursorIndex
        configuration = context.configurationOrEmpty()
        list = Self.makeList(configuration, context: context)
        if let id, let index = configuration.pools.firstIndex(where: { $0.id == id }) {
            list.moveCursor(to: index)
        } else {
            list.moveCursor(to: min(cursor, max(0, list.rowCount - 1)))
        }
    }

    static func makeList(_ configuration: CollectionsConfiguration, context: AppContext) -> Grid<ArrayGridSource> {
        let columns = [
            GridColumn(id: "id", title: context.text(PoolsTexts.idColumn), width: .flexible(minimum: 10)),
            GridColumn(id: "description", title: context.text(PoolsTexts.descriptionColumn),
                       width: .flexible(minimum: 16, share: 3)),
            GridColumn(id: "criteria", title: context.text(PoolsTexts.criteriaColumn), width: .fixed(8),
                       alignment: .trailing),
            GridColumn(id: "hierarchy", title: context.text(PoolsTexts.hierarchyColumn),
                       width: .flexible(minimum: 18)),
        ]
        let rows = configuration.pools.map { pool in
            let users = configuration.hierarchies.filter { $0.poolID == pool.id }.map(\.id)
            return GridRow(id: pool.id, cells: [
                pool.id, pool.description, String(pool.criteria.count), users.joined(separator: ", "),
            ])
        }
        return Grid(columns: columns, source: ArrayGridSource(columnIDs: columns.map(\.id), rows: rows),
                    strings: context.gridStrings, allowsMarking: false)
    }
}

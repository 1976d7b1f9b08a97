import CollectaCore
import TerminalUI

/// What a list of business documents shows and does: its columns and rows, how an item is
/// named for C9, removed, and opened.
struct DocumentListKind {
    let title: LocalizedText
    let columns: (AppContext) -> [GridColumn]
    let rows: (CollectionsConfiguration, Language) -> [GridRow]
    let item: (String) -> ConfigurationItem
    let remove: (String, inout CollectionsConfiguration) -> Void
    /// The edit screen of the item with the id, or of a new item when nil.
    let open: (AppContext, String?) -> (any AppScreen)?
}

/// A grid of business documents: F7 new, Enter/F4 edit, F8 delete (confirmed; refused while in
/// use, naming the users).
struct DocumentListScreen: AppScreen, CommandProviding {
    private let context: AppContext
    private let kind: DocumentListKind
    private var grid: Grid<ArrayGridSource>
    private static let deleteTag = "documents.delete"

    init(context: AppContext, kind: DocumentListKind) {
        self.context = context
        self.kind = kind
        let columns = kind.columns(context)
        grid = Grid(
            columns: columns, source: ArrayGridSource(columnIDs: columns.map(\.id), rows: []),
            strings: context.gridStrings, allowsMarking: false)
        reload()
    }

    var title: String { context.text(kind.title) }

    var keymaps: [Keymap] {
        [grid.keymap, Keymap(title, [
            .init(.function(7), DocumentCommand.new, showsInHelpBar: true),
            .init(.enter, DocumentCommand.edit, showsInHelpBar: true),
            .init(.function(4), DocumentCommand.edit),
            .init(.function(8), DocumentCommand.delete, showsInHelpBar: true),
        ])]
    }

    var commands: [Command] {
        [
            DocumentCommand.command(DocumentCommand.new, DocumentsTexts.new, DocumentsTexts.newHelp, context),
            DocumentCommand.command(DocumentCommand.edit, DocumentsTexts.edit, DocumentsTexts.editHelp, context),
            DocumentCommand.command(DocumentCommand.delete, DocumentsTexts.delete, DocumentsTexts.deleteHelp, context),
        ] + GridCommand.table
    }

    var acceptsTypedText: Bool { grid.acceptsTypedText }

    func availability(of command: CommandID) -> CommandAvailability {
        if (command == DocumentCommand.edit || command == DocumentCommand.delete) && grid.cursorRow() == nil {
            return .disabled(reason: context.text(DocumentsTexts.nothingSelected))
        }
        return .enabled
    }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case DocumentCommand.new: open(nil)
        case DocumentCommand.edit: open(grid.cursorRow()?.id)
        case DocumentCommand.delete:
            guard let id = grid.cursorRow()?.id else { return .ignored }
            context.confirm(context.text(DocumentsTexts.confirmDelete(id)), tag: Self.deleteTag)
        default: return grid.perform(command)
        }
        return .handled
    }

    mutating func handleUnbound(_ key: Key) -> HandlingResult { grid.handleUnbound(key) }

    mutating func receive(_ result: OverlayResult) {
        switch result.tag {
        case Self.deleteTag where result.value as? Bool == true: deleteHighlighted()
        case DocumentCommand.savedTag: reload()
        default: break
        }
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        var grid = self.grid
        grid.resize(to: inside.size)
        grid.render(into: &buffer, in: inside, theme: theme, isFocused: true)
    }

    private func open(_ id: String?) {
        guard let screen = kind.open(context, id) else { return }
        context.request(.push(screen))
    }

    private mutating func deleteHighlighted() {
        guard let id = grid.cursorRow()?.id else { return }
        do {
            let violations = try context.delete(kind.item(id)) { kind.remove(id, &$0) }
            if let first = violations.first {
                context.show(context.text(DocumentsTexts.cannotDelete) + first.message(in: context.language), severity: .error)
                return
            }
            context.show(context.text(DocumentsTexts.deleted))
            reload()
        } catch {
            context.show("\(error)", severity: .error)
        }
    }

    private mutating func reload() {
        let rows = (try? context.configuration()).map { kind.rows($0, context.language) } ?? []
        grid.source = ArrayGridSource(columnIDs: grid.columns.map(\.id), rows: rows)
        grid.reload()
    }
}

import CollectaCore
import CollectaStore
import Foundation
import TerminalUI

/// The activities worklist: open activities, the earliest due first, overdue ones marked `!`.
/// F3 filters (agent, overdue only), F9 closes the activity with a note, Enter shows the
/// customer's invoices and `h` the customer's history.
public struct ActivitiesScreen: AppScreen, CommandProviding {
    static let filterCommand: CommandID = "activities.filter"
    static let closeCommand: CommandID = "activities.close"
    static let invoicesCommand: CommandID = "activities.invoices"
    static let historyCommand: CommandID = "activities.history"
    static let filterTag = "activities.filter"
    static let closeTag = "activities.close"

    private let context: AppContext
    private(set) var filter: WorklistFilter
    private(set) var list: Grid<WorklistSource>

    public init(context: AppContext, filter: WorklistFilter = WorklistFilter()) {
        self.context = context
        self.filter = filter
        self.list = Self.makeList(filter, context: context)
    }

    public var title: String { context.text(ActivitiesTexts.title) }

    public var keymaps: [Keymap] {
        let own = Keymap(title, [
            .init(.enter, Self.invoicesCommand, showsInHelpBar: true),
            .init(.character("i"), Self.invoicesCommand),
            .init(.character("h"), Self.historyCommand, showsInHelpBar: true),
            .init(.function(3), Self.filterCommand, showsInHelpBar: true),
            .init(.function(9), Self.closeCommand, showsInHelpBar: true),
            .init(.character("c"), Self.closeCommand),
        ])
        return [own, list.keymap]
    }

    public var commands: [Command] {
        let group = context.text(ActivitiesTexts.group)
        let entries: [(CommandID, LocalizedText, LocalizedText)] = [
            (Self.invoicesCommand, ActivitiesTexts.invoices, ActivitiesTexts.invoicesHelp),
            (Self.historyCommand, ActivitiesTexts.history, ActivitiesTexts.historyHelp),
            (Self.filterCommand, ActivitiesTexts.filter, ActivitiesTexts.filterHelp),
            (Self.closeCommand, ActivitiesTexts.close, ActivitiesTexts.closeHelp),
        ]
        return entries.map { Command($0.0, title: context.text($0.1), group: group, help: context.text($0.2)) }
            + GridCommand.table
    }

    public func availability(of command: CommandID) -> CommandAvailability {
        switch command {
        case Self.invoicesCommand, Self.historyCommand, Self.closeCommand:
            list.rowCount == 0 ? .disabled(reason: context.text(ActivitiesTexts.noActivity)) : .enabled
        case GridCommand.sortNext: .disabled(reason: context.text(ActivitiesTexts.fixedOrder))
        case GridCommand.filter: .disabled(reason: context.text(HistoryTexts.useFilterForm))
        default: .enabled
        }
    }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case Self.filterCommand:
            context.request(.push(ActivitiesFilterScreen.make(context: context, filter: filter)))
        case Self.closeCommand:
            guard selected != nil else { return .ignored }
            promptForNote()
        case Self.invoicesCommand:
            guard let activity = selected else { return .ignored }
            context.request(.push(CustomerInvoicesScreen(context: context, account: activity.customerAccount)))
        case Self.historyCommand:
            guard let activity = selected else { return .ignored }
            let filter = HistoryFilter(customerAccount: activity.customerAccount)
            context.request(.push(HistoryScreen(context: context, filter: filter)))
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
        case Self.filterTag:
            if let filter = result.value as? WorklistFilter { apply(filter) }
        case Self.closeTag:
            if let note = result.value as? String { close(with: note) }
        default:
            break
        }
    }

    /// Shows the open activities matching `filter`.
    mutating func apply(_ filter: WorklistFilter) {
        self.filter = filter
        list = Self.makeList(filter, context: context)
    }

    /// The activity under the cursor.
    var selected: Activity? {
        list.source.activities(in: list.cursorIndex..<min(list.rowCount, list.cursorIndex + 1)).first
    }

    /// Closes the selected activity today with `note` (one transaction) and reloads the list.
    mutating func close(with note: String) {
        guard let id = selected?.id else { return }
        let note = note.trimmingCharacters(in: .whitespaces)
        do {
            if try context.database.closeActivity(id: id, on: context.today, note: note) {
                context.show(context.text(ActivitiesTexts.closed(id)))
            } else {
                context.show(context.text(ActivitiesTexts.alreadyClosed), severity: .error)
            }
        } catch {
            context.show(String(describing: error), severity: .error)
        }
        let cursor = list.cursorIndex
        list.reload()
        list.moveCursor(to: min(cursor, max(0, list.rowCount - 1)))
    }

    private func promptForNote() {
        let required = context.text(ActivitiesTexts.noteRequired)
        let prompt = PromptDialog(
            title: context.text(ActivitiesTexts.closeTitle), message: context.text(ActivitiesTexts.closingNote),
            hint: context.text(Dialogs.promptHint),
            validate: { $0.trimmingCharacters(in: .whitespaces).isEmpty ? required : nil })
        let screen = DialogScreen(prompt, tag: Self.closeTag, context: context, answer: { dialog -> Any?? in
            switch dialog.outcome {
            case .chosen(let note): .some(note)
            case .cancelled: .some(nil)
            case nil: nil
            }
        }, cursor: { dialog, area in dialog.cursorPosition(in: area) })
        context.request(.present(screen, size: Size(width: 70, height: 9), framed: false))
    }

    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        let parts = inside.split(intoRows: [.fixed(1), .minimum(1)])
        let text = context.text
        var summary = "\(text(ActivitiesTexts.agent)): \(filter.ownerAgentID ?? text(ActivitiesTexts.allAgents))"
        if filter.overdueOn != nil { summary += "  ·  " + text(ActivitiesTexts.overdueOnly) }
        buffer.write(summary, at: Point(x: parts[0].x, y: parts[0].y), style: theme.style(.muted), clip: parts[0])
        var list = self.list
        list.resize(to: parts[1].size)
        list.render(into: &buffer, in: parts[1], theme: theme, isFocused: true)
    }

    static func makeList(_ filter: WorklistFilter, context: AppContext) -> Grid<WorklistSource> {
        let text = context.text
        let columns = [
            GridColumn(id: "late", title: text(ActivitiesTexts.overdueMark), width: .fixed(6)),
            GridColumn(id: "customer", title: text(ActivitiesTexts.customer), width: .flexible(minimum: 8)),
            GridColumn(id: "invoice", title: text(ActivitiesTexts.invoice), width: .flexible(minimum: 8)),
            GridColumn(id: "type", title: text(ActivitiesTexts.type), width: .flexible(minimum: 6)),
            GridColumn(id: "purpose", title: text(ActivitiesTexts.purpose), width: .flexible(minimum: 8)),
            GridColumn(id: "description", title: text(ActivitiesTexts.description),
                       width: .flexible(minimum: 10, share: 2)),
            GridColumn(id: "due", title: text(ActivitiesTexts.due), width: .fixed(10)),
            GridColumn(id: "agent", title: text(ActivitiesTexts.agent), width: .flexible(minimum: 6)),
        ]
        var strings = context.gridStrings
        strings.noRows = text(ActivitiesTexts.noRows)
        let source = WorklistSource(database: context.database, filter: filter, today: context.today,
                                    language: context.language)
        return Grid(columns: columns, source: source, strings: strings, allowsMarking: false)
    }
}

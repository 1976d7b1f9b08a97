import CollectaCore
import CollectaStore
import TerminalUI

/// The outbox: every email the runs created, newest first, with its delivery status, attempts
/// and the server's last reply (or when it is tried next). Enter opens the email with every
/// attempt, F3 filters by status, → and ← step through the statuses, Ctrl-R clears the filter,
/// F9 sends the emails that are due.
public struct OutboxScreen: AppScreen, CommandProviding {
    static let openCommand: CommandID = "outbox.open"
    static let filterCommand: CommandID = "outbox.filter"
    static let clearCommand: CommandID = "outbox.clearFilter"
    static let nextStatusCommand: CommandID = "outbox.nextStatus"
    static let previousStatusCommand: CommandID = "outbox.previousStatus"
    static let filterTag = "outbox.filter"
    /// The filter's choices in the order → steps through them: all, then each status.
    static let statusChoices: [EmailStatus?] = [nil] + EmailStatus.allCases.map { $0 }

    let context: AppContext
    private(set) var status: EmailStatus?
    var list: Grid<OutboxSource>
    /// The send in progress (OutboxSending.swift), which holds the database's send lock.
    var sending: OutboxSending?

    /// Every email of the outbox, or those with `status`.
    public init(context: AppContext, status: EmailStatus? = nil) {
        self.context = context
        self.status = status
        self.list = Self.makeList(status, context: context)
    }

    public var title: String { context.text(OutboxTexts.title) }

    public var wantsTicks: Bool { sending != nil }

    public mutating func tick() { stepSending() }

    public var keymaps: [Keymap] {
        if let sending { return [sending.dialog.keymap] }
        let own = Keymap(title, [
            .init(.enter, Self.openCommand, showsInHelpBar: true),
            .init(.function(9), Self.sendCommand, showsInHelpBar: true),
            .init(.function(3), Self.filterCommand, showsInHelpBar: true),
            .init(.control("r"), Self.clearCommand, showsInHelpBar: true),
            .init(.right, Self.nextStatusCommand, showsInHelpBar: true),
            .init(.left, Self.previousStatusCommand),
        ])
        return [own, list.keymap]
    }

    /// The screen's own commands: id, title and help.
    private var ownCommands: [(CommandID, LocalizedText, LocalizedText)] {
        [
            (Self.openCommand, OutboxTexts.open, OutboxTexts.openHelp),
            (Self.sendCommand, OutboxSendTexts.send, OutboxSendTexts.sendHelp),
            (Self.filterCommand, OutboxTexts.filter, OutboxTexts.filterHelp),
            (Self.clearCommand, OutboxTexts.clearFilter, OutboxTexts.clearFilterHelp),
            (Self.nextStatusCommand, OutboxTexts.nextStatus, OutboxTexts.statusHelp),
            (Self.previousStatusCommand, OutboxTexts.previousStatus, OutboxTexts.statusHelp),
        ]
    }

    public var commands: [Command] {
        let group = context.text(OutboxTexts.group)
        return ownCommands.map { Command($0.0, title: context.text($0.1), group: group, help: context.text($0.2)) }
            + GridCommand.table
    }

    public func availability(of command: CommandID) -> CommandAvailability {
        switch command {
        case Self.openCommand:
            list.rowCount == 0 ? .disabled(reason: context.text(OutboxTexts.noRow)) : .enabled
        case Self.sendCommand: sendingRefusal().map { .disabled(reason: $0) } ?? .enabled
        case GridCommand.sortNext: .disabled(reason: context.text(OutboxTexts.fixedOrder))
        case GridCommand.filter: .disabled(reason: context.text(OutboxTexts.useFilterForm))
        default: .enabled
        }
    }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        if var sending {
            let result = sending.dialog.perform(command)
            self.sending = sending
            return result
        }
        switch command {
        case Self.sendCommand:
            askToSend()
        case Self.openCommand:
            guard let email = selected else { return .ignored }
            context.request(.push(OutboxDetailScreen.make(context: context, email: email)))
        case Self.filterCommand:
            context.request(.push(OutboxFilterScreen.make(context: context, status: status)))
        case Self.clearCommand:
            apply(nil)
        case Self.nextStatusCommand:
            showStatus(after: 1)
        case Self.previousStatusCommand:
            showStatus(after: -1)
        default:
            return list.perform(command)
        }
        return .handled
    }

    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        sending == nil ? list.handleUnbound(key) : .handled
    }

    public mutating func receive(_ result: OverlayResult) {
        if result.tag == Self.filterTag, let filter = result.value as? OutboxFilterDraft { apply(filter.status) }
        if result.tag == Self.sendTag, result.value as? Bool == true { startSending() }
    }

    /// Shows the emails with `status` (all when nil), from the newest.
    mutating func apply(_ status: EmailStatus?) {
        self.status = status
        list = Self.makeList(status, context: context)
    }

    /// The email under the cursor.
    var selected: OutboxEmail? {
        list.source.emails(in: list.cursorIndex..<min(list.rowCount, list.cursorIndex + 1)).first
    }

    private mutating func showStatus(after step: Int) {
        let choices = Self.statusChoices
        let current = choices.firstIndex(of: status) ?? 0
        apply(choices[(current + step + choices.count) % choices.count])
    }

    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        let parts = inside.split(intoRows: [.fixed(1), .minimum(1)])
        let summary = "\(context.text(OutboxTexts.status)): \(Self.statusLabel(status, context: context))"
        buffer.write(summary, at: Point(x: parts[0].x, y: parts[0].y), style: theme.style(.muted), clip: parts[0])
        var list = self.list
        list.resize(to: parts[1].size)
        list.render(into: &buffer, in: parts[1], theme: theme, isFocused: true)
        sending?.dialog.render(into: &buffer, in: inside, theme: theme, isFocused: true)
    }

    static func statusLabel(_ status: EmailStatus?, context: AppContext) -> String {
        context.text(status.map(OutboxTexts.statusName) ?? OutboxTexts.all)
    }

    static func makeList(_ status: EmailStatus?, context: AppContext) -> Grid<OutboxSource> {
        var strings = context.gridStrings
        strings.noRows = context.text(OutboxTexts.noRows)
        let source = OutboxSource(database: context.database, status: status, language: context.language)
        return Grid(columns: OutboxRowFormat.columns(context), source: source, strings: strings, allowsMarking: false)
    }
}

/// The values of the outbox filter form.
struct OutboxFilterDraft: Equatable {
    var status: EmailStatus?
}

/// The outbox filter: one status or all. F2 applies it; Esc goes back unchanged.
enum OutboxFilterScreen {
    static func make(context: AppContext, status: EmailStatus?) -> FilterFormScreen<OutboxFilterDraft> {
        let options = OutboxScreen.statusChoices.map { (value: $0, label: OutboxScreen.statusLabel($0, context: context)) }
        let form = Form(draft: OutboxFilterDraft(status: status), fields: [
            .choice(context.text(OutboxTexts.status), \.status, options: options),
        ], strings: context.formStrings)
        let texts = FilterFormTexts(
            title: OutboxTexts.filterTitle, group: OutboxTexts.group, apply: OutboxTexts.apply,
            applyHelp: OutboxTexts.applyHelp, back: OutboxTexts.back, backHelp: OutboxTexts.backHelp)
        return FilterFormScreen(context: context, form: form, texts: texts, tag: OutboxScreen.filterTag) {
            .success($0)
        }
    }
}

import CollectaCore
import CollectaStore
import Foundation
import TerminalUI

/// The values of the history filter form.
struct HistoryFilterDraft: Equatable {
    var hierarchyID: String?
    var customer = ""
    var from: CalendarDay?
    var to: CalendarDay?
    var status: ActionStatus?
    var action: ActionKind?

    init(_ filter: HistoryFilter) {
        hierarchyID = filter.hierarchyID
        customer = filter.customerAccount ?? ""
        from = filter.from.flatMap { CalendarDay(iso: $0.isoString) }
        to = filter.to.flatMap { CalendarDay(iso: $0.isoString) }
        status = filter.status
        action = filter.action
    }

    var filter: HistoryFilter {
        let account = customer.trimmingCharacters(in: .whitespaces)
        return HistoryFilter(
            hierarchyID: hierarchyID, customerAccount: account.isEmpty ? nil : account,
            from: from.flatMap { LocalDate(iso: $0.isoString) }, to: to.flatMap { LocalDate(iso: $0.isoString) },
            status: status, action: action)
    }
}

/// The history filter: hierarchy (all or one), customer, date range (ISO dates), status and
/// action. F2 applies it to the History screen underneath; Esc goes back unchanged.
struct HistoryFilterScreen: AppScreen, CommandProviding {
    private let context: AppContext
    private(set) var form: Form<HistoryFilterDraft>

    init(context: AppContext, filter: HistoryFilter) {
        self.context = context
        self.form = Self.makeForm(HistoryFilterDraft(filter), context: context)
    }

    var title: String { context.text(HistoryTexts.filterTitle) }
    var keymaps: [Keymap] { [form.keymap] }
    var acceptsTypedText: Bool { form.acceptsTypedText }

    var commands: [Command] {
        let group = context.text(HistoryTexts.group)
        return [
            Command(FormCommand.submit, title: context.text(HistoryTexts.apply), group: group,
                    help: context.text(HistoryTexts.applyHelp)),
            Command(FormCommand.cancel, title: context.text(HistoryTexts.back), group: group,
                    help: context.text(HistoryTexts.backHelp)),
        ] + FormCommand.table
    }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case FormCommand.cancel:
            guard form.pickList == nil else { return form.perform(command) }
            context.request(.pop)
            return .handled
        case FormCommand.submit:
            let result = form.perform(command)
            if form.outcome == .submitted {
                if let from = form.draft.from, let to = form.draft.to, from.isoString > to.isoString {
                    return .refused(context.text(HistoryTexts.fromAfterTo))
                }
                context.request(.pop)
                context.request(.deliver(OverlayResult(tag: HistoryScreen.filterTag, value: form.draft.filter)))
            }
            return result
        default:
            return form.perform(command)
        }
    }

    mutating func handleUnbound(_ key: Key) -> HandlingResult {
        form.handleUnbound(key)
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        _ = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        form.render(into: &buffer, in: ParametersScreen.formArea(in: area), theme: theme, isFocused: true)
    }

    func cursorPosition(in area: Rect) -> Point? {
        form.cursorPosition(in: ParametersScreen.formArea(in: area))
    }

    static func makeForm(_ draft: HistoryFilterDraft, context: AppContext) -> Form<HistoryFilterDraft> {
        let text = context.text
        let hierarchies = [(value: String?.none, label: text(HistoryTexts.allHierarchies))]
            + context.configurationOrEmpty().hierarchies.map { (value: String?.some($0.id), label: $0.id) }
        let statuses = [(value: ActionStatus?.none, label: text(HistoryTexts.all))]
            + ActionStatus.allCases.map { (value: ActionStatus?.some($0), label: text(HistoryTexts.statusName($0))) }
        let actions = [(value: ActionKind?.none, label: text(HistoryTexts.all))]
            + ActionKind.allCases.map { (value: ActionKind?.some($0), label: text(HistoryTexts.actionName($0))) }
        let fields: [FormField<HistoryFilterDraft>] = [
            .choice(text(HistoryTexts.hierarchy), \.hierarchyID, options: hierarchies),
            .text(text(HistoryTexts.customer), \.customer),
            .date(text(HistoryTexts.from), \.from),
            .date(text(HistoryTexts.to), \.to),
            .choice(text(HistoryTexts.status), \.status, options: statuses),
            .choice(text(HistoryTexts.action), \.action, options: actions),
        ]
        return Form(draft: draft, fields: fields, strings: context.formStrings)
    }
}

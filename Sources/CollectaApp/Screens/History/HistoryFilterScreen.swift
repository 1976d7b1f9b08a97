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
enum HistoryFilterScreen {
    static func make(context: AppContext, filter: HistoryFilter) -> FilterFormScreen<HistoryFilterDraft> {
        let texts = FilterFormTexts(
            title: HistoryTexts.filterTitle, group: HistoryTexts.group, apply: HistoryTexts.apply,
            applyHelp: HistoryTexts.applyHelp, back: HistoryTexts.back, backHelp: HistoryTexts.backHelp)
        return FilterFormScreen(
            context: context, form: makeForm(HistoryFilterDraft(filter), context: context), texts: texts,
            tag: HistoryScreen.filterTag
        ) { draft in
            if let from = draft.from, let to = draft.to, from.isoString > to.isoString {
                return .failure(FilterRefusal(reason: context.text(HistoryTexts.fromAfterTo)))
            }
            return .success(draft.filter)
        }
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

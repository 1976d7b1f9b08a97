import CollectaCore
import CollectaStore
import TerminalUI

/// The values of the worklist filter form.
struct ActivitiesFilterDraft: Equatable {
    var agentID: String?
    var isOverdueOnly = false
}

/// The worklist filter: agent (all or one) and overdue only. F2 applies it; Esc goes back.
enum ActivitiesFilterScreen {
    static func make(context: AppContext, filter: WorklistFilter) -> FilterFormScreen<ActivitiesFilterDraft> {
        let text = context.text
        let agents = [(value: String?.none, label: text(ActivitiesTexts.allAgents))]
            + ((try? context.database.openActivityOwners()) ?? []).map { (value: String?.some($0), label: $0) }
        let draft = ActivitiesFilterDraft(agentID: filter.ownerAgentID, isOverdueOnly: filter.overdueOn != nil)
        let form = Form(draft: draft, fields: [
            .choice(text(ActivitiesTexts.agent), \.agentID, options: agents),
            .checkbox(text(ActivitiesTexts.overdueOnly), \.isOverdueOnly),
        ], strings: context.formStrings)
        let texts = FilterFormTexts(
            title: ActivitiesTexts.filterTitle, group: ActivitiesTexts.group, apply: ActivitiesTexts.apply,
            applyHelp: ActivitiesTexts.applyHelp, back: ActivitiesTexts.back, backHelp: ActivitiesTexts.backHelp)
        return FilterFormScreen(context: context, form: form, texts: texts, tag: ActivitiesScreen.filterTag) { draft in
            .success(WorklistFilter(
                ownerAgentID: draft.agentID, overdueOn: draft.isOverdueOnly ? context.today : nil))
        }
    }
}

import CollectaCore
import CollectaStore
import TerminalUI

/// The values of the worklist filter form.
struct ActivitiesFilterDraft: Equatable {
    var agentID: String?
    var isOverdueOnly = false
}

/// The worklist filter: agent (all or one) and overdue only. F2 applies it; Esc goes back.
struct ActivitiesFilterScreen: AppScreen, CommandProviding {
    private let context: AppContext
    private(set) var form: Form<ActivitiesFilterDraft>

    init(context: AppContext, filter: WorklistFilter) {
        self.context = context
        let text = context.text
        let agents = [(value: String?.none, label: text(ActivitiesTexts.allAgents))]
            + ((try? context.database.openActivityOwners()) ?? []).map { (value: String?.some($0), label: $0) }
        let draft = ActivitiesFilterDraft(agentID: filter.ownerAgentID, isOverdueOnly: filter.overdueOn != nil)
        form = Form(draft: draft, fields: [
            .choice(text(ActivitiesTexts.agent), \.agentID, options: agents),
            .checkbox(text(ActivitiesTexts.overdueOnly), \.isOverdueOnly),
        ], strings: context.formStrings)
    }

    var title: String { context.text(ActivitiesTexts.filterTitle) }
    var keymaps: [Keymap] { [form.keymap] }
    var acceptsTypedText: Bool { form.acceptsTypedText }

    var commands: [Command] {
        let group = context.text(ActivitiesTexts.group)
        return [
            Command(FormCommand.submit, title: context.text(ActivitiesTexts.apply), group: group,
                    help: context.text(ActivitiesTexts.applyHelp)),
            Command(FormCommand.cancel, title: context.text(ActivitiesTexts.back), group: group,
                    help: context.text(ActivitiesTexts.backHelp)),
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
                let filter = WorklistFilter(
                    ownerAgentID: form.draft.agentID, overdueOn: form.draft.isOverdueOnly ? context.today : nil)
                context.request(.pop)
                context.request(.deliver(OverlayResult(tag: ActivitiesScreen.filterTag, value: filter)))
            }
            return result
        default:
            return form.perform(command)
        }
    }

    mutating func handleUnbound(_ key: Key) -> HandlingResult { form.handleUnbound(key) }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        _ = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        form.render(into: &buffer, in: ParametersScreen.formArea(in: area), theme: theme, isFocused: true)
    }

    func cursorPosition(in area: Rect) -> Point? {
        form.cursorPosition(in: ParametersScreen.formArea(in: area))
    }
}

import CollectaCore
import TerminalUI

/// The values of the process step form. Line and days are kept as typed so that the form can be
/// rebuilt without losing them when the action type changes the business documents offered.
struct StepDraft {
    var line = ""
    var description = ""
    var action = ActionType.activity
    var documentID: String?
    var timing = StepTiming.after
    var days = "1"
    var isPreDunning = false
    var recipient: RecipientKind?
    var contactPurposeID: String?

    init() {}

    init(_ step: ProcessStep) {
        line = String(step.line)
        description = step.description
        action = step.action
        documentID = step.documentID
        timing = step.timing
        days = String(step.days)
        isPreDunning = step.isPreDunning
        recipient = step.recipient
        contactPurposeID = step.contactPurposeID
    }

    /// The step; the form has checked that line and days are whole numbers.
    var step: ProcessStep {
        ProcessStep(
            line: Int(line) ?? 0, description: description, action: action,
            documentID: action == .letter ? nil : documentID, timing: timing, days: Int(days) ?? 0,
            isPreDunning: isPreDunning, recipient: recipient, contactPurposeID: contactPurposeID)
    }
}

/// The process step form: line, description, action type, business document (the templates of
/// the action's kind), when, days, pre-dunning, recipient and business contact purpose.
struct StepForm: SetupFormSpec {
    let context: AppContext
    let hierarchyID: String
    /// The step being edited; nil for a new one.
    let original: ProcessStep?
    let configuration: CollectionsConfiguration

    /// The violation field each form field answers for, in field order.
    static let fieldKeys = [
        "line", "description", "action", "documentID", "timing", "days", "isPreDunning", "recipient",
        "contactPurposeID",
    ]
    private static let actionIndex = 2

    /// The form screen for a new step of `hierarchy` (`editing` nil, on the line after the last)
    /// or an existing one.
    static func screen(
        editing step: ProcessStep?, of hierarchy: ProcessHierarchy, in configuration: CollectionsConfiguration,
        context: AppContext
    ) -> SetupFormScreen<StepForm> {
        var draft = step.map(StepDraft.init) ?? StepDraft()
        if step == nil { draft.line = String((hierarchy.steps.map(\.line).max() ?? 0) + 10) }
        let spec = StepForm(context: context, hierarchyID: hierarchy.id, original: step, configuration: configuration)
        return SetupFormScreen(spec: spec, draft: draft, context: context)
    }

    var title: String {
        context.text(original == nil ? SetupTexts.newStepTitle : SetupTexts.editStepTitle)
    }

    var headerLines: [String] {
        [context.text(SetupTexts.hierarchyPane) + ": " + hierarchyID, ""]
    }

    func makeForm(_ draft: StepDraft) -> Form<StepDraft> {
        let text = context.text
        let language = context.language
        let none = text(SetupTexts.none)
        let wholeNumber = { (value: String) -> String? in
            Int(value).map { $0 >= 0 } == true ? nil : text(SetupTexts.notWholeNumber)
        }
        let fields: [FormField<StepDraft>] = [
            .text(text(SetupTexts.line), \.line, validate: wholeNumber),
            .text(text(SetupTexts.description), \.description),
            .choice(text(SetupTexts.actionType), \.action,
                    options: ActionType.allCases.map { ($0, SetupLabels.action($0)(language)) }),
            .choice(text(SetupTexts.businessDocument), \.documentID, options: documentOptions(for: draft.action)),
            .choice(text(SetupTexts.when), \.timing,
                    options: StepTiming.allCases.map { ($0, SetupLabels.timing($0)(language)) }),
            .text(text(SetupTexts.days), \.days, validate: wholeNumber),
            .checkbox(text(SetupTexts.preDunning), \.isPreDunning),
            .choice(text(SetupTexts.recipient), \.recipient,
                    options: [(nil, none)] + RecipientKind.allCases.map { ($0, SetupLabels.recipient($0)(language)) }),
            .choice(text(SetupTexts.contactPurpose), \.contactPurposeID,
                    options: [(nil, none)] + configuration.purposes.map { ($0.id, $0.id + " — " + $0.description) }),
        ]
        return Form(draft: draft, fields: fields, strings: context.formStrings)
    }

    /// The templates of the action's kind, after "none"; a letter offers "none" only.
    func documentOptions(for action: ActionType) -> [(value: String?, label: String)] {
        let none: (value: String?, label: String) = (nil, context.text(SetupTexts.none))
        switch action {
        case .activity:
            return [none] + configuration.activityTemplates.map { ($0.id, $0.id + " — " + $0.name) }
        case .email:
            return [none] + configuration.emailTemplates.map { ($0.id, $0.id + " — " + $0.description) }
        case .letter:
            return [none]
        }
    }

    func fieldIndex(of violation: Violation, draft: StepDraft) -> Int? {
        let prefix = "steps[\(Int(draft.line) ?? 0)]."
        guard violation.entity.hasPrefix("step \(hierarchyID) line "), violation.field.hasPrefix(prefix) else {
            return nil
        }
        return Self.fieldKeys.firstIndex(of: String(violation.field.dropFirst(prefix.count)))
    }

    /// Replaces the edited step (or adds the new one) at the end of its hierarchy's steps, so that
    /// a clash with another step (C3, C6, a taken line) is reported on this one.
    func apply(_ draft: StepDraft, to configuration: inout CollectionsConfiguration) {
        guard let index = configuration.hierarchies.firstIndex(where: { $0.id == hierarchyID }) else { return }
        if let original {
            configuration.hierarchies[index].steps.removeAll { $0.line == original.line }
        }
        configuration.hierarchies[index].steps.append(draft.step)
    }

    func selection(after draft: StepDraft) -> SetupSelection {
        SetupSelection(hierarchyID: hierarchyID, line: Int(draft.line))
    }

    /// A new form when the action type changed, offering that action's documents; the other
    /// fields keep what was typed and chosen.
    func revised(_ form: Form<StepDraft>, after previous: Form<StepDraft>) -> Form<StepDraft>? {
        let actionField = form.fields[Self.actionIndex]
        guard actionField.selectedOption != previous.fields[Self.actionIndex].selectedOption,
              let chosen = actionField.selectedOption
        else { return nil }
        var draft = StepDraft()
        let fields = form.fields
        draft.line = fields[0].text
        draft.description = fields[1].text
        draft.action = ActionType.allCases[chosen]
        draft.timing = fields[4].selectedOption.map { StepTiming.allCases[$0] } ?? .after
        draft.days = fields[5].text
        draft.isPreDunning = fields[6].isChecked
        draft.recipient = fields[7].selectedOption.flatMap { $0 == 0 ? nil : RecipientKind.allCases[$0 - 1] }
        draft.contactPurposeID = fields[8].selectedOption.flatMap {
            $0 == 0 ? nil : configuration.purposes[$0 - 1].id
        }
        var rebuilt = makeForm(draft)
        rebuilt.focus(fieldAt: Self.actionIndex)
        return rebuilt
    }
}

import CollectaCore
import TerminalUI

/// Shows rule violations where the user can act on them.
enum DocumentViolations {
    /// `R15 unknown placeholder …` — the rule code and the message in `language`, for a field or
    /// the status line.
    static func text(of violation: Violation, in language: Language) -> String {
        "\(violation.rule.code) \(violation.message(in: language))"
    }

    /// Sets each violation's message at the form field its `field` names (by `fieldIndex`),
    /// and clears the others; returns the violations no field of the form shows.
    static func show<Draft>(
        _ violations: [Violation], in form: inout Form<Draft>, language: Language, fieldIndex: (String) -> Int?
    ) -> [Violation] {
        for index in form.fields.indices { form.setMessage(nil, forFieldAt: index) }
        var unplaced: [Violation] = []
        for violation in violations {
            if let index = fieldIndex(violation.field), form.fields[index].message == nil {
                form.setMessage(text(of: violation, in: language), forFieldAt: index)
            } else if fieldIndex(violation.field) == nil {
                unplaced.append(violation)
            }
        }
        return unplaced
    }

    /// Puts the first violation in the status line.
    static func report(_ violations: [Violation], in context: AppContext) {
        guard let first = violations.first else { return }
        context.show(first.entity + ", " + first.field + ": " + text(of: first, in: context.language), severity: .error)
    }
}

/// Commands shared by the document screens.
enum DocumentCommand {
    static let new: CommandID = "documents.new"
    static let edit: CommandID = "documents.edit"
    static let delete: CommandID = "documents.delete"
    static let save: CommandID = "documents.save"
    static let switchPane: CommandID = "documents.switch"
    static let loadFile: CommandID = "documents.loadFile"
    static let saveFile: CommandID = "documents.saveFile"
    static let preview: CommandID = "documents.preview"
    static let check: CommandID = "documents.check"
    static let toggleFinal: CommandID = "documents.toggleFinal"
    static let pick: CommandID = "documents.pick"
    static let scrollUp: CommandID = "documents.scrollUp"
    static let scrollDown: CommandID = "documents.scrollDown"

    /// The command-table entry of `id` in the context's language.
    static func command(_ id: CommandID, _ title: LocalizedText, _ help: LocalizedText, _ context: AppContext) -> Command {
        Command(id, title: context.text(title), group: context.text(DocumentsTexts.group), help: context.text(help))
    }

    /// The tag with which an edit screen tells the screen under it that it saved.
    static let savedTag = "documents.saved"
}

/// Esc on an edit screen: back at once, or after "Discard the unsaved changes?".
enum DocumentBack {
    static let tag = "documents.discard"

    static func leave(_ context: AppContext, hasUnsavedChanges: Bool) {
        if hasUnsavedChanges {
            context.confirm(context.text(Dialogs.discardChanges), tag: tag)
        } else {
            context.request(.pop)
        }
    }

    /// Pops the screen when the user agreed to discard its changes.
    static func receive(_ result: OverlayResult, _ context: AppContext) {
        if result.tag == tag, result.value as? Bool == true { context.request(.pop) }
    }
}

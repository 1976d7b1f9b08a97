import CollectaCore
import TerminalUI

/// The pool screen's keys: F2 saves, Esc goes back (asking when there are edits), F9 or Tab
/// moves between the panes; in the criteria pane F7 adds, Enter/F4 edits and F8 deletes.
extension PoolScreen {
    static let saveCommand: CommandID = "pool.save"
    static let backCommand: CommandID = "pool.back"
    static let nextPaneCommand: CommandID = "pool.nextPane"
    static let addCriterionCommand: CommandID = "pool.addCriterion"
    static let editCriterionCommand: CommandID = "pool.editCriterion"
    static let deleteCriterionCommand: CommandID = "pool.deleteCriterion"
    static let discardTag = "pool.discard"
    static let criterionTag = "pool.criterion"

    public var keymaps: [Keymap] {
        var bindings: [Keymap.Binding] = [
            .init(.function(2), Self.saveCommand, showsInHelpBar: true),
            .init(.function(7), Self.addCriterionCommand, showsInHelpBar: true),
            .init(.function(9), Self.nextPaneCommand, showsInHelpBar: true),
            .init(.tab, Self.nextPaneCommand),
            .init(.escape, Self.backCommand, showsInHelpBar: true),
        ]
        if focus == .criteria {
            bindings += [
                .init(.enter, Self.editCriterionCommand, showsInHelpBar: true),
                .init(.function(4), Self.editCriterionCommand),
                .init(.function(8), Self.deleteCriterionCommand, showsInHelpBar: true),
            ]
        }
        return [focusedKeymap, Keymap(context.text(PoolsTexts.poolTitle), bindings)]
    }

    private var focusedKeymap: Keymap {
        switch focus {
        case .header: form.keymap
        case .criteria: criteriaList.keymap
        case .preview: preview.keymap
        }
    }

    public var acceptsTypedText: Bool {
        switch focus {
        case .header: form.acceptsTypedText
        case .criteria: criteriaList.acceptsTypedText
        case .preview: false
        }
    }

    public var commands: [Command] {
        let group = context.text(PoolsTexts.poolTitle)
        func command(_ id: CommandID, _ title: LocalizedText, _ help: LocalizedText) -> Command {
            Command(id, title: context.text(title), group: group, help: context.text(help))
        }
        return [
            command(Self.saveCommand, PoolsTexts.save, PoolsTexts.saveHelp),
            command(FormCommand.submit, PoolsTexts.save, PoolsTexts.saveHelp),
            command(Self.backCommand, PoolsTexts.back, PoolsTexts.backHelp),
            command(FormCommand.cancel, PoolsTexts.back, PoolsTexts.backHelp),
            command(Self.nextPaneCommand, PoolsTexts.nextPane, PoolsTexts.nextPaneHelp),
            command(Self.addCriterionCommand, PoolsTexts.addCriterion, PoolsTexts.addCriterionHelp),
            command(Self.editCriterionCommand, PoolsTexts.editCriterion, PoolsTexts.editCriterionHelp),
            command(Self.deleteCriterionCommand, PoolsTexts.deleteCriterion, PoolsTexts.deleteCriterionHelp),
        ] + FormCommand.table + GridCommand.table
    }

    public func availability(of command: CommandID) -> CommandAvailability {
        switch command {
        case Self.editCriterionCommand, Self.deleteCriterionCommand:
            criteria.isEmpty ? .disabled(reason: context.text(PoolsTexts.noCriterion)) : .enabled
        case GridCommand.filter where focus == .preview:
            .disabled(reason: context.text(PoolsTexts.previewNoFilter))
        default: .enabled
        }
    }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case Self.saveCommand, FormCommand.submit: save()
        case Self.backCommand: goBack()
        case FormCommand.cancel:
            guard form.pickList == nil else { return form.perform(command) }
            goBack()
        case Self.nextPaneCommand: focusNextPane()
        case Self.addCriterionCommand: openCriterion(at: nil)
        case Self.editCriterionCommand: openCriterion(at: criteriaList.cursorIndex)
        case Self.deleteCriterionCommand: deleteCriterion()
        default: return performInFocusedPane(command)
        }
        return .handled
    }

    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        switch focus {
        case .header: form.handleUnbound(key)
        case .criteria: criteriaList.handleUnbound(key)
        case .preview: preview.handleUnbound(key)
        }
    }

    public mutating func receive(_ result: OverlayResult) {
        switch result.tag {
        case Self.discardTag where result.value as? Bool == true:
            context.request(.pop)
        case Self.criterionTag:
            guard let edit = result.value as? CriterionEdit else { return }
            if let index = edit.index, criteria.indices.contains(index) {
                criteria[index] = edit.criterion
                criteriaChanged(selecting: index)
            } else {
                criteria.append(edit.criterion)
                criteriaChanged(selecting: criteria.count - 1)
            }
        default:
            break
        }
    }

    public var hasUnsavedChanges: Bool {
        if original == nil { return form.fields.contains { !$0.text.isEmpty } || !criteria.isEmpty }
        var copy = form
        guard copy.submit().isEmpty, let original else { return true }
        return copy.draft.description != original.description || criteria != original.criteria
    }

    private mutating func performInFocusedPane(_ command: CommandID) -> HandlingResult {
        switch focus {
        case .header: form.perform(command)
        case .criteria: criteriaList.perform(command)
        case .preview: preview.perform(command)
        }
    }

    private mutating func focusNextPane() {
        let panes = Pane.allCases
        focus = panes[(panes.firstIndex(of: focus)! + 1) % panes.count]
    }

    private mutating func goBack() {
        if hasUnsavedChanges {
            context.confirm(context.text(Dialogs.discardChanges), tag: Self.discardTag)
        } else {
            context.request(.pop)
        }
    }

    private func openCriterion(at index: Int?) {
        let criterion = index.flatMap { criteria.indices.contains($0) ? criteria[$0] : nil }
        let screen = CriterionScreen(context: context, index: criterion == nil ? nil : index, criterion: criterion)
        context.request(.present(screen, size: CriterionScreen.size))
    }

    private mutating func deleteCriterion() {
        let index = criteriaList.cursorIndex
        guard criteria.indices.contains(index) else { return }
        criteria.remove(at: index)
        criteriaChanged(selecting: index)
    }
}

import CollectaCore
import CollectaStore
import TerminalUI

extension ManualAssignmentScreen {
    public var keymaps: [Keymap] {
        [list.keymap, Keymap(title, [
            .init(.left, Self.previousCommand),
            .init(.right, Self.nextCommand, showsInHelpBar: true),
            .init(.function(7), Self.addCommand, showsInHelpBar: true),
            .init(.function(8), Self.removeCommand, showsInHelpBar: true),
            .init(.function(9), Self.moveCommand, showsInHelpBar: true),
        ])]
    }

    public var commands: [Command] {
        let group = context.text(ManualAssignmentTexts.group)
        func command(_ id: CommandID, _ title: LocalizedText, _ help: LocalizedText) -> Command {
            Command(id, title: context.text(title), group: group, help: context.text(help))
        }
        return [
            command(Self.previousCommand, ManualAssignmentTexts.previous, ManualAssignmentTexts.previousHelp),
            command(Self.nextCommand, ManualAssignmentTexts.next, ManualAssignmentTexts.nextHelp),
            command(Self.addCommand, ManualAssignmentTexts.add, ManualAssignmentTexts.addHelp),
            command(Self.removeCommand, ManualAssignmentTexts.remove, ManualAssignmentTexts.removeHelp),
            command(Self.moveCommand, ManualAssignmentTexts.move, ManualAssignmentTexts.moveHelp),
        ] + GridCommand.table
    }

    public func availability(of command: CommandID) -> CommandAvailability {
        switch command {
        case Self.previousCommand, Self.nextCommand, Self.addCommand:
            hierarchy == nil ? .disabled(reason: context.text(ManualAssignmentTexts.needsHierarchy)) : .enabled
        case Self.removeCommand:
            hasSelection ? .enabled : .disabled(reason: context.text(ManualAssignmentTexts.noCustomer))
        case Self.moveCommand:
            if !hasSelection { .disabled(reason: context.text(ManualAssignmentTexts.noCustomer)) }
            else if hierarchies.count < 2 { .disabled(reason: context.text(ManualAssignmentTexts.needsOtherHierarchy)) }
            else { .enabled }
        case GridCommand.sortNext: .disabled(reason: context.text(ManualAssignmentTexts.accountOrder))
        default: .enabled
        }
    }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case Self.previousCommand: showHierarchy(at: hierarchyIndex - 1)
        case Self.nextCommand: showHierarchy(at: hierarchyIndex + 1)
        case Self.addCommand:
            guard let hierarchy else { return .ignored }
            context.request(.push(CustomerSearchScreen(context: context, hierarchyID: hierarchy.id)))
        case Self.removeCommand:
            guard let hierarchy else { return .ignored }
            context.confirm(context.text(ManualAssignmentTexts.confirmRemove(selectedAccounts.count, from: hierarchy.id)),
                            tag: Self.removeTag)
        case Self.moveCommand:
            let others = hierarchies.filter { $0.id != hierarchy?.id }
            let chooser = HierarchyChoiceScreen(context: context, hierarchies: others, tag: Self.moveTargetTag)
            context.request(.present(chooser, size: Size(width: 60, height: min(16, others.count + 6))))
        default:
            return list.perform(command)
        }
        return .handled
    }

    public mutating func receive(_ result: OverlayResult) {
        switch result.tag {
        case Self.removeTag where result.value as? Bool == true:
            removeSelected()
        case Self.moveTargetTag:
            guard let target = result.value as? String, let hierarchy else { return }
            moveTarget = target
            context.confirm(context.text(ManualAssignmentTexts.confirmMove(
                selectedAccounts.count, from: hierarchy.id, to: target)), tag: Self.moveTag)
        case Self.moveTag where result.value as? Bool == true:
            moveSelected()
        case Self.changedTag:
            reload()
        default:
            break
        }
    }

    /// Whether a customer is marked or under the cursor (without reading a row).
    private var hasSelection: Bool { list.rowCount > 0 || !list.markedIDs.isEmpty }

    /// The marked customers, or the one under the cursor when none is marked.
    var selectedAccounts: [String] {
        list.markedIDs.isEmpty ? (list.cursorRow().map { [$0.id] } ?? []) : list.markedIDs.sorted()
    }

    private mutating func removeSelected() {
        let (accounts, context) = (selectedAccounts, context)
        write(ManualAssignmentTexts.removed(accounts.count)) {
            try context.database.unassign(accounts, by: context.userName, at: context.timestamp)
        }
    }

    private mutating func moveSelected() {
        guard let target = moveTarget else { return }
        let (accounts, context) = (selectedAccounts, context)
        moveTarget = nil
        write(ManualAssignmentTexts.moved(accounts.count, to: target)) {
            try context.database.assign(accounts, toHierarchy: target, by: context.userName, at: context.timestamp)
        }
    }

    /// Runs `change` (one transaction in the store); shows `done` or the failure, and reloads.
    private mutating func write(_ done: LocalizedText, _ change: () throws -> [ManualAssignmentChange]) {
        do {
            _ = try change()
            context.show(context.text(done))
        } catch {
            context.show(String(describing: error), severity: .error)
        }
        reload()
    }
}

import CollectaCore
import TerminalUI

/// The page's keys: F7 new, F4/Enter edit, F8 delete, Tab between the grids, `[`/`]` rank.
extension SetupScreen {
    static let newCommand: CommandID = "setup.new"
    static let editCommand: CommandID = "setup.edit"
    static let deleteCommand: CommandID = "setup.delete"
    static let switchPaneCommand: CommandID = "setup.switchPane"
    static let rankUpCommand: CommandID = "setup.rankUp"
    static let rankDownCommand: CommandID = "setup.rankDown"

    /// The tags of the questions and results this page receives.
    enum Tag {
        static let deletion = "setup.delete"
        static let saved = "setup.saved"
    }

    var focusedGrid: Grid<ArrayGridSource> { focus == .hierarchies ? hierarchyGrid : stepGrid }

    public var keymaps: [Keymap] {
        let page = Keymap(context.text(SetupTexts.title), [
            .init(.function(7), Self.newCommand, showsInHelpBar: true),
            .init(.function(4), Self.editCommand, showsInHelpBar: true),
            .init(.enter, Self.editCommand),
            .init(.function(8), Self.deleteCommand, showsInHelpBar: true),
            .init(.tab, Self.switchPaneCommand, showsInHelpBar: true),
            .init(.backTab, Self.switchPaneCommand),
            .init(.character("["), Self.rankUpCommand, showsInHelpBar: focus == .hierarchies),
            .init(.character("]"), Self.rankDownCommand, showsInHelpBar: focus == .hierarchies),
            .init(.function(5), Self.assignmentsCommand),
        ])
        return [SetupGridCommands.keymap(of: focusedGrid), page]
    }

    public var commands: [Command] {
        let group = context.text(SetupTexts.group)
        let newTitle = focus == .hierarchies ? SetupTexts.newHierarchy : SetupTexts.newStep
        func command(_ id: CommandID, _ title: LocalizedText, _ help: LocalizedText) -> Command {
            Command(id, title: context.text(title), group: group, help: context.text(help))
        }
        return [
            command(Self.newCommand, newTitle, SetupTexts.newHierarchyHelp),
            command(Self.editCommand, SetupTexts.edit, SetupTexts.editHelp),
            command(Self.deleteCommand, SetupTexts.delete, SetupTexts.deleteHelp),
            command(Self.switchPaneCommand, SetupTexts.switchPane, SetupTexts.switchPaneHelp),
            command(Self.rankUpCommand, SetupTexts.rankUp, SetupTexts.rankUpHelp),
            command(Self.rankDownCommand, SetupTexts.rankDown, SetupTexts.rankDownHelp),
            command(Self.assignmentsCommand, AssignmentsTexts.menuEntry, AssignmentsTexts.fromSetupHelp),
        ] + SetupGridCommands.table(context.language)
    }

    public var acceptsTypedText: Bool { focusedGrid.acceptsTypedText }

    public func availability(of command: CommandID) -> CommandAvailability {
        switch command {
        case Self.newCommand:
            return focus == .steps && selectedHierarchy == nil ? disabled(SetupTexts.noHierarchy) : .enabled
        case Self.editCommand, Self.deleteCommand:
            if selectedHierarchy == nil { return disabled(SetupTexts.noHierarchy) }
            return focus == .steps && selectedStep == nil ? disabled(SetupTexts.noStepSelected) : .enabled
        case Self.rankUpCommand, Self.rankDownCommand:
            return rankAvailability(up: command == Self.rankUpCommand)
        default:
            return .enabled
        }
    }

    private func rankAvailability(up: Bool) -> CommandAvailability {
        guard focus == .hierarchies else { return disabled(SetupTexts.ranksOnlyInHierarchies) }
        guard selectedHierarchy != nil else { return disabled(SetupTexts.noHierarchy) }
        guard neighbour(above: up) != nil else { return disabled(up ? SetupTexts.alreadyFirst : SetupTexts.alreadyLast) }
        return .enabled
    }

    private func disabled(_ reason: LocalizedText) -> CommandAvailability {
        .disabled(reason: context.text(reason))
    }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case Self.newCommand: openForm(editing: false)
        case Self.editCommand: openForm(editing: true)
        case Self.deleteCommand: askToDelete()
        case Self.switchPaneCommand: focus = focus == .hierarchies ? .steps : .hierarchies
        case Self.rankUpCommand: swapRank(up: true)
        case Self.rankDownCommand: swapRank(up: false)
        case Self.assignmentsCommand:
            context.request(.push(ProcessAssignmentScreen(context: context, hierarchyID: selectedHierarchy?.id)))
        default: return performGridCommand(command)
        }
        return .handled
    }

    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        if focus == .steps { return stepGrid.handleUnbound(key) }
        let before = selectedHierarchy?.id
        let result = hierarchyGrid.handleUnbound(key)
        if selectedHierarchy?.id != before { rebuildStepGrid(selecting: nil) }
        return result
    }

    private mutating func performGridCommand(_ command: CommandID) -> HandlingResult {
        if focus == .steps { return stepGrid.perform(command) }
        let before = selectedHierarchy?.id
        let result = hierarchyGrid.perform(command)
        if selectedHierarchy?.id != before { rebuildStepGrid(selecting: nil) }
        return result
    }

    public mutating func receive(_ result: OverlayResult) {
        switch result.tag {
        case Tag.deletion:
            if result.value as? Bool == true, let deletion = pendingDeletion { delete(deletion) }
            pendingDeletion = nil
        case Tag.saved:
            let selection = result.value as? SetupSelection
            reload(selecting: selection?.hierarchyID, line: selection?.line)
        default:
            break
        }
    }

    // MARK: Forms

    private func openForm(editing: Bool) {
        switch (focus, editing) {
        case (.hierarchies, false):
            context.request(.push(HierarchyForm.screen(editing: nil, in: configuration, context: context)))
        case (.hierarchies, true):
            guard let hierarchy = selectedHierarchy else { return }
            context.request(.push(HierarchyForm.screen(editing: hierarchy, in: configuration, context: context)))
        case (.steps, _):
            guard let hierarchy = selectedHierarchy else { return }
            let step = editing ? selectedStep : nil
            if editing && step == nil { return }
            context.request(.push(StepForm.screen(editing: step, of: hierarchy, in: configuration, context: context)))
        }
    }

    // MARK: Deleting

    private mutating func askToDelete() {
        guard let hierarchy = selectedHierarchy else { return }
        if focus == .hierarchies {
            pendingDeletion = .hierarchy(hierarchy.id)
            context.confirm(context.text(SetupTexts.confirmDeleteHierarchy(hierarchy.id)), tag: Tag.deletion)
        } else if let step = selectedStep {
            pendingDeletion = .step(hierarchyID: hierarchy.id, line: step.line)
            context.confirm(context.text(SetupTexts.confirmDeleteStep(step.line, of: hierarchy.id)), tag: Tag.deletion)
        }
    }

    private mutating func delete(_ deletion: Deletion) {
        let saved = SetupSaving.save(context: context) { configuration in
            switch deletion {
            case .hierarchy(let id):
                configuration.hierarchies.removeAll { $0.id == id }
            case .step(let hierarchyID, let line):
                guard let index = configuration.hierarchies.firstIndex(where: { $0.id == hierarchyID }) else { return }
                configuration.hierarchies[index].steps.removeAll { $0.line == line }
            }
        }
        guard saved else { return }
        context.show(context.text(SetupTexts.deleted))
        if case .step(let hierarchyID, _) = deletion {
            reload(selecting: hierarchyID, line: nil)
        } else {
            reload(selecting: nil, line: nil)
        }
    }

    // MARK: Ranks

    /// The hierarchy next to the selected one in rank order: the one above or below.
    private func neighbour(above: Bool) -> ProcessHierarchy? {
        let ordered = SetupGrids.byRank(configuration.hierarchies)
        guard let selected = selectedHierarchy, let index = ordered.firstIndex(where: { $0.id == selected.id }) else {
            return nil
        }
        let other = above ? index - 1 : index + 1
        return ordered.indices.contains(other) ? ordered[other] : nil
    }

    /// Swaps the ranks of the selected hierarchy and its neighbour, in one save.
    private mutating func swapRank(up: Bool) {
        guard let selected = selectedHierarchy, let other = neighbour(above: up) else { return }
        let saved = SetupSaving.save(context: context) { configuration in
            for index in configuration.hierarchies.indices {
                if configuration.hierarchies[index].id == selected.id {
                    configuration.hierarchies[index].rank = other.rank
                } else if configuration.hierarchies[index].id == other.id {
                    configuration.hierarchies[index].rank = selected.rank
                }
            }
        }
        guard saved else { return }
        context.show(context.text(SetupTexts.rankChanged))
        reload(selecting: selected.id, line: selectedStep?.line)
    }
}

/// Which hierarchy and step to select after a form saved.
struct SetupSelection {
    var hierarchyID: String
    var line: Int?
}

import CollectaCore
import TerminalUI

/// The automation parameters: one form over `AutomationParameters`, saved with F2 through the
/// validated configuration save; Esc with edits asks before leaving.
public struct ParametersScreen: AppScreen, CommandProviding {
    static let discardTag = "parameters.discard"

    private let context: AppContext
    private var configuration: CollectionsConfiguration
    private(set) var form: Form<AutomationParameters>

    public init(context: AppContext) {
        self.context = context
        self.configuration = context.configurationOrEmpty()
        self.form = ParametersForm.make(configuration.parameters, configuration: configuration, context: context)
    }

    public var title: String { context.text(ParametersTexts.title) }

    public var keymaps: [Keymap] { [form.keymap] }

    public var acceptsTypedText: Bool { form.acceptsTypedText }

    public var commands: [Command] {
        let group = context.text(ParametersTexts.group)
        return [
            Command(FormCommand.submit, title: context.text(ParametersTexts.save), group: group,
                    help: context.text(ParametersTexts.saveHelp)),
            Command(FormCommand.cancel, title: context.text(ParametersTexts.back), group: group,
                    help: context.text(ParametersTexts.backHelp)),
        ] + FormCommand.table
    }

    /// Whether the form holds values other than the saved parameters (or text that does not
    /// parse, or a value a save refused).
    public var hasUnsavedChanges: Bool {
        var copy = form
        guard copy.submit().isEmpty else { return true }
        // The address as the form writes it back, so that an address the one-line form cannot
        // keep exactly (blank lines, spaces at line ends) is not an edit.
        var stored = configuration.parameters
        stored.companyAddressLine = stored.companyAddressLine
        return copy.draft != stored
    }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case FormCommand.cancel:
            guard form.pickList == nil else { return form.perform(command) }
            goBack()
            return .handled
        case FormCommand.submit:
            let result = form.perform(command)
            if form.outcome == .submitted { save(form.draft) }
            return result
        default:
            return form.perform(command)
        }
    }

    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        form.handleUnbound(key)
    }

    public mutating func receive(_ result: OverlayResult) {
        if result.tag == Self.discardTag, result.value as? Bool == true { context.request(.pop) }
    }

    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        _ = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        form.render(into: &buffer, in: Self.formArea(in: area), theme: theme, isFocused: true)
    }

    public func cursorPosition(in area: Rect) -> Point? {
        form.cursorPosition(in: Self.formArea(in: area))
    }

    static func formArea(in area: Rect) -> Rect {
        Rect(x: area.x + 2, y: area.y + 1, width: max(0, area.width - 4), height: max(0, area.height - 2))
    }

    private mutating func goBack() {
        if hasUnsavedChanges {
            context.confirm(context.text(Dialogs.discardChanges), tag: Self.discardTag)
        } else {
            context.request(.pop)
        }
    }

    /// Shows each violation of a refused save under its field (focus on the first), and the
    /// first one in the status line.
    mutating func show(_ violations: [Violation], for parameters: AutomationParameters) {
        let refusals = SavedValueRefusals(draft: parameters, violations: violations, language: context.language)
        form = ParametersForm.make(parameters, configuration: configuration, context: context, refusals: refusals)
        form.submit()
        if let first = violations.first { context.show(first.description(in: context.language), severity: .error) }
    }

    private mutating func save(_ parameters: AutomationParameters) {
        let focus = form.focusedIndex
        do {
            let violations = try context.saveConfiguration { $0.parameters = parameters }
            guard violations.isEmpty else { return show(violations, for: parameters) }
            configuration.parameters = parameters
            form = ParametersForm.make(parameters, configuration: configuration, context: context)
            form.focus(fieldAt: focus)
            context.show(context.text(ParametersTexts.saved))
        } catch {
            context.show(String(describing: error), severity: .error)
        }
    }
}

extension AppContext {
    /// The stored configuration; when it cannot be read, an empty one, with the reason in the
    /// status line (screens open anyway, and saving reports the problem again).
    func configurationOrEmpty() -> CollectionsConfiguration {
        do {
            return try configuration()
        } catch {
            show(String(describing: error), severity: .error)
            return CollectionsConfiguration(parameters: AutomationParameters(companyName: "", companyCurrency: ""))
        }
    }
}

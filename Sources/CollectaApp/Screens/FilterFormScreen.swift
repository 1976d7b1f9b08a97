import TerminalUI

/// The texts of a filter form screen.
struct FilterFormTexts {
    let title: LocalizedText
    let group: LocalizedText
    let apply: LocalizedText
    let applyHelp: LocalizedText
    let back: LocalizedText
    let backHelp: LocalizedText
}

/// A list's filter as a form: F2 applies it — the value goes back to the list underneath as
/// `tag` — and Esc goes back unchanged.
struct FilterFormScreen<Draft>: AppScreen, CommandProviding {
    private let context: AppContext
    private let texts: FilterFormTexts
    private let tag: String
    /// The filter a submitted draft means, or the reason it is refused.
    private let filter: (Draft) -> Result<Any, FilterRefusal>
    private(set) var form: Form<Draft>

    init(
        context: AppContext, form: Form<Draft>, texts: FilterFormTexts, tag: String,
        filter: @escaping (Draft) -> Result<Any, FilterRefusal>
    ) {
        self.context = context
        self.form = form
        self.texts = texts
        self.tag = tag
        self.filter = filter
    }

    var title: String { context.text(texts.title) }
    var keymaps: [Keymap] { [form.keymap] }
    var acceptsTypedText: Bool { form.acceptsTypedText }

    var commands: [Command] {
        let group = context.text(texts.group)
        return [
            Command(FormCommand.submit, title: context.text(texts.apply), group: group,
                    help: context.text(texts.applyHelp)),
            Command(FormCommand.cancel, title: context.text(texts.back), group: group,
                    help: context.text(texts.backHelp)),
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
            guard form.outcome == .submitted else { return result }
            switch filter(form.draft) {
            case .failure(let refusal):
                return .refused(refusal.reason)
            case .success(let value):
                context.request(.pop)
                context.request(.deliver(OverlayResult(tag: tag, value: value)))
                return result
            }
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

/// Why a filter form's values are refused (shown in the status line).
struct FilterRefusal: Error {
    let reason: String
}

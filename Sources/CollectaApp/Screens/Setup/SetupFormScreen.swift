import CollectaCore
import TerminalUI

/// What a setup form edits: its draft and fields, how a saved draft changes the configuration,
/// and which of its fields a rule violation is about.
protocol SetupFormSpec {
    associatedtype Draft
    /// The form's heading.
    var title: String { get }
    /// Read-only lines shown above the fields (an id that cannot change, say).
    var headerLines: [String] { get }
    /// The form over `draft`.
    func makeForm(_ draft: Draft) -> Form<Draft>
    /// The index of the form field `violation` is about; nil when it is about something else.
    func fieldIndex(of violation: Violation, draft: Draft) -> Int?
    /// Puts `draft` into `configuration`.
    func apply(_ draft: Draft, to configuration: inout CollectionsConfiguration)
    /// What the page selects once `draft` is saved.
    func selection(after draft: Draft) -> SetupSelection
    /// The form rebuilt when an edit changed the options other fields offer; nil otherwise.
    func revised(_ form: Form<Draft>, after previous: Form<Draft>) -> Form<Draft>?
}

/// A pushed screen holding one setup form: F2 saves through `context.saveConfiguration` and
/// shows any violation under its field; Esc leaves, asking first when something was edited.
struct SetupFormScreen<Spec: SetupFormSpec>: AppScreen, CommandProviding {
    static var discardTag: String { "setup.discard" }

    let context: AppContext
    let spec: Spec
    var form: Form<Spec.Draft>
    private let initialState: [String]

    init(spec: Spec, draft: Spec.Draft, context: AppContext) {
        self.context = context
        self.spec = spec
        self.form = spec.makeForm(draft)
        self.initialState = Self.state(of: form)
    }

    var title: String { spec.title }

    var keymaps: [Keymap] { [form.keymap] }

    var commands: [Command] { SetupFormCommands.table(context.language) }

    var acceptsTypedText: Bool { form.acceptsTypedText }

    var hasUnsavedChanges: Bool { Self.state(of: form) != initialState }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case FormCommand.submit where form.pickList == nil:
            return save()
        case FormCommand.cancel:
            leave()
            return .handled
        default:
            let previous = form
            let result = form.perform(command)
            if let revised = spec.revised(form, after: previous) { form = revised }
            return result
        }
    }

    mutating func handleUnbound(_ key: Key) -> HandlingResult {
        form.handleUnbound(key)
    }

    mutating func receive(_ result: OverlayResult) {
        if result.tag == Self.discardTag, result.value as? Bool == true {
            context.request(.pop)
        }
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        let header = spec.headerLines
        for (offset, line) in header.enumerated() where offset < inside.height {
            buffer.write(DisplayWidth.clip(line, to: inside.width), at: Point(x: inside.x, y: inside.y + offset),
                         style: theme.style(.muted), clip: inside)
        }
        form.render(into: &buffer, in: formArea(in: inside), theme: theme, isFocused: true)
    }

    func cursorPosition(in area: Rect) -> Point? {
        form.cursorPosition(in: formArea(in: area.insetByBorder))
    }

    private func formArea(in inside: Rect) -> Rect {
        let skip = min(inside.height, spec.headerLines.count)
        return Rect(x: inside.x, y: inside.y + skip, width: inside.width, height: inside.height - skip)
    }

    // MARK: Saving and leaving

    private mutating func save() -> HandlingResult {
        let errors = form.submit()
        if let first = errors.first { return .refused(first.label + ": " + first.message) }
        let draft = form.draft
        switch SetupSaving.attempt(context: context, { spec.apply(draft, to: &$0) }) {
        case .saved:
            context.show(context.text(SetupTexts.saved))
            context.request(.pop)
            context.request(.deliver(OverlayResult(tag: SetupScreen.Tag.saved, value: spec.selection(after: draft))))
            return .handled
        case .refused(let violations):
            return show(violations, draft: draft)
        case .failed(let text):
            return .refused(context.text(SetupTexts.notSaved) + text)
        }
    }

    /// Puts each violation under its field, focuses the first such field, and returns the first
    /// violation for the status line.
    private mutating func show(_ violations: [Violation], draft: Spec.Draft) -> HandlingResult {
        let placed = violations.compactMap { violation in
            spec.fieldIndex(of: violation, draft: draft).map { (index: $0, violation: violation) }
        }
        // Focus first: leaving a field re-validates it, which would clear a message set before.
        if let first = placed.first { form.focus(fieldAt: first.index) }
        for (index, violation) in placed.reversed() {
            form.setMessage(SetupLabels.violation(violation, in: context.language), forFieldAt: index)
        }
        let first = violations.first { spec.fieldIndex(of: $0, draft: draft) != nil } ?? violations[0]
        return .refused(context.text(SetupTexts.notSaved) + SetupLabels.violation(first, in: context.language))
    }

    private mutating func leave() {
        if form.pickList != nil {
            _ = form.perform(FormCommand.closeList)
        } else if hasUnsavedChanges {
            context.confirm(context.text(Dialogs.discardChanges), tag: Self.discardTag)
        } else {
            context.request(.pop)
        }
    }

    /// Everything the user can change, as text, to tell whether anything was edited.
    private static func state(of form: Form<Spec.Draft>) -> [String] {
        form.fields.map { field in
            "\(field.text)|\(field.isChecked)|\(field.selectedOption ?? -1)|\(field.pickedItem?.id ?? "")"
        }
    }
}

extension Rect {
    /// The inside of a one-cell border.
    fileprivate var insetByBorder: Rect {
        Rect(x: x + 1, y: y + 1, width: max(0, width - 2), height: max(0, height - 2))
    }
}

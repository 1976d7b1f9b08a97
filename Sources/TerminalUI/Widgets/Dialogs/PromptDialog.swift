/// A question answered with one line of text, checked by the caller's validation.
///
/// The line is edited like the text editor (←/→, Home/End, Backspace, Del, Ctrl-Z, Ctrl-Y) and
/// scrolls sideways when longer than the box. Enter submits when `validate` finds no problem,
/// else the problem is shown under the line (and updated as the user types); Esc cancels.
public struct PromptDialog: Component {
    public var title: String
    public var message: String
    /// The muted last line, e.g. which keys submit and cancel.
    public var hint: String
    /// The text line being edited.
    public private(set) var input: TextEditor
    /// The validation problem shown under the line, after a refused Enter.
    public private(set) var validationMessage: String?
    /// `.chosen(text)` after an accepted Enter, `.cancelled` after Esc.
    public private(set) var outcome: DialogOutcome<String>?
    private let validate: @Sendable (String) -> String?

    /// A prompt starting with `text` (cursor at its end); `validate` returns the problem with a
    /// text in the caller's words, or nil when the text is acceptable.
    public init(
        title: String = "Input", message: String, text: String = "",
        hint: String = "Enter: OK   Esc: Cancel",
        validate: @escaping @Sendable (String) -> String? = { _ in nil }
    ) {
        self.title = title
        self.message = message
        self.hint = hint
        self.validate = validate
        self.input = TextEditor(visibleSize: Size(width: DialogChrome.maximumTextWidth, height: 1))
        input.buffer.insert(contentsOf: text.filter { !$0.isNewline })
    }

    /// The text typed so far.
    public var text: String { input.text }

    public var keymap: Keymap { PromptDialog.keymap }

    private static let keymap = Keymap("Prompt", [
        .init(.enter, .dialogChoose, showsInHelpBar: true),
        .init(.escape, .dialogCancel, showsInHelpBar: true),
    ] + TextEditor.defaultKeymap.bindings.filter { lineCommands.contains($0.command) })

    /// The editor commands that make sense on one line.
    private static let lineCommands: Set<CommandID> = [
        .editorMoveLeft, .editorMoveRight, .editorLineStart, .editorLineEnd,
        .editorDeleteBackward, .editorDeleteForward, .editorUndo, .editorRedo,
    ]

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case .dialogChoose: submit()
        case .dialogCancel: outcome = .cancelled
        case _ where PromptDialog.lineCommands.contains(command):
            _ = input.perform(command)
            revalidate()
        default: return .ignored
        }
        return .handled
    }

    /// Types printable characters into the line.
    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        guard case .character(let character) = key, !character.isNewline else { return .ignored }
        _ = input.handleUnbound(key)
        revalidate()
        return .handled
    }

    /// The dialog's box when drawn over `area`.
    public func frame(in area: Rect) -> Rect {
        layout(in: area).box
    }

    /// Draws the box centred in `area`, leaving the rest of `area` as it was.
    public func render(into screen: inout ScreenBuffer, in area: Rect, theme: Theme, isFocused: Bool) {
        let layout = layout(in: area)
        let content = DialogChrome.drawFrame(layout.box, title: title, into: &screen, theme: theme)
        for (row, line) in layout.lines.enumerated() {
            screen.write(line, at: Point(x: content.x, y: content.y + row), style: theme.style(.normal), clip: content)
        }
        let inputRow = layout.inputRow(in: content)
        input.render(into: &screen, in: inputRow, theme: theme, isFocused: isFocused)
        screen.restyle(inputRow, style: theme.style(.focused))
        if let validationMessage {
            write(validationMessage, row: content.row(inputRow.y - content.y + 1), role: .error, into: &screen, theme: theme)
        }
        write(hint, row: content.row(content.height - 1), role: .muted, into: &screen, theme: theme)
    }

    /// Where the terminal cursor goes when the dialog is drawn over `area`.
    public func cursorPosition(in area: Rect) -> Point? {
        let layout = layout(in: area)
        let content = DialogChrome.contentArea(of: layout.box)
        return input.cursorPosition(in: layout.inputRow(in: content))
    }

    private mutating func submit() {
        if let problem = validate(text) {
            validationMessage = problem
        } else {
            validationMessage = nil
            outcome = .chosen(text)
        }
    }

    /// Once a problem is shown, checks again after every change, so it goes when fixed.
    private mutating func revalidate() {
        guard validationMessage != nil else { return }
        validationMessage = validate(text)
    }

    private func write(_ text: String, row: Rect, role: StyleRole, into screen: inout ScreenBuffer, theme: Theme) {
        screen.write(DisplayWidth.clip(text, to: row.width), at: Point(x: row.x, y: row.y),
                     style: theme.style(role), clip: row)
    }

    private func layout(in area: Rect) -> Layout {
        let width = DialogChrome.textWidth(in: area)
        let lines = DialogChrome.wrap(message, width: width)
        let box = DialogChrome.box(forContent: Size(width: width, height: lines.count + 4), in: area)
        return Layout(lines: lines, box: box)
    }

    /// The message lines, a blank row, the input line, the validation row, the hint.
    private struct Layout {
        let lines: [String]
        let box: Rect

        func inputRow(in content: Rect) -> Rect {
            content.row(min(lines.count + 1, max(0, content.height - 3)))
        }
    }
}

/// A message with an OK button: Enter acknowledges it, Esc closes it.
public struct MessageDialog: Component {
    public var title: String
    public var message: String
    public var okLabel: String
    /// Shows the message in the error style (a failure rather than information).
    public var isError: Bool
    /// `.chosen(())` after Enter, `.cancelled` after Esc.
    public private(set) var outcome: DialogOutcome<Void>?

    public init(title: String = "Message", message: String, okLabel: String = "OK", isError: Bool = false) {
        self.title = title
        self.message = message
        self.okLabel = okLabel
        self.isError = isError
    }

    /// Whether the user has closed the message, either way.
    public var isDismissed: Bool { outcome != nil }

    public var keymap: Keymap { MessageDialog.keymap }

    private static let keymap = Keymap("Message", [
        .init(.enter, .dialogChoose, showsInHelpBar: true),
        .init(.escape, .dialogCancel, showsInHelpBar: true),
    ])

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case .dialogChoose: outcome = .chosen(())
        case .dialogCancel: outcome = .cancelled
        default: return .ignored
        }
        return .handled
    }

    /// The dialog's box when drawn over `area`.
    public func frame(in area: Rect) -> Rect {
        layout(in: area).box
    }

    /// Draws the box centred in `area`, leaving the rest of `area` as it was.
    public func render(into screen: inout ScreenBuffer, in area: Rect, theme: Theme, isFocused: Bool) {
        layout(in: area).draw(into: &screen, theme: theme, role: isError ? .error : .normal)
    }

    private func layout(in area: Rect) -> DialogMessageLayout {
        let button = DialogButtons(labels: [okLabel], focusedIndex: 0)
        return DialogMessageLayout(title: title, message: message, buttons: button, in: area)
    }
}

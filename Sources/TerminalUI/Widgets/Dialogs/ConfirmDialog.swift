/// A yes/no question: a message and two buttons.
///
/// ←/→ and Tab move between the buttons, Enter chooses the focused one, Esc answers No. When
/// the caller passes answer letters (the toolkit has no language: `y`/`n`, `д`/`н`), typing one
/// answers at once, in either case.
public struct ConfirmDialog: Component {
    public var title: String
    public var message: String
    public var yesLabel: String
    public var noLabel: String
    public var yesLetter: Character?
    public var noLetter: Character?
    /// Whether Yes is the focused button.
    public private(set) var isYesFocused: Bool
    /// Set once the user answers: `.chosen(true)` for Yes, `.chosen(false)` for No or Esc.
    public private(set) var outcome: DialogOutcome<Bool>?

    /// A question whose focused button is the answer given by `defaultAnswer` (No unless told).
    public init(
        title: String = "Confirm", message: String, yesLabel: String = "Yes", noLabel: String = "No",
        yesLetter: Character? = nil, noLetter: Character? = nil, defaultAnswer: Bool = false
    ) {
        self.title = title
        self.message = message
        self.yesLabel = yesLabel
        self.noLabel = noLabel
        self.yesLetter = yesLetter
        self.noLetter = noLetter
        self.isYesFocused = defaultAnswer
    }

    public var keymap: Keymap { DialogCommands.buttonKeymap }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case .dialogNext, .dialogPrevious: isYesFocused.toggle()
        case .dialogChoose: outcome = .chosen(isYesFocused)
        case .dialogCancel: outcome = .chosen(false)
        default: return .ignored
        }
        return .handled
    }

    /// Answers when the key is one of the caller's answer letters.
    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        guard case .character(let character) = key else { return .ignored }
        if matches(character, yesLetter) {
            outcome = .chosen(true)
        } else if matches(character, noLetter) {
            outcome = .chosen(false)
        } else {
            return .ignored
        }
        return .handled
    }

    /// The dialog's box when drawn over `area`.
    public func frame(in area: Rect) -> Rect {
        layout(in: area).box
    }

    /// Draws the box centred in `area`, leaving the rest of `area` as it was.
    public func render(into screen: inout ScreenBuffer, in area: Rect, theme: Theme, isFocused: Bool) {
        layout(in: area).draw(into: &screen, theme: theme)
    }

    private func layout(in area: Rect) -> DialogMessageLayout {
        let buttons = DialogButtons(labels: [yesLabel, noLabel], focusedIndex: isYesFocused ? 0 : 1)
        return DialogMessageLayout(title: title, message: message, buttons: buttons, in: area)
    }

    private func matches(_ character: Character, _ letter: Character?) -> Bool {
        guard let letter else { return false }
        return character.lowercased() == letter.lowercased()
    }
}

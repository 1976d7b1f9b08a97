import TerminalUI

/// A toolkit dialog shown as an overlay: when the user decides, its answer is delivered to the
/// screen underneath with `tag`.
public struct DialogScreen<Dialog: Component>: AppScreen {
    public let title: String
    private var dialog: Dialog
    private let tag: String
    private let context: AppContext
    /// The dialog's answer once decided: `.some(value)` (nil value when cancelled).
    private let answer: (Dialog) -> Any??
    private let cursor: (Dialog, Rect) -> Point?

    public init(
        _ dialog: Dialog, tag: String, context: AppContext, title: String = "",
        answer: @escaping (Dialog) -> Any??, cursor: @escaping (Dialog, Rect) -> Point? = { _, _ in nil }
    ) {
        self.dialog = dialog
        self.tag = tag
        self.context = context
        self.title = title
        self.answer = answer
        self.cursor = cursor
    }

    public var keymaps: [Keymap] { [dialog.keymap] }
    public var acceptsTypedText: Bool { dialog.acceptsTypedText }

    // The dialog acts first, in its own statement: `finish(after: dialog.perform(command))` would
    // read `self` for `finish` before the argument changes the dialog, and miss the answer.
    public mutating func perform(_ command: CommandID) -> HandlingResult {
        let result = dialog.perform(command)
        return finish(after: result)
    }

    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        let result = dialog.handleUnbound(key)
        return finish(after: result)
    }

    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        dialog.render(into: &buffer, in: area, theme: theme, isFocused: true)
    }

    public func cursorPosition(in area: Rect) -> Point? { cursor(dialog, area) }

    private func finish(after result: HandlingResult) -> HandlingResult {
        if let decided = answer(dialog) {
            context.request(.deliver(OverlayResult(tag: tag, value: decided)))
        }
        return result
    }
}

extension AppContext {
    /// Asks a yes/no question; the answer (`Bool`) comes back to the current screen as `tag`.
    public func confirm(_ message: String, tag: String, title: LocalizedText = Dialogs.confirmTitle) {
        let dialog = ConfirmDialog(
            title: text(title), message: message, yesLabel: text(Dialogs.yes), noLabel: text(Dialogs.no))
        let screen = DialogScreen(dialog, tag: tag, context: self) { dialog -> Any?? in
            guard let outcome = dialog.outcome else { return nil }
            return .some(outcome.value as Any?)
        }
        request(.present(screen, size: Size(width: 64, height: 9), framed: false))
    }

    /// Shows a message with an OK button.
    public func inform(_ message: String, isError: Bool = false) {
        let dialog = MessageDialog(title: text(isError ? Dialogs.errorTitle : Dialogs.messageTitle),
                                   message: message, okLabel: "OK", isError: isError)
        let screen = DialogScreen(dialog, tag: "message", context: self) { dialog -> Any?? in
            dialog.isDismissed ? .some(nil) : nil
        }
        request(.present(screen, size: Size(width: 70, height: 10), framed: false))
    }
}

/// The texts of the standard dialogs.
public enum Dialogs {
    public static let confirmTitle = LocalizedText("Confirm", "Подтверждение")
    public static let messageTitle = LocalizedText("Message", "Сообщение")
    public static let errorTitle = LocalizedText("Error", "Ошибка")
    public static let yes = LocalizedText("Yes", "Да")
    public static let no = LocalizedText("No", "Нет")
    public static let promptHint = LocalizedText("Enter: OK   Esc: Cancel", "Enter: OK   Esc: отмена")
    public static let discardChanges = LocalizedText(
        "Discard the unsaved changes?", "Отменить несохранённые изменения?")
}

/// How the user closed a dialog: with an answer, or by backing out (Esc).
public enum DialogOutcome<Value> {
    /// The user decided: the answer, the text, the path.
    case chosen(Value)
    /// The user backed out.
    case cancelled

    /// The answer, or nil when the dialog was cancelled.
    public var value: Value? {
        if case .chosen(let value) = self { return value }
        return nil
    }
}

extension DialogOutcome: Equatable where Value: Equatable {}
extension DialogOutcome: Hashable where Value: Hashable {}
extension DialogOutcome: Sendable where Value: Sendable {}

extension CommandID {
    /// The next button (→, Tab).
    public static let dialogNext: CommandID = "dialog.next"
    /// The previous button (←, Shift-Tab).
    public static let dialogPrevious: CommandID = "dialog.previous"
    /// Chooses the focused button or the selected entry (Enter).
    public static let dialogChoose: CommandID = "dialog.choose"
    /// Backs out of the dialog (Esc).
    public static let dialogCancel: CommandID = "dialog.cancel"
    public static let filePickerUp: CommandID = "filePicker.up"
    public static let filePickerDown: CommandID = "filePicker.down"
    public static let filePickerPageUp: CommandID = "filePicker.pageUp"
    public static let filePickerPageDown: CommandID = "filePicker.pageDown"
    public static let filePickerFirst: CommandID = "filePicker.first"
    public static let filePickerLast: CommandID = "filePicker.last"
    /// Goes to the parent directory (Backspace).
    public static let filePickerParent: CommandID = "filePicker.parent"
    /// Asks the work behind a progress dialog to stop (Esc, Enter).
    public static let progressCancel: CommandID = "progress.cancel"
}

/// The commands of the dialogs, the file picker and the progress dialog, with English titles
/// and help, for the application's command table.
public enum DialogCommands {
    public static let all: [Command] = [
        Command(.dialogNext, title: "Next", group: "Dialogs", help: "Moves to the next button."),
        Command(.dialogPrevious, title: "Previous", group: "Dialogs", help: "Moves to the previous button."),
        Command(.dialogChoose, title: "Choose", group: "Dialogs", help: "Chooses the focused button or entry."),
        Command(.dialogCancel, title: "Cancel", group: "Dialogs", help: "Closes the dialog without choosing."),
        Command(.filePickerUp, title: "Up", group: "Dialogs", help: "Selects the entry above."),
        Command(.filePickerDown, title: "Down", group: "Dialogs", help: "Selects the entry below."),
        Command(.filePickerPageUp, title: "Page up", group: "Dialogs", help: "Selects one page up."),
        Command(.filePickerPageDown, title: "Page down", group: "Dialogs", help: "Selects one page down."),
        Command(.filePickerFirst, title: "First", group: "Dialogs", help: "Selects the first entry."),
        Command(.filePickerLast, title: "Last", group: "Dialogs", help: "Selects the last entry."),
        Command(.filePickerParent, title: "Parent", group: "Dialogs", help: "Goes to the parent directory."),
        Command(.progressCancel, title: "Cancel", group: "Dialogs", help: "Stops the work after the current step."),
    ]

    /// Buttons: ←/→ and Tab/Shift-Tab move, Enter chooses, Esc backs out.
    static let buttonKeymap = Keymap("Dialog", [
        .init(.left, .dialogPrevious), .init(.right, .dialogNext),
        .init(.tab, .dialogNext), .init(.backTab, .dialogPrevious),
        .init(.enter, .dialogChoose, showsInHelpBar: true),
        .init(.escape, .dialogCancel, showsInHelpBar: true),
    ])
}

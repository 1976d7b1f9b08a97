extension CommandID {
    public static let editorMoveLeft: CommandID = "editor.moveLeft"
    public static let editorMoveRight: CommandID = "editor.moveRight"
    public static let editorMoveUp: CommandID = "editor.moveUp"
    public static let editorMoveDown: CommandID = "editor.moveDown"
    public static let editorLineStart: CommandID = "editor.lineStart"
    public static let editorLineEnd: CommandID = "editor.lineEnd"
    public static let editorPageUp: CommandID = "editor.pageUp"
    public static let editorPageDown: CommandID = "editor.pageDown"
    public static let editorDocumentStart: CommandID = "editor.documentStart"
    public static let editorDocumentEnd: CommandID = "editor.documentEnd"
    public static let editorSplitLine: CommandID = "editor.splitLine"
    public static let editorDeleteBackward: CommandID = "editor.deleteBackward"
    public static let editorDeleteForward: CommandID = "editor.deleteForward"
    public static let editorUndo: CommandID = "editor.undo"
    public static let editorRedo: CommandID = "editor.redo"
    /// Asks the owner to open the text in `$VISUAL`/`$EDITOR` (see `TextEditor.editExternally`).
    public static let editorExternal: CommandID = "editor.external"
}

extension TextEditor {
    /// The editor's commands with English titles and help, for the application's command table.
    public static let commands: [Command] = [
        Command(.editorMoveLeft, title: "Left", group: "Editing", help: "Moves the cursor one character left."),
        Command(.editorMoveRight, title: "Right", group: "Editing", help: "Moves the cursor one character right."),
        Command(.editorMoveUp, title: "Up", group: "Editing", help: "Moves the cursor one line up."),
        Command(.editorMoveDown, title: "Down", group: "Editing", help: "Moves the cursor one line down."),
        Command(.editorLineStart, title: "Line start", group: "Editing", help: "Moves to the start of the line."),
        Command(.editorLineEnd, title: "Line end", group: "Editing", help: "Moves to the end of the line."),
        Command(.editorPageUp, title: "Page up", group: "Editing", help: "Moves one page up."),
        Command(.editorPageDown, title: "Page down", group: "Editing", help: "Moves one page down."),
        Command(.editorDocumentStart, title: "Top", group: "Editing", help: "Moves to the start of the text."),
        Command(.editorDocumentEnd, title: "Bottom", group: "Editing", help: "Moves to the end of the text."),
        Command(.editorSplitLine, title: "New line", group: "Editing", help: "Splits the line at the cursor."),
        Command(.editorDeleteBackward, title: "Delete left", group: "Editing",
                help: "Deletes the character before the cursor, or joins the line to the one above."),
        Command(.editorDeleteForward, title: "Delete", group: "Editing",
                help: "Deletes the character under the cursor, or joins the next line."),
        Command(.editorUndo, title: "Undo", group: "Editing", help: "Takes back the last change (typing is one change)."),
        Command(.editorRedo, title: "Redo", group: "Editing", help: "Does again the change last taken back."),
        Command(.editorExternal, title: "External editor", group: "Editing",
                help: "Opens the text in $VISUAL or $EDITOR and takes back the result."),
    ]

    /// The editor's bindings. Tab is left unbound so that it can move focus; the start and end
    /// of the text have commands but no key (terminals send no portable Ctrl-Home).
    public static let defaultKeymap = Keymap("Text editor", [
        .init(.left, .editorMoveLeft), .init(.right, .editorMoveRight),
        .init(.up, .editorMoveUp), .init(.down, .editorMoveDown),
        .init(.home, .editorLineStart), .init(.end, .editorLineEnd),
        .init(.pageUp, .editorPageUp), .init(.pageDown, .editorPageDown),
        .init(.enter, .editorSplitLine),
        .init(.backspace, .editorDeleteBackward), .init(.delete, .editorDeleteForward),
        .init(.control("z"), .editorUndo, showsInHelpBar: true),
        .init(.control("y"), .editorRedo, showsInHelpBar: true),
        .init(.function(4), .editorExternal, showsInHelpBar: true),
    ])
}

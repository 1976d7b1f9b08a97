/// The form's commands: their ids, and the English entries for the command table.
public enum FormCommand {
    public static let next: CommandID = "form.next"
    public static let previous: CommandID = "form.previous"
    public static let submit: CommandID = "form.submit"
    public static let cancel: CommandID = "form.cancel"
    public static let cursorLeft: CommandID = "form.cursorLeft"
    public static let cursorRight: CommandID = "form.cursorRight"
    public static let cursorToStart: CommandID = "form.cursorToStart"
    public static let cursorToEnd: CommandID = "form.cursorToEnd"
    public static let deleteBackward: CommandID = "form.deleteBackward"
    public static let deleteForward: CommandID = "form.deleteForward"
    public static let toggle: CommandID = "form.toggle"
    public static let previousOption: CommandID = "form.previousOption"
    public static let nextOption: CommandID = "form.nextOption"
    public static let clearValue: CommandID = "form.clearValue"
    public static let openList: CommandID = "form.openList"
    public static let listUp: CommandID = "form.listUp"
    public static let listDown: CommandID = "form.listDown"
    public static let pick: CommandID = "form.pick"
    public static let closeList: CommandID = "form.closeList"

    /// English titles and help for every form command (a localised table may replace them).
    public static let table: [Command] = [
        Command(next, title: "Next", group: "Form", help: "Moves to the next field."),
        Command(previous, title: "Previous", group: "Form", help: "Moves to the previous field."),
        Command(submit, title: "Save", group: "Form", help: "Checks every field and saves the form."),
        Command(cancel, title: "Cancel", group: "Form", help: "Leaves the form without saving."),
        Command(cursorLeft, title: "Left", group: "Form", help: "Moves the text cursor left."),
        Command(cursorRight, title: "Right", group: "Form", help: "Moves the text cursor right."),
        Command(cursorToStart, title: "Start", group: "Form", help: "Moves the text cursor to the start."),
        Command(cursorToEnd, title: "End", group: "Form", help: "Moves the text cursor to the end."),
        Command(deleteBackward, title: "Delete left", group: "Form", help: "Deletes the character before the cursor."),
        Command(deleteForward, title: "Delete", group: "Form", help: "Deletes the character under the cursor."),
        Command(toggle, title: "Toggle", group: "Form", help: "Checks or unchecks the box."),
        Command(previousOption, title: "Previous option", group: "Form", help: "Chooses the previous option."),
        Command(nextOption, title: "Next option", group: "Form", help: "Chooses the next option."),
        Command(clearValue, title: "Clear", group: "Form", help: "Empties the lookup field."),
        Command(openList, title: "List", group: "Form", help: "Opens the list to pick from; typing searches it."),
        Command(listUp, title: "Up", group: "Form", help: "Highlights the previous item of the list."),
        Command(listDown, title: "Down", group: "Form", help: "Highlights the next item of the list."),
        Command(pick, title: "Pick", group: "Form", help: "Picks the highlighted item."),
        Command(closeList, title: "Close", group: "Form", help: "Closes the list without picking."),
    ]
}

extension Form: Component {
    /// Tab/Shift-Tab and ↓/↑ between fields, F2 or Ctrl-S to submit, Esc to cancel, and the
    /// focused field's own keys. While a list is open, only the list's keys.
    public var keymap: Keymap {
        Keymap(strings.keymapName, pickList == nil ? formBindings + fieldBindings : listBindings)
    }

    /// Performs a form command; a failed submit is refused with the first problem
    /// (`Due date: Enter a real date as YYYY-MM-DD`) for the status line.
    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case FormCommand.next: focusNext()
        case FormCommand.previous: focusPrevious()
        case FormCommand.submit:
            let errors = submit()
            if let first = errors.first { return .refused(first.label + ": " + first.message) }
        case FormCommand.cancel: cancel()
        case FormCommand.cursorLeft: editText { $0.moveLeft() }
        case FormCommand.cursorRight: editText { $0.moveRight() }
        case FormCommand.cursorToStart: editText { $0.moveToStart() }
        case FormCommand.cursorToEnd: editText { $0.moveToEnd() }
        case FormCommand.deleteBackward: editText { $0.deleteBackward() }
        case FormCommand.deleteForward: editText { $0.deleteForward() }
        default: return performFieldCommand(command)
        }
        return .handled
    }

    /// Printable keys are typed into the focused text field or the open lookup's search.
    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        guard acceptsTypedText, case .character(let character) = key,
              FormInputText.isInsertable(character)
        else { return .ignored }
        type(character)
        return .handled
    }

    private mutating func performFieldCommand(_ command: CommandID) -> HandlingResult {
        switch command {
        case FormCommand.toggle: toggleCheckbox()
        case FormCommand.previousOption: stepOption(by: -1)
        case FormCommand.nextOption: stepOption(by: 1)
        case FormCommand.clearValue: clearLookup()
        case FormCommand.openList: openPickList()
        case FormCommand.listUp: moveHighlight(by: -1)
        case FormCommand.listDown: moveHighlight(by: 1)
        case FormCommand.pick: pickHighlighted()
        case FormCommand.closeList: closePickList()
        default: return .ignored
        }
        return .handled
    }

    private var formBindings: [Keymap.Binding] {
        [
            .init(.tab, FormCommand.next), .init(.down, FormCommand.next),
            .init(.backTab, FormCommand.previous), .init(.up, FormCommand.previous),
            .init(.function(2), FormCommand.submit, showsInHelpBar: true),
            .init(.control("s"), FormCommand.submit),
            .init(.escape, FormCommand.cancel, showsInHelpBar: true),
        ]
    }

    private var fieldBindings: [Keymap.Binding] {
        switch focusedField?.kind {
        case .text, .integer, .money, .date: textBindings
        case .checkbox: [.init(.character(" "), FormCommand.toggle, showsInHelpBar: true),
                         .init(.enter, FormCommand.next)]
        case .choice: [.init(.left, FormCommand.previousOption), .init(.right, FormCommand.nextOption),
                       .init(.enter, FormCommand.openList, showsInHelpBar: true),
                       .init(.function(4), FormCommand.openList)]
        case .lookup: [.init(.function(4), FormCommand.openList, showsInHelpBar: true),
                       .init(.enter, FormCommand.openList),
                       .init(.delete, FormCommand.clearValue), .init(.backspace, FormCommand.clearValue)]
        case nil: []
        }
    }

    private var textBindings: [Keymap.Binding] {
        [
            .init(.left, FormCommand.cursorLeft), .init(.right, FormCommand.cursorRight),
            .init(.home, FormCommand.cursorToStart), .init(.end, FormCommand.cursorToEnd),
            .init(.backspace, FormCommand.deleteBackward), .init(.delete, FormCommand.deleteForward),
            .init(.enter, FormCommand.next),
        ]
    }

    private var listBindings: [Keymap.Binding] {
        var bindings: [Keymap.Binding] = [
            .init(.up, FormCommand.listUp), .init(.down, FormCommand.listDown),
            .init(.enter, FormCommand.pick, showsInHelpBar: true),
            .init(.escape, FormCommand.closeList, showsInHelpBar: true),
        ]
        if pickList?.isSearchable == true {
            bindings += [
                .init(.backspace, FormCommand.deleteBackward),
                .init(.left, FormCommand.cursorLeft), .init(.right, FormCommand.cursorRight),
            ]
        }
        return bindings
    }
}

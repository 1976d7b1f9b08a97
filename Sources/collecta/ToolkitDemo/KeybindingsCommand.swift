import ArgumentParser
import Foundation
import TerminalUI

/// `collecta keybindings`: prints docs/keybindings.md, generated from the command table and
/// the keymaps (`make keybindings` writes the file; a test fails when the file is stale).
struct KeybindingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keybindings",
        abstract: "Print the key bindings document (docs/keybindings.md).",
        shouldDisplay: false
    )

    func run() throws {
        FileHandle.standardOutput.write(Data(Self.document.utf8))
    }

    /// Every documented keymap: the toolkit's widgets in each of their states, then its dialogs.
    static var keymaps: [Keymap] {
        ToolkitDemo.documentedKeymaps + [
            TextEditor().keymap,
            HelpScreen(keymaps: KeymapStack([]), commands: CommandTable([])).keymap,
            Tabs(["A", "B"]).keymap,
            ConfirmDialog(title: "", message: "").keymap,
            FilePickerDialog(title: "", startDirectory: "/").keymap,
            ProgressDialog(title: "", completed: 0, total: 1).keymap,
        ]
    }

    static var commands: CommandTable {
        ToolkitDemo.commands.appending(TextEditor.commands).appending(Tabs.commands)
            .appending(DialogCommands.all)
    }

    static var document: String {
        KeybindingsDocument.markdown(commands: commands, keymaps: keymaps, title: "Key bindings")
    }
}

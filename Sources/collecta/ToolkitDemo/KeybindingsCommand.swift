import ArgumentParser
import CollectaApp
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
        FileHandle.standardOutput.write(Data(try Self.document().utf8))
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

    /// The application's screens, then the toolkit's widgets and dialogs.
    static func document() throws -> String {
        let application = DocumentedKeymaps.application(context: try DocumentedKeymaps.demoContext())
        let appCommands = [
            Command(CollectaApplication.helpCommand, title: "Help", group: "Application", help: "Shows every key of the screen."),
            Command(CollectaApplication.quitCommand, title: "Quit", group: "Application", help: "Leaves Collecta."),
        ] + application.commands
        var seen: Set<CommandID> = []
        let all = (appCommands + commandList).filter { seen.insert($0.id).inserted }
        return KeybindingsDocument.markdown(
            commands: CommandTable(all), keymaps: application.keymaps + keymaps, title: "Key bindings")
    }

    static var commandList: [Command] {
        ToolkitDemo.commands.commands + TextEditor.commands + Tabs.commands + DialogCommands.all
    }
}

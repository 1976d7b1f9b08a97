import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("Help bar, help screen and keybindings document")
struct HelpTests {
    private let stack = KeymapStack([CommandFixtures.list, CommandFixtures.global])

    init() {
        TestLocale.useUTF8()
    }

    @Test("The help bar lists the marked bindings, layer by layer")
    func helpBarItems() {
        let bar = HelpBar(keymaps: stack, commands: CommandFixtures.commands)
        #expect(bar.text(width: 100) == "F8 Delete  F1 Help  F2 Save  F10 Quit")
    }

    @Test("The help bar is cut to the width with no partial item (Cyrillic titles)")
    func helpBarTruncation() {
        let bar = HelpBar(keymaps: stack, commands: CommandFixtures.russianCommands)
        #expect(bar.text(width: 47) == "F8 Удалить  F1 Справка  F2 Сохранить  F10 Выход")
        #expect(bar.text(width: 46) == "F8 Удалить  F1 Справка  F2 Сохранить")
        #expect(bar.text(width: 35) == "F8 Удалить  F1 Справка")
        #expect(bar.text(width: 9) == "")
        var buffer = ScreenBuffer(size: Size(width: 40, height: 1))
        bar.render(into: &buffer, in: buffer.bounds, theme: .monochrome)
        #expect(buffer.lines == ["F8 Удалить  F1 Справка  F2 Сохранить    "])
        #expect(buffer[0, 0].style == Theme.monochrome.style(.keyLabel))
        #expect(buffer[3, 0].style == Theme.monochrome.style(.statusBar))
        #expect(buffer[39, 0].style == Theme.monochrome.style(.statusBar))
    }

    @Test("A key bound by an earlier layer hides later layers' bindings of it in the bar")
    func helpBarPrecedence() {
        let commands = CommandFixtures.commands.appending([
            Command("form.submit", title: "Submit", group: "Form", help: "Submits the form."),
        ])
        let hidden = KeymapStack([Keymap("Form", [.init(.function(2), "form.submit")]), CommandFixtures.global])
        #expect(HelpBar(keymaps: hidden, commands: commands).text(width: 80) == "F1 Help  F10 Quit")
        let shown = KeymapStack([
            Keymap("Form", [.init(.function(2), "form.submit", showsInHelpBar: true)]), CommandFixtures.global,
        ])
        #expect(HelpBar(keymaps: shown, commands: commands).text(width: 80) == "F2 Submit  F1 Help  F10 Quit")
    }

    @Test("Disabled commands stay in the bar, muted")
    func helpBarDisabled() {
        let bar = HelpBar(keymaps: stack, commands: CommandFixtures.commands) { command in
            command == "list.delete" ? .disabled(reason: "Nothing to delete") : .enabled
        }
        #expect(bar.items.map(\.isEnabled) == [false, true, true, true])
        var buffer = ScreenBuffer(size: Size(width: 40, height: 1))
        bar.render(into: &buffer, in: buffer.bounds, theme: .monochrome)
        #expect(buffer.line(0).hasPrefix("F8 Delete  F1 Help"))
        let muted = Style(attributes: [.dim, .reverse])
        #expect(buffer[0, 0].style == muted)
        #expect(buffer[4, 0].style == muted)
        #expect(buffer[11, 0].style == Theme.monochrome.style(.keyLabel))
    }

    @Test("The help screen groups commands in table order with all their keys")
    func helpScreenLines() {
        let lines = HelpScreen.lines(keymaps: stack, commands: CommandFixtures.commands)
        #expect(lines.map(\.text) == [
            "Application",
            "  F1    Help — Shows every key.",
            "  F2    Save — Saves the changes.",
            "  F10   Quit — Leaves the program.",
            "",
            "Navigation",
            "  ↓, j  Down — Moves down one row.",
            "  ↑, k  Up — Moves up one row.",
            "",
            "Editing",
            "  F8    Delete — Deletes the row.",
        ])
        #expect(lines[0].kind == .group)
        #expect(lines[4].kind == .blank)
    }

    @Test("Commands the table lacks are listed last under Other")
    func helpScreenMissingCommands() {
        let stack = KeymapStack([Keymap("X", [.init(.tab, "x.next"), .init(.function(1), "app.help")])])
        let lines = HelpScreen.lines(keymaps: stack, commands: CommandFixtures.commands)
        #expect(lines.map(\.text) == ["Application", "  F1   Help — Shows every key.", "", "Other", "  Tab  x.next"])
    }

    @Test("The help screen scrolls by line and page inside its box")
    func helpScreenScrolling() {
        var help = HelpScreen(keymaps: stack, commands: CommandFixtures.commands, pageHeight: 4)
        var buffer = ScreenBuffer(size: Size(width: 36, height: 6))
        help.render(into: &buffer, in: buffer.bounds, theme: .monochrome, isFocused: true)
        #expect(buffer.lines == [
            "┌─ Help ───────────────────────────┐",
            "│Application                       │",
            "│  F1    Help — Shows every key.   │",
            "│  F2    Save — Saves the changes. │",
            "│  F10   Quit — Leaves the program.│",
            "└──────────────────────────────────┘",
        ])
        #expect(buffer[1, 1].style == Theme.monochrome.style(.header))
        #expect(help.perform(HelpScreen.pageDownCommand) == .handled)
        #expect(help.scrollOffset == 4)
        #expect(help.perform(HelpScreen.bottomCommand) == .handled)
        #expect(help.scrollOffset == 7)
        help.render(into: &buffer, in: buffer.bounds, theme: .monochrome, isFocused: true)
        #expect(buffer.lines[1...4] == [
            "│  ↑, k  Up — Moves up one row.    │",
            "│                                  │",
            "│Editing                           │",
            "│  F8    Delete — Deletes the row. │",
        ])
        #expect(help.perform(HelpScreen.scrollDownCommand) == .handled)
        #expect(help.scrollOffset == 7)
        #expect(help.perform(HelpScreen.scrollUpCommand) == .handled)
        #expect(help.scrollOffset == 6)
        #expect(help.keymap.command(for: .character("g")) == HelpScreen.topCommand)
        #expect(help.perform(HelpScreen.topCommand) == .handled)
        #expect(help.scrollOffset == 0)
    }

    @Test("The keybindings document has a table per layer, keys joined, in binding order")
    func keybindingsDocument() {
        let keymaps = [CommandFixtures.list, Keymap("Empty", []), CommandFixtures.global]
        let text = KeybindingsDocument.markdown(
            commands: CommandFixtures.commands, keymaps: keymaps, title: "Keybindings")
        #expect(text == """
            # Keybindings

            Generated from the command table; do not edit by hand.

            ## List

            | Keys | Command | Group | What it does |
            | --- | --- | --- | --- |
            | ↓, j | Down | Navigation | Moves down one row. |
            | ↑, k | Up | Navigation | Moves up one row. |
            | F8 | Delete | Editing | Deletes the row. |

            ## Global

            | Keys | Command | Group | What it does |
            | --- | --- | --- | --- |
            | F1 | Help | Application | Shows every key. |
            | F2 | Save | Application | Saves the changes. |
            | F10 | Quit | Application | Leaves the program. |

            """)
    }

    @Test("Pipes in cells are escaped so the table stays a table")
    func keybindingsEscaping() {
        let commands = CommandTable([Command("x.pipe", title: "Pipe", group: "Shell", help: "Runs a | b.")])
        let text = KeybindingsDocument.markdown(
            commands: commands, keymaps: [Keymap("Shell", [.init(.character("|"), "x.pipe")])], title: "Keys")
        #expect(text.hasSuffix("| \\| | Pipe | Shell | Runs a \\| b. |\n"))
    }
}

import Foundation
import Testing
import TerminalUITesting
import TerminalUI

/// A screen that fills its area with one character, writes its title, and logs what it did.
private struct NoteScreen: Screen {
    var title: String
    var fill: Character = "."
    var keymaps: [Keymap] = [Keymap("Note", [.init(.function(7), "note.add", showsInHelpBar: true)])]
    var disabled: [CommandID: String] = [:]
    var takesEscape = false
    var log: [String] = []

    func availability(of command: CommandID) -> CommandAvailability {
        disabled[command].map { .disabled(reason: $0) } ?? .enabled
    }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        guard command == "note.add" else { return .ignored }
        log.append("add")
        return .handled
    }

    mutating func handleUnbound(_ key: Key) -> HandlingResult {
        switch key {
        case .character(let character): log.append(String(character))
        case .escape where takesEscape: log.append("esc")
        default: return .ignored
        }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        buffer.fill(area, with: fill, style: theme.style(.normal))
        buffer.write(title, at: Point(x: area.x, y: area.y), style: theme.style(.header), clip: area)
    }
}

@Suite("Screen stack and overlays")
struct ScreenStackTests {
    init() {
        TestLocale.useUTF8()
    }

    private func makeStack() -> ScreenStack {
        ScreenStack(root: NoteScreen(title: "Main"), globalKeymap: CommandFixtures.global)
    }

    @Test("Push shows the new screen; Esc pops it; the root is never popped")
    func pushAndPop() {
        var stack = makeStack()
        stack.push(NoteScreen(title: "Detail"))
        #expect(stack.top.title == "Detail")
        #expect(stack.handle(.escape) == .handled)
        #expect(stack.screens.map(\.title) == ["Main"])
        #expect(stack.handle(.escape) == .ignored)
        #expect(stack.pop() == nil)
        #expect(stack.screens.count == 1)
    }

    @Test("A screen that handles Esc keeps it")
    func escapeHandledByScreen() {
        var stack = makeStack()
        stack.push(NoteScreen(title: "Editor", takesEscape: true))
        #expect(stack.handle(.escape) == .handled)
        #expect(stack.top.title == "Editor")
        #expect((stack.top as? NoteScreen)?.log == ["esc"])
    }

    @Test("Keys reach the top screen; global commands nobody takes come back to the caller")
    func keys() {
        var stack = makeStack()
        #expect(stack.handle(.function(7)) == .handled)
        #expect(stack.handle(.character("я")) == .handled)
        #expect((stack.top as? NoteScreen)?.log == ["add", "я"])
        #expect(stack.handle(.function(10)) == .unhandled("app.quit"))
        #expect(stack.handle(.insert) == .ignored)
    }

    @Test("A disabled command is refused with the screen's reason, by key or by name")
    func disabledCommands() {
        var stack = ScreenStack(
            root: NoteScreen(title: "Main", disabled: ["app.save": "Nothing changed"]),
            globalKeymap: CommandFixtures.global)
        #expect(stack.handle(.function(2)) == .refused("Nothing changed"))
        #expect(stack.perform("app.save") == .refused("Nothing changed"))
        #expect(stack.perform("note.add") == .handled)
        #expect(stack.perform("app.help") == .unhandled("app.help"))
    }

    @Test("An overlay is drawn in a centred box over the screen underneath")
    func overlayRendering() {
        var stack = makeStack()
        stack.present(NoteScreen(title: "Ask", fill: " "), size: Size(width: 12, height: 4))
        var buffer = ScreenBuffer(size: Size(width: 20, height: 7))
        stack.render(into: &buffer, in: buffer.bounds, theme: .monochrome)
        #expect(buffer.lines == [
            "Main................",
            "....┌─ Ask ────┐....",
            "....│Ask       │....",
            "....│          │....",
            "....└──────────┘....",
            "....................",
            "....................",
        ])
        #expect(stack.overlayFrame(in: buffer.bounds) == Rect(x: 4, y: 1, width: 12, height: 4))
        #expect(buffer[7, 1].style == Theme.monochrome.style(.focused))
    }

    @Test("An overlay takes the keys; Esc dismisses it and the screen gets keys again")
    func overlayKeys() {
        var stack = makeStack()
        stack.present(NoteScreen(title: "Ask", keymaps: []), size: Size(width: 12, height: 4))
        #expect(stack.handle(.character("y")) == .handled)
        #expect((stack.overlay?.screen as? NoteScreen)?.log == ["y"])
        #expect((stack.top as? NoteScreen)?.log == [])
        #expect(stack.handle(.function(7)) == .ignored)
        #expect(stack.handle(.escape) == .handled)
        #expect(stack.overlay == nil)
        #expect(stack.screens.count == 1)
        #expect(stack.handle(.function(7)) == .handled)
    }

    @Test("The help bar and help screen follow the active screen's keymaps")
    func generatedHelp() {
        let commands = CommandFixtures.commands.appending([
            Command("note.add", title: "New", group: "Notes", help: "Adds a note."),
        ])
        var stack = makeStack()
        #expect(stack.helpBar(commands: commands).text(width: 80) == "F7 New  F1 Help  F2 Save  F10 Quit")
        stack.present(NoteScreen(title: "Ask", keymaps: []), size: Size(width: 12, height: 4))
        #expect(stack.helpBar(commands: commands).text(width: 80) == "F1 Help  F2 Save  F10 Quit")
        #expect(stack.helpScreen(commands: commands).lines.first?.text == "Application")
    }
}

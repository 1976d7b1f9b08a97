import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("Text editor")
struct TextEditorTests {
    init() {
        TestLocale.useUTF8()
    }

    private let sixLines = "<html>\n<body>\n<p>Счёт</p>\n<p>日本</p>\n</body>\n</html>"

    /// The editor drawn alone into a buffer of its visible size.
    private func screen(of editor: TextEditor) -> [String] {
        var screen = ScreenBuffer(size: editor.visibleSize)
        editor.render(into: &screen, in: screen.bounds, theme: .monochrome, isFocused: true)
        return screen.lines
    }

    private func perform(_ commands: CommandID..., on editor: inout TextEditor) {
        for command in commands { #expect(editor.perform(command) == .handled) }
    }

    @Test("Draws the first lines; lines past the end are blank")
    func rendersTop() {
        let editor = TextEditor(text: "one\nдва", visibleSize: Size(width: 8, height: 3))
        #expect(screen(of: editor) == ["one     ", "два     ", "        "])
        #expect(editor.cursorPosition(in: Rect(x: 2, y: 1, width: 8, height: 3)) == Point(x: 2, y: 1))
    }

    @Test("Scrolls down just enough to keep the cursor line visible, and back up")
    func scrollsVertically() {
        var editor = TextEditor(text: sixLines, visibleSize: Size(width: 12, height: 3))
        perform(.editorMoveDown, .editorMoveDown, .editorMoveDown, .editorMoveDown, on: &editor)
        #expect(editor.scrollOffset == Point(x: 0, y: 2))
        #expect(screen(of: editor) == ["<p>Счёт</p> ", "<p>日本</p> ", "</body>     "])
        #expect(editor.cursorPosition(in: Rect(x: 0, y: 0, width: 12, height: 3)) == Point(x: 0, y: 2))
        perform(.editorMoveUp, .editorMoveUp, .editorMoveUp, on: &editor)
        #expect(screen(of: editor) == ["<body>      ", "<p>Счёт</p> ", "<p>日本</p> "])
    }

    @Test("Scrolls right by display width; a wide character cut by the left edge shows as a space")
    func scrollsHorizontally() {
        var editor = TextEditor(text: "日本語テキスト\nabc", visibleSize: Size(width: 6, height: 2))
        perform(.editorLineEnd, on: &editor)
        #expect(editor.scrollOffset == Point(x: 9, y: 0))
        #expect(screen(of: editor) == [" スト ", "      "])
        #expect(editor.cursorPosition(in: Rect(x: 0, y: 0, width: 6, height: 2)) == Point(x: 5, y: 0))
        perform(.editorLineStart, on: &editor)
        #expect(screen(of: editor) == ["日本語", "abc   "])
    }

    @Test("Keeps a whole wide character under the cursor in view")
    func showsWideCharacterUnderCursor() {
        var editor = TextEditor(text: "abcd日", visibleSize: Size(width: 5, height: 1))
        perform(.editorMoveRight, .editorMoveRight, .editorMoveRight, .editorMoveRight, on: &editor)
        #expect(editor.scrollOffset == Point(x: 1, y: 0))
        #expect(screen(of: editor) == ["bcd日"])
        #expect(editor.cursorPosition(in: Rect(x: 0, y: 0, width: 5, height: 1)) == Point(x: 3, y: 0))
    }

    @Test("Tabs are drawn to the next stop of four columns")
    func expandsTabs() {
        var editor = TextEditor(text: "\t<p>\na\tb", visibleSize: Size(width: 8, height: 2))
        #expect(screen(of: editor) == ["    <p> ", "a   b   "])
        perform(.editorMoveDown, .editorMoveRight, .editorMoveRight, on: &editor)
        #expect(editor.cursorPosition(in: Rect(x: 0, y: 0, width: 8, height: 2)) == Point(x: 4, y: 1))
    }

    @Test("The line-number gutter is right-aligned and shifts the text and cursor")
    func gutter() {
        var editor = TextEditor(text: sixLines, showsLineNumbers: true, visibleSize: Size(width: 12, height: 2))
        #expect(editor.gutterWidth == 4)
        perform(.editorDocumentEnd, on: &editor)
        #expect(screen(of: editor) == ["  5 </body> ", "  6 </html> "])
        #expect(editor.cursorPosition(in: Rect(x: 0, y: 0, width: 12, height: 2)) == Point(x: 11, y: 1))
    }

    @Test("Page down and up move the cursor and the view by the visible height")
    func pages() {
        let text = (1...10).map { "line \($0)" }.joined(separator: "\n")
        var editor = TextEditor(text: text, visibleSize: Size(width: 8, height: 3))
        perform(.editorPageDown, on: &editor)
        #expect(editor.buffer.cursor == .init(line: 3, column: 0))
        #expect(screen(of: editor) == ["line 4  ", "line 5  ", "line 6  "])
        perform(.editorPageDown, .editorPageDown, .editorPageDown, on: &editor)
        #expect(screen(of: editor) == ["line 8  ", "line 9  ", "line 10 "])
        perform(.editorPageUp, on: &editor)
        #expect(screen(of: editor) == ["line 5  ", "line 6  ", "line 7  "])
        #expect(editor.buffer.cursor == .init(line: 6, column: 0))
    }

    @Test("Typed characters, Enter, Backspace and Del edit the text; Ctrl-Z and Ctrl-Y undo and redo")
    func editsThroughKeys() {
        var editor = TextEditor(text: "ab")
        let keys: [Key] = [.end, .character("ц"), .enter, .character("d"), .backspace, .backspace,
                           .home, .delete]
        for key in keys { press(key, on: &editor) }
        #expect(editor.text == "bц")
        press(.control("z"), on: &editor)
        #expect(editor.text == "abц")
        press(.control("y"), on: &editor)
        #expect(editor.text == "bц")
        #expect(editor.handleUnbound(.function(9)) == .ignored)
    }

    @Test("F4 asks the owner for the external editor")
    func requestsExternalEditor() {
        var editor = TextEditor(text: "x")
        press(.function(4), on: &editor)
        #expect(editor.isExternalEditRequested)
    }

    @Test("Editing scrolls to follow the cursor")
    func followsTyping() {
        var editor = TextEditor(text: "", visibleSize: Size(width: 4, height: 2))
        for character in "abcdef" { _ = editor.handleUnbound(.character(character)) }
        #expect(screen(of: editor) == ["def ", "    "])
        press(.enter, on: &editor)
        press(.enter, on: &editor)
        #expect(screen(of: editor) == ["    ", "    "])
        #expect(editor.cursorPosition(in: Rect(x: 0, y: 0, width: 4, height: 2)) == Point(x: 0, y: 1))
    }

    /// Sends `key` as the application loop would: a bound command, else an unbound key.
    private func press(_ key: Key, on editor: inout TextEditor) {
        if let command = editor.keymap.command(for: key) {
            #expect(editor.perform(command) == .handled)
        } else {
            #expect(editor.handleUnbound(key) == .handled)
        }
    }
}

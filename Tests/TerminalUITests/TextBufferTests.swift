import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("Text buffer")
struct TextBufferTests {
    init() {
        TestLocale.useUTF8()
    }

    /// A buffer holding `text` with the cursor at (`line`, `column`).
    private func buffer(_ text: String, line: Int = 0, column: Int = 0) -> TextBuffer {
        var buffer = TextBuffer(text: text)
        buffer.moveCursor(to: .init(line: line, column: column))
        return buffer
    }

    private func at(_ line: Int, _ column: Int) -> TextBuffer.Position {
        .init(line: line, column: column)
    }

    @Test("Lines split at LF, CRLF and CR; the text joins them with LF; empty text is one line")
    func lines() {
        #expect(TextBuffer(text: "a\nb\r\nc\rd").lines == ["a", "b", "c", "d"])
        #expect(TextBuffer(text: "a\r\nb\n").text == "a\nb\n")
        #expect(TextBuffer(text: "").lines == [""])
    }

    @Test("Moving the cursor clamps it into the text")
    func moveCursorClamps() {
        #expect(buffer("ab\ncd", line: 9, column: 9).cursor == at(1, 2))
        #expect(buffer("ab", line: -1, column: -1).cursor == at(0, 0))
    }

    @Test("Inserting a character types it at the cursor and moves past it")
    func insertCharacter() {
        var text = buffer("Ромшка", column: 3)
        text.insert("а")
        #expect(text.lines == ["Ромашка"])
        #expect(text.cursor == at(0, 4))
    }

    @Test("A combining mark joins the character before it: one character, cursor after it")
    func insertCombiningMark() {
        var text = buffer("e", column: 1)
        text.insert("\u{301}")
        #expect(text.lines == ["e\u{301}"])
        #expect(text.cursor == at(0, 1))
    }

    @Test("Inserting text with line breaks splits lines and ends after the inserted text")
    func insertText() {
        var text = buffer("<p></p>", column: 3)
        text.insert(contentsOf: "one\ntwo\r\nthree")
        #expect(text.lines == ["<p>one", "two", "three</p>"])
        #expect(text.cursor == at(2, 5))
    }

    @Test("Deleting backward removes the character before the cursor")
    func deleteBackward() {
        var text = buffer("日本語", column: 2)
        text.deleteBackward()
        #expect(text.lines == ["日語"])
        #expect(text.cursor == at(0, 1))
    }

    @Test("Deleting backward at column 0 joins the line to the one above")
    func deleteBackwardJoins() {
        var text = buffer("abc\ndef", line: 1)
        text.deleteBackward()
        #expect(text.lines == ["abcdef"])
        #expect(text.cursor == at(0, 3))
        var start = buffer("abc")
        start.deleteBackward()
        #expect(start.lines == ["abc"])
        #expect(!start.canUndo)
    }

    @Test("Deleting forward removes the character under the cursor")
    func deleteForward() {
        var text = buffer("Ёжик", column: 1)
        text.deleteForward()
        #expect(text.lines == ["Ёик"])
        #expect(text.cursor == at(0, 1))
    }

    @Test("Deleting forward at the end of a line joins the next line to it")
    func deleteForwardJoins() {
        var text = buffer("abc\ndef", column: 3)
        text.deleteForward()
        #expect(text.lines == ["abcdef"])
        #expect(text.cursor == at(0, 3))
        var end = buffer("abc", column: 3)
        end.deleteForward()
        #expect(!end.canUndo)
    }

    @Test("Splitting a line moves the rest to a new line, cursor at its start")
    func splitLine() {
        var text = buffer("<b>bold</b>", column: 3)
        text.splitLine()
        #expect(text.lines == ["<b>", "bold</b>"])
        #expect(text.cursor == at(1, 0))
        text.insert("\n")
        #expect(text.lines == ["<b>", "", "bold</b>"])
    }

    @Test("Moving left crosses to the end of the line above")
    func moveLeft() {
        var text = buffer("ab\ncd", line: 1, column: 1)
        text.moveLeft()
        #expect(text.cursor == at(1, 0))
        text.moveLeft()
        #expect(text.cursor == at(0, 2))
        text.moveToDocumentStart()
        text.moveLeft()
        #expect(text.cursor == at(0, 0))
    }

    @Test("Moving right crosses to the start of the line below")
    func moveRight() {
        var text = buffer("ab\ncd", column: 1)
        text.moveRight()
        #expect(text.cursor == at(0, 2))
        text.moveRight()
        #expect(text.cursor == at(1, 0))
        text.moveToDocumentEnd()
        text.moveRight()
        #expect(text.cursor == at(1, 2))
    }

    @Test("Moving down keeps the preferred column through a shorter line")
    func moveDown() {
        var text = buffer("abcdef\nab\nabcdef", column: 4)
        text.moveDown()
        #expect(text.cursor == at(1, 2))
        text.moveDown()
        #expect(text.cursor == at(2, 4))
        text.moveDown()
        #expect(text.cursor == at(2, 4))
    }

    @Test("Moving up keeps the preferred column; a horizontal move forgets it")
    func moveUp() {
        var text = buffer("abcdef\nab\nabcdef", line: 2, column: 5)
        text.moveUp()
        text.moveUp()
        #expect(text.cursor == at(0, 5))
        text.moveDown()
        text.moveLeft()
        text.moveUp()
        #expect(text.cursor == at(0, 1))
    }

    @Test("Up and down keep the display column across Cyrillic lines")
    func cyrillicPreferredColumn() {
        var text = buffer("Счёт-фактура\nabc\nПлатёжка №5", column: 7)
        text.moveDown()
        #expect(text.cursor == at(1, 3))
        text.moveDown()
        #expect(text.cursor == at(2, 7))
        #expect(text.cursorDisplayColumn == 7)
    }

    @Test("Up and down keep the display column across CJK lines, two columns a character")
    func cjkPreferredColumn() {
        var text = buffer("abcdef\n日本語テキスト\nabcdefgh", column: 5)
        text.moveDown()
        // Column 5 falls in the third ideograph (columns 4–5): the cursor goes before it.
        #expect(text.cursor == at(1, 2))
        #expect(text.cursorDisplayColumn == 4)
        text.moveDown()
        #expect(text.cursor == at(2, 5))
    }

    @Test("Home and End go to the start and end of the line")
    func homeAndEnd() {
        var text = buffer("ab\nЁжик", line: 1, column: 2)
        text.moveToLineEnd()
        #expect(text.cursor == at(1, 4))
        text.moveToLineStart()
        #expect(text.cursor == at(1, 0))
    }

    @Test("Page down moves by the page height, keeping the column, and stops at the last line")
    func pageDown() {
        var text = buffer((1...10).map { "line \($0)" }.joined(separator: "\n"), column: 6)
        text.movePageDown(height: 4)
        #expect(text.cursor == at(4, 6))
        text.movePageDown(height: 4)
        text.movePageDown(height: 4)
        #expect(text.cursor == at(9, 6))
    }

    @Test("Page up moves by the page height and stops at the first line")
    func pageUp() {
        var text = buffer((1...10).map { "line \($0)" }.joined(separator: "\n"), line: 9, column: 7)
        text.movePageUp(height: 4)
        #expect(text.cursor == at(5, 6))
        text.movePageUp(height: 4)
        text.movePageUp(height: 4)
        #expect(text.cursor == at(0, 6))
    }

    @Test("Start and end of the document")
    func documentStartAndEnd() {
        var text = buffer("ab\ncd\nefg", line: 1, column: 1)
        text.moveToDocumentEnd()
        #expect(text.cursor == at(2, 3))
        text.moveToDocumentStart()
        #expect(text.cursor == at(0, 0))
    }

    @Test("Consecutive typed characters are one undo step; a movement ends the step")
    func undoGroupsTyping() {
        var text = buffer("")
        for character in "Hello" { text.insert(character) }
        text.moveLeft()
        for character in "!!" { text.insert(character) }
        #expect(text.text == "Hell!!o")
        text.undo()
        #expect(text.text == "Hello")
        #expect(text.cursor == at(0, 4))
        text.undo()
        #expect(text.text == "")
        let undoneAgain = text.undo()
        #expect(!undoneAgain)
    }

    @Test("Consecutive backspaces are one undo step; Enter is a step of its own")
    func undoGroupsDeletion() {
        var text = buffer("abcdef", column: 6)
        text.deleteBackward()
        text.deleteBackward()
        text.splitLine()
        #expect(text.lines == ["abcd", ""])
        text.undo()
        #expect(text.lines == ["abcd"])
        text.undo()
        #expect(text.lines == ["abcdef"])
        #expect(text.cursor == at(0, 6))
    }

    @Test("Redo does an undone step again; a new edit forgets what was undone")
    func redo() {
        var text = buffer("")
        for character in "abc" { text.insert(character) }
        text.undo()
        let redone = text.redo()
        #expect(redone)
        #expect(text.text == "abc")
        #expect(text.cursor == at(0, 3))
        text.undo()
        text.insert("x")
        #expect(!text.canRedo)
        let redoneAgain = text.redo()
        #expect(!redoneAgain)
    }

    @Test("Replacing the text is one undo step; the cursor stays within the new text")
    func replaceText() {
        var text = buffer("one\ntwo\nthree", line: 2, column: 5)
        text.replaceText(with: "uno\ndos")
        #expect(text.lines == ["uno", "dos"])
        #expect(text.cursor == at(1, 3))
        text.undo()
        #expect(text.lines == ["one", "two", "three"])
    }
}

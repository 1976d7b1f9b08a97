import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("Screen buffer")
struct ScreenBufferTests {
    init() {
        TestLocale.useUTF8()
    }

    @Test("Cyrillic takes one cell, CJK two with a continuation cell; lines read back as text")
    func writesByDisplayWidth() {
        var buffer = ScreenBuffer(size: Size(width: 10, height: 2))
        let written = buffer.write("Ёж日本", at: Point(x: 1, y: 0), style: .plain)
        #expect(written == 6)
        #expect(buffer.line(0) == " Ёж日本   ")
        #expect(buffer[4, 0].isContinuation)
        #expect(DisplayWidth.of(buffer.line(0)) == 10)
    }

    @Test("A wide character that would straddle the clip edge is not drawn")
    func clipsWideCharacters() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 1))
        let written = buffer.write("ab日本", at: Point(x: 0, y: 0), style: .plain)
        #expect(written == 4)
        #expect(buffer.line(0) == "ab日 ")
        #expect(DisplayWidth.of(buffer.line(0)) == 5)
    }

    @Test("Overwriting half of a wide character blanks the other half")
    func repairsWideCharacters() {
        var buffer = ScreenBuffer(size: Size(width: 4, height: 1))
        buffer.write("日本", at: Point(x: 0, y: 0), style: .plain)
        buffer.write("x", at: Point(x: 1, y: 0), style: .plain)
        #expect(buffer.line(0) == " x本")
        #expect(!buffer[1, 0].isContinuation)
    }

    @Test("Boxes are drawn with Unicode box characters and a clipped title")
    func boxes() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 3))
        buffer.drawBox(buffer.bounds, style: .plain, title: "Иерархии процессов")
        #expect(buffer.lines == ["┌─ Иерар… ─┐", "│          │", "└──────────┘"])
    }

    @Test("Restyling keeps the characters; fill and clip stay inside the buffer")
    func restyleAndFill() {
        var buffer = ScreenBuffer(size: Size(width: 3, height: 2))
        buffer.write("abc", at: Point(x: 0, y: 1), style: .plain)
        let selected = Style(attributes: .reverse)
        buffer.restyle(buffer.bounds.row(1), style: selected)
        #expect(buffer.line(1) == "abc")
        #expect(buffer[2, 1].style == selected)
        buffer.fill(Rect(x: -2, y: -2, width: 4, height: 3), with: "#", style: .plain)
        #expect(buffer.lines == ["## ", "abc"])
    }

    @Test("NO_COLOR and colourless terminals get the monochrome theme")
    func themes() {
        #expect(Theme.forTerminal(colors: 256, environment: ["NO_COLOR": "1"]).capability == .monochrome)
        #expect(Theme.forTerminal(colors: 256, environment: [:]).capability == .colors256)
        #expect(Theme.forTerminal(colors: 8, environment: [:]).capability == .eightColors)
        #expect(Theme.forTerminal(colors: 2, environment: [:]).capability == .monochrome)
        #expect(Theme.monochrome.style(.selected).attributes.contains(.reverse))
    }
}

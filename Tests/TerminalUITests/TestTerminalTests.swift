import Testing
import TerminalUI

@Suite("Test terminal")
@MainActor
struct TestTerminalTests {
    @Test("Records every buffer and cursor drawn")
    func recordsFrames() {
        let terminal = TestTerminal(size: Size(width: 4, height: 2))
        var buffer = ScreenBuffer(size: terminal.size)
        buffer.write("ab", at: Point(x: 0, y: 0), style: .plain)
        terminal.draw(buffer, cursor: Point(x: 2, y: 0))
        terminal.draw(ScreenBuffer(size: terminal.size), cursor: nil)
        #expect(terminal.frames.count == 2)
        #expect(terminal.frames[0].buffer.line(0) == "ab  ")
        #expect(terminal.frames[0].cursor == Point(x: 2, y: 0))
        #expect(terminal.lastFrame?.cursor == nil)
        terminal.removeFrames()
        #expect(terminal.frames.isEmpty)
    }

    @Test("Returns scripted keys in order, then nil as a timeout")
    func scriptedKeys() {
        let terminal = TestTerminal()
        terminal.enqueue(.down, .character("ж"))
        terminal.enqueue([.enter])
        #expect(terminal.readKey(timeout: nil) == .down)
        #expect(terminal.readKey(timeout: 0.5) == .character("ж"))
        #expect(terminal.readKey(timeout: nil) == .enter)
        #expect(terminal.readKey(timeout: 1) == nil)
        #expect(terminal.readTimeouts == [nil, 0.5, nil, 1])
    }

    @Test("Resizing changes the size and queues a resize key")
    func resizing() {
        let terminal = TestTerminal()
        #expect(terminal.size == Size(width: 100, height: 30))
        terminal.resize(to: Size(width: 60, height: 15))
        #expect(terminal.size == Size(width: 60, height: 15))
        #expect(terminal.readKey(timeout: nil) == .resize)
    }

    @Test("Counts suspends and resumes")
    func suspendAndResume() {
        let terminal = TestTerminal(colorCount: 8)
        #expect(terminal.colorCount == 8)
        terminal.suspend()
        #expect(terminal.isSuspended)
        terminal.resume()
        terminal.suspend()
        #expect(terminal.suspendCount == 2)
        #expect(terminal.resumeCount == 1)
    }
}

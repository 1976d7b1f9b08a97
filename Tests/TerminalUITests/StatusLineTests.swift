import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("Status line and toast")
struct StatusLineTests {
    init() {
        TestLocale.useUTF8()
    }

    private func rendered(_ status: StatusLine, width: Int) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: Size(width: width, height: 1))
        status.render(into: &buffer, in: buffer.bounds, theme: .monochrome)
        return buffer
    }

    @Test("A message stays until replaced; an error takes the error style inside the bar")
    func messages() {
        var status = StatusLine()
        status.show("Saved 3 rows")
        status.tick()
        status.tick(now: 1000)
        #expect(rendered(status, width: 20).lines == ["Saved 3 rows        "])
        status.show("Ошибка записи", severity: .error)
        let buffer = rendered(status, width: 20)
        #expect(buffer.lines == ["Ошибка записи       "])
        #expect(buffer[0, 0].style == Style(attributes: [.bold, .underline, .reverse]))
        #expect(buffer[19, 0].style == Theme.monochrome.style(.statusBar))
        status.clearMessage()
        #expect(status.message == nil)
    }

    @Test("A toast is right-aligned and goes away after its redraws")
    func toastByTicks() {
        var status = StatusLine()
        status.show("Ready")
        status.showToast("Copied", expiry: .afterTicks(2))
        #expect(rendered(status, width: 20).lines == ["Ready         Copied"])
        status.tick()
        #expect(status.toast?.text == "Copied")
        status.tick()
        #expect(status.toast == nil)
        #expect(rendered(status, width: 20).lines == ["Ready               "])
    }

    @Test("A toast with a deadline goes away at the time the caller passes in")
    func toastByTime() {
        var status = StatusLine()
        status.showToast("Сохранено", expiry: .at(10))
        status.tick()
        status.tick(now: 9.5)
        #expect(status.toast != nil)
        status.tick(now: 10)
        #expect(status.toast == nil)
    }

    @Test("A message that would run into the toast is clipped before it")
    func clipping() {
        var status = StatusLine()
        status.show("A very long message indeed")
        status.showToast("Done", expiry: .afterTicks(1))
        #expect(rendered(status, width: 20).lines == ["A very long m…  Done"])
    }
}

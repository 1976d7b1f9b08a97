import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("Layout, panes and tabs")
struct LayoutTests {
    init() {
        TestLocale.useUTF8()
    }

    @Test("Fixed and minimum slots are served first; fractions share the rest by weight")
    func fixedMinimumAndFractions() {
        let lengths = Layout.lengths(of: [.fixed(3), .fraction(1), .minimum(2), .fraction(2)], in: 20)
        #expect(lengths == [3, 5, 2, 10])
    }

    @Test("The cells left by rounding go to the last fraction slot")
    func roundingRemainder() {
        #expect(Layout.lengths(of: [.fraction(1), .fraction(1), .fraction(1)], in: 10) == [3, 3, 4])
        #expect(Layout.lengths(of: [.fraction(1), .fraction(1), .fixed(1)], in: 10) == [4, 5, 1])
    }

    @Test("Without fractions the minimum slots grow into the rest; with neither, it stays empty")
    func minimumsGrow() {
        #expect(Layout.lengths(of: [.fixed(1), .minimum(3), .fixed(1)], in: 24) == [1, 22, 1])
        #expect(Layout.lengths(of: [.minimum(2), .minimum(2)], in: 9) == [4, 5])
        #expect(Layout.lengths(of: [.fixed(2), .fixed(3)], in: 9) == [2, 3])
    }

    @Test("Too small: earlier slots are served first, later ones shrink to nothing")
    func tooSmall() {
        #expect(Layout.lengths(of: [.fixed(4), .minimum(4), .fraction(1), .fixed(2)], in: 6) == [4, 2, 0, 0])
        #expect(Layout.lengths(of: [.fixed(4), .fixed(4)], in: 0) == [0, 0])
        #expect(Layout.lengths(of: [], in: 10) == [])
    }

    @Test("Rows and columns are placed in order with gaps between them")
    func rectanglesWithGaps() {
        let area = Rect(x: 2, y: 1, width: 30, height: 10)
        #expect(area.split(intoColumns: [.fixed(10), .fraction(1)], gap: 1) == [
            Rect(x: 2, y: 1, width: 10, height: 10), Rect(x: 13, y: 1, width: 19, height: 10),
        ])
        #expect(area.split(intoRows: [.fixed(1), .minimum(1), .fixed(1)]) == [
            Rect(x: 2, y: 1, width: 30, height: 1), Rect(x: 2, y: 2, width: 30, height: 8),
            Rect(x: 2, y: 10, width: 30, height: 1),
        ])
        let cramped = Rect(x: 0, y: 0, width: 1, height: 3).split(intoColumns: [.fixed(1), .fixed(1)], gap: 2)
        #expect(cramped.map(\.width) == [0, 0])
        #expect(cramped.allSatisfy { $0.x <= 1 })
    }

    @Test("A pane is a titled box; focused, its title takes the focused style")
    func panes() {
        var buffer = ScreenBuffer(size: Size(width: 12, height: 4))
        let inside = buffer.drawPane(buffer.bounds, title: "Счета", theme: .monochrome, isFocused: true)
        #expect(inside == Rect(x: 1, y: 1, width: 10, height: 2))
        #expect(buffer.lines == ["┌─ Счета ──┐", "│          │", "│          │", "└──────────┘"])
        #expect(buffer[3, 0].style == Theme.monochrome.style(.focused))
        buffer.drawPane(buffer.bounds, title: "Счета", theme: .monochrome)
        #expect(buffer[3, 0].style == Theme.monochrome.style(.title))
    }

    @Test("Tabs: the selected title is bracketed and moves with next and previous, wrapping")
    func tabs() {
        var tabs = Tabs(["Actions", "Customers", "Invoices"])
        var buffer = ScreenBuffer(size: Size(width: 34, height: 1))
        tabs.render(into: &buffer, in: buffer.bounds, theme: .monochrome, isFocused: true)
        #expect(buffer.lines == ["[ Actions ]  Customers  Invoices  "])
        #expect(buffer[0, 0].style == Theme.monochrome.style(.focused))
        #expect(buffer[13, 0].style == Theme.monochrome.style(.normal))
        #expect(tabs.perform(Tabs.previousCommand) == .handled)
        #expect(tabs.selectedTitle == "Invoices")
        #expect(tabs.perform(Tabs.nextCommand) == .handled)
        #expect(tabs.perform(Tabs.nextCommand) == .handled)
        #expect(tabs.selectedIndex == 1)
        tabs.render(into: &buffer, in: buffer.bounds, theme: .monochrome, isFocused: false)
        #expect(buffer.lines == ["Actions  [ Customers ]  Invoices  "])
        #expect(buffer[9, 0].style == Theme.monochrome.style(.selected))
        #expect(tabs.perform("grid.down") == .ignored)
        #expect(tabs.keymap.command(for: .right) == Tabs.nextCommand)
    }

    @Test("Tabs that do not fit start further right so the selected tab stays visible")
    func tabsScroll() {
        var tabs = Tabs(["Первая", "Вторая", "Третья"], selectedIndex: 2)
        var buffer = ScreenBuffer(size: Size(width: 20, height: 1))
        tabs.render(into: &buffer, in: buffer.bounds, theme: .monochrome, isFocused: false)
        #expect(buffer.lines == ["Вторая  [ Третья ]  "])
        tabs.select(0)
        tabs.render(into: &buffer, in: buffer.bounds, theme: .monochrome, isFocused: false)
        #expect(buffer.lines == ["[ Первая ]  Вторая  "])
    }
}

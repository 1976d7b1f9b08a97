import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("Grid rendering")
struct GridRenderingTests {
    init() {
        TestLocale.useUTF8()
    }

    private let size = Size(width: 48, height: 9)

    private func sampleGrid() -> Grid<ArrayGridSource> {
        var grid = Grid(columns: GridSamples.columns, source: GridSamples.source)
        grid.resize(to: size)
        return grid
    }

    @Test("Cyrillic, Latin and CJK names with right-aligned money: every line exactly the grid width")
    func golden() {
        var grid = sampleGrid()
        grid.pressWidgetKeys(.down, .character(" "))
        let buffer = grid.renderedForTest(size)
        #expect(buffer.lines == [
            "  Name                   City            Balance",
            "────────────────────────────────────────────────",
            "  ООО «Ромашка»          Москва          1200.00",
            "✓ Acme Trading GmbH      Berlin            35.50",
            "  東京商事株式会社       東京          987654.32",
            "  ИП Ёлкин Аркадий Сем…  Санкт-Пете…       -3.00",
            "  Zeta                   Oslo               0.05",
            "                                                ",
            "                                   1 marked  3/5",
        ])
        for line in buffer.lines { #expect(DisplayWidth.of(line) == size.width) }
        for y in 0..<size.height {
            let cells = (0..<size.width).map { buffer[$0, y] }
            let width = cells.filter { !$0.isContinuation }.reduce(0) { $0 + max(1, DisplayWidth.of($1.character)) }
            #expect(width == size.width, "row \(y) covers the grid exactly")
        }
    }

    @Test("Header, cursor and marked rows take their roles; the cursor row is .selected when unfocused")
    func roles() {
        var grid = sampleGrid()
        grid.pressWidgetKeys(.down, .character(" "))
        let theme = Theme.standard
        let focused = grid.renderedForTest(size, theme: theme, isFocused: true)
        #expect(focused[2, 0].style == theme.style(.header))
        #expect(focused[0, 1].style == theme.style(.border))
        #expect(focused[5, 3].style == theme.style(.marked))
        #expect(focused[47, 4].style == theme.style(.focused))
        #expect(focused[5, 2].style == theme.style(.normal))
        let unfocused = grid.renderedForTest(size, theme: theme, isFocused: false)
        #expect(unfocused[0, 4].style == theme.style(.selected))
    }

    @Test("Narrow grids clip cells with an ellipsis and still fill exactly their width")
    func narrow() {
        var grid = Grid(columns: GridSamples.columns, source: GridSamples.source, allowsMarking: false)
        grid.resize(to: Size(width: 21, height: 5))
        let buffer = grid.renderedForTest(Size(width: 21, height: 5))
        #expect(buffer.lines == [
            "Name        City    …",
            "─────────────────────",
            "ООО «Рома…  Москва  …",
            "Acme Trad…  Berlin  …",
            "                  1/5",
        ])
        for line in buffer.lines { #expect(DisplayWidth.of(line) == 21) }
    }

    @Test("A grid drawn inside a larger buffer stays inside its area")
    func staysInItsArea() {
        let grid = sampleGrid()
        var buffer = ScreenBuffer(size: Size(width: 52, height: 11))
        buffer.fill(buffer.bounds, with: "#", style: .plain)
        grid.render(into: &buffer, in: Rect(x: 2, y: 1, width: 48, height: 9), theme: .monochrome, isFocused: true)
        #expect(buffer.line(0) == String(repeating: "#", count: 52))
        #expect(buffer.line(10) == String(repeating: "#", count: 52))
        #expect(buffer.line(3) == "##  ООО «Ромашка»          Москва          1200.00##")
    }

    @Test("The sorted column shows ▲ or ▼ and the source receives the sort")
    func sortIndicator() {
        var grid = sampleGrid()
        grid.pressWidgetKeys(.character("s"))
        #expect(grid.query.sort == GridSort(columnID: "name", direction: .ascending))
        #expect(grid.renderedForTest(size).line(0) == "  Name ▲                 City            Balance")
        grid.pressWidgetKeys(.character("s"), .character("s"), .character("s"), .character("s"))
        #expect(grid.query.sort == GridSort(columnID: "balance", direction: .ascending))
        let ascending = grid.renderedForTest(size)
        #expect(ascending.line(0) == "  Name                   City          Balance ▲")
        #expect(ascending.line(2) == "  ИП Ёлкин Аркадий Сем…  Санкт-Пете…       -3.00")
        grid.pressWidgetKeys(.function(6))
        let descending = grid.renderedForTest(size)
        #expect(descending.line(0) == "  Name                   City          Balance ▼")
        #expect(descending.line(2) == "  東京商事株式会社       東京          987654.32")
        grid.pressWidgetKeys(.function(6))
        #expect(grid.query.sort == nil)
        #expect(grid.renderedForTest(size).line(0) == "  Name                   City            Balance")
    }

    @Test("An empty source shows the caller's muted text and 0/0")
    func empty() {
        let source = ArrayGridSource(columnIDs: ["name"], rows: [])
        var grid = Grid(columns: [GridColumn(id: "name", title: "Имя")], source: source,
                        strings: GridStrings(noRows: "Нет строк"))
        grid.pressWidgetKeys(.end, .down, .character(" "), .pageDown)
        let buffer = grid.renderedForTest(Size(width: 20, height: 5), theme: .standard)
        #expect(buffer.lines == [
            "  Имя               ",
            "────────────────────",
            "Нет строк           ",
            "                    ",
            "                 0/0",
        ])
        #expect(buffer[0, 2].style == Theme.standard.style(.muted))
        #expect(grid.markedIDs.isEmpty)
        #expect(grid.cursorRow() == nil)
    }

    @Test("The filter line shows what is typed, with the cursor after it")
    func filterLine() {
        var grid = sampleGrid()
        grid.pressWidgetKeys(.character("/"), .character("р"), .character("о"), .character("м"), .character("а"))
        let buffer = grid.renderedForTest(size)
        #expect(buffer.lines[2] == "  ООО «Ромашка»          Москва          1200.00")
        #expect(buffer.lines[3] == "                                                ")
        #expect(buffer.lines[8] == "Filter: рома_                                1/1")
        #expect(grid.cursorPosition(in: Rect(size: size)) == Point(x: 12, y: 8))
        grid.pressWidgetKeys(.enter)
        #expect(grid.renderedForTest(size).lines[8] == "Filter: рома                                 1/1")
        #expect(grid.cursorPosition(in: Rect(size: size)) == nil)
    }
}

import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("Grid cursor, marks, filter and keys")
struct GridNavigationTests {
    init() {
        TestLocale.useUTF8()
    }

    private let columns = [
        GridColumn(id: "name", title: "Name"),
        GridColumn(id: "balance", title: "Balance", width: .fixed(8), alignment: .trailing),
    ]

    private func grid(rows: Int, height: Int = 13) -> Grid<ArrayGridSource> {
        var grid = Grid(columns: columns, source: GridSamples.numbered(rows))
        grid.resize(to: Size(width: 30, height: height))
        return grid
    }

    @Test("The cursor stops at both ends; vim keys move like the arrows")
    func ends() {
        var grid = grid(rows: 25)
        grid.pressWidgetKeys(.up, .character("k"), .pageUp)
        #expect(grid.cursorIndex == 0)
        #expect(grid.topIndex == 0)
        grid.pressWidgetKeys(.character("G"))
        #expect(grid.cursorIndex == 24)
        #expect(grid.topIndex == 15)
        grid.pressWidgetKeys(.down, .character("j"), .pageDown)
        #expect(grid.cursorIndex == 24)
        #expect(grid.topIndex == 15)
        grid.pressWidgetKeys(.character("g"))
        #expect(grid.cursorIndex == 0)
        #expect(grid.topIndex == 0)
    }

    @Test("Moving below the page scrolls by one row; paging keeps the cursor's place on screen")
    func scrolling() {
        var grid = grid(rows: 25)
        for _ in 0..<10 { grid.pressWidgetKeys(.down) }
        #expect(grid.cursorIndex == 10)
        #expect(grid.topIndex == 1)
        grid.pressWidgetKeys(.pageDown)
        #expect(grid.cursorIndex == 20)
        #expect(grid.topIndex == 11)
        grid.pressWidgetKeys(.pageDown)
        #expect(grid.cursorIndex == 24)
        #expect(grid.topIndex == 15)
        grid.pressWidgetKeys(.pageUp)
        #expect(grid.cursorIndex == 14)
        #expect(grid.topIndex == 5)
        grid.pressWidgetKeys(.up, .up, .up, .up, .up, .up)
        #expect(grid.cursorIndex == 8)
        #expect(grid.topIndex == 5)
    }

    @Test("Fewer rows than a page: End stays on the first page")
    func shortList() {
        var grid = grid(rows: 3)
        grid.pressWidgetKeys(.end, .pageDown)
        #expect(grid.cursorIndex == 2)
        #expect(grid.topIndex == 0)
    }

    @Test("Shrinking keeps the cursor visible; a render taller or shorter than the last resize too")
    func resizing() {
        var grid = grid(rows: 25)
        grid.pressWidgetKeys(.pageDown, .down, .down, .down, .down, .down, .down, .down, .down, .down)
        #expect(grid.cursorIndex == 19)
        #expect(grid.topIndex == 10)
        grid.resize(to: Size(width: 30, height: 8))
        #expect(grid.pageHeight == 5)
        #expect(grid.topIndex == 15)
        let short = grid.renderedForTest(Size(width: 30, height: 5))
        #expect(short.lines[2] == "  Row 18                 18.00")
        #expect(short.lines[3] == "  Row 19                 19.00")
        let tall = grid.renderedForTest(Size(width: 30, height: 30))
        #expect(tall.lines[2] == "  Row 0                   0.00")
        #expect(tall.lines[21] == "  Row 19                 19.00")
    }

    @Test("Marks survive scrolling, filtering and sorting; the count shows on the bottom line")
    func marksSurvive() {
        var grid = grid(rows: 25)
        grid.pressWidgetKeys(.character(" "), .character(" "))
        #expect(grid.markedIDs == ["r0", "r1"])
        #expect(grid.cursorIndex == 2)
        grid.pressWidgetKeys(.pageDown, .pageDown, .home)
        #expect(grid.renderedForTest(Size(width: 30, height: 13)).lines[2...3] == [
            "✓ Row 0                   0.00", "✓ Row 1                   1.00",
        ])
        grid.pressWidgetKeys(.character("/"), .character("1"), .character("2"))
        #expect(grid.rowCount == 1)
        let filtered = grid.renderedForTest(Size(width: 30, height: 13))
        #expect(filtered.lines[2] == "  Row 12                 12.00")
        #expect(filtered.lines[12] == "Filter: 12_      2 marked  1/1")
        grid.pressWidgetKeys(.escape, .character("s"), .character("s"))
        #expect(grid.query == GridQuery(filter: "", sort: GridSort(columnID: "name", direction: .descending)))
        grid.pressWidgetKeys(.end)
        let sorted = grid.renderedForTest(Size(width: 30, height: 13))
        #expect(sorted.lines[11] == "✓ Row 0                   0.00")
        #expect(grid.markedIDs == ["r0", "r1"])
    }

    @Test("Space unmarks a marked row; mark all marks the filtered rows; clear marks empties the set")
    func markAllAndClear() {
        var grid = grid(rows: 25)
        grid.pressWidgetKeys(.character(" "), .up, .character(" "))
        #expect(grid.markedIDs.isEmpty)
        grid.pressWidgetKeys(.character("/"), .character("2"), .enter, .character("+"))
        #expect(grid.markedIDs == ["r2", "r12", "r20", "r21", "r22", "r23", "r24"])
        grid.pressWidgetKeys(.escape)
        #expect(grid.markedIDs.count == 7)
        grid.pressWidgetKeys(.character("-"))
        #expect(grid.markedIDs.isEmpty)
    }

    @Test("Editing the filter: letters are text, Backspace deletes, Enter keeps it, Esc clears it")
    func filterKeys() {
        var grid = grid(rows: 25)
        #expect(grid.keymap.command(for: .character("j")) == GridCommand.down)
        #expect(grid.keymap.command(for: .escape) == nil)
        grid.pressWidgetKeys(.function(3))
        #expect(grid.acceptsTypedText)
        for key in ["j", "k", "g", "G", "s", " ", "+", "/"] {
            #expect(grid.keymap.command(for: .character(Character(key))) == nil)
        }
        grid.pressWidgetKeys(.character("R"), .character("o"), .character("w"), .character(" "), .character("9"),
                             .character("x"), .backspace)
        #expect(grid.query.filter == "Row 9")
        #expect(grid.rowCount == 1)
        grid.pressWidgetKeys(.enter)
        #expect(!grid.isEditingFilter)
        #expect(grid.query.filter == "Row 9")
        #expect(grid.keymap.command(for: .escape) == GridCommand.clearFilter)
        grid.pressWidgetKeys(.escape)
        #expect(grid.query.filter.isEmpty)
        #expect(grid.rowCount == 25)
        #expect(grid.perform(GridCommand.clearFilter) == .ignored)
    }

    @Test("Every grid command has a table entry; the help bar shows Space, F3 and F6")
    func commandTable() {
        let grid = grid(rows: 3)
        let ids = Set(GridCommand.table.map(\.id))
        for binding in grid.keymap.bindings { #expect(ids.contains(binding.command)) }
        let helpBar = grid.keymap.bindings.filter(\.showsInHelpBar).map(\.key.label)
        #expect(helpBar == ["Space", "F3", "F6"])
        #expect(grid.keymap.keys(for: GridCommand.home) == [.home, .character("g")])
        #expect(ids.count == GridCommand.table.count)
    }

    @Test("Column widths: fixed first, minimums, then shares of what is left")
    func columnWidths() {
        let columns = [
            GridColumn(id: "a", title: "A", width: .flexible(minimum: 4, share: 2)),
            GridColumn(id: "b", title: "B", width: .fixed(5)),
            GridColumn(id: "c", title: "C", width: .flexible(minimum: 2, share: 1)),
        ]
        #expect(GridColumn.widths(of: columns, fitting: 21) == [11, 5, 5])
        #expect(GridColumn.widths(of: columns, fitting: 11) == [4, 5, 2])
        #expect(GridColumn.widths(of: columns, fitting: 6) == [4, 5, 2])
    }
}

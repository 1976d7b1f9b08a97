import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("Grid paging over a million rows")
struct GridPagingTests {
    init() {
        TestLocale.useUTF8()
    }

    private let size = Size(width: 40, height: 13)  // ten data rows
    private let columns = [
        GridColumn(id: "name", title: "Name"),
        GridColumn(id: "balance", title: "Balance", width: .fixed(12), alignment: .trailing),
    ]

    @Test("Moving fetches nothing; each render fetches only the visible rows, in one request")
    func fetchesOnlyVisibleRows() {
        let source = CountingGridSource(size: 1_000_000)
        var grid = Grid(columns: columns, source: source)
        grid.resize(to: size)
        #expect(source.countRequests == [GridQuery()])
        #expect(source.fetches.isEmpty)

        _ = grid.renderedForTest(size)
        #expect(source.fetches == [0..<10])

        source.forgetRequests()
        for _ in 0..<1000 { grid.pressWidgetKeys(.pageDown) }
        #expect(source.fetches.isEmpty)
        #expect(source.countRequests.isEmpty)
        #expect(grid.cursorIndex == 10_000)
        let paged = grid.renderedForTest(size)
        #expect(source.fetches == [10_000..<10_010])
        #expect(paged.line(2).hasPrefix("  Customer 10000 "))
        #expect(paged.line(12).hasSuffix("10001/1000000"))

        source.forgetRequests()
        grid.pressWidgetKeys(.end)
        let last = grid.renderedForTest(size)
        #expect(source.fetches == [999_990..<1_000_000])
        #expect(last.line(11).hasPrefix("  Customer 999999 "))
        #expect(last.line(12).hasSuffix("1000000/1000000"))

        source.forgetRequests()
        grid.pressWidgetKeys(.home)
        _ = grid.renderedForTest(size)
        #expect(source.fetches == [0..<10])
        #expect(source.countRequests.isEmpty)
    }

    @Test("A filter change asks for the count once per keystroke and then one page")
    func filterChange() {
        let source = CountingGridSource(size: 1_000_000)
        var grid = Grid(columns: columns, source: source)
        grid.resize(to: size)
        grid.pressWidgetKeys(.end)
        source.forgetRequests()

        grid.pressWidgetKeys(.character("/"), .character("7"), .character("7"))
        #expect(source.countRequests == [GridQuery(filter: "7"), GridQuery(filter: "77")])
        #expect(source.fetches.isEmpty)
        #expect(grid.rowCount == 100_000)
        #expect(grid.cursorIndex == 0)
        let buffer = grid.renderedForTest(size)
        #expect(source.fetches == [0..<10])
        #expect(buffer.line(12) == "Filter: 77_                     1/100000")

        source.forgetRequests()
        grid.pressWidgetKeys(.escape)
        #expect(source.countRequests == [GridQuery()])
        #expect(grid.rowCount == 1_000_000)
        #expect(!grid.isEditingFilter)
    }

    @Test("Marking asks for the one cursor row; sorting asks for no count")
    func markingAndSorting() {
        let source = CountingGridSource(size: 1_000_000)
        var grid = Grid(columns: columns, source: source)
        grid.resize(to: size)
        for _ in 0..<500 { grid.pressWidgetKeys(.pageDown) }
        source.forgetRequests()
        grid.pressWidgetKeys(.character(" "))
        #expect(source.fetches == [5000..<5001])
        #expect(grid.markedIDs == ["5000"])
        grid.pressWidgetKeys(.character("s"))
        #expect(source.countRequests.isEmpty)
        #expect(grid.query.sort == GridSort(columnID: "name", direction: .ascending))
        #expect(grid.cursorIndex == 0)
    }
}

/// A scrolling table over a paged data source, with a cursor row, marks, filter-as-you-type
/// and sorting.
///
/// The grid keeps only its state (query, cached row count, cursor, scroll position, marked ids);
/// rows are fetched from `source` when rendering, and only the visible ones. Movement never
/// fetches rows, so paging through a million rows costs one page per frame.
///
/// Paging needs the number of visible rows: call `resize(to:)` with the grid's area size when it
/// changes. Rendering into a different height still keeps the cursor visible.
public struct Grid<Source: GridDataSource> {
    /// The columns, left to right; each row's cells are in this order.
    public let columns: [GridColumn]
    /// Where the rows come from. After changing the data behind it, call `reload()`.
    public var source: Source
    /// The texts the grid shows (no rows, filter prompt, marked count, glyphs).
    public var strings: GridStrings
    /// Whether rows can be marked (a mark column and the mark commands).
    public let allowsMarking: Bool
    /// The filter and sort the source receives.
    public private(set) var query = GridQuery()
    /// The rows matching `query`, as the source last said.
    public private(set) var rowCount: Int
    /// The position of the cursor row in `0..<rowCount` (0 when there are no rows).
    public private(set) var cursorIndex = 0
    /// The position of the first visible row.
    public private(set) var topIndex = 0
    /// How many rows fit between the header and the bottom line.
    public private(set) var pageHeight: Int
    /// The ids of marked rows; they stay marked while scrolling, filtering and sorting.
    public private(set) var markedIDs: Set<String> = []
    /// Whether typed characters edit the filter (after `grid.filter`, until Enter or Esc).
    public private(set) var isEditingFilter = false

    /// A grid over `source`, showing `pageHeight` rows until `resize(to:)` says otherwise.
    public init(
        columns: [GridColumn], source: Source, strings: GridStrings = GridStrings(),
        allowsMarking: Bool = true, pageHeight: Int = 20
    ) {
        self.columns = columns
        self.source = source
        self.strings = strings
        self.allowsMarking = allowsMarking
        self.pageHeight = max(1, pageHeight)
        self.rowCount = max(0, source.rowCount(matching: GridQuery()))
    }

    /// Whether printable keys are text for the grid (the filter is being edited): the key loop
    /// should then give them to `handleUnbound` before any lower keymap layer sees them.
    public var acceptsTypedText: Bool { isEditingFilter }

    /// Adapts paging to an area of `size` cells (the header, the rule and the bottom line take
    /// three rows).
    public mutating func resize(to size: Size) {
        pageHeight = max(1, Self.dataHeight(forHeight: size.height))
        scrollCursorIntoView()
    }

    /// Asks the source for the row count again (after its data changed) and keeps the cursor in
    /// range.
    public mutating func reload() {
        rowCount = max(0, source.rowCount(matching: query))
        moveCursor(to: cursorIndex)
    }

    /// The row under the cursor (one fetch of one row), or nil when there are no rows.
    public func cursorRow() -> GridRow? {
        guard rowCount > 0 else { return nil }
        return source.rows(in: cursorIndex..<(cursorIndex + 1), matching: query).first
    }

    // MARK: Moving

    /// Moves the cursor to `index` (clamped to the rows) and scrolls it into view.
    public mutating func moveCursor(to index: Int) {
        cursorIndex = max(0, min(index, rowCount - 1))
        scrollCursorIntoView()
    }

    /// Moves the cursor by `delta` rows.
    public mutating func moveCursor(by delta: Int) {
        moveCursor(to: cursorIndex + delta)
    }

    /// Scrolls by `pages` pages, the cursor keeping its place on the screen where it can.
    public mutating func scroll(byPages pages: Int) {
        topIndex = clampedTop(topIndex + pages * pageHeight, height: pageHeight)
        moveCursor(to: cursorIndex + pages * pageHeight)
    }

    private mutating func scrollCursorIntoView() {
        topIndex = Self.top(keeping: cursorIndex, visibleFrom: topIndex, height: pageHeight, rowCount: rowCount)
    }

    private func clampedTop(_ top: Int, height: Int) -> Int {
        max(0, min(top, rowCount - height))
    }

    /// The first visible row when `height` rows show: `top` moved as little as possible to show
    /// `cursor`, and never past the last page.
    static func top(keeping cursor: Int, visibleFrom top: Int, height: Int, rowCount: Int) -> Int {
        var top = top
        if cursor < top { top = cursor }
        if cursor >= top + height { top = cursor - height + 1 }
        return max(0, min(top, rowCount - height))
    }

    /// The data rows of an area `height` rows high (header, rule and bottom line excluded).
    static func dataHeight(forHeight height: Int) -> Int {
        height >= 4 ? height - 3 : max(0, height - 2)
    }

    // MARK: Filtering and sorting

    /// Replaces the filter: the source counts the matching rows again and the cursor goes to the
    /// first row. Marks are kept.
    public mutating func setFilter(_ text: String) {
        guard text != query.filter else { return }
        query.filter = text
        rowCount = max(0, source.rowCount(matching: query))
        cursorIndex = 0
        topIndex = 0
    }

    /// Starts editing the filter: typed characters go into it.
    public mutating func beginFilterEditing() {
        isEditingFilter = true
    }

    /// Stops editing the filter, keeping it.
    public mutating func endFilterEditing() {
        isEditingFilter = false
    }

    /// Clears the filter and stops editing it.
    public mutating func clearFilter() {
        isEditingFilter = false
        setFilter("")
    }

    /// Sorts by `sort` (nil: the source's order); the cursor goes to the first row. The row
    /// count is not asked again, since sorting does not change it.
    public mutating func setSort(_ sort: GridSort?) {
        guard sort != query.sort else { return }
        query.sort = sort
        cursorIndex = 0
        topIndex = 0
    }

    /// The next sort in the cycle: each sortable column ascending, then descending, then the
    /// next column; after the last column's descending sort, the source's own order.
    public func nextSort() -> GridSort? {
        let sortable = columns.filter(\.isSortable).map(\.id)
        guard let current = query.sort, let position = sortable.firstIndex(of: current.columnID) else {
            return sortable.first.map { GridSort(columnID: $0, direction: .ascending) }
        }
        if current.direction == .ascending {
            return GridSort(columnID: current.columnID, direction: .descending)
        }
        let next = position + 1
        return next < sortable.count ? GridSort(columnID: sortable[next], direction: .ascending) : nil
    }

    // MARK: Marking

    /// Marks or unmarks the cursor row, then moves the cursor down (to mark a run of rows).
    public mutating func toggleMarkAtCursor() {
        guard allowsMarking, let row = cursorRow() else { return }
        if markedIDs.remove(row.id) == nil { markedIDs.insert(row.id) }
        moveCursor(by: 1)
    }

    /// Marks every row matching the current filter (rows marked before stay marked).
    public mutating func markAll() {
        guard allowsMarking else { return }
        markedIDs.formUnion(source.rowIDs(matching: query))
    }

    /// Unmarks every row, including rows the filter hides.
    public mutating func clearMarks() {
        markedIDs.removeAll()
    }
}

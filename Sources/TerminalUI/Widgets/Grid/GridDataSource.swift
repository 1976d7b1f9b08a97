/// Which way a sorted column runs.
public enum SortDirection: Hashable, Sendable {
    case ascending, descending
}

/// The column a grid is sorted by, and the direction.
public struct GridSort: Hashable, Sendable {
    /// The `GridColumn.id` of the sorted column.
    public var columnID: String
    public var direction: SortDirection

    public init(columnID: String, direction: SortDirection) {
        self.columnID = columnID
        self.direction = direction
    }
}

/// What a grid asks its data source for: the filter text typed by the user and the sort.
///
/// The grid owns the query and passes it with every request, so a source needs no state of its
/// own: a database-backed source turns the query into `WHERE … LIKE ? ORDER BY …`.
public struct GridQuery: Hashable, Sendable {
    /// The filter text as typed; empty means every row.
    public var filter: String
    /// The sort; nil means the source's natural order.
    public var sort: GridSort?

    public init(filter: String = "", sort: GridSort? = nil) {
        self.filter = filter
        self.sort = sort
    }
}

/// One row of a grid: a stable identity (marks follow it through scrolling and filtering) and
/// its cells as display strings, one per column.
public struct GridRow: Hashable, Sendable {
    public var id: String
    public var cells: [String]

    public init(id: String, cells: [String]) {
        self.id = id
        self.cells = cells
    }
}

/// Where a grid's rows come from, one page at a time.
///
/// The grid asks `rowCount(matching:)` when it is created, when the filter changes and on
/// `Grid.reload()`; it asks `rows(in:matching:)` for the visible rows only, once per render, and
/// for the single cursor row when a mark is toggled; it asks `rowIDs(matching:)` only for
/// "mark all". Requests are synchronous and the range is always within `0..<rowCount`.
public protocol GridDataSource {
    /// How many rows match `query`.
    func rowCount(matching query: GridQuery) -> Int
    /// The rows at positions `range` of the rows matching `query`, in the query's order.
    /// Returning fewer rows than asked is allowed (the data changed underneath).
    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow]
    /// The ids of every row matching `query` ("mark all"). The default pages through
    /// `rows(in:matching:)`; a database source should select the ids alone.
    func rowIDs(matching query: GridQuery) -> [String]
}

extension GridDataSource {
    public func rowIDs(matching query: GridQuery) -> [String] {
        let count = rowCount(matching: query)
        let pageSize = 1_000
        return stride(from: 0, to: count, by: pageSize).flatMap { start in
            rows(in: start..<min(start + pageSize, count), matching: query).map(\.id)
        }
    }
}

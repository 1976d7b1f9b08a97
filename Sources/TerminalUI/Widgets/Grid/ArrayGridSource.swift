/// A grid data source over rows held in memory, for short lists.
///
/// The filter keeps rows with a cell containing the filter text, ignoring case. Sorting
/// compares cells that read as decimal numbers (`-3`, `1234.50`) by value and others by their
/// lower-case text; equal cells keep their original order.
public struct ArrayGridSource: GridDataSource, Sendable {
    /// The column ids, in the order of the cells of each row (to find the sorted cell).
    public var columnIDs: [String]
    /// Every row, in the order shown when the grid is not sorted.
    public var allRows: [GridRow]

    public init(columnIDs: [String], rows: [GridRow]) {
        self.columnIDs = columnIDs
        self.allRows = rows
    }

    public func rowCount(matching query: GridQuery) -> Int {
        matching(query).count
    }

    public func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        let rows = matching(query)
        let clamped = range.clamped(to: 0..<rows.count)
        return Array(rows[clamped])
    }

    /// The rows `query` keeps, in its order.
    public func matching(_ query: GridQuery) -> [GridRow] {
        let needle = query.filter.lowercased()
        let kept = needle.isEmpty
            ? allRows : allRows.filter { row in row.cells.contains { $0.lowercased().contains(needle) } }
        guard let sort = query.sort, let column = columnIDs.firstIndex(of: sort.columnID) else {
            return kept
        }
        let sign = sort.direction == .ascending ? 1 : -1
        return kept.enumerated().sorted { left, right in
            let order = sign * Self.compare(left.element.cell(column), right.element.cell(column))
            return order == 0 ? left.offset < right.offset : order < 0
        }.map(\.element)
    }

    /// -1, 0 or 1: numbers by value, other text by its lower case.
    private static func compare(_ left: String, _ right: String) -> Int {
        if let leftNumber = MoneyText.minorUnits(from: left), let rightNumber = MoneyText.minorUnits(from: right) {
            return leftNumber == rightNumber ? 0 : (leftNumber < rightNumber ? -1 : 1)
        }
        let leftText = left.lowercased()
        let rightText = right.lowercased()
        return leftText == rightText ? 0 : (leftText < rightText ? -1 : 1)
    }
}

extension GridRow {
    fileprivate func cell(_ index: Int) -> String {
        index < cells.count ? cells[index] : ""
    }
}

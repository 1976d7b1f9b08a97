/// A column of a grid: what it is called, how wide it is, how its cells align and whether it
/// can be sorted by.
public struct GridColumn: Hashable, Sendable {
    /// How a column's width is decided.
    public enum Width: Hashable, Sendable {
        /// Exactly this many columns.
        case fixed(Int)
        /// At least `minimum` columns, plus `share` parts of the space left over (shared with the
        /// other flexible columns in proportion to their shares).
        case flexible(minimum: Int, share: Int = 1)
    }

    /// The key the data source receives in `GridSort.columnID` (a database column, say).
    public var id: String
    /// The header text.
    public var title: String
    public var width: Width
    /// `.trailing` for numbers and money.
    public var alignment: TextAlignment
    public var isSortable: Bool

    public init(
        id: String, title: String, width: Width = .flexible(minimum: 8),
        alignment: TextAlignment = .leading, isSortable: Bool = true
    ) {
        self.id = id
        self.title = title
        self.width = width
        self.alignment = alignment
        self.isSortable = isSortable
    }

    /// The widths of `columns` in `available` columns: fixed columns and the minimums first,
    /// then what is left shared by the flexible columns. The widths may add up to more than
    /// `available` when even the minimums do not fit (rows are then clipped at the right).
    public static func widths(of columns: [GridColumn], fitting available: Int) -> [Int] {
        var widths = columns.map(\.baseWidth)
        let shares = columns.map(\.share)
        let totalShare = shares.reduce(0, +)
        let spare = available - widths.reduce(0, +)
        guard spare > 0, totalShare > 0 else { return widths }
        var given = 0
        for index in columns.indices where shares[index] > 0 {
            let extra = spare * shares[index] / totalShare
            widths[index] += extra
            given += extra
        }
        // The rounding remainder goes to the flexible columns from the left, one column each.
        for index in columns.indices where shares[index] > 0 && given < spare {
            widths[index] += 1
            given += 1
        }
        return widths
    }

    private var baseWidth: Int {
        switch width {
        case .fixed(let columns): max(0, columns)
        case .flexible(let minimum, _): max(0, minimum)
        }
    }

    private var share: Int {
        if case .flexible(_, let share) = width { return max(0, share) }
        return 0
    }
}

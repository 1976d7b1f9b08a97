/// A plain-text table whose columns line up by display width, for command output and help.
public struct TextTable: Sendable {
    /// One column: its title and how its cells align.
    public struct Column: Sendable {
        public var title: String
        public var alignment: TextAlignment

        public init(_ title: String, alignment: TextAlignment = .leading) {
            self.title = title
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]]

    public init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The table as lines: a header, a rule of `─`, then the rows; columns separated by two spaces
    /// and no trailing spaces.
    public func render() -> [String] {
        let widths = columns.indices.map { index in
            rows.reduce(DisplayWidth.of(columns[index].title)) { widest, row in
                max(widest, DisplayWidth.of(index < row.count ? row[index] : ""))
            }
        }
        let header = line(columns.map(\.title), widths: widths)
        let rule = widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
        return [header, rule] + rows.map { line($0, widths: widths) }
    }

    private func line(_ cells: [String], widths: [Int]) -> String {
        let padded = columns.indices.map { index in
            DisplayWidth.pad(
                index < cells.count ? cells[index] : "", to: widths[index],
                alignment: columns[index].alignment)
        }
        return String(padded.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
    }
}

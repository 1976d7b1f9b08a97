/// Plain-text tables for printed letters, aligned by display width: a Cyrillic letter takes one
/// column, an East Asian wide character two, a combining mark none.
///
/// Letters are rendered inside the run: the common cases (ASCII, Latin, Greek and Cyrillic
/// letters) are counted without looking up Unicode properties.
enum TextColumns {
    /// The columns `text` takes on a terminal or a fixed-width page.
    static func width(of text: some StringProtocol) -> Int {
        var isASCII = true
        for byte in text.utf8 where byte >= 0x80 {
            isASCII = false
            break
        }
        if isASCII { return text.utf8.count }
        var width = 0
        for scalar in text.unicodeScalars {
            width += columns(of: scalar)
        }
        return width
    }

    private static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        switch value {
        case 0..<0x20, 0x7F..<0xA0: return 0
        case 0x20..<0x300, 0x370..<0x483, 0x48A..<0x591: return 1
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return isWide(value) ? 2 : 1
        }
    }

    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
             0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }

    /// A table's headings with their widths, worked out once for every table under them.
    struct Headings: Sendable {
        let cells: [String]
        let widths: [Int]
        /// Whether each column is numeric (right-aligned).
        let numeric: [Bool]

        init(_ cells: [String], numeric: [Bool]) {
            self.cells = cells
            widths = cells.map { TextColumns.width(of: $0) }
            self.numeric = numeric
        }
    }

    /// Appends `rows` as a table: the headings (when there are any) with a rule of `─` under
    /// them, then the rows; columns separated by two spaces, numeric ones right-aligned, no
    /// trailing spaces; each line ends with a line break.
    static func appendTable(
        _ rows: [[String]], headings: Headings, showingHeadings: Bool, to text: inout HTMLBuffer
    ) {
        var widths = showingHeadings ? headings.widths : headings.widths.map { _ in 0 }
        var cellWidths: [Int] = []
        cellWidths.reserveCapacity(rows.count * widths.count)
        for row in rows {
            for (column, cell) in row.enumerated() {
                let cellWidth = width(of: cell)
                cellWidths.append(cellWidth)
                if cellWidth > widths[column] { widths[column] = cellWidth }
            }
        }
        if showingHeadings {
            appendLine(headings.cells, headings.widths[...], widths, headings.numeric, to: &text)
            appendRule(widths, to: &text)
        }
        var start = 0
        for row in rows {
            appendLine(row, cellWidths[start..<start + row.count], widths, headings.numeric, to: &text)
            start += row.count
        }
    }

    private static func appendLine(
        _ cells: [String], _ cellWidths: ArraySlice<Int>, _ widths: [Int], _ numeric: [Bool],
        to text: inout HTMLBuffer
    ) {
        var pendingSpaces = 0
        for (column, cell) in cells.enumerated() {
            let padding = widths[column] - cellWidths[cellWidths.startIndex + column]
            if column > 0 { pendingSpaces += 2 }
            if numeric[column] { pendingSpaces += padding }
            if !cell.isEmpty {
                text.appendSpaces(pendingSpaces)
                text.append(cell)
                pendingSpaces = 0
            }
            if !numeric[column] { pendingSpaces += padding }
        }
        text.append("\n")
    }

    private static func appendRule(_ widths: [Int], to text: inout HTMLBuffer) {
        for (column, width) in widths.enumerated() {
            if column > 0 { text.appendSpaces(2) }
            text.append("─", times: width)
        }
        text.append("\n")
    }
}

/// Plain-text tables for printed letters, aligned by display width: a Cyrillic letter takes one
/// column, an East Asian wide character two, a combining mark none.
enum TextColumns {
    /// The columns `text` takes on a terminal or a fixed-width page.
    static func width(of text: some StringProtocol) -> Int {
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text.utf8.count }
        return text.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
    }

    private static func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || value == 0x7F ? 0 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        return isWide(value) ? 2 : 1
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

    /// Appends `rows` (the first being the headings) as a table: columns separated by two
    /// spaces, numeric ones right-aligned, a rule of `─` under the headings when `ruled`, no
    /// trailing spaces; each line ends with a line break.
    static func appendTable(
        _ rows: [[String]], numeric: [Bool], ruled: Bool, to text: inout HTMLBuffer
    ) {
        guard let headings = rows.first else { return }
        var widths = [Int](repeating: 0, count: headings.count)
        let cellWidths = rows.map { row in row.map { width(of: $0) } }
        for row in cellWidths {
            for (column, cellWidth) in row.enumerated() where cellWidth > widths[column] {
                widths[column] = cellWidth
            }
        }
        for (index, row) in rows.enumerated() {
            appendLine(row, cellWidths[index], widths, numeric, to: &text)
            if index == 0, ruled {
                appendLine(widths.map { String(repeating: "─", count: $0) }, widths, widths, numeric, to: &text)
            }
        }
    }

    private static func appendLine(
        _ cells: [String], _ cellWidths: [Int], _ widths: [Int], _ numeric: [Bool],
        to text: inout HTMLBuffer
    ) {
        var pendingSpaces = 0
        for (column, cell) in cells.enumerated() {
            let padding = widths[column] - cellWidths[column]
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
}

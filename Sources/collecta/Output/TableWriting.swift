import TerminalUI

/// Table output as bytes, laid out exactly like `TextTable.render()`: cells padded with spaces
/// to their column's display width (left or right by alignment, never cut), columns separated
/// by two spaces, no trailing spaces, a rule of `─` under the header.
struct TableText {
    /// A column shown in tables: the index of its value in a record, its title and alignment.
    struct Column {
        let valueIndex: Int
        let title: String
        let alignment: TextAlignment
    }

    let columns: [Column]
    private var widths = DisplayWidths()

    init(columns: [Column]) {
        self.columns = columns
    }

    /// The cells of one row, appended one after another to `cells`, and where each ends.
    struct Row {
        var cells = OutputBytes()
        var ends: [Int] = []

        mutating func removeAll() {
            cells.removeAll()
            ends.removeAll(keepingCapacity: true)
        }
    }

    /// The width of each column for a header and these rows, as `TextTable.render()` computes it.
    mutating func columnWidths(of rows: [Row]) -> [Int] {
        columns.indices.map { index in
            rows.reduce(widths.of(columns[index].title)) { widest, row in
                max(widest, widths.of(row.cells.bytes[cellRange(index, in: row)]))
            }
        }
    }

    /// The header line, the rule and a line break.
    mutating func appendHeader(widths columnWidths: [Int], to output: inout OutputBytes) {
        var header = Row()
        for column in columns {
            header.cells.append(column.title)
            header.ends.append(header.cells.count)
        }
        appendLine(header, widths: columnWidths, to: &output)
        for (index, width) in columnWidths.enumerated() {
            if index > 0 { output.append(byte: UInt8(ascii: " "), count: 2) }
            for _ in 0..<width { output.append("─") }
        }
        output.append(ascii: "\n")
    }

    /// One row in `columnWidths` (widened, never cut, for a wider cell) and a line break.
    mutating func appendLine(_ row: Row, widths columnWidths: [Int], to output: inout OutputBytes) {
        let start = output.count
        for (index, column) in columns.enumerated() {
            if index > 0 { output.append(byte: UInt8(ascii: " "), count: 2) }
            let cell = row.cells.bytes[cellRange(index, in: row)]
            let padding = max(0, columnWidths[index] - widths.of(cell))
            if column.alignment == .trailing { output.append(byte: UInt8(ascii: " "), count: padding) }
            cell.withUnsafeBufferPointer { output.append(contentsOf: $0) }
            if column.alignment == .leading { output.append(byte: UInt8(ascii: " "), count: padding) }
        }
        TableText.trimTrailingSpaces(of: &output, lineStart: start)
        output.append(ascii: "\n")
    }

    private func cellRange(_ index: Int, in row: Row) -> Range<Int> {
        (index == 0 ? 0 : row.ends[index - 1])..<row.ends[index]
    }

    /// Removes the spaces that end the line from `lineStart`, as `String` does when it drops
    /// trailing `" "` characters. A space after an ASCII byte is a character of its own; after
    /// other text it might belong to the character before it, so `String` decides.
    static func trimTrailingSpaces(of output: inout OutputBytes, lineStart: Int) {
        let space = UInt8(ascii: " ")
        var end = output.count
        while end > lineStart, output.bytes[end - 1] == space {
            guard end - 1 == lineStart || output.bytes[end - 2] < 0x80 else {
                var line = String(decoding: output.suffix(from: lineStart), as: UTF8.self)
                while line.last == " " { line.removeLast() }
                output.truncate(to: lineStart)
                output.append(line)
                return
            }
            end -= 1
        }
        output.truncate(to: end)
    }
}

/// Display widths of cells: ASCII text counted byte by byte, other text measured by
/// `DisplayWidth` and remembered (table cells repeat: step descriptions, hierarchy names).
struct DisplayWidths {
    private static let rememberedLimit = 4096
    private var remembered: [String: Int] = [:]

    mutating func of(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { of(ArraySlice($0)) }
    }

    mutating func of(_ bytes: ArraySlice<UInt8>) -> Int {
        var width = 0
        for byte in bytes {
            guard byte < 0x80 else { return ofUnicode(String(decoding: bytes, as: UTF8.self)) }
            // wcwidth: printable ASCII takes one column, controls none.
            if byte >= 0x20 && byte < 0x7F { width += 1 }
        }
        return width
    }

    private mutating func ofUnicode(_ text: String) -> Int {
        if let width = remembered[text] { return width }
        let width = DisplayWidth.of(text)
        if remembered.count < Self.rememberedLimit { remembered[text] = width }
        return width
    }
}

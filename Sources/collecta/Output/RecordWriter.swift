import Foundation
import TerminalUI

/// Prints records of one kind to standard output, page by page, as a table, a JSON array or CSV.
///
/// Each page is written as soon as it is given, in one write, so a command can stream any number
/// of rows without holding them: JSON opens the array with the first page and closes it in
/// `finish()`; CSV writes its header first; a table takes its column widths from the header and
/// the first page (a later, wider cell widens its own row only, nothing is cut).
///
/// ```swift
/// var writer = RecordWriter<HistoryRow>(format: options.format)
/// try writer.write(page)        // as many times as there are pages
/// try writer.finish()           // always: an empty result prints `[]`, a header…
/// ```
struct RecordWriter<Record: OutputRecord> {
    private let format: OutputFormat
    private let sink: (ArraySlice<UInt8>) -> Void
    private var output = OutputBytes()
    private var wroteRecord = false
    private var wroteHeader = false
    /// JSON: how a record is written, and its keys (for CSV's header).
    private let layout: JSONObjectLayout
    private let keys: [String]
    private var table: TableText
    private var widths: [Int]?
    private var row = TableText.Row()

    /// A writer to `sink` (standard output by default), which is given each page's bytes.
    init(format: OutputFormat, sink: @escaping (ArraySlice<UInt8>) -> Void = StandardOutput.write(bytes:)) {
        self.format = format
        self.sink = sink
        keys = Record.columns.map(\.key)
        layout = JSONObjectLayout(keys: keys, level: 1)
        table = TableText(columns: Record.columns.enumerated().compactMap { index, column in
            column.title.map { TableText.Column(valueIndex: index, title: $0, alignment: column.alignment) }
        })
        if format == .table { TableLayout.prepare() }
    }

    /// Prints `records`.
    mutating func write(_ records: [Record]) throws {
        guard !records.isEmpty else { return }
        switch format {
        case .table: writeTable(records)
        case .json: writeJSON(records)
        case .csv: writeCSV(records)
        }
        flush()
    }

    /// Ends the output: closes the JSON array; prints the header of an empty table or CSV.
    mutating func finish() throws {
        switch format {
        case .table where widths == nil: writeTable([])
        case .json: output.append(wroteRecord ? "\n]\n" : "[]\n")
        case .csv where !wroteHeader: writeCSV([])
        default: break
        }
        flush()
    }

    private mutating func flush() {
        guard !output.isEmpty else { return }
        sink(output.bytes[...])
        output.removeAll()
    }

    // MARK: Table

    private mutating func writeTable(_ records: [Record]) {
        if let widths {
            for record in records {
                fillRow(with: record.values)
                table.appendLine(row, widths: widths, to: &output)
            }
            return
        }
        let rows = records.map { record in
            fillRow(with: record.values)
            return row
        }
        let widths = table.columnWidths(of: rows)
        table.appendHeader(widths: widths, to: &output)
        for row in rows { table.appendLine(row, widths: widths, to: &output) }
        self.widths = widths
    }

    /// Sets `row` to the table cells of `values`.
    private mutating func fillRow(with values: [OutputValue]) {
        row.removeAll()
        for column in table.columns {
            row.cells.appendCell(values[column.valueIndex], listSeparator: ", ")
            row.ends.append(row.cells.count)
        }
    }

    // MARK: JSON

    private mutating func writeJSON(_ records: [Record]) {
        for record in records {
            output.append(wroteRecord ? ",\n" : "[\n")
            output.appendIndent(1)
            output.appendJSON(values: record.values, layout: layout)
            wroteRecord = true
        }
    }

    // MARK: CSV

    private mutating func writeCSV(_ records: [Record]) {
        if !wroteHeader {
            for (index, key) in keys.enumerated() {
                if index > 0 { output.append(ascii: ",") }
                output.appendCSVField { $0.append(key) }
            }
            output.append(ascii: "\n")
            wroteHeader = true
        }
        for record in records {
            for (index, value) in record.values.enumerated() {
                if index > 0 { output.append(ascii: ",") }
                output.appendCSVField { $0.appendCell(value, listSeparator: ";") }
            }
            output.append(ascii: "\n")
        }
    }
}

extension OutputBytes {
    /// The text of `value` in a table cell or CSV field (see `OutputValue`), as `tableCell` and
    /// `csvField` give it.
    mutating func appendCell(_ value: OutputValue, listSeparator: String) {
        switch value {
        case .text(let text): text.map { append($0) }
        case .integer(let number): number.map { append(integer: $0) }
        case .boolean(let flag): flag.map { append($0 ? "yes" : "no") }
        case .date(let date): date.map { append(date: $0) }
        case .money(let amount): amount.map { append(money: $0) }
        case .decimal(let number, let digits):
            if let number, number.isFinite { append(String(format: "%.*f", digits, number)) }
        case .list(let items):
            for (index, item) in items.enumerated() {
                if index > 0 { append(listSeparator) }
                append(item)
            }
        case .object, .objects: break
        }
    }

    /// A CSV field written by `body`, quoted when it holds a quote, a comma or a line break
    /// (quotes doubled), as `CSVOutput` writes fields.
    mutating func appendCSVField(_ body: (inout OutputBytes) -> Void) {
        let start = count
        body(&self)
        let quote = UInt8(ascii: "\"")
        // The quoted field is made before the buffer changes: a slice of it kept across the
        // change would copy the whole page.
        let quoted = withUnsafeBytes { bytes -> [UInt8]? in
            let field = UnsafeBufferPointer(rebasing: bytes[start...])
            guard field.contains(where: { $0 == quote || $0 == UInt8(ascii: ",") || $0 == 0x0A || $0 == 0x0D })
            else { return nil }
            var quoted: [UInt8] = [quote]
            quoted.reserveCapacity(field.count + 8)
            for byte in field {
                quoted.append(byte)
                if byte == quote { quoted.append(quote) }
            }
            quoted.append(quote)
            return quoted
        }
        guard let quoted else { return }
        truncate(to: start)
        quoted.withUnsafeBufferPointer { append(contentsOf: $0) }
    }
}

/// Table layout shared by the record writer and single-object outputs.
enum TableLayout {
    /// Whether the locale is UTF-8; set up once, before any width is measured.
    private static let usesUTF8Locale = DisplayWidth.useEnvironmentLocale()

    /// Adopts the environment's locale for display widths (once per process).
    static func prepare() {
        _ = usesUTF8Locale
    }
}

import CollectaStore
import Foundation
import TerminalUI

/// Prints records of one kind to standard output, page by page, as a table, a JSON array or CSV.
///
/// Each page is written as soon as it is given, so a command can stream any number of rows
/// without holding them: JSON opens the array with the first page and closes it in `finish()`;
/// CSV writes its header first; a table takes its column widths from the header and the first
/// page (a later, wider cell widens its own row only, nothing is cut).
///
/// ```swift
/// var writer = RecordWriter<HistoryRow>(format: options.format)
/// try writer.write(page)        // as many times as there are pages
/// try writer.finish()           // always: an empty result prints `[]`, a header…
/// ```
struct RecordWriter<Record: OutputRecord> {
    private let format: OutputFormat
    private let sink: (String) -> Void
    private var widths: [Int]?
    private var wroteRecord = false
    private var wroteHeader = false

    /// A writer to `sink` (standard output by default).
    init(format: OutputFormat, sink: @escaping (String) -> Void = StandardOutput.write) {
        self.format = format
        self.sink = sink
        if format == .table { TableLayout.prepare() }
    }

    /// Prints `records`.
    mutating func write(_ records: [Record]) throws {
        guard !records.isEmpty else { return }
        switch format {
        case .table: writeTable(records)
        case .json: try writeJSON(records)
        case .csv: try writeCSV(records)
        }
    }

    /// Ends the output: closes the JSON array; prints the header of an empty table or CSV.
    mutating func finish() throws {
        switch format {
        case .table where widths == nil: writeTable([])
        case .json: sink(wroteRecord ? "\n]\n" : "[]\n")
        case .csv where !wroteHeader: try writeCSV([])
        default: break
        }
    }

    // MARK: Table

    private var tableColumns: [(index: Int, column: TextTable.Column)] {
        Record.columns.enumerated().compactMap { index, column in
            column.title.map { (index, TextTable.Column($0, alignment: column.alignment)) }
        }
    }

    private mutating func writeTable(_ records: [Record]) {
        let columns = tableColumns
        let rows = records.map { record in
            let values = record.values
            return columns.map { values[$0.index].tableCell }
        }
        if let widths {
            sink(rows.map { TableLayout.line($0, widths: widths, columns.map(\.column)) }
                .joined(separator: "\n") + "\n")
            return
        }
        let table = TextTable(columns: columns.map(\.column), rows: rows)
        widths = TableLayout.widths(of: table)
        sink(table.render().joined(separator: "\n") + "\n")
    }

    // MARK: JSON

    private mutating func writeJSON(_ records: [Record]) throws {
        var text = ""
        for record in records {
            text += wroteRecord ? ",\n" : "[\n"
            text += try JSONText.encode(record.object).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
            wroteRecord = true
        }
        sink(text)
    }

    // MARK: CSV

    private mutating func writeCSV(_ records: [Record]) throws {
        var data = Data()
        var csv = CSVOutput { data.append($0) }
        if !wroteHeader {
            try csv.write(row: Record.columns.map(\.key))
            wroteHeader = true
        }
        for record in records {
            try csv.write(row: record.values.map(\.csvField))
        }
        try csv.flush()
        sink(String(decoding: data, as: UTF8.self))
    }
}

/// Table layout helpers shared by the record writer and single-object outputs.
enum TableLayout {
    /// Whether the locale is UTF-8; set up once, before any width is measured.
    private static let usesUTF8Locale = DisplayWidth.useEnvironmentLocale()

    /// Adopts the environment's locale for display widths (once per process).
    static func prepare() {
        _ = usesUTF8Locale
    }

    /// The width of each column of `table`, as `TextTable.render()` lays them out.
    static func widths(of table: TextTable) -> [Int] {
        table.columns.indices.map { index in
            table.rows.reduce(DisplayWidth.of(table.columns[index].title)) { widest, row in
                max(widest, DisplayWidth.of(index < row.count ? row[index] : ""))
            }
        }
    }

    /// One row laid out like `TextTable.render()`, in `widths` (widened, never cut, for a cell
    /// that is wider), without trailing spaces.
    static func line(_ cells: [String], widths: [Int], _ columns: [TextTable.Column]) -> String {
        let padded = columns.indices.map { index in
            let cell = index < cells.count ? cells[index] : ""
            return DisplayWidth.pad(
                cell, to: max(widths[index], DisplayWidth.of(cell)), alignment: columns[index].alignment)
        }
        var text = padded.joined(separator: "  ")
        while text.last == " " { text.removeLast() }
        return text
    }
}

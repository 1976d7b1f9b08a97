import CollectaCore
import CollectaStore
import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@testable import collecta

/// Table and CSV output against the `TextTable` and `CSVOutput` they were written with before.
@Suite("Table and CSV output: as TextTable and CSVOutput write them")
struct TableAndCSVWritingTests {
    @Test("a table's first page is TextTable's rendering; later pages keep its widths")
    func table() throws {
        TestLocale.useUTF8()
        let records = SampleRecord.samples
        var output = ""
        var writer = RecordWriter<SampleRecord>(format: .table) { output += String(decoding: $0, as: UTF8.self) }
        try writer.write(Array(records.prefix(2)))
        try writer.write(Array(records.dropFirst(2)))
        try writer.finish()
        #expect(output == expectedTable(pages: [Array(records.prefix(2)), Array(records.dropFirst(2))]))
    }

    @Test("an empty table is its header and rule")
    func emptyTable() throws {
        var output = ""
        var writer = RecordWriter<SampleRecord>(format: .table) { output += String(decoding: $0, as: UTF8.self) }
        try writer.finish()
        #expect(output == expectedTable(pages: []))
    }

    @Test("trailing blanks go, but not a blank joined to the character before it")
    func trailingBlanks() {
        for line in ["abc   ", "   ", "", "Счёт  ", "\u{600} ", "x\u{600}  ", "a \u{301} "] {
            var bytes = OutputBytes()
            bytes.append("prefix\n")
            bytes.append(line)
            TableText.trimTrailingSpaces(of: &bytes, lineStart: 7)
            var expected = line
            while expected.last == " " { expected.removeLast() }
            #expect(String(decoding: bytes.bytes, as: UTF8.self) == "prefix\n" + expected)
        }
    }

    @Test("CSV quotes fields as CSVOutput does, one header, lists joined by ';'")
    func csv() throws {
        let records = SampleRecord.samples
        var output = ""
        var writer = RecordWriter<SampleRecord>(format: .csv) { output += String(decoding: $0, as: UTF8.self) }
        try writer.write(Array(records.prefix(1)))
        try writer.write(Array(records.dropFirst(1)))
        try writer.finish()
        var data = Data()
        var csv = CSVOutput { data.append($0) }
        try csv.write(row: SampleRecord.columns.map(\.key))
        for record in records {
            try csv.write(row: record.values.map { cell($0, listSeparator: ";") })
        }
        try csv.flush()
        #expect(output == String(decoding: data, as: UTF8.self))
    }

    @Test("an empty CSV is its header")
    func emptyCSV() throws {
        var output = ""
        var writer = RecordWriter<SampleRecord>(format: .csv) { output += String(decoding: $0, as: UTF8.self) }
        try writer.write([])
        try writer.finish()
        #expect(output == "name,amount,due,count,flag,emails,note,comment\n")
    }

    @Test("numbers, dates and money are written as their String forms")
    func numbers() {
        let integers = [0, 7, -7, 10, 1_000_000, Int.max, Int.min]
        let dates = [0, -1, 20_000, 2_932_896, -719_162, -719_528, -800_000].map(LocalDate.init(daysSinceEpoch:))
        let amounts: [Int64] = [0, 1, -1, 99, 100, -100, 123_456, Int64.max, Int64.min + 1]
        for number in integers {
            #expect(text { $0.append(integer: number) } == String(number))
        }
        for date in dates {
            #expect(text { $0.append(date: date) } == date.isoString)
        }
        for minorUnits in amounts {
            let money = Money(minorUnits: minorUnits)
            #expect(text { $0.append(money: money) } == money.decimalString)
        }
    }

    private func text(_ body: (inout OutputBytes) -> Void) -> String {
        var bytes = OutputBytes()
        body(&bytes)
        return String(decoding: bytes.bytes, as: UTF8.self)
    }

    /// What the table output was: `TextTable` for the first page, then each row padded to the
    /// first page's widths (widened for a wider cell) without trailing spaces.
    private func expectedTable(pages: [[SampleRecord]]) -> String {
        let shown = SampleRecord.columns.enumerated().compactMap { index, column in
            column.title.map { (index, TextTable.Column($0, alignment: column.alignment)) }
        }
        let columns = shown.map(\.1)
        func cells(_ record: SampleRecord) -> [String] {
            shown.map { cell(record.values[$0.0], listSeparator: ", ") }
        }
        let first = TextTable(columns: columns, rows: (pages.first ?? []).map(cells))
        var text = first.render().joined(separator: "\n") + "\n"
        let widths = columns.indices.map { index in
            first.rows.reduce(DisplayWidth.of(columns[index].title)) { max($0, DisplayWidth.of($1[index])) }
        }
        for page in pages.dropFirst() {
            for record in page {
                var line = zip(cells(record), columns).enumerated().map { index, pair in
                    DisplayWidth.pad(
                        pair.0, to: max(widths[index], DisplayWidth.of(pair.0)), alignment: pair.1.alignment)
                }.joined(separator: "  ")
                while line.last == " " { line.removeLast() }
                text += line + "\n"
            }
        }
        return text
    }

    /// A value's text in a cell, as it was computed before.
    private func cell(_ value: OutputValue, listSeparator: String) -> String {
        switch value {
        case .text(let text): text ?? ""
        case .integer(let number): number.map(String.init) ?? ""
        case .boolean(let flag): flag.map { $0 ? "yes" : "no" } ?? ""
        case .date(let date): date?.isoString ?? ""
        case .money(let amount): amount?.decimalString ?? ""
        case .decimal(let number, let digits): number.map { $0.isFinite ? String(format: "%.*f", digits, $0) : "" } ?? ""
        case .list(let items): items.joined(separator: listSeparator)
        case .object, .objects: ""
        }
    }
}

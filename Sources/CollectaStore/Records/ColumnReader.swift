import CollectaCore
import GRDB

/// The current row of a statement being stepped, read column by column straight from SQLite:
/// no row is copied and no value goes through GRDB's generic decoding, which is what makes
/// reading a million invoices cheap. Only valid inside `Database.forEachRow`'s body.
struct ColumnReader {
    let statement: SQLiteStatement
    /// The table the row comes from, for error messages.
    let table: String
    /// The column holding the row's key, for error messages.
    let keyIndex: CInt

    /// A text column that is never NULL.
    func text(_ index: CInt, _ column: String) throws -> String {
        guard let text = String.fromStatement(statement, atUncheckedIndex: index) else {
            throw unreadable(column, "NULL")
        }
        return text
    }

    /// A text column that may be NULL.
    func optionalText(_ index: CInt) -> String? {
        String.fromStatement(statement, atUncheckedIndex: index)
    }

    /// An integer column that is never NULL.
    func integer(_ index: CInt, _ column: String) throws -> Int64 {
        guard let number = Int64.fromStatement(statement, atUncheckedIndex: index) else {
            throw unreadable(column, "NULL")
        }
        return number
    }

    /// An integer column that may be NULL.
    func optionalInteger(_ index: CInt) -> Int64? {
        Int64.fromStatement(statement, atUncheckedIndex: index)
    }

    func int(_ index: CInt, _ column: String) throws -> Int {
        Int(try integer(index, column))
    }

    func bool(_ index: CInt, _ column: String) throws -> Bool {
        try integer(index, column) != 0
    }

    func money(_ index: CInt, _ column: String) throws -> Money {
        Money(minorUnits: try integer(index, column))
    }

    /// An ISO date column that is never NULL.
    func date(_ index: CInt, _ column: String) throws -> LocalDate {
        try value(index, column, StoredDate.parse)
    }

    /// A date column that may be NULL.
    func optionalDate(_ index: CInt, _ column: String) throws -> LocalDate? {
        guard optionalText(index) != nil else { return nil }
        return try date(index, column)
    }

    /// A text column converted by `parse`, refusing text it does not accept.
    func value<Value>(_ index: CInt, _ column: String, _ parse: (String) -> Value?) throws -> Value {
        let text = try text(index, column)
        guard let value = parse(text) else { throw unreadable(column, text) }
        return value
    }

    /// `group_concat(…, char(31))` text split back into its values (none when NULL).
    func list(_ index: CInt) -> [String] {
        optionalText(index)?.split(separator: "\u{1F}").map(String.init) ?? []
    }

    private func unreadable(_ column: String, _ value: String) -> StoredValueError {
        StoredValueError(
            table: table, key: optionalText(keyIndex) ?? "", column: column, value: value)
    }
}

extension Database {
    /// Steps through the rows of `sql` (a statement prepared once per connection), handing each
    /// to `body`.
    func forEachRow(
        sql: String, arguments: StatementArguments = StatementArguments(), table: String, keyIndex: CInt = 0,
        _ body: (ColumnReader) throws -> Void
    ) throws {
        let statement = try cachedStatement(sql: sql)
        let reader = ColumnReader(statement: statement.sqliteStatement, table: table, keyIndex: keyIndex)
        try Row.fetchCursor(statement, arguments: arguments).forEach { _ in try body(reader) }
    }
}

/// ISO dates stored as text (`2026-01-15`), read without allocating.
enum StoredDate {
    /// The date `text` names, or nil for anything `LocalDate(iso:)` refuses.
    static func parse(_ text: String) -> LocalDate? {
        var text = text
        return text.withUTF8 { utf8 in
            guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"),
                  let year = number(utf8, 0..<4), let month = number(utf8, 5..<7),
                  let day = number(utf8, 8..<10)
            else { return nil }
            return LocalDate(year: year, month: month, day: day)
        }
    }

    /// Decodes column `index` of a copied row, refusing text that is not a date.
    static func decode(_ row: Row, _ index: Int, table: String) throws -> LocalDate {
        let text: String = try row.decode(atIndex: index)
        guard let date = parse(text) else {
            throw StoredValueError(table: table, key: "\(row[0] as DatabaseValue)", column: "#\(index)", value: text)
        }
        return date
    }

    private static func number(_ utf8: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let digit = utf8[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}

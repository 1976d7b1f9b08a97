import CollectaCore
import Foundation
import GRDB
import GRDBSQLite

/// The current row of a statement being stepped, read column by column straight from SQLite:
/// no row is copied and no value goes through GRDB's generic decoding, and dates and enums are
/// parsed from the column's bytes, which is what makes reading a million invoices cheap. Only
/// valid inside `Database.forEachRow`'s body. Text reads as GRDB reads it: up to a NUL byte,
/// invalid UTF-8 repaired.
struct ColumnReader {
    let statement: SQLiteStatement
    /// The table the row comes from, for error messages.
    let table: String
    /// The column holding the row's key, for error messages.
    let keyIndex: CInt

    /// The bytes of a text column up to its first NUL, valid until the next step; nil when NULL.
    func bytes(_ index: CInt) -> UnsafeBufferPointer<UInt8>? {
        guard let text = sqlite3_column_text(statement, index) else { return nil }
        let count = Int(sqlite3_column_bytes(statement, index))
        let end = memchr(text, 0, count).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - text } ?? count
        return UnsafeBufferPointer(start: text, count: end)
    }

    /// Whether a text column reads as it is stored: valid UTF-8 without a NUL byte (NULL too).
    /// Other text is repaired or cut when read, and then compares differently than in SQL.
    func isExactText(_ index: CInt) -> Bool {
        guard let text = sqlite3_column_text(statement, index) else { return true }
        let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, index)))
        if bytes.allSatisfy({ $0 != 0 && $0 < 0x80 }) { return true }
        guard !bytes.contains(0) else { return false }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// How many columns the statement gives.
    var columnCount: CInt { sqlite3_column_count(statement) }

    /// Whether a column holds an integer (not a real, text or NULL).
    func isInteger(_ index: CInt) -> Bool {
        sqlite3_column_type(statement, index) == SQLITE_INTEGER
    }

    /// A text column that is never NULL.
    func text(_ index: CInt, _ column: String) throws -> String {
        guard let bytes = bytes(index) else { throw unreadable(column, "NULL") }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A text column that may be NULL.
    func optionalText(_ index: CInt) -> String? {
        bytes(index).map { String(decoding: $0, as: UTF8.self) }
    }

    /// An integer column that is never NULL.
    func integer(_ index: CInt, _ column: String) throws -> Int64 {
        guard let number = optionalInteger(index) else { throw unreadable(column, "NULL") }
        return number
    }

    /// An integer column that may be NULL.
    func optionalInteger(_ index: CInt) -> Int64? {
        sqlite3_column_type(statement, index) == SQLITE_NULL ? nil : sqlite3_column_int64(statement, index)
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
        guard let bytes = bytes(index) else { throw unreadable(column, "NULL") }
        guard let date = StoredDate.parse(bytes) else {
            throw unreadable(column, String(decoding: bytes, as: UTF8.self))
        }
        return date
    }

    /// A date column that may be NULL.
    func optionalDate(_ index: CInt, _ column: String) throws -> LocalDate? {
        guard bytes(index) != nil else { return nil }
        return try date(index, column)
    }

    /// A text column holding one of `values`' texts: the value of that text.
    func value<Value>(_ index: CInt, _ column: String, in values: TextValues<Value>) throws -> Value {
        guard let bytes = bytes(index) else { throw unreadable(column, "NULL") }
        guard let value = values.value(for: bytes) else {
            throw unreadable(column, String(decoding: bytes, as: UTF8.self))
        }
        return value
    }

    /// A text column, as the same `String` as `previous` when it holds the same text: values that
    /// repeat row after row (currencies, accounts) then share one string.
    func text(_ index: CInt, _ column: String, reusing previous: String?) throws -> String {
        guard let previous, hasText(index, equalTo: previous) else { return try text(index, column) }
        return previous
    }

    /// A text column that may be NULL, as the same `String` as `previous` when it holds the same.
    func optionalText(_ index: CInt, reusing previous: String?) -> String? {
        guard let previous, hasText(index, equalTo: previous) else { return optionalText(index) }
        return previous
    }

    /// Whether a text column holds `text`'s bytes (false when NULL).
    func hasText(_ index: CInt, equalTo text: String) -> Bool {
        guard let bytes = bytes(index) else { return false }
        var text = text
        return text.withUTF8 { text in
            text.count == bytes.count && (text.isEmpty || memcmp(text.baseAddress!, bytes.baseAddress!, text.count) == 0)
        }
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

/// The few distinct texts of a column read row after row (groups, currencies, languages…),
/// each made into a `String` once: a row whose text is already known gets the same string.
struct TextInterner {
    private static let capacity = 32
    private var texts: [(bytes: [UInt8], text: String)] = []

    /// Column `index` of `row` as text, NULL as nil.
    mutating func optionalText(_ index: CInt, of row: ColumnReader) -> String? {
        guard let bytes = row.bytes(index) else { return nil }
        for entry in texts where entry.bytes.count == bytes.count {
            let isEqual = entry.bytes.withUnsafeBufferPointer { known in
                known.isEmpty || memcmp(known.baseAddress!, bytes.baseAddress!, known.count) == 0
            }
            if isEqual { return entry.text }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if texts.count < Self.capacity { texts.append((Array(bytes), text)) }
        return text
    }

    /// A text column that is never NULL.
    mutating func text(_ index: CInt, _ column: String, of row: ColumnReader) throws -> String {
        guard let text = optionalText(index, of: row) else { return try row.text(index, column) }
        return text
    }
}

/// The values a text column may hold, by their UTF-8 text (the raw values of an enumeration).
struct TextValues<Value: Sendable>: Sendable {
    private let entries: [(text: [UInt8], value: Value)]

    init(_ values: [Value], text: (Value) -> String) {
        entries = values.map { (Array(text($0).utf8), $0) }
    }

    func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        for entry in entries where entry.text.count == bytes.count {
            let isEqual = entry.text.withUnsafeBufferPointer { text in
                text.isEmpty || memcmp(text.baseAddress!, bytes.baseAddress!, text.count) == 0
            }
            if isEqual { return entry.value }
        }
        return nil
    }
}

extension TextValues where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
    /// Every case of `Value`, by its raw value.
    init() {
        self.init(Array(Value.allCases), text: \.rawValue)
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
        return text.withUTF8(parse)
    }

    /// The date the UTF-8 bytes `utf8` name, or nil for anything `LocalDate(iso:)` refuses.
    static func parse(_ utf8: UnsafeBufferPointer<UInt8>) -> LocalDate? {
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else { return nil }
        func digit(_ index: Int) -> Int { Int(utf8[index] &- UInt8(ascii: "0")) }
        let digits = (digit(0), digit(1), digit(2), digit(3), digit(5), digit(6), digit(8), digit(9))
        guard digits.0 < 10, digits.1 < 10, digits.2 < 10, digits.3 < 10, digits.4 < 10, digits.5 < 10,
              digits.6 < 10, digits.7 < 10
        else { return nil }
        return LocalDate(
            year: digits.0 * 1000 + digits.1 * 100 + digits.2 * 10 + digits.3, month: digits.4 * 10 + digits.5,
            day: digits.6 * 10 + digits.7)
    }

    /// Decodes column `index` of a copied row, refusing text that is not a date.
    static func decode(_ row: Row, _ index: Int, table: String) throws -> LocalDate {
        let text: String = try row.decode(atIndex: index)
        guard let date = parse(text) else {
            throw StoredValueError(table: table, key: "\(row[0] as DatabaseValue)", column: "#\(index)", value: text)
        }
        return date
    }
}

import CollectaCore
import GRDB
import GRDBSQLite

/// The values of one row to write, in parameter order (`?1`, `?2`…). Texts are copied into one
/// buffer that the statement reads in place, so that binding allocates nothing per row.
struct RowValues {
    fileprivate enum Value {
        case text(start: Int, count: Int)
        case integer(Int64)
        case null
    }

    fileprivate private(set) var texts: [UInt8] = []
    fileprivate private(set) var values: [Value] = []

    /// How many values were appended.
    var count: Int { values.count }

    /// Empties the row, keeping the storage for the next one.
    mutating func removeAll() {
        texts.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }

    /// Empties `storage`, lets `fill` append a row's values to it and hands them to `body`,
    /// reusing the storage's buffers from row to row.
    static func filling<Result>(
        _ storage: inout RowValues, _ fill: (inout RowValues) -> Void,
        _ body: (RowValues) throws -> Result
    ) rethrows -> Result {
        var row = storage
        storage = RowValues()  // so that `row` holds the only reference to the buffers
        row.removeAll()
        fill(&row)
        defer { storage = row }
        return try body(row)
    }

    /// Appends a text, or NULL for nil.
    mutating func append(_ text: String?) {
        guard var text else {
            values.append(.null)
            return
        }
        let start = texts.count
        text.withUTF8 { texts.append(contentsOf: $0) }
        values.append(.text(start: start, count: texts.count - start))
    }

    /// Appends a date as ISO text (`YYYY-MM-DD`, as `LocalDate.isoString` writes it), or NULL
    /// for nil. Written digit by digit: dates are bound per row of an import.
    mutating func append(_ date: LocalDate?) {
        guard let date else {
            values.append(.null)
            return
        }
        let (year, month, day) = date.components
        guard (0...9999).contains(year) else {
            append(date.isoString)
            return
        }
        let zero = UInt8(ascii: "0")
        let dash = UInt8(ascii: "-")
        func digit(_ value: Int) -> UInt8 { zero + UInt8(value % 10) }
        let iso = (
            digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), dash,
            digit(month / 10), digit(month), dash, digit(day / 10), digit(day)
        )
        let start = texts.count
        withUnsafeBytes(of: iso) { texts.append(contentsOf: $0) }
        values.append(.text(start: start, count: 10))
    }

    /// Appends an integer.
    mutating func append(_ value: Int64) {
        values.append(.integer(value))
    }

    /// Appends `true` as 1 and `false` as 0.
    mutating func append(_ value: Bool) {
        values.append(.integer(value ? 1 : 0))
    }
}

/// A prepared statement for writing many rows, executed once per row through the SQLite C API.
///
/// GRDB's own path builds a `StatementArguments` array of boxed values per row, has SQLite copy
/// every text, and runs its per-execution bookkeeping (thread and cancellation checks, region
/// tracking, observer dispatch): together about 1 µs for a row of twelve values, a second per
/// million invoices (measured with perf on `collecta import`). This binds the values of a
/// `RowValues` in place and steps the statement directly.
///
/// The writes are not announced to GRDB transaction observers statement by statement; Collecta
/// registers none. Lives inside one database access closure, like the `Statement` it wraps.
final class RowStatement {
    private let statement: Statement
    private let connection: SQLiteConnection?
    /// The storage of the last row, reused for the next.
    private var scratch = RowValues()

    /// Prepares `sql`; its parameters are numbered `?1`… or plain `?` in order.
    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        connection = db.sqliteConnection
    }

    /// Runs the statement with the values `fill` appends, bound to its parameters in order.
    /// - Returns: how many rows it changed.
    @discardableResult
    func execute(_ fill: (inout RowValues) -> Void) throws -> Int {
        try RowValues.filling(&scratch, fill) { try execute($0) }
    }

    /// Runs the statement with `row`'s values (those at `range`, by default all) bound to its
    /// parameters, in order.
    /// - Returns: how many rows it changed.
    /// - Throws: `DatabaseError` when SQLite refuses the row (a constraint…).
    @discardableResult
    func execute(_ row: RowValues, values range: Range<Int>? = nil) throws -> Int {
        let handle = statement.sqliteStatement
        let range = range ?? row.values.indices
        let (code, message) = row.texts.withUnsafeBufferPointer { texts in
            for (offset, value) in row.values[range].enumerated() {
                let index = Int32(offset + 1)
                switch value {
                case .text(let start, let count):
                    // An empty text may have no address; a NULL pointer would bind NULL.
                    let base = texts.baseAddress.map { UnsafeRawPointer($0 + start) }
                        ?? UnsafeRawPointer(("" as StaticString).utf8Start)
                    // No destructor: SQLite reads the text in place (SQLITE_STATIC).
                    sqlite3_bind_text(
                        handle, index, base.assumingMemoryBound(to: CChar.self), Int32(count), nil)
                case .integer(let integer):
                    sqlite3_bind_int64(handle, index, integer)
                case .null:
                    sqlite3_bind_null(handle, index)
                }
            }
            let code = sqlite3_step(handle)
            let message = code == SQLITE_DONE ? nil : connection.map { String(cString: sqlite3_errmsg($0)) }
            // The texts are only valid in this closure: leave no binding pointing at them.
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            return (code, message)
        }
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
        return Int(sqlite3_changes(connection))
    }
}

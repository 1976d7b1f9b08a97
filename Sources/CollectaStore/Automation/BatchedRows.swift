import GRDB
import GRDBSQLite

/// Rows of one table that nothing reads back before the page commits (history, step state,
/// letters' invoices, last contacts), kept in order and inserted many rows per statement when
/// the page ends: one statement per row cost as much in SQLite's statement overhead (and
/// AUTOINCREMENT's bookkeeping) as in the insert itself.
///
/// The rows go in in the order they were added, so that rowids are those one insert per row
/// would have given.
struct BatchedRows {
    /// `INSERT INTO table (columns) VALUES`, without the rows.
    private let insert: String
    /// Appended after the rows, e.g. an `ON CONFLICT` clause.
    private let suffix: String
    private let columnCount: Int
    private let rowPlaceholder: String
    /// The statement of a full chunk.
    private let fullChunkSQL: String
    /// The rows' values, one row after the other.
    private var values: [BoundValue] = []

    /// Rows at most per statement.
    static let rowsPerStatement = 64

    init(into table: String, columns: [String], suffix: String = "") {
        insert = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
        self.suffix = suffix
        columnCount = columns.count
        rowPlaceholder = "(" + databaseQuestionMarks(count: columns.count) + ")"
        fullChunkSQL = Self.sql(insert, rowPlaceholder, rows: Self.rowsPerStatement, suffix)
    }

    /// The rows added and not yet inserted.
    var count: Int { values.count / columnCount }

    /// Adds one row: a value per column, in the columns' order.
    mutating func append(_ row: BoundValue...) {
        precondition(row.count == columnCount, "a row of \(row.count) values for \(columnCount) columns")
        values.append(contentsOf: row)
    }

    /// Inserts the rows added, in order, and forgets them.
    mutating func flush(_ db: Database) throws {
        let chunkSize = Self.rowsPerStatement * columnCount
        var start = 0
        while start < values.count {
            let end = min(start + chunkSize, values.count)
            let sql = end - start == chunkSize
                ? fullChunkSQL : Self.sql(insert, rowPlaceholder, rows: (end - start) / columnCount, suffix)
            try db.cachedStatement(sql: sql).executeBinding(values[start..<end])
            start = end
        }
        values.removeAll(keepingCapacity: true)
    }

    private static func sql(_ insert: String, _ row: String, rows: Int, _ suffix: String) -> String {
        insert + repeatElement(row, count: rows).joined(separator: ", ") + suffix
    }
}

/// A value for a statement's parameter, bound through SQLite's C API: GRDB's
/// `StatementArguments` boxes every value and checks every execution, which cost a run's
/// writer about a seventh of its time for the ~300,000 rows of a first date.
enum BoundValue {
    case text(String)
    case integer(Int64)
    case null

    init(_ text: String?) { self = text.map(BoundValue.text) ?? .null }
    init(_ integer: Int?) { self = integer.map { .integer(Int64($0)) } ?? .null }
    init(_ integer: Int64) { self = .integer(integer) }
    /// `true` as 1, `false` as 0, as GRDB stores them.
    init(_ flag: Bool) { self = .integer(flag ? 1 : 0) }
}

extension Statement {
    /// Runs the statement once with `values` bound to its parameters in order (all of them).
    /// - Throws: `DatabaseError` when SQLite refuses (a constraint…).
    func executeBinding(_ values: some Collection<BoundValue>) throws {
        let handle = sqliteStatement
        var index: Int32 = 1
        for value in values {
            let code: Int32
            switch value {
            case .text(var text):
                code = text.withUTF8 { bytes in
                    // An empty text may have no address; a NULL pointer would bind NULL.
                    let characters = UnsafeRawPointer(bytes.baseAddress ?? ("" as StaticString).utf8Start)
                        .assumingMemoryBound(to: CChar.self)
                    return sqlite3_bind_text(handle, index, characters, Int32(bytes.count), Self.transient)
                }
            case .integer(let integer):
                code = sqlite3_bind_int64(handle, index, integer)
            case .null:
                code = sqlite3_bind_null(handle, index)
            }
            guard code == SQLITE_OK else { throw failure(code) }
            index += 1
        }
        let code = sqlite3_step(handle)
        let error = code == SQLITE_DONE ? nil : failure(code)
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        if let error { throw error }
    }

    /// SQLite's `SQLITE_TRANSIENT`: copy the bytes now (a C macro Swift does not import).
    private static let transient = unsafeBitCast(Int(-1), to: sqlite3_destructor_type.self)

    private func failure(_ code: Int32) -> DatabaseError {
        let message = sqlite3_db_handle(sqliteStatement).map { String(cString: sqlite3_errmsg($0)) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
    }
}

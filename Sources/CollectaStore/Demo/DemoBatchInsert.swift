import CollectaCore
import GRDB
import GRDBSQLite

/// A value of a row waiting to be inserted.
enum DemoSQLValue {
    case text(String)
    case integer(Int64)
    /// A date, stored as ISO text (`2026-11-29`).
    case date(LocalDate)
    case null

    /// `text`, or NULL when it is nil.
    static func text(_ value: String?) -> DemoSQLValue {
        value.map(DemoSQLValue.text) ?? .null
    }
}

/// Inserts rows into one table many at a time: `INSERT INTO t (…) VALUES (…), (…), …` with
/// `rowsPerStatement` rows, prepared once and bound straight through the SQLite C API.
///
/// The demo load writes a million invoices into an empty database; one statement per row spends
/// as much time opening and closing the table's cursors as inserting (measured with the SQLite C
/// API: 9.4 s of CPU for a million invoice rows one by one, 5.1 s fifty at a time), and GRDB's
/// `StatementArguments` allocate per value. The rows are plain inserts: the caller has checked
/// that the tables are empty. Call ``finish()`` at the end to write the last, partial, batch.
///
/// Foreign keys are checked row by row, so a batch first writes the waiting rows of the tables
/// its rows refer to (its `parents`): a contact is never written before its customer.
///
/// Lives inside one `writer.write` closure and must not escape it, like GRDB's `Statement`.
final class DemoBatchInsert {
    private let db: Database
    private let table: String
    private let columns: [String]
    private let rowsPerStatement: Int
    private let parents: [DemoBatchInsert]
    /// Statements by their number of rows, prepared on first use.
    private var statements: [Int: Statement] = [:]
    private var values: [DemoSQLValue] = []

    init(
        _ db: Database, table: String, columns: [String], parents: [DemoBatchInsert] = [],
        rowsPerStatement: Int = 50
    ) {
        self.db = db
        self.table = table
        self.columns = columns
        self.parents = parents
        self.rowsPerStatement = rowsPerStatement
        values.reserveCapacity(rowsPerStatement * columns.count)
    }

    /// Adds one row: its values in column order. Writes the batch when it is full.
    func insert(_ row: DemoSQLValue...) throws {
        values += row
        if values.count == rowsPerStatement * columns.count {
            try flush()
        }
    }

    /// Writes the waiting rows (after those of the parents).
    func flush() throws {
        for parent in parents {
            try parent.flush()
        }
        guard !values.isEmpty else { return }
        try execute(statement(rows: values.count / columns.count))
    }

    private func statement(rows: Int) throws -> Statement {
        if let statement = statements[rows] { return statement }
        let statement = try db.makeStatement(sql: Self.sql(table, columns, rows: rows))
        statements[rows] = statement
        return statement
    }

    /// Binds the waiting values and runs `statement` through the C API: GRDB's `execute()`
    /// would validate its own (empty) arguments against the bound parameters.
    private func execute(_ statement: Statement) throws {
        let handle = statement.sqliteStatement
        for (offset, value) in values.enumerated() {
            Self.bind(value, at: Int32(offset + 1), to: handle)
        }
        values.removeAll(keepingCapacity: true)
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: message, sql: "INSERT INTO \(table)")
        }
    }

    /// SQLite's `SQLITE_TRANSIENT`: copy the bytes now (a C macro Swift does not import).
    private static let transient = unsafeBitCast(Int(-1), to: sqlite3_destructor_type.self)

    private static func bind(_ value: DemoSQLValue, at index: Int32, to statement: OpaquePointer) {
        switch value {
        case .text(var text):
            text.withUTF8 { bytes in
                if let base = bytes.baseAddress {
                    let characters = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
                    sqlite3_bind_text(statement, index, characters, Int32(bytes.count), transient)
                } else {
                    sqlite3_bind_text(statement, index, "", 0, transient)
                }
            }
        case .integer(let number):
            sqlite3_bind_int64(statement, index, number)
        case .date(let date):
            bind(date, at: index, to: statement)
        case .null:
            sqlite3_bind_null(statement, index)
        }
    }

    /// Binds `date` as `YYYY-MM-DD` without building a string.
    private static func bind(_ date: LocalDate, at index: Int32, to statement: OpaquePointer) {
        let (year, month, day) = date.components
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 10) { buffer in
            func put(_ value: Int, at offset: Int, digits: Int) {
                var rest = value
                for position in stride(from: offset + digits - 1, through: offset, by: -1) {
                    buffer[position] = CChar(UInt8(ascii: "0") + UInt8(rest % 10))
                    rest /= 10
                }
            }
            put(year, at: 0, digits: 4)
            buffer[4] = CChar(UInt8(ascii: "-"))
            put(month, at: 5, digits: 2)
            buffer[7] = CChar(UInt8(ascii: "-"))
            put(day, at: 8, digits: 2)
            sqlite3_bind_text(statement, index, buffer.baseAddress, 10, transient)
        }
    }

    private static func sql(_ table: String, _ columns: [String], rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count).joined(separator: ",") + ")"
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ",")
    }
}

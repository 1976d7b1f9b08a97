import GRDB

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
    /// The rows' values, `rowsPerStatement` rows per chunk.
    private var chunks: [StatementArguments] = []
    private var rowsInLastChunk = 0

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
    var count: Int { chunks.isEmpty ? 0 : (chunks.count - 1) * Self.rowsPerStatement + rowsInLastChunk }

    /// Adds one row: a value per column, in the columns' order.
    mutating func append(_ row: StatementArguments) {
        if chunks.isEmpty || rowsInLastChunk == Self.rowsPerStatement {
            chunks.append(StatementArguments())
            rowsInLastChunk = 0
        }
        _ = chunks[chunks.count - 1].append(contentsOf: row)
        rowsInLastChunk += 1
    }

    /// Inserts the rows added, in order, and forgets them.
    mutating func flush(_ db: Database) throws {
        for (index, chunk) in chunks.enumerated() {
            let isFull = index < chunks.count - 1 || rowsInLastChunk == Self.rowsPerStatement
            let sql = isFull ? fullChunkSQL : Self.sql(insert, rowPlaceholder, rows: rowsInLastChunk, suffix)
            try db.cachedStatement(sql: sql).execute(arguments: chunk)
        }
        chunks.removeAll()
        rowsInLastChunk = 0
    }

    private static func sql(_ insert: String, _ row: String, rows: Int, _ suffix: String) -> String {
        insert + repeatElement(row, count: rows).joined(separator: ", ") + suffix
    }
}

import GRDB

/// Inserts rows into a table, many rows per `INSERT` statement.
///
/// Executing a statement has a cost of its own, whatever it writes: SQLite opens a cursor on
/// the table and on each index it checks, then closes and frees them all when the statement
/// halts. For one invoice per statement that is about 40 % of SQLite's time per row (a million
/// rows with SQLite's C API: 2.3 s one row per statement, 1.5 s with 64). For a table whose
/// keys cannot clash, such as one that was empty when an import began, rows are queued and
/// written `batchSize` at a time.
///
/// Each row carries a tag (the import gives its line). When SQLite refuses a batch, the batch's
/// statement leaves nothing behind and its rows are inserted again one by one, so that the row
/// refused is the one reported, after every row before it was written, as one at a time would.
final class BatchInserter {
    private let batch: RowStatement
    private let single: RowStatement
    private let columnCount: Int
    private let batchSize: Int
    private var queued = RowValues()
    private var queuedTags: [Int] = []

    init(_ db: Database, table: String, columns: [String], batchSize: Int = 64) throws {
        let names = columns.joined(separator: ", ")
        let placeholders = "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
        func insert(rows: Int) -> String {
            "INSERT INTO \(table) (\(names)) VALUES "
                + Array(repeating: placeholders, count: rows).joined(separator: ", ")
        }
        batch = try RowStatement(db, sql: insert(rows: batchSize))
        single = try RowStatement(db, sql: insert(rows: 1))
        columnCount = columns.count
        self.batchSize = batchSize
        queuedTags.reserveCapacity(batchSize)
    }

    /// Queues one row, whose values `fill` appends in the order of the columns, and writes the
    /// queue when it is full.
    /// - Throws: `BatchInsertError` for the row SQLite refused.
    func insert(tag: Int, _ fill: (inout RowValues) -> Void) throws {
        fill(&queued)
        queuedTags.append(tag)
        if queuedTags.count == batchSize {
            try flush()
        }
    }

    /// Writes the rows still queued.
    /// - Throws: `BatchInsertError` for the row SQLite refused.
    func flush() throws {
        defer {
            queued.removeAll()
            queuedTags.removeAll(keepingCapacity: true)
        }
        guard !queuedTags.isEmpty else { return }
        if queuedTags.count == batchSize {
            do {
                try batch.execute(queued)
                return
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                // Only a constraint leaves the transaction open: find the row, one by one.
            }
        }
        for (row, tag) in queuedTags.enumerated() {
            do {
                try single.execute(queued, values: row * columnCount..<(row + 1) * columnCount)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
                throw BatchInsertError(tag: tag, error: error)
            }
        }
    }
}

/// SQLite refused the row queued with `tag` (a constraint); the rows queued before it were
/// written.
struct BatchInsertError: Error {
    let tag: Int
    let error: DatabaseError
}

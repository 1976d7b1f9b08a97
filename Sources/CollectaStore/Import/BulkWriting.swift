import GRDB

/// The secondary indexes of a table that an import fills from empty: dropped before the first
/// row and created again after the last, in the import's transaction.
///
/// Kept up to date row by row, an index costs a seek and a page write per row; created
/// afterwards, it is built from one sort of the keys. Only indexes made by `CREATE INDEX`
/// without `UNIQUE` are dropped: a unique index is a constraint each row must meet as it comes.
/// A refused import rolls back, and the indexes are there again with everything else.
struct DeferredIndexes {
    private let definitions: [String]

    /// Drops the secondary indexes of `table` when the table is empty; drops none otherwise.
    static func dropping(on table: String, in db: Database) throws -> DeferredIndexes {
        let isEmpty = try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table))")!
        guard isEmpty else { return DeferredIndexes(definitions: []) }
        let indexes = try Row.fetchAll(db, sql: """
            SELECT list.name, master.sql
            FROM pragma_index_list(?) AS list JOIN sqlite_master AS master ON master.name = list.name
            WHERE list.origin = 'c' AND list."unique" = 0 AND master.sql IS NOT NULL
            ORDER BY list.name
            """, arguments: [table])
        for index in indexes {
            try db.execute(sql: "DROP INDEX \(String(index[0]).quotedDatabaseIdentifier)")
        }
        return DeferredIndexes(definitions: indexes.map { $0[1] })
    }

    /// Creates the dropped indexes again, as they were defined.
    func recreate(in db: Database) throws {
        for definition in definitions {
            try db.execute(sql: definition)
        }
    }
}

/// SQLite's CHECK constraints, left out of the statements an import prepares when its own
/// validation checks every one of them (`CSVImportFormat.validatesTableChecks`).
///
/// For invoices, SQLite's checks (three `GLOB`s on dates, lists of codes, amounts) cost more
/// than a microsecond per row, about 1.3 s of the import of a million invoices, to find what
/// the import has already refused with a clearer message. Foreign keys, NOT NULL and unique
/// keys stay enforced by SQLite. The setting belongs to the connection: it is switched off
/// again when `body` ends, however it ends, and statements prepared later check as usual.
enum CheckConstraints {
    static func skipped<Result>(in db: Database, _ body: () throws -> Result) throws -> Result {
        try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
        defer { try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF") }
        return try body()
    }
}

/// SQLite's temporary files kept in memory for the length of an import.
///
/// An `INSERT` of many rows (`BatchInserter`) keeps a statement journal of the pages it
/// changes, and `CREATE INDEX` (`DeferredIndexes`) sorts its keys; both go to temporary files
/// past a few pages. For a million invoices that was 240,000 writes to a statement journal that
/// is thrown away after each statement, and 12,000 writes and reads of sort runs. In memory,
/// the journal holds the few pages one statement changes and the sort the index keys (some
/// tens of MB). Set outside the import's transaction (SQLite reads it when a write transaction
/// begins), and set back afterwards.
enum TemporaryStorage {
    static func inMemory<Result>(in db: Database, _ body: () throws -> Result) throws -> Result {
        let previous = try Int.fetchOne(db, sql: "PRAGMA temp_store") ?? 0
        try db.execute(sql: "PRAGMA temp_store = MEMORY")
        defer { try? db.execute(sql: "PRAGMA temp_store = \(previous)") }
        return try body()
    }
}

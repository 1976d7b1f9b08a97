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

/// The connection's settings for the length of an import. Set outside the import's
/// transaction (SQLite takes them into account when a transaction begins) and set back
/// afterwards, however the import ends.
///
/// - Temporary storage in memory. An `INSERT` of many rows (`BatchInserter`) keeps a statement
///   journal of the pages it changes, and `CREATE INDEX` (`DeferredIndexes`) sorts its keys;
///   both went to temporary files past a few pages: for a million invoices, 240,000 writes to a
///   journal thrown away after each statement, and 12,000 writes and reads of sort runs. In
///   memory, the journal holds the few pages one statement changes, the sort the index keys.
/// - When the format's validation refuses everything SQLite's CHECK constraints and foreign
///   keys would (`CSVImportFormat.validatesTableConstraints`), SQLite does not check them again.
///   For invoices its checks cost about 1.3 s per million rows (three `GLOB`s on dates, code
///   lists, amounts) and the lookup of each row's customer about 0.3 s, to find what the import
///   has refused already, with a clearer message and against keys read in the same transaction.
///   NOT NULL and unique keys stay with SQLite.
enum ImportSettings {
    static func applying<Result>(
        validatedConstraints: Bool, in db: Database, _ body: () throws -> Result
    ) throws -> Result {
        var settings = ["temp_store": "MEMORY"]
        if validatedConstraints {
            settings["foreign_keys"] = "OFF"
            settings["ignore_check_constraints"] = "ON"
        }
        var previous: [String: String] = [:]
        for (name, value) in settings {
            previous[name] = try String.fetchOne(db, sql: "PRAGMA \(name)")
            try db.execute(sql: "PRAGMA \(name) = \(value)")
        }
        func restore() throws {
            for (name, value) in previous {
                try db.execute(sql: "PRAGMA \(name) = \(value)")
            }
        }
        let result: Result
        do {
            result = try body()
        } catch {
            try? restore()
            throw error
        }
        try restore()
        return result
    }
}

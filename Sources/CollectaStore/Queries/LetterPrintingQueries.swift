import CollectaCore
import GRDB

extension CollectaDatabase {
    /// The letters waiting to be printed (status `created`), oldest first (by id ascending): at
    /// most `limit`, starting after the letter `id`. Their `invoiceIDs` are not read.
    /// - Throws: `StoredValueError` for a row Collecta cannot read back; `StoreError`.
    public func lettersToPrint(after id: Int64? = nil, limit: Int) throws -> [CollectionLetter] {
        guard limit > 0 else { return [] }
        return try translatedRead { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM collection_letter WHERE status = 'created' AND id > ? ORDER BY id LIMIT ?",
                arguments: [id ?? 0, limit]
            ).map(ArtefactDecoding.letter(from:))
        }
    }

    /// The letters with the ids `ids` that exist, by id ascending, whatever their status (a
    /// reprint). Their `invoiceIDs` are not read.
    /// - Throws: `StoredValueError` for a row Collecta cannot read back; `StoreError`.
    public func collectionLetters(ids: [Int64]) throws -> [CollectionLetter] {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        return try translatedRead { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM collection_letter WHERE id IN (\(marks)) ORDER BY id",
                arguments: StatementArguments(ids)
            ).map(ArtefactDecoding.letter(from:))
        }
    }

    /// How many letters have status `status` (all letters when nil).
    /// - Throws: `StoreError`.
    public func countCollectionLetters(status: LetterStatus? = nil) throws -> Int {
        var conditions = QueryConditions()
        if let status { conditions.add("status = ?", status.rawValue) }
        return try translatedRead { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM collection_letter \(conditions.whereClause)",
                arguments: conditions.arguments) ?? 0
        }
    }

    /// A page of the letters with status `status` (all when nil), newest first (by id
    /// descending), skipping the first `offset`: what a list on screen shows. Their
    /// `invoiceIDs` are not read.
    /// - Throws: `StoredValueError` for a row Collecta cannot read back; `StoreError`.
    public func collectionLetters(
        status: LetterStatus? = nil, offset: Int, limit: Int
    ) throws -> [CollectionLetter] {
        guard limit > 0 else { return [] }
        var conditions = QueryConditions()
        if let status { conditions.add("status = ?", status.rawValue) }
        let sql = "SELECT * FROM collection_letter \(conditions.whereClause) ORDER BY id DESC LIMIT ? OFFSET ?"
        return try translatedRead { db in
            try Row.fetchAll(db, sql: sql, arguments: conditions.arguments + [limit, max(offset, 0)])
                .map(ArtefactDecoding.letter(from:))
        }
    }

    /// Marks the `created` letters among `ids` posted on `date`, in one transaction: all of
    /// them or, when the database cannot be written, none. A letter already posted keeps its
    /// status and its posting day (posting never un-posts and is idempotent); unknown ids are
    /// ignored. Returns how many letters were newly posted.
    /// - Throws: `StoreError`.
    @discardableResult
    public func markLettersPosted(ids: [Int64], on date: LocalDate) throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try translatedWrite { db in
            let statement = try db.makeStatement(sql: """
                UPDATE collection_letter SET status = 'posted', posted_on = ?
                WHERE id = ? AND status = 'created'
                """)
            var posted = 0
            for id in Set(ids).sorted() {
                try statement.execute(arguments: [date.isoString, id])
                posted += db.changesCount
            }
            return posted
        }
    }
}

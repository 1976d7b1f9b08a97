import Foundation
import GRDB
import Testing
@testable import CollectaStore

/// A fresh directory for one test's files, removed when the test ends.
final class TemporaryDirectory {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "collecta-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }
}

@Suite("Opening the database")
struct DatabaseOpeningTests {
    let directory = TemporaryDirectory()

    @Test("A new file is created with mode 0600, WAL, foreign keys and the application id")
    func createsPrivateWALDatabase() throws {
        let path = directory.file("sub/dir/new.sqlite")
        let database = try CollectaDatabase.open(path: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let (journalMode, foreignKeys, applicationID, hasSchema) = try database.writer.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try Int.fetchOne(db, sql: "PRAGMA foreign_keys"),
                try Int32.fetchOne(db, sql: "PRAGMA application_id"),
                try db.tableExists("process_hierarchy")
            )
        }
        #expect(journalMode == "wal")
        #expect(foreignKeys == 1)
        #expect(applicationID == Schema.applicationID)
        #expect(hasSchema)
        let (synchronous, checkpointPages) = try database.writer.write { db in
            (try Int.fetchOne(db, sql: "PRAGMA synchronous"), try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint"))
        }
        #expect(synchronous == 1, "NORMAL, GRDB's setting for WAL pools (docs/decisions.md)")
        #expect(checkpointPages == 10000)
    }

    @Test("Reopening an existing database keeps its data")
    func reopens() throws {
        let path = directory.file("reopen.sqlite")
        try CollectaDatabase.open(path: path).writer.write { db in
            try db.execute(sql: "INSERT INTO contact_purpose (id, description) VALUES ('Invoice', '')")
        }
        let count = try CollectaDatabase.open(path: path).writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM contact_purpose")
        }
        #expect(count == 1)
    }

    @Test("A file that is not SQLite is refused, not damaged")
    func refusesNonSQLiteFile() throws {
        let path = directory.file("notes.txt")
        let content = String(repeating: "These are my notes, not a database.\n", count: 200)
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.notACollectaDatabase(path: path)) {
            try CollectaDatabase.open(path: path)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == content)
    }

    @Test("A short text file is refused, for reading and for writing, and left intact")
    func refusesShortTextFile() throws {
        let path = directory.file("short.txt")
        try "x".write(toFile: path, atomically: true, encoding: .utf8)
        for access in [CollectaDatabase.Access.readWrite, .readOnly] {
            #expect(throws: StoreError.notACollectaDatabase(path: path)) {
                try CollectaDatabase.open(path: path, access: access)
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "x")
    }

    @Test("An empty file opened for reading has no Collecta data yet")
    func emptyFileForReading() throws {
        let path = directory.file("empty.sqlite")
        _ = FileManager.default.createFile(atPath: path, contents: Data())
        #expect(throws: StoreError.notInitialised(path: path)) {
            try CollectaDatabase.open(path: path, access: .readOnly)
        }
    }

    @Test("Another application's SQLite database is refused")
    func refusesForeignSQLiteDatabase() throws {
        let path = directory.file("other.sqlite")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        }
        #expect(throws: StoreError.notACollectaDatabase(path: path)) {
            try CollectaDatabase.open(path: path)
        }
    }

    @Test("A database written by a newer Collecta is refused")
    func refusesNewerSchema() throws {
        let path = directory.file("newer.sqlite")
        try CollectaDatabase.open(path: path).writer.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        #expect(throws: StoreError.newerSchema(path: path)) {
            try CollectaDatabase.open(path: path)
        }
    }

    @Test("A read-only file is refused for writing but opens for reading")
    func refusesReadOnlyFile() throws {
        let path = directory.file("readonly.sqlite")
        _ = try CollectaDatabase.open(path: path)
        chmod(path, 0o400)
        #expect(throws: StoreError.readOnly(path: path)) {
            try CollectaDatabase.open(path: path)
        }
        let reader = try CollectaDatabase.open(path: path, access: .readOnly)
        let hasCustomers = try reader.writer.read { try $0.tableExists("customer") }
        #expect(hasCustomers)
    }

    @Test("A database locked by another writer gives a clear error after the busy timeout")
    func reportsLockedDatabase() throws {
        let path = directory.file("locked.sqlite")
        _ = try CollectaDatabase.open(path: path)
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true  // hold the lock across accesses
        let holder = try DatabaseQueue(path: path, configuration: configuration)
        try holder.inDatabase { try $0.execute(sql: "BEGIN EXCLUSIVE TRANSACTION") }
        #expect(throws: StoreError.locked(path: path)) {
            try CollectaDatabase.open(path: path, busyTimeout: 0.1)
        }
        try holder.inDatabase { try $0.execute(sql: "ROLLBACK") }
    }

    @Test("Every error reads as one line")
    func errorsAreOneLine() {
        let errors: [StoreError] = [
            .notACollectaDatabase(path: "/x"), .newerSchema(path: "/x"), .readOnly(path: "/x"),
            .locked(path: "/x"), .corrupt(path: "/x"), .cannotOpen(path: "/x", reason: "why"),
            .constraintViolated("c"), .notInitialised(path: "/x"),
        ]
        for error in errors {
            #expect(!error.description.contains("\n"))
            #expect(error.description.contains("/x") || error.description.contains("c"))
        }
    }
}

@Suite("Migrations")
struct MigrationTests {
    @Test("An empty database migrates to the latest schema")
    func migratesEmptyDatabase() throws {
        let queue = try DatabaseQueue()
        try Schema.migrator.migrate(queue)
        let applied = try queue.read { try Schema.migrator.appliedIdentifiers($0) }
        #expect(applied == Set(Schema.migrator.migrations))
    }

    @Test("A populated database at an older migration migrates and keeps its rows")
    func migratesPopulatedDatabase() throws {
        let queue = try DatabaseQueue()
        let migrator = Schema.migrator
        try migrator.migrate(queue, upTo: "v1-reference-data")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO customer (account, name, currency, language) VALUES ('C-1', 'ООО «Ромашка»', 'RUB', 'ru');
                INSERT INTO invoice (id, customer_account, voucher, origin, invoice_date, due_date,
                    amount, open_amount, currency, open_amount_company)
                VALUES ('INV-1', 'C-1', 'AR-1', 'salesOrder', '2026-01-01', '2026-01-31', 10000, 10000, 'RUB', 10000);
                """)
        }
        try migrator.migrate(queue)
        let (name, invoices, hasSteps) = try queue.read { db in
            (
                try String.fetchOne(db, sql: "SELECT name FROM customer"),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM invoice"),
                try db.tableExists("process_step")
            )
        }
        #expect(name == "ООО «Ромашка»")
        #expect(invoices == 1)
        #expect(hasSteps)
    }

    @Test("The schema refuses rows that break the rules it mirrors")
    func schemaEnforcesInvariants() throws {
        let database = try CollectaDatabase.inMemory()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO customer (account, name, currency, language) VALUES ('C-1', 'Acme', 'EUR', 'en');
                INSERT INTO customer_pool (id) VALUES ('P1'), ('P2');
                INSERT INTO process_hierarchy (id, rank, pool_id, included_origins) VALUES ('H1', 1, 'P1', 'salesOrder');
                """)
        }
        let refused = [
            // negative amount
            """
            INSERT INTO invoice (id, customer_account, voucher, origin, invoice_date, due_date, amount,
                open_amount, currency, open_amount_company)
            VALUES ('I', 'C-1', 'V', 'salesOrder', '2026-01-01', '2026-01-02', -5, 0, 'EUR', 0)
            """,
            // unknown customer
            """
            INSERT INTO invoice (id, customer_account, voucher, origin, invoice_date, due_date, amount,
                open_amount, currency, open_amount_company)
            VALUES ('I', 'NOPE', 'V', 'salesOrder', '2026-01-01', '2026-01-02', 5, 5, 'EUR', 5)
            """,
            // C1: duplicate rank
            "INSERT INTO process_hierarchy (id, rank, pool_id, included_origins) VALUES ('H2', 1, 'P2', 'salesOrder')",
            // C2: pool used twice
            "INSERT INTO process_hierarchy (id, rank, pool_id, included_origins) VALUES ('H2', 2, 'P1', 'salesOrder')",
            // C7: exclusion without amount
            "INSERT INTO process_hierarchy (id, rank, pool_id, included_origins, exclusion_rule) VALUES ('H2', 2, 'P2', 'salesOrder', 'invoiceAmount')",
            // C4: letter with a document
            "INSERT INTO process_step (hierarchy_id, line, action, activity_template_id, timing, days) VALUES ('H1', 1, 'letter', 'X', 'after', 1)",
            // C5: email without recipient
            "INSERT INTO process_step (hierarchy_id, line, action, email_template_id, timing, days) VALUES ('H1', 1, 'email', 'X', 'after', 1)",
        ]
        for statement in refused {
            #expect(throws: DatabaseError.self, "\(statement)") {
                try database.writer.write { try $0.execute(sql: statement) }
            }
        }
    }

    @Test("C6: two non-pre-dunning steps with the same signed offset are refused by the schema")
    func schemaRefusesSameSignedOffset() throws {
        let database = try CollectaDatabase.inMemory()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO customer_pool (id) VALUES ('P1');
                INSERT INTO process_hierarchy (id, rank, pool_id, included_origins) VALUES ('H1', 1, 'P1', 'salesOrder');
                INSERT INTO process_step (hierarchy_id, line, action, timing, days) VALUES ('H1', 1, 'letter', 'before', 0);
                """)
        }
        #expect(throws: DatabaseError.self) {
            try database.writer.write { db in
                try db.execute(sql: "INSERT INTO process_step (hierarchy_id, line, action, timing, days) VALUES ('H1', 2, 'letter', 'after', 0)")
            }
        }
    }
}

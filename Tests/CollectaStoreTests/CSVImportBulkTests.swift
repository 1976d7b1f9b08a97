@testable import CollectaStore
import CollectaCore
import Foundation
import GRDB
import Testing

/// An invoices file of `count` rows for the fixture customers C001 and C002 (ids `I0001`…),
/// every tenth settled; `row(n)` replaces row `n` (1-based) when it gives a text.
private func invoicesFile(_ count: Int, row: (Int) -> String? = { _ in nil }) -> String {
    let header = "id,customer,voucher,invoice_date,due_date,amount,open_amount,currency,settled_date"
    let rows = (1...count).map { number in
        if let replaced = row(number) { return replaced }
        let id = "I" + String(repeating: "0", count: 4 - String(number).count) + String(number)
        let isSettled = number % 10 == 0
        return "\(id),C00\(number % 2 + 1),V\(number),2026-03-01,2026-03-31,\(number).50,"
            + (isSettled ? "0,RUB,2026-04-02" : "\(number).50,RUB,")
    }
    return ([header] + rows).joined(separator: "\n") + "\n"
}

/// The definitions of the invoice table's indexes.
private func invoiceIndexes(_ database: CollectaDatabase) throws -> [String] {
    try database.writer.read { db in
        try String.fetchAll(db, sql: """
            SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'invoice' AND sql IS NOT NULL
            ORDER BY name
            """)
    }
}

/// The connection settings an import changes while it runs.
private func connectionSettings(_ database: CollectaDatabase) throws -> [Int] {
    try database.writer.writeWithoutTransaction { db in
        try ["foreign_keys", "ignore_check_constraints", "temp_store"].map {
            try Int.fetchOne(db, sql: "PRAGMA \($0)") ?? -1
        }
    }
}

@Suite("CSV import: large files and first loads")
struct CSVImportBulkTests {
    private func databaseWithCustomers() throws -> CollectaDatabase {
        let database = try Fixtures.emptyDatabase()
        try database.writer.write { db in
            try ReferenceDataWriter.upsert(Fixtures.agents, in: db)
            try ReferenceDataWriter.upsert(Fixtures.salesGroups, in: db)
            try ReferenceDataWriter.upsert(Fixtures.customers, in: db)
        }
        return database
    }

    @Test("a first load inserts rows in batches and builds the indexes again, as they were")
    func firstLoad() throws {
        let database = try databaseWithCustomers()
        let indexes = try invoiceIndexes(database)
        let settings = try connectionSettings(database)
        let summary = try database.importCSV(.invoices, invoicesFile(150))
        #expect(summary == ImportSummary(kind: .invoices, inserted: 150, updated: 0))
        #expect(try invoiceIndexes(database) == indexes)
        #expect(indexes.count == 2)
        let invoices = try database.writer.read { try Array(ReferenceDataReader.invoices(in: $0)) }
        #expect(invoices.count == 150)
        #expect(invoices[149] == Invoice(
            id: "I0150", customerAccount: "C001", voucher: "V150", invoiceDate: Fixtures.date("2026-03-01"),
            dueDate: Fixtures.date("2026-03-31"), amount: Money(minorUnits: 15050), openAmount: .zero,
            currency: "RUB", settledDate: Fixtures.date("2026-04-02")))
        #expect(try connectionSettings(database) == settings)
        #expect(settings == [1, 0, 0])
    }

    @Test("importing the same file again updates every row; a changed customer is updated too")
    func updates() throws {
        let database = try databaseWithCustomers()
        try database.importCSV(.invoices, invoicesFile(70))
        let again = try database.importCSV(.invoices, invoicesFile(70) { number in
            number == 3 ? "I0003,C001,V3-bis,2026-03-01,2026-03-31,9.00,9.00,RUB," : nil
        })
        #expect(again == ImportSummary(kind: .invoices, inserted: 0, updated: 70))
        let invoices = try database.writer.read { try Array(ReferenceDataReader.invoices(in: $0)) }
        #expect(invoices.count == 70)
        #expect(invoices[2].customerAccount == "C001")
        #expect(invoices[2].voucher == "V3-bis")
        #expect(invoices[3].customerAccount == "C001")
    }

    @Test("a row the database refuses in a batch is reported on its line, before later lines' problems")
    func refusalInsideABatch() throws {
        let database = try databaseWithCustomers()
        try database.writer.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_i0070 BEFORE INSERT ON invoice WHEN NEW.id = 'I0070'
                BEGIN SELECT RAISE(ABORT, 'no I0070 here'); END
                """)
        }
        let before = try Snapshot(database)
        let indexes = try invoiceIndexes(database)
        let issues = refusal {
            try database.importCSV(.invoices, invoicesFile(100) { number in
                number == 90 ? "I0090,C001,V90,2026-02-30,2026-03-31,1,1,RUB," : nil
            })
        }
        #expect(issues == [
            "invoices.csv:71: the database refused the row: no I0070 here",
            "invoices.csv:91: invoice_date: '2026-02-30' is not a date (YYYY-MM-DD)",
        ])
        #expect(try Snapshot(database) == before)
        #expect(try invoiceIndexes(database) == indexes)
    }

    @Test("rows queued before a problem are still written, so that a refusal among them is reported")
    func refusalBeforeTheFirstProblem() throws {
        let database = try databaseWithCustomers()
        try database.writer.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_i0005 BEFORE INSERT ON invoice WHEN NEW.id = 'I0005'
                BEGIN SELECT RAISE(ABORT, 'no I0005 here'); END
                """)
        }
        let issues = refusal {
            try database.importCSV(.invoices, invoicesFile(12) { number in
                number == 8 ? "I0008,C999,V8,2026-03-01,2026-03-31,1,1,RUB," : nil
            })
        }
        #expect(issues == [
            "invoices.csv:6: the database refused the row: no I0005 here",
            "invoices.csv:9: customer: unknown customer 'C999'",
        ])
    }

    @Test("a refused import sets the connection back as it was")
    func settingsAfterARefusal() throws {
        let database = try databaseWithCustomers()
        let settings = try connectionSettings(database)
        _ = refusal { try database.importCSV(.invoices, invoicesFile(3) { $0 == 2 ? "I0002,C001" : nil }) }
        #expect(try connectionSettings(database) == settings)
        let issues = refusal {
            try database.writer.write { db in
                try db.execute(sql: """
                    INSERT INTO invoice (id, customer_account, voucher, origin, invoice_date, due_date,
                        amount, open_amount, currency, open_amount_company)
                    VALUES ('X', 'C001', 'V', 'bogus', '2026-01-01', '2026-01-02', 5, 5, 'RUB', 5)
                    """)
            }
        }
        #expect(issues.count == 1 && issues[0].contains("CHECK constraint failed"))
    }

    @Test("keys and references are compared byte for byte, as the database compares them")
    func keysAreComparedByBytes() throws {
        let database = try databaseWithCustomers()
        try database.importCSV(.customers, "account,name,currency,language\nCafé,Precomposed,RUB,ru\n")
        let decomposed = "Cafe\u{301}"
        #expect(decomposed == "Café", "Swift finds the two spellings equal")
        let issues = refusal {
            try database.importCSV(.invoices, """
                id,customer,voucher,invoice_date,due_date,amount,open_amount,currency
                I1,\(decomposed),V,2026-03-01,2026-03-31,1,1,RUB
                """)
        }
        #expect(issues == ["invoices.csv:2: customer: unknown customer '\(decomposed)'"])
        let summary = try database.importCSV(.invoices, """
            id,customer,voucher,invoice_date,due_date,amount,open_amount,currency
            Iné,Café,V,2026-03-01,2026-03-31,1,1,RUB
            Ine\u{301},Café,V,2026-03-01,2026-03-31,1,1,RUB
            """)
        #expect(summary.inserted == 2)
    }

    @Test("an import read from a file handle reads it block by block")
    func fileHandle() throws {
        let database = try databaseWithCustomers()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("collecta-\(UUID()).csv")
        try Data(invoicesFile(1000).utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let summary = try database.importCSV(.invoices, from: handle, fileName: "invoices.csv")
        #expect(summary.inserted == 1000)
    }

    @Test("the invoice CHECKs on codes are equalities after the migration, and still refuse")
    func invoiceCheckLists() throws {
        let database = try databaseWithCustomers()
        let definition = try database.writer.read { db in
            try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'invoice'")
        }
        #expect(definition?.contains(" IN (") == false)
        #expect(definition?.contains("origin = 'generalJournal'") == true)
        for (origin, status) in [("bogus", "notDisputed"), ("salesOrder", "paid")] {
            let issues = refusal {
                try database.writer.write { db in
                    try db.execute(sql: """
                        INSERT INTO invoice (id, customer_account, voucher, origin, invoice_date, due_date,
                            amount, open_amount, currency, open_amount_company, status)
                        VALUES ('X', 'C001', 'V', ?, '2026-01-01', '2026-01-02', 5, 5, 'RUB', 5, ?)
                        """, arguments: [origin, status])
                }
            }
            #expect(issues.count == 1 && issues[0].contains("CHECK constraint failed"))
        }
    }
}

@Suite("Import helpers")
struct ImportHelperTests {
    @Test("a key table finds keys byte for byte, and keeps the first integer given")
    func keyTable() {
        var table = KeyTable()
        for number in 0..<1000 {
            #expect(table.insert("K\(number)", value: number) == nil)
        }
        #expect(table.insert("K7", value: 99) == 7)
        #expect(table.count == 1000)
        #expect(table.value(for: "K999") == 999)
        #expect(table.value(for: "K1000") == nil)
        #expect(table.insert("", value: 5) == nil)
        #expect(table.contains(""))
        #expect(table.insert("Ωмега-😀-a-long-key-of-many-bytes", value: 1) == nil)
        #expect(table.contains("Ωмега-😀-a-long-key-of-many-bytes"))
        #expect(!table.contains("Ωмега-😀-a-long-key-of-many-byte"))
        #expect(table.insert("é", value: 1) == nil)
        #expect(!table.contains("e\u{301}"))
    }

    @Test("issues are kept in line order, the first 50 lines, however late they are reported")
    func issueOrder() {
        let issues = IssueCollector(file: "f.csv")
        for line in stride(from: 100, through: 2, by: -2) {
            issues.report(line: line, column: nil, "problem")
        }
        issues.report(line: 3, column: "a", "first on 3")
        issues.report(line: 3, column: "b", "second on 3")
        #expect(issues.count == 52)
        #expect(issues.issues.count == 50)
        #expect(issues.issues.prefix(4).map(\.description) == [
            "f.csv:2: problem", "f.csv:3: a: first on 3", "f.csv:3: b: second on 3", "f.csv:4: problem",
        ])
        #expect(issues.issues.last?.line == 96)
    }
}

import CollectaCore
import CollectaStore
import Foundation
import GRDB
import Testing

@Suite("CSV export and import round trips")
struct CSVImportRoundTripTests {
    @Test("export → import into an empty database → export gives the same bytes", arguments: ReferenceDataKind.allCases)
    func roundTrip(kind: ReferenceDataKind) throws {
        let source = try Fixtures.populatedDatabase()
        let target = try Fixtures.emptyDatabase()
        for prerequisite in Fixtures.prerequisites(of: kind) {
            try target.importCSV(prerequisite, from: source.exportCSV(prerequisite), fileName: "p.csv")
        }
        let exported = try source.exportCSV(kind)
        let summary = try target.importCSV(kind, from: exported, fileName: "\(kind.rawValue).csv")
        #expect(summary.updated == 0)
        #expect(summary.inserted > 0)
        #expect(try target.exportCSV(kind) == exported)
    }

    @Test("the export of a kind is header, rows in key order, RFC 4180 quoting, final LF")
    func customersExportText() throws {
        let database = try Fixtures.populatedDatabase()
        #expect(try database.exportedText(.customers) == """
            account,name,group,currency,language,country,sales_group,agent,credit_limit,on_hold,tags,letter_sequence
            C001,"ООО ""Ромашка"", Москва",RETAIL,RUB,ru,RU,SG-EAST,A1,150000.00,no,key account;vip,LS1
            C002,"Acme
            Trading Ltd",,EUR,en-GB,GB,,A2,0.00,yes,,
            C003,Plain,,RUB,ru,,,,0.00,no,,

            """)
    }

    @Test("sales groups export one row per member, and one row for a group without members")
    func salesGroupsExportText() throws {
        let database = try Fixtures.populatedDatabase()
        #expect(try database.exportedText(.salesGroups) == """
            sales_group,name,member_name,member_email
            SG-EAST,Восток,Иван Иванов,ivan@example.com
            SG-EAST,Восток,"Olga, Sales",olga@example.com
            SG-EMPTY,Nobody yet,,

            """)
    }

    @Test("invoices export every column, settled date only for settled invoices")
    func invoicesExportText() throws {
        let database = try Fixtures.populatedDatabase()
        #expect(try database.exportedText(.invoices) == """
            id,customer,voucher,origin,invoice_date,due_date,amount,open_amount,currency,open_amount_company,status,settled_date
            INV-1,C001,V-100,salesOrder,2026-01-05,2026-02-04,12345.50,10000.00,RUB,10000.00,notDisputed,
            INV-2,C002,V-101,project,2026-01-10,2026-02-09,500.00,500.00,EUR,49750.00,promisedToPay,
            INV-3,C001,V-102,freeText,2025-12-01,2025-12-31,77.00,0.00,RUB,0.00,resolved,2026-01-03

            """)
    }

    @Test("an empty table exports its header only")
    func emptyExport() throws {
        let database = try Fixtures.emptyDatabase()
        #expect(try database.exportedText(.agents) == "id,name,email,phone\n")
    }

    @Test("exports write to a file handle in the same form")
    func exportToFileHandle() throws {
        let database = try Fixtures.populatedDatabase()
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-export-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try database.exportCSV(.contacts, to: handle)
        try handle.close()
        #expect(try Data(contentsOf: url) == database.exportCSV(.contacts))
    }

    @Test("readers return what the writer stored, in key order")
    func readersReturnWrittenValues() throws {
        let database = try Fixtures.populatedDatabase()
        let read = try database.writer.read { db in
            (
                customers: try Array(ReferenceDataReader.customers(in: db)),
                contacts: try Array(ReferenceDataReader.contacts(in: db)),
                invoices: try Array(ReferenceDataReader.invoices(in: db)),
                salesGroups: try Array(ReferenceDataReader.salesGroups(in: db)),
                agents: try Array(ReferenceDataReader.agents(in: db))
            )
        }
        #expect(read.customers == Fixtures.customers)
        #expect(read.contacts == Fixtures.contacts)
        #expect(read.invoices == Fixtures.invoices)
        #expect(read.salesGroups == Fixtures.salesGroups)
        #expect(read.agents == Fixtures.agents)
    }

    @Test("counts() counts each table, and open invoices apart")
    func counts() throws {
        let counts = try Fixtures.populatedDatabase().counts()
        #expect(counts.customers == 3)
        #expect(counts.contacts == 2)
        #expect(counts.invoices == 3)
        #expect(counts.openInvoices == 2)
        #expect(counts.salesGroups == 2)
        #expect(counts.agents == 2)
        #expect(counts.purposes == 2)
        #expect(counts.letterSequences == 1)
        #expect(counts.pools == 0)
        #expect(counts.hierarchies == 0)
    }
}

import CollectaCore
import CollectaStore
import Foundation
import GRDB
import Testing

@Suite("CSV import: what is accepted")
struct CSVImportParsingTests {
    private func agentsAndCustomers() throws -> CollectaDatabase {
        let database = try Fixtures.emptyDatabase()
        try database.writer.write { db in
            try ReferenceDataWriter.upsert(Fixtures.agents, in: db)
            try ReferenceDataWriter.upsert(Fixtures.salesGroups, in: db)
        }
        return database
    }

    private func customers(_ database: CollectaDatabase) throws -> [Customer] {
        try database.writer.read { try Array(ReferenceDataReader.customers(in: $0)) }
    }

    @Test("quoted fields keep commas, doubled quotes and line breaks; Cyrillic is kept as is")
    func quotedFields() throws {
        let database = try agentsAndCustomers()
        let summary = try database.importCSV(.customers, #"""
            account,name,currency,language,tags
            C1,"Иванов, Пётр ""Лавка""",RUB,ru,"склад;север"
            C2,"Line one
            line two, ""quoted""",RUB,ru,
            """#)
        #expect(summary == ImportSummary(kind: .customers, inserted: 2, updated: 0))
        let stored = try customers(database)
        #expect(stored.map(\.name) == ["Иванов, Пётр \"Лавка\"", "Line one\nline two, \"quoted\""])
        #expect(stored[0].tags == ["север", "склад"])
    }

    @Test("optional columns may be left out and get their defaults")
    func defaults() throws {
        let database = try agentsAndCustomers()
        try database.importCSV(.customers, "account,name,currency,language\nC1,Acme,USD,en-US\n")
        #expect(try customers(database) == [
            Customer(account: "C1", name: "Acme", currency: "USD", language: "en-US"),
        ])
    }

    @Test("a UTF-8 byte order mark, CRLF line ends, blank lines and header case are accepted")
    func byteOrderMarkAndLineEnds() throws {
        let database = try agentsAndCustomers()
        let text = "\u{FEFF}Account, NAME ,currency,language\r\nC1,Acme,RUB,ru\r\n\r\n,,,\r\nC2,Beta,RUB,ru"
        let summary = try database.importCSV(.customers, text)
        #expect(summary.inserted == 2)
        #expect(try customers(database).map(\.account) == ["C1", "C2"])
    }

    @Test("booleans take yes/no, true/false, 1/0; enumerations take codes or words in any case")
    func flexibleValues() throws {
        let database = try agentsAndCustomers()
        try database.importCSV(.customers, """
            account,name,currency,language,on_hold
            C1,A,RUB,ru,YES
            C2,B,RUB,ru,true
            C3,C,RUB,ru,0
            """)
        #expect(try customers(database).map(\.isOnHold) == [true, true, false])
        try database.importCSV(.invoices, """
            id,customer,voucher,origin,invoice_date,due_date,amount,open_amount,currency,status
            I1,C1,V1,Sales order,2026-01-01,2026-01-31,10,10,RUB,Promised to pay
            I2,C1,V2,generalJournal,2026-01-01,2026-01-31,10.5,10.5,RUB,PROMISE BROKEN
            """)
        let invoices = try database.writer.read { try Array(ReferenceDataReader.invoices(in: $0)) }
        #expect(invoices.map(\.origin) == [.salesOrder, .generalJournal])
        #expect(invoices.map(\.status) == [.promisedToPay, .promiseBroken])
        #expect(invoices[1].amount == Money(minorUnits: 1050))
    }

    @Test("open_amount_company defaults to the open amount in the company currency or when settled")
    func openAmountCompanyDefault() throws {
        let database = try agentsAndCustomers()
        try database.importCSV(.customers, "account,name,currency,language\nC1,A,RUB,ru\n")
        try database.importCSV(.invoices, """
            id,customer,voucher,invoice_date,due_date,amount,open_amount,currency,settled_date
            I1,C1,V1,2026-01-01,2026-01-31,100.00,40.00,RUB,
            I2,C1,V2,2026-01-01,2026-01-31,100.00,0,USD,2026-02-01
            """)
        let invoices = try database.writer.read { try Array(ReferenceDataReader.invoices(in: $0)) }
        #expect(invoices.map(\.openAmountCompany) == [Money(minorUnits: 4000), .zero])
        #expect(invoices[1].settledDate == Fixtures.date("2026-02-01"))
    }

    @Test("an existing key is updated; tags, purposes and members are replaced")
    func upsertUpdatesExistingRows() throws {
        let database = try Fixtures.populatedDatabase()
        let summary = try database.importCSV(.customers, """
            account,name,currency,language,tags
            C001,Ромашка (renamed),RUB,ru,new
            C004,Fresh,RUB,ru,
            """)
        #expect(summary == ImportSummary(kind: .customers, inserted: 1, updated: 1))
        #expect(summary.description == "imported 2 customers (1 new, 1 updated)")
        let stored = try customers(database)
        #expect(stored[0] == Customer(
            account: "C001", name: "Ромашка (renamed)", currency: "RUB", language: "ru", tags: ["new"]))
        #expect(stored.count == 4)
        #expect(try database.counts().contacts == 2, "an update must not cascade to contacts")

        try database.importCSV(.contacts, "id,customer,name,purposes\nK1,C001,Мария,Invoice\n")
        let contact = try database.writer.read { try Array(ReferenceDataReader.contacts(in: $0))[0] }
        #expect(contact == Contact(id: "K1", customerAccount: "C001", name: "Мария", purposeIDs: ["Invoice"]))

        let groups = try database.importCSV(.salesGroups, """
            sales_group,name,member_name,member_email
            SG-EAST,East,Zoe,zoe@example.com
            SG-NEW,New,,
            SG-EAST,East,Adam,adam@example.com
            """)
        #expect(groups.description == "imported 2 sales groups (1 new, 1 updated)")
        let east = try database.writer.read { try Array(ReferenceDataReader.salesGroups(in: $0))[0] }
        #expect(east.members.map(\.name) == ["Zoe", "Adam"])
    }

    @Test("the summary reads in the singular for one value")
    func singularSummary() throws {
        let database = try Fixtures.emptyDatabase()
        let summary = try database.importCSV(.agents, "id,name,email\nA1,Anna,anna@example.com\n")
        #expect(summary.description == "imported 1 agent (1 new, 0 updated)")
        let group = try database.importCSV(.salesGroups, "sales_group,name\nG,Group\n")
        #expect(group.description == "imported 1 sales group (1 new, 0 updated)")
    }

    @Test("a file with a header and no rows imports nothing")
    func headerOnly() throws {
        let database = try Fixtures.emptyDatabase()
        let summary = try database.importCSV(.agents, "id,name,email,phone\n")
        #expect(summary == ImportSummary(kind: .agents, inserted: 0, updated: 0))
    }
}

import CollectaCore
import CollectaStore
import Foundation
import GRDB
import Testing

/// A file with one problem, and the exact issue lines it must be refused with.
struct BadFile: Sendable, CustomTestStringConvertible {
    let label: String
    let kind: ReferenceDataKind
    let data: Data
    let expected: [String]

    var testDescription: String { label }

    /// The kind's start (header and two good rows), then `badRow` as raw bytes on line 4.
    init(_ label: String, _ kind: ReferenceDataKind, badRow: [UInt8], _ expected: String...) {
        let start = kind == .invoices ? BadFile.invoicesStart : BadFile.customersStart
        self.init(label, kind, data: Data(start.utf8) + badRow + [0x0A], expected)
    }

    /// The kind's start (header and two good rows), then `badRow` on line 4.
    init(_ label: String, _ kind: ReferenceDataKind, badRow: String, _ expected: String...) {
        let start = kind == .invoices ? BadFile.invoicesStart : BadFile.customersStart
        self.init(label, kind, data: Data((start + badRow + "\n").utf8), expected)
    }

    init(_ label: String, _ kind: ReferenceDataKind, data: Data, _ expected: [String]) {
        self.label = label
        self.kind = kind
        self.data = data
        self.expected = expected
    }

    static let invoicesStart = """
        id,customer,voucher,invoice_date,due_date,amount,open_amount,currency
        I10,C001,V1,2026-03-01,2026-03-31,100.00,100.00,RUB
        I11,C002,V2,2026-03-01,2026-03-31,50.00,50.00,RUB

        """

    static let customersStart = #"""
        account,name,currency,language,agent,on_hold
        C010,"Two, ""quoted""",RUB,ru,A1,no
        C011,Иван,RUB,ru,,yes

        """#
}

@Suite("CSV import: what is refused, and that nothing changes")
struct CSVImportRefusalTests {
    static let oneBadRow: [BadFile] = [
        BadFile("bad date", .invoices, badRow: "I12,C001,V3,2026-02-30,2026-03-31,10,10,RUB",
                "invoices.csv:4: invoice_date: '2026-02-30' is not a date (YYYY-MM-DD)"),
        BadFile("unknown customer", .invoices, badRow: "I12,C999,V3,2026-03-01,2026-03-31,10,10,RUB",
                "invoices.csv:4: customer: unknown customer 'C999'"),
        BadFile("negative amount", .invoices, badRow: "I12,C001,V3,2026-03-01,2026-03-31,-5.00,1,RUB",
                "invoices.csv:4: amount: -5.00 is negative"),
        BadFile("not a number", .invoices, badRow: "I12,C001,V3,2026-03-01,2026-03-31,\"12,50\",1,RUB",
                "invoices.csv:4: amount: '12,50' is not an amount (like 1234.50: a dot, at most 2 decimals)"),
        BadFile("open amount above amount", .invoices, badRow: "I12,C001,V3,2026-03-01,2026-03-31,10,20,RUB",
                "invoices.csv:4: open_amount: 20.00 is larger than the amount 10.00"),
        BadFile("missing value", .invoices, badRow: "I12,C001,,2026-03-01,2026-03-31,10,10,RUB",
                "invoices.csv:4: voucher: a value is required"),
        BadFile("duplicate key", .invoices, badRow: "I10,C001,V3,2026-03-01,2026-03-31,10,10,RUB",
                "invoices.csv:4: id: duplicate 'I10' (first on line 2)"),
        BadFile("settled without date", .invoices, badRow: "I12,C001,V3,2026-03-01,2026-03-31,10,0,RUB",
                "invoices.csv:4: settled_date: required when open_amount is 0 (the invoice is settled)"),
        BadFile("foreign currency without company amount", .invoices,
                badRow: "I12,C001,V3,2026-03-01,2026-03-31,10,10,USD",
                "invoices.csv:4: open_amount_company: required when the currency (USD) is not the company currency (RUB)"),
        BadFile("wrong column count", .invoices, badRow: "I12,C001,V3,2026-03-01,2026-03-31,10,10",
                "invoices.csv:4: expected 8 fields, as in the header, but found 7"),
        BadFile("Latin-1 bytes", .invoices,
                badRow: Array("I12,C001,Caf".utf8) + [0xE9] + Array(",2026-03-01,2026-03-31,10,10,RUB".utf8),
                "invoices.csv:4: not UTF-8 text (byte 0xE9); save the file as UTF-8"),
        BadFile("Windows-1251 bytes", .customers,
                badRow: Array("C012,".utf8) + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2] + Array(",RUB,ru,,no".utf8),
                "customers.csv:4: not UTF-8 text (byte 0xCF); save the file as UTF-8"),
        BadFile("unknown agent", .customers, badRow: "C012,Acme,RUB,ru,A9,no",
                "customers.csv:4: agent: unknown collections agent 'A9'"),
        BadFile("wrong column count", .customers, badRow: "C012,Acme,RUB,ru,A1,no,extra",
                "customers.csv:4: expected 6 fields, as in the header, but found 7"),
        BadFile("bad boolean and currency", .customers, badRow: "C012,Acme,rub,ru,A1,maybe",
                "customers.csv:4: currency: 'rub' is not a currency code (3 capital letters, like RUB)",
                "customers.csv:4: on_hold: 'maybe' is not yes or no"),
        BadFile("missing column", .customers,
                data: Data("account,name,language\nC012,Acme,ru\n".utf8),
                ["customers.csv:1: currency: required column is missing"]),
        BadFile("unknown column", .customers,
                data: Data("account,name,currency,language,colour\nC012,Acme,RUB,ru,red\n".utf8),
                ["customers.csv:1: colour: unknown column; the columns are account,name,group,currency,language,country,sales_group,agent,credit_limit,on_hold,tags,letter_sequence"]),
        BadFile("invalid status", .invoices,
                data: Data("id,customer,voucher,invoice_date,due_date,amount,open_amount,currency,status\nI1,C001,V,2026-03-01,2026-03-31,1,1,RUB,paid\n".utf8),
                ["invoices.csv:2: status: 'paid' is not one of notDisputed, disputed, promisedToPay, resolved, promiseBroken"]),
        BadFile("empty file", .agents, data: Data(),
                ["agents.csv:1: no header row; the first line must be: id,name,email,phone"]),
        BadFile("unknown purpose", .contacts,
                data: Data("id,customer,name,email,purposes\nK9,C001,Ann,ann@example.com,Invoice;Sales\n".utf8),
                ["contacts.csv:2: purposes: unknown contact purpose 'Sales'"]),
        BadFile("bad email", .agents, data: Data("id,name,email\nA9,Ann,ann.example.com\n".utf8),
                ["agents.csv:2: email: 'ann.example.com' is not an email address"]),
        BadFile("sales group renamed between rows", .salesGroups,
                data: Data("sales_group,name,member_name,member_email\nG,East,A,a@x.com\nG,Other,B,b@x.com\n".utf8),
                ["sales-groups.csv:3: name: 'Other' differs from 'East' on line 2 for sales group 'G'"]),
        BadFile("member twice in a sales group", .salesGroups,
                data: Data("sales_group,name,member_name,member_email\nG,East,A,a@x.com\nG,East,A2,a@x.com\n".utf8),
                ["sales-groups.csv:3: member_email: duplicate member 'a@x.com' of sales group 'G' (first on line 2)"]),
    ]

    @Test("a file with one bad row is refused with the exact issue, and the database is unchanged",
          arguments: oneBadRow)
    func oneBadRowIsRefused(_ file: BadFile) throws {
        let database = try Fixtures.populatedDatabase()
        let before = try Snapshot(database)
        let issues = refusal {
            try database.importCSV(file.kind, from: file.data, fileName: "\(file.kind.rawValue).csv")
        }
        #expect(issues == file.expected)
        #expect(try Snapshot(database) == before)
    }

    @Test("line numbers count the lines inside quoted fields")
    func lineNumbersAfterMultilineField() throws {
        let database = try Fixtures.populatedDatabase()
        let issues = refusal {
            try database.importCSV(.customers, """
                account,name,currency,language
                C1,"three
                line
                name",RUB,ru
                C2,Bad,RUB,x
                """)
        }
        #expect(issues == ["customers.csv:5: language: 'x' is not a language tag (like ru or en-US)"])
    }

    @Test("every row is checked: problems on several lines are all reported, in file order")
    func severalProblems() throws {
        let database = try Fixtures.populatedDatabase()
        let issues = refusal {
            try database.importCSV(.agents, "id,name,email\nA8,,x@y.z\nA9,Bob,bob\nA1,Anna,anna@example.com\n")
        }
        #expect(issues == [
            "agents.csv:2: name: a value is required",
            "agents.csv:3: email: 'bob' is not an email address",
        ])
    }

    @Test("at most 50 issues are listed, then '… and N more'")
    func issueLimit() throws {
        let database = try Fixtures.populatedDatabase()
        let before = try Snapshot(database)
        let rows = (1...60).map { "A\($0),Agent \($0),not-an-email" }
        do {
            try database.importCSV(.agents, "id,name,email\n" + rows.joined(separator: "\n"))
            Issue.record("the import was not refused")
        } catch let error as ImportError {
            #expect(error.issues.count == 50)
            #expect(error.issueCount == 60)
            let lines = error.description.split(separator: "\n")
            #expect(lines.count == 51)
            #expect(lines.first == "agents.csv:2: email: 'not-an-email' is not an email address")
            #expect(lines.last == "… and 10 more")
        }
        #expect(try Snapshot(database) == before)
    }

    @Test("a row the database refuses rolls back every row written before it")
    func databaseRefusalRollsBack() throws {
        let database = try Fixtures.populatedDatabase()
        try database.writer.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_c3 BEFORE INSERT ON customer WHEN NEW.account = 'C9'
                BEGIN SELECT RAISE(ABORT, 'no C9 here'); END
                """)
        }
        let before = try Snapshot(database)
        let issues = refusal {
            try database.importCSV(.customers, "account,name,currency,language\nC7,A,RUB,ru\nC8,B,RUB,ru\nC9,C,RUB,ru\n")
        }
        #expect(issues == ["customers.csv:4: the database refused the row: no C9 here"])
        #expect(try Snapshot(database) == before)
    }

    @Test("invoices in a foreign currency need open_amount_company until a company currency is set")
    func noCompanyCurrency() throws {
        let database = try Fixtures.emptyDatabase(companyCurrency: nil)
        try database.importCSV(.customers, "account,name,currency,language\nC1,A,RUB,ru\n")
        let issues = refusal {
            try database.importCSV(.invoices, """
                id,customer,voucher,invoice_date,due_date,amount,open_amount,currency
                I1,C1,V,2026-01-01,2026-01-31,10,10,RUB
                """)
        }
        #expect(issues == ["invoices.csv:2: open_amount_company: required until the company currency is set (collecta init)"])
    }
}

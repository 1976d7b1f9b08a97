import CollectaCore
import CollectaStore
import GRDB
import Testing

@Suite("Pool queries")
struct PoolQueryTests {
    static let march1 = LocalDate(year: 2026, month: 3, day: 1)!
    static let february25 = LocalDate(year: 2026, month: 2, day: 25)!

    let database: CollectaDatabase

    init() throws {
        database = try CollectaDatabase.inMemory()
        try database.writer.write { db in
            try Self.insertReferenceData(db)
            try Self.insertCustomers(db)
            try Self.insertInvoices(db)
        }
    }

    private static func insertReferenceData(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO sales_group (id, name) VALUES ('G1', 'North')")
        try db.execute(
            sql: """
                INSERT INTO collections_agent (id, name, email)
                VALUES ('A1', 'Anna', 'anna@example.com')
                """)
    }

    /// C001 ACME LLC: RETAIL, group G1, agent A1, limit 1000.00.
    /// C002 Beta Trading: WHOLESALE, on hold, limit 5000.00, tagged VIP.
    /// C003 Gamma llc: RETAIL, tagged VIP and Temp.
    /// C004 Delta 100%: RETAIL. C005 ООО Ромашка: no group.
    private static func insertCustomers(_ db: Database) throws {
        let customers: [(String, String, String, String?, String?, Int, Int)] = [
            ("C001", "ACME LLC", "RETAIL", "G1", "A1", 100_000, 0),
            ("C002", "Beta Trading", "WHOLESALE", nil, nil, 500_000, 1),
            ("C003", "Gamma llc", "RETAIL", nil, nil, 0, 0),
            ("C004", "Delta 100%", "RETAIL", nil, nil, 0, 0),
            ("C005", "ООО Ромашка", "", nil, nil, 0, 0),
        ]
        for (account, name, group, salesGroup, agent, creditLimit, onHold) in customers {
            try db.execute(
                sql: """
                    INSERT INTO customer (account, name, customer_group, currency, language,
                        sales_group_id, agent_id, credit_limit, on_hold)
                    VALUES (?, ?, ?, 'RUB', 'ru', ?, ?, ?, ?)
                    """,
                arguments: [account, name, group, salesGroup, agent, creditLimit, onHold])
        }
        for (account, tag) in [("C002", "VIP"), ("C003", "VIP"), ("C003", "Temp")] {
            try db.execute(
                sql: "INSERT INTO customer_tag (customer_account, tag) VALUES (?, ?)",
                arguments: [account, tag])
        }
    }

    /// On 2026-03-01: C001 owes 500.00 (300.00 overdue 59 days), C002 50.00 (9 days; one
    /// settled invoice), C004 1000.00 in company currency (1 day); C003 and C005 owe nothing.
    private static func insertInvoices(_ db: Database) throws {
        let invoices: [(String, String, String, Int, Int, Int, String?)] = [
            ("I1", "C001", "2026-01-01", 30_000, 30_000, 30_000, nil),
            ("I2", "C001", "2026-04-01", 20_000, 20_000, 20_000, nil),
            ("I3", "C002", "2025-12-01", 70_000, 0, 0, "2025-12-20"),
            ("I4", "C002", "2026-02-20", 5_000, 5_000, 5_000, nil),
            ("I5", "C004", "2026-02-28", 1_000, 1_000, 100_000, nil),
        ]
        for (id, account, dueDate, amount, open, openCompany, settled) in invoices {
            try db.execute(
                sql: """
                    INSERT INTO invoice (id, customer_account, voucher, origin, invoice_date,
                        due_date, amount, open_amount, currency, open_amount_company, settled_date)
                    VALUES (?, ?, ?, 'salesOrder', '2025-11-01', ?, ?, ?, 'RUB', ?, ?)
                    """,
                arguments: [id, account, "V-" + id, dueDate, amount, open, openCompany, settled])
        }
    }

    private func accounts(
        _ field: CustomerField, _ range: String, asOf: LocalDate = march1
    ) throws -> [String] {
        try accounts([PoolCriterion(field: field, range: range)], asOf: asOf)
    }

    private func accounts(
        _ criteria: [PoolCriterion], asOf: LocalDate = march1
    ) throws -> [String] {
        let pool = CustomerPool(id: "P", description: "", criteria: criteria)
        let accounts = try database.customerAccounts(matching: pool, asOf: asOf, limit: 100)
        #expect(try database.countCustomers(matching: pool, asOf: asOf) == accounts.count)
        return accounts
    }

    @Test("text equality is exact")
    func textEquals() throws {
        #expect(try accounts(.name, "ACME LLC") == ["C001"])
        #expect(try accounts(.name, "acme llc") == [])
        #expect(try accounts(.group, "RETAIL,WHOLESALE") == ["C001", "C002", "C003", "C004"])
    }

    @Test("wildcards ignore case, also beyond ASCII, and take % literally")
    func wildcards() throws {
        #expect(try accounts(.name, "*llc*") == ["C001", "C003"])
        #expect(try accounts(.name, "*LLC") == ["C001", "C003"])
        #expect(try accounts(.name, "?eta*") == ["C002"])
        #expect(try accounts(.name, "*ромашка*") == ["C005"])
        #expect(try accounts(.name, "*%*") == ["C004"])
        #expect(try accounts(.name, "!*llc*") == ["C002", "C004", "C005"])
    }

    @Test("negations are ANDed: !A,!B excludes both")
    func negations() throws {
        #expect(try accounts(.group, "!RETAIL,!WHOLESALE") == ["C005"])
        #expect(try accounts(.group, "!RETAIL") == ["C002", "C005"])
        #expect(try accounts(.group, "RETAIL,WHOLESALE,!RETAIL") == ["C002"])
    }

    @Test("between, open-ended ranges and comparisons on text")
    func textRanges() throws {
        #expect(try accounts(.account, "C002..C004") == ["C002", "C003", "C004"])
        #expect(try accounts(.account, "..C002") == ["C001", "C002"])
        #expect(try accounts(.account, "C004..") == ["C004", "C005"])
        #expect(try accounts(.account, ">C003") == ["C004", "C005"])
        #expect(try accounts(.account, "<C002,C005") == ["C001", "C005"])
    }

    @Test("money compares in minor units")
    func money() throws {
        #expect(try accounts(.creditLimit, ">1000") == ["C002"])
        #expect(try accounts(.creditLimit, ">=1000") == ["C001", "C002"])
        #expect(try accounts(.creditLimit, "999.99..1000.00") == ["C001"])
        #expect(try accounts(.creditLimit, "0") == ["C003", "C004", "C005"])
    }

    @Test("computed balances use open invoices and the as-of date")
    func computedBalances() throws {
        #expect(try accounts(.openBalance, ">=500") == ["C001", "C004"])
        #expect(try accounts(.openBalance, "50") == ["C002"])
        #expect(try accounts(.openBalance, "0") == ["C003", "C005"])
        #expect(try accounts(.overdueBalance, "300") == ["C001"])
        #expect(try accounts(.overdueBalance, ">0") == ["C001", "C002", "C004"])
        #expect(try accounts(.overdueBalance, ">0", asOf: Self.february25) == ["C001", "C002"])
        #expect(try accounts(.overdueBalance, "1000", asOf: Self.february25) == [])
    }

    @Test("days overdue and open invoice count")
    func daysAndCounts() throws {
        #expect(try accounts(.maxDaysOverdue, "59") == ["C001"])
        #expect(try accounts(.maxDaysOverdue, "30..") == ["C001"])
        #expect(try accounts(.maxDaysOverdue, "1..9") == ["C002", "C004"])
        #expect(try accounts(.maxDaysOverdue, "0") == ["C003", "C005"])
        #expect(try accounts(.maxDaysOverdue, "0", asOf: Self.february25)
            == ["C003", "C004", "C005"])
        #expect(try accounts(.maxDaysOverdue, "5", asOf: Self.february25) == ["C002"])
        #expect(try accounts(.openInvoiceCount, "2") == ["C001"])
        #expect(try accounts(.openInvoiceCount, "1") == ["C002", "C004"])
        #expect(try accounts(.openInvoiceCount, "!0") == ["C001", "C002", "C004"])
    }

    @Test("tags: any tag passes, negation means no such tag, \"\" means no tags")
    func tags() throws {
        #expect(try accounts(.tags, "VIP") == ["C002", "C003"])
        #expect(try accounts(.tags, "!VIP") == ["C001", "C004", "C005"])
        #expect(try accounts(.tags, "VIP,!Temp") == ["C002"])
        #expect(try accounts(.tags, "\"\"") == ["C001", "C004", "C005"])
        #expect(try accounts(.tags, "!\"\"") == ["C002", "C003"])
        #expect(try accounts(.tags, "*mp") == ["C003"])
    }

    @Test("empty values: NULL columns count as empty")
    func emptyValues() throws {
        #expect(try accounts(.salesGroup, "\"\"") == ["C002", "C003", "C004", "C005"])
        #expect(try accounts(.salesGroup, "!\"\"") == ["C001"])
        #expect(try accounts(.agent, "!A1") == ["C002", "C003", "C004", "C005"])
        #expect(try accounts(.group, "\"\"") == ["C005"])
    }

    @Test("yes/no fields")
    func boolean() throws {
        #expect(try accounts(.onHold, "yes") == ["C002"])
        #expect(try accounts(.onHold, "No") == ["C001", "C003", "C004", "C005"])
        #expect(try accounts(.onHold, "!1") == ["C001", "C003", "C004", "C005"])
    }

    @Test("criteria of a pool are ANDed; an empty pool matches everyone")
    func pools() throws {
        #expect(try accounts([
            PoolCriterion(field: .group, range: "RETAIL"),
            PoolCriterion(field: .overdueBalance, range: ">0"),
        ]) == ["C001", "C004"])
        #expect(try accounts([]) == ["C001", "C002", "C003", "C004", "C005"])
    }

    @Test("pages follow the account order from the last account seen")
    func pagination() throws {
        let all = CustomerPool(id: "ALL", description: "")
        func page(_ pool: CustomerPool, after account: String?, limit: Int) throws -> [String] {
            try database.customerAccounts(
                matching: pool, asOf: Self.march1, after: account, limit: limit)
        }
        #expect(try page(all, after: nil, limit: 2) == ["C001", "C002"])
        #expect(try page(all, after: "C002", limit: 2) == ["C003", "C004"])
        #expect(try page(all, after: "C004", limit: 2) == ["C005"])
        #expect(try page(all, after: "C005", limit: 2) == [])
        #expect(try page(all, after: nil, limit: 0) == [])
        #expect(try database.customerAccounts(matching: all, asOf: Self.march1, limit: 3)
            == ["C001", "C002", "C003"])
        let retail = CustomerPool(id: "R", description: "", criteria: [
            PoolCriterion(field: .group, range: "RETAIL"),
        ])
        #expect(try page(retail, after: "C001", limit: 1) == ["C003"])
    }

    @Test("a hostile value is only ever a value")
    func injection() throws {
        #expect(try accounts(.name, "x'; DROP TABLE customer; --") == [])
        #expect(try accounts(.name, "*'; DROP TABLE customer; --*") == [])
        let all = CustomerPool(id: "ALL", description: "")
        #expect(try database.countCustomers(matching: all, asOf: Self.march1) == 5)
    }

    @Test("a malformed criterion throws its CriterionError")
    func malformed() {
        let pool = CustomerPool(id: "P", description: "", criteria: [
            PoolCriterion(field: .openBalance, range: ">"),
        ])
        #expect(throws: CriterionError(
            criterion: "openBalance", position: 1, reason: .missingValue(after: ">", kind: .money)
        )) {
            try database.countCustomers(matching: pool, asOf: Self.march1)
        }
    }

    @Test("SQL values convert to GRDB arguments")
    func statementArguments() {
        let condition = SQLCondition(sql: "? ? ?", arguments: [.text("a"), .integer(2), .null])
        #expect(condition.statementArguments == StatementArguments(["a", 2, nil]))
    }
}

import CollectaCore
import GRDB
import Testing

@testable import CollectaStore

/// The ledgers the payment model streams over: one per customer, in account order, from one
/// statement that SQLite does not sort.
@Suite("Ledger reading")
struct LedgerReadingTests {
    /// Every ledger, read as the model reads them.
    static func ledgers(_ database: CollectaDatabase) throws -> [CustomerLedger] {
        var ledgers: [CustomerLedger] = []
        try database.forEachLedger { ledgers.append($0) }
        return ledgers
    }

    @Test("one ledger per customer with invoices, in account order, each with all its invoices and its group")
    func groupsByCustomerInOrder() throws {
        let database = try RunnerTests.company(seed: 3)
        // An invoice of the first customer inserted last: grouping must not follow insertion order.
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO invoice (id, customer_account, voucher, origin, invoice_date, due_date, amount,
                    open_amount, currency, open_amount_company, settled_date)
                SELECT 'LATE-INSERT', account, 'V', 'freeText', '2020-01-01', '2020-01-31', 700, 0, currency, 0,
                    '2020-02-10'
                FROM customer ORDER BY account LIMIT 1
                """)
        }
        let ledgers = try Self.ledgers(database)
        let expected = try database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.account, c.customer_group, i.id, i.invoice_date, i.due_date, i.amount, i.settled_date
                FROM customer c JOIN invoice i ON i.customer_account = c.account
                """)
        }
        let byAccount = Dictionary(grouping: expected) { $0["account"] as String }
        #expect(ledgers.map(\.account) == byAccount.keys.sorted())
        #expect(ledgers.reduce(0) { $0 + $1.invoices.count } == expected.count)
        for ledger in ledgers {
            let rows = try #require(byAccount[ledger.account])
            #expect(ledger.group == rows[0]["customer_group"] as String)
            let plain = Set(rows.map { row in
                LedgerInvoice(
                    id: row["id"], invoiceDate: LocalDate(iso: row["invoice_date"])!,
                    dueDate: LocalDate(iso: row["due_date"])!, amount: row["amount"],
                    settledDate: (row["settled_date"] as String?).flatMap { LocalDate(iso: $0) })
            })
            #expect(Set(ledger.invoices) == plain, "\(ledger.account)")
            let keys = ledger.invoices.map { "\($0.dueDate) \($0.invoiceDate) \($0.id)" }
            #expect(keys == keys.sorted(), "\(ledger.account): invoices by due date")
        }
        #expect(ledgers[0].invoices.first?.id == "LATE-INSERT")
        #expect(ledgers.contains { $0.invoices.contains(where: \.isOpen) && $0.invoices.contains { !$0.isOpen } })
    }

    @Test("the ledger query scans the customer index: no temporary B-tree sorts the invoices")
    func queryPlanDoesNotSort() throws {
        let database = try RunnerTests.company(seed: 3)
        let plan = try database.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + LedgerReading.sql).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("invoice_by_customer") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }

    @Test("a database without invoices has no ledgers")
    func noInvoices() throws {
        #expect(try Self.ledgers(CollectaDatabase.inMemory()).isEmpty)
    }
}

import CollectaCore
import GRDB

/// Customers' ledgers read from one statement over every invoice in account order, handed on
/// one customer at a time: memory holds one customer's invoices, however many the database has.
enum LedgerReading {
    /// Every invoice with its customer's group, customer by customer: a scan of the customer
    /// key's index, and each customer's invoices by the index `invoice_by_customer` (no sort;
    /// `EXPLAIN QUERY PLAN` shows both). Customers lead (CROSS JOIN keeps that order): each is
    /// looked up once, not once per invoice (0.45 s against 0.7 s for a million invoices).
    static let sql = """
        SELECT c.account, c.customer_group, i.id, i.invoice_date, i.due_date, i.amount, i.settled_date
        FROM customer c CROSS JOIN invoice i ON i.customer_account = c.account
        ORDER BY c.account
        """

    /// Hands `body` each customer's ledger (customers with invoices only), in account order;
    /// within a ledger, invoices by due date, then invoice date, then id.
    static func forEachLedger(_ db: Database, _ body: (CustomerLedger) throws -> Void) throws {
        var ledger: CustomerLedger?
        var groups = TextInterner()
        try db.forEachRow(sql: sql, table: "invoice", keyIndex: 2) { row in
            if let current = ledger, !row.hasText(0, equalTo: current.account) {
                try body(ordered(current))
                ledger = nil
            }
            let invoice = LedgerInvoice(
                id: try row.text(2, "id"), invoiceDate: try row.date(3, "invoice_date"),
                dueDate: try row.date(4, "due_date"), amount: try row.integer(5, "amount"),
                settledDate: try row.optionalDate(6, "settled_date"))
            if ledger == nil {
                ledger = CustomerLedger(
                    account: try row.text(0, "customer_account"),
                    group: try groups.text(1, "customer_group", of: row), invoices: [])
            }
            ledger?.invoices.append(invoice)
        }
        if let ledger { try body(ordered(ledger)) }
    }

    /// The ledger with its invoices in a fixed order, whatever order they were inserted in.
    private static func ordered(_ ledger: CustomerLedger) -> CustomerLedger {
        var ledger = ledger
        ledger.invoices.sort { first, second in
            if first.dueDate != second.dueDate { return first.dueDate < second.dueDate }
            if first.invoiceDate != second.invoiceDate { return first.invoiceDate < second.invoiceDate }
            return first.id < second.id
        }
        return ledger
    }
}

extension CollectaDatabase {
    /// Hands `body` every customer's ledger (open and settled invoices), one customer at a time
    /// in account order, from one read transaction.
    public func forEachLedger(_ body: (CustomerLedger) throws -> Void) throws {
        try writer.read { db in try LedgerReading.forEachLedger(db, body) }
    }
}

import CollectaCore
import GRDB

/// Reads reference data back, in key order, one value at a time.
///
/// Every function returns a GRDB cursor: values are decoded as they are stepped through, so that
/// an export of a million invoices never holds them all in memory. Like every cursor, the result
/// must be iterated inside the database access closure that created it:
///
/// ```swift
/// try database.writer.read { db in
///     try ReferenceDataReader.invoices(in: db).forEach { invoice in … }
/// }
/// ```
///
/// Keys are ordered by SQLite's binary collation (byte order of their UTF-8 text).
public enum ReferenceDataReader {
    /// Every customer, by account, with its tags.
    public static func customers(in db: Database) throws -> some Cursor<Customer> {
        try Row.fetchCursor(db, sql: customerSelection + " ORDER BY account").map(customer(from:))
    }

    /// Every contact, by id, with its purposes.
    public static func contacts(in db: Database) throws -> some Cursor<Contact> {
        try Row.fetchCursor(db, sql: contactSelection + " ORDER BY id").map(contact(from:))
    }

    /// Every invoice, by id.
    ///
    /// Stepping the cursor throws `StoredValueError` for a date, origin or status that Collecta
    /// cannot read (only possible when the database was written by other means).
    public static func invoices(in db: Database) throws -> some Cursor<Invoice> {
        try Row.fetchCursor(db, sql: invoiceSelection + " ORDER BY id").map(invoice(from:))
    }

    /// Every sales group, by id, with its members in their stored order.
    public static func salesGroups(in db: Database) throws -> some Cursor<SalesGroup> {
        let members = try db.makeStatement(sql: """
            SELECT name, email FROM sales_group_member WHERE sales_group_id = ? ORDER BY position
            """)
        return try Row.fetchCursor(db, sql: "SELECT id, name FROM sales_group ORDER BY id")
            .map { row in
                let id: String = try row.decode(atIndex: 0)
                let memberRows = try Row.fetchAll(members, arguments: [id])
                return SalesGroup(
                    id: id, name: try row.decode(atIndex: 1),
                    members: try memberRows.map {
                        SalesGroupMember(name: try $0.decode(atIndex: 0), email: try $0.decode(atIndex: 1))
                    })
            }
    }

    /// Every collections agent, by id.
    public static func agents(in db: Database) throws -> some Cursor<CollectionsAgent> {
        try Row.fetchCursor(db, sql: "SELECT id, name, email, phone FROM collections_agent ORDER BY id")
            .map { row in
                CollectionsAgent(
                    id: try row.decode(atIndex: 0), name: try row.decode(atIndex: 1),
                    email: try row.decode(atIndex: 2), phone: try row.decode(atIndex: 3))
            }
    }

    // MARK: Selections and decoding, shared with the engine's case loading

    /// `SELECT … FROM customer` with the columns `customer(from:)` decodes.
    static let customerSelection = """
        SELECT account, name, customer_group, currency, language, country, sales_group_id,
            agent_id, credit_limit, on_hold, letter_sequence_id,
            (SELECT group_concat(tag, char(31)) FROM customer_tag
                WHERE customer_account = customer.account)
        FROM customer
        """

    /// `SELECT … FROM contact` with the columns `contact(from:)` decodes.
    static let contactSelection = """
        SELECT id, customer_account, name, email, phone,
            (SELECT group_concat(purpose_id, char(31)) FROM contact_purpose_link
                WHERE contact_id = contact.id)
        FROM contact
        """

    /// `SELECT … FROM invoice` with the columns `invoice(from:)` decodes.
    static let invoiceSelection = """
        SELECT id, customer_account, voucher, origin, invoice_date, due_date, amount,
            open_amount, currency, open_amount_company, status, settled_date
        FROM invoice
        """

    static func customer(from row: Row) throws -> Customer {
        Customer(
            account: try row.decode(atIndex: 0), name: try row.decode(atIndex: 1),
            group: try row.decode(atIndex: 2), currency: try row.decode(atIndex: 3),
            language: try row.decode(atIndex: 4), country: try row.decode(atIndex: 5),
            salesGroupID: try row.decode(atIndex: 6), agentID: try row.decode(atIndex: 7),
            creditLimit: Money(minorUnits: try row.decode(atIndex: 8)),
            isOnHold: try row.decode(atIndex: 9), tags: try list(row, atIndex: 11),
            letterSequenceID: try row.decode(atIndex: 10))
    }

    static func contact(from row: Row) throws -> Contact {
        Contact(
            id: try row.decode(atIndex: 0), customerAccount: try row.decode(atIndex: 1),
            name: try row.decode(atIndex: 2), email: try row.decode(atIndex: 3),
            phone: try row.decode(atIndex: 4), purposeIDs: try list(row, atIndex: 5))
    }

    static func invoice(from row: Row) throws -> Invoice {
        let id: String = try row.decode(atIndex: 0)
        let settledText: String? = try row.decode(atIndex: 11)
        return Invoice(
            id: id, customerAccount: try row.decode(atIndex: 1), voucher: try row.decode(atIndex: 2),
            origin: try invoiceValue(row, 3, "origin", id, InvoiceOrigin.init(rawValue:)),
            invoiceDate: try invoiceValue(row, 4, "invoice_date", id, LocalDate.init(iso:)),
            dueDate: try invoiceValue(row, 5, "due_date", id, LocalDate.init(iso:)),
            amount: Money(minorUnits: try row.decode(atIndex: 6)),
            openAmount: Money(minorUnits: try row.decode(atIndex: 7)),
            currency: try row.decode(atIndex: 8),
            openAmountCompany: Money(minorUnits: try row.decode(atIndex: 9)),
            status: try invoiceValue(row, 10, "status", id, CollectionsStatus.init(rawValue:)),
            settledDate: try settledText.map { _ in
                try invoiceValue(row, 11, "settled_date", id, LocalDate.init(iso:))
            })
    }

    /// A `group_concat(…, char(31))` column split back into its values.
    private static func list(_ row: Row, atIndex index: Int) throws -> [String] {
        let joined: String? = try row.decode(atIndex: index)
        return joined?.split(separator: "\u{1F}").map(String.init) ?? []
    }

    /// Decodes an invoice column stored as text, refusing text that `parse` does not accept.
    private static func invoiceValue<Value>(
        _ row: Row, _ index: Int, _ column: String, _ key: String, _ parse: (String) -> Value?
    ) throws -> Value {
        let text: String = try row.decode(atIndex: index)
        guard let value = parse(text) else {
            throw StoredValueError(table: "invoice", key: key, column: column, value: text)
        }
        return value
    }
}

/// A value in the database that Collecta cannot read back (written by hand or by a bug).
public struct StoredValueError: Error, Hashable, CustomStringConvertible {
    /// The table holding the value.
    public let table: String
    /// The key of the row.
    public let key: String
    /// The column holding the value.
    public let column: String
    /// The stored text.
    public let value: String

    public var description: String {
        "the database holds an unreadable value: \(table) '\(key)', \(column) = '\(value)'"
    }
}

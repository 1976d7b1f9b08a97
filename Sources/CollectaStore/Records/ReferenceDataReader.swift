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
        try rows(db, customerSelection + " ORDER BY account", table: "customer") { try customer(from: $0) }
    }

    /// Every contact, by id, with its purposes.
    public static func contacts(in db: Database) throws -> some Cursor<Contact> {
        try rows(db, contactSelection + " ORDER BY id", table: "contact") { try contact(from: $0) }
    }

    /// Every invoice, by id.
    ///
    /// Stepping the cursor throws `StoredValueError` for a date, origin or status that Collecta
    /// cannot read (only possible when the database was written by other means).
    public static func invoices(in db: Database) throws -> some Cursor<Invoice> {
        try rows(db, invoiceSelection + " ORDER BY id", table: "invoice") { try invoice(from: $0) }
    }

    /// A cursor over the rows of `sql`, each read column by column by `decode`.
    private static func rows<Value>(
        _ db: Database, _ sql: String, table: String, _ decode: @escaping (ColumnReader) throws -> Value
    ) throws -> some Cursor<Value> {
        let statement = try db.makeStatement(sql: sql)
        let reader = ColumnReader(statement: statement.sqliteStatement, table: table, keyIndex: 0)
        return try Row.fetchCursor(statement).map { _ in try decode(reader) }
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

    /// The rows of `sql`, each decoded by `decode` (`customer(from:)`, `invoice(from:)`…).
    static func fetchAll<Value>(
        _ db: Database, sql: String, arguments: StatementArguments = StatementArguments(), table: String,
        _ decode: (ColumnReader) throws -> Value
    ) throws -> [Value] {
        var values: [Value] = []
        try db.forEachRow(sql: sql, arguments: arguments, table: table) { values.append(try decode($0)) }
        return values
    }

    /// The customer in the current row of `customerSelection`.
    static func customer(from row: ColumnReader) throws -> Customer {
        try customer(from: row, tags: row.list(11))
    }

    /// The customer in the current row of a selection whose first eleven columns are those of
    /// `customerSelection`, with `tags`.
    static func customer(from row: ColumnReader, tags: [String]) throws -> Customer {
        var interners = CustomerInterners()
        return try customer(from: row, tags: tags, interners: &interners)
    }

    /// Values that repeat from customer to customer (group, currency…) share one string each.
    static func customer(
        from row: ColumnReader, tags: [String], interners: inout CustomerInterners
    ) throws -> Customer {
        Customer(
            account: try row.text(0, "account"), name: try row.text(1, "name"),
            group: try interners.group.text(2, "customer_group", of: row),
            currency: try interners.currency.text(3, "currency", of: row),
            language: try interners.language.text(4, "language", of: row),
            country: try interners.country.text(5, "country", of: row),
            salesGroupID: interners.salesGroup.optionalText(6, of: row),
            agentID: interners.agent.optionalText(7, of: row),
            creditLimit: try row.money(8, "credit_limit"), isOnHold: try row.bool(9, "on_hold"),
            tags: tags, letterSequenceID: interners.letterSequence.optionalText(10, of: row))
    }

    /// The strings of the customer columns whose values repeat.
    struct CustomerInterners {
        var group = TextInterner()
        var currency = TextInterner()
        var language = TextInterner()
        var country = TextInterner()
        var salesGroup = TextInterner()
        var agent = TextInterner()
        var letterSequence = TextInterner()
    }

    static func contact(from row: ColumnReader) throws -> Contact {
        Contact(
            id: try row.text(0, "id"), customerAccount: try row.text(1, "customer_account"),
            name: try row.text(2, "name"), email: row.optionalText(3), phone: row.optionalText(4),
            purposeIDs: row.list(5))
    }

    /// The invoice in the current row of `invoiceSelection`.
    static func invoice(from row: ColumnReader) throws -> Invoice {
        try invoice(from: row, customerAccount: try row.text(1, "customer_account"))
    }

    /// The invoice in the current row of `invoiceSelection`, whose customer account (column 1)
    /// the caller has read; its currency is the same string as `currency` when they are equal.
    static func invoice(from row: ColumnReader, customerAccount: String, currency: String? = nil) throws -> Invoice {
        Invoice(
            id: try row.text(0, "id"), customerAccount: customerAccount,
            voucher: try row.text(2, "voucher"),
            origin: try row.value(3, "origin", in: origins),
            invoiceDate: try row.date(4, "invoice_date"), dueDate: try row.date(5, "due_date"),
            amount: try row.money(6, "amount"), openAmount: try row.money(7, "open_amount"),
            currency: try row.text(8, "currency", reusing: currency),
            openAmountCompany: try row.money(9, "open_amount_company"),
            status: try row.value(10, "status", in: statuses),
            settledDate: try row.optionalDate(11, "settled_date"))
    }

    private static let origins = TextValues<InvoiceOrigin>()
    private static let statuses = TextValues<CollectionsStatus>()
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

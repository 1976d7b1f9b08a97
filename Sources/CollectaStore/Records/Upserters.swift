import CollectaCore
import GRDB

// Per-row writers behind `ReferenceDataWriter`. Each prepares its statements once, when it is
// created, and then only binds values and executes per value: the bulk path the SQLite notes
// ask for. An instance lives inside one database access closure and must not escape it.

/// Inserts a row, or updates it when its key is already there.
///
/// Not `INSERT … ON CONFLICT DO UPDATE`: SQLite treats an upsert as a statement that may write
/// twice, so inside a transaction it keeps a statement journal for every execution, and past a
/// few pages that journal is a temporary file: importing a million invoices wrote 900,000
/// pages to it (8 s of system time, measured with strace and perf). `INSERT OR IGNORE` needs
/// no statement journal; when it inserts nothing, the key is there and `UPDATE` writes the row.
/// An `UPDATE` that sets a foreign-key column needs a statement journal too, so the row is
/// first updated on the condition that its references stay as they are, which is the case
/// when a file is imported again; only a row whose references change is updated with them.
///
/// `OR IGNORE` also skips a row that breaks a NOT NULL or CHECK constraint. Then no `UPDATE`
/// finds the row either, and a plain `INSERT` runs to report the database's own reason.
final class KeyedRowWriter {
    private let insert: RowStatement
    private let updateKeepingReferences: RowStatement?
    private let update: RowStatement
    private let strictInsert: RowStatement
    private var scratch = RowValues()

    /// Writes rows of `table`. `columns` start with the key; the values of a row are given in
    /// their order. `references` are the columns that are foreign keys.
    init(_ db: Database, table: String, columns: [String], references: Set<String> = []) throws {
        let names = columns.joined(separator: ", ")
        let values = columns.indices.map { "?\($0 + 1)" }.joined(separator: ", ")
        func assignments(_ indices: some Sequence<Int>) -> String {
            indices.map { "\(columns[$0]) = ?\($0 + 1)" }.joined(separator: ", ")
        }
        let others = columns.indices.dropFirst()
        let key = "\(columns[0]) = ?1"
        insert = try RowStatement(db, sql: "INSERT OR IGNORE INTO \(table) (\(names)) VALUES (\(values))")
        let referenceIndices = others.filter { references.contains(columns[$0]) }
        let plainIndices = others.filter { !references.contains(columns[$0]) }
        if referenceIndices.isEmpty || plainIndices.isEmpty {
            updateKeepingReferences = nil
        } else {
            let unchanged = referenceIndices.map { " AND \(columns[$0]) IS ?\($0 + 1)" }.joined()
            updateKeepingReferences = try RowStatement(db, sql: """
                UPDATE \(table) SET \(assignments(plainIndices)) WHERE \(key)\(unchanged)
                """)
        }
        update = try RowStatement(db, sql: "UPDATE \(table) SET \(assignments(others)) WHERE \(key)")
        strictInsert = try RowStatement(db, sql: "INSERT INTO \(table) (\(names)) VALUES (\(values))")
    }

    /// Writes one row, whose values `fill` appends in the order of the columns.
    /// - Returns: true when the row was inserted, false when it was updated.
    @discardableResult
    func write(_ fill: (inout RowValues) -> Void) throws -> Bool {
        try RowValues.filling(&scratch, fill) { row in
            if try insert.execute(row) > 0 { return true }
            if let updateKeepingReferences, try updateKeepingReferences.execute(row) > 0 {
                return false
            }
            if try update.execute(row) > 0 { return false }
            try strictInsert.execute(row)
            return true
        }
    }
}

/// Inserts or updates customers and replaces their tags.
final class CustomerUpserter {
    private let customers: KeyedRowWriter
    private let deleteTags: RowStatement
    private let insertTag: RowStatement

    init(_ db: Database) throws {
        customers = try KeyedRowWriter(db, table: "customer", columns: [
            "account", "name", "customer_group", "currency", "language", "country",
            "sales_group_id", "agent_id", "credit_limit", "on_hold", "letter_sequence_id",
        ], references: ["sales_group_id", "agent_id", "letter_sequence_id"])
        deleteTags = try RowStatement(db, sql: "DELETE FROM customer_tag WHERE customer_account = ?")
        insertTag = try RowStatement(db, sql: "INSERT INTO customer_tag (customer_account, tag) VALUES (?, ?)")
    }

    func upsert(_ customer: Customer) throws {
        let isNew = try customers.write { row in
            row.append(customer.account)
            row.append(customer.name)
            row.append(customer.group)
            row.append(customer.currency)
            row.append(customer.language)
            row.append(customer.country)
            row.append(customer.salesGroupID)
            row.append(customer.agentID)
            row.append(customer.creditLimit.minorUnits)
            row.append(customer.isOnHold)
            row.append(customer.letterSequenceID)
        }
        if !isNew {
            try deleteTags.execute { $0.append(customer.account) }
        }
        for tag in customer.tags {
            try insertTag.execute { row in
                row.append(customer.account)
                row.append(tag)
            }
        }
    }
}

/// Inserts or updates contacts and replaces their purposes.
final class ContactUpserter {
    private let contacts: KeyedRowWriter
    private let deletePurposes: RowStatement
    private let insertPurpose: RowStatement

    init(_ db: Database) throws {
        contacts = try KeyedRowWriter(
            db, table: "contact", columns: ["id", "customer_account", "name", "email", "phone"],
            references: ["customer_account"])
        deletePurposes = try RowStatement(db, sql: "DELETE FROM contact_purpose_link WHERE contact_id = ?")
        insertPurpose = try RowStatement(
            db, sql: "INSERT INTO contact_purpose_link (contact_id, purpose_id) VALUES (?, ?)")
    }

    func upsert(_ contact: Contact) throws {
        let isNew = try contacts.write { row in
            row.append(contact.id)
            row.append(contact.customerAccount)
            row.append(contact.name)
            row.append(contact.email)
            row.append(contact.phone)
        }
        if !isNew {
            try deletePurposes.execute { $0.append(contact.id) }
        }
        for purposeID in contact.purposeIDs {
            try insertPurpose.execute { row in
                row.append(contact.id)
                row.append(purposeID)
            }
        }
    }
}

/// Inserts or updates invoices.
final class InvoiceUpserter {
    /// The columns of `invoice`, in the order `append(_:to:)` gives the values.
    static let columns = [
        "id", "customer_account", "voucher", "origin", "invoice_date", "due_date", "amount",
        "open_amount", "currency", "open_amount_company", "status", "settled_date",
    ]

    private let invoices: KeyedRowWriter

    init(_ db: Database) throws {
        invoices = try KeyedRowWriter(
            db, table: "invoice", columns: Self.columns, references: ["customer_account"])
    }

    func upsert(_ invoice: Invoice) throws {
        try invoices.write { Self.append(invoice, to: &$0) }
    }

    /// Appends the values of `invoice`'s row, in the order of `columns`.
    static func append(_ invoice: Invoice, to row: inout RowValues) {
        row.append(invoice.id)
        row.append(invoice.customerAccount)
        row.append(invoice.voucher)
        row.append(invoice.origin.rawValue)
        row.append(invoice.invoiceDate)
        row.append(invoice.dueDate)
        row.append(invoice.amount.minorUnits)
        row.append(invoice.openAmount.minorUnits)
        row.append(invoice.currency)
        row.append(invoice.openAmountCompany.minorUnits)
        row.append(invoice.status.rawValue)
        row.append(invoice.settledDate)
    }
}

/// Inserts or updates sales groups and replaces their members.
final class SalesGroupUpserter {
    private let groups: KeyedRowWriter
    private let deleteMembers: RowStatement
    private let insertMember: RowStatement

    init(_ db: Database) throws {
        groups = try KeyedRowWriter(db, table: "sales_group", columns: ["id", "name"])
        deleteMembers = try RowStatement(db, sql: "DELETE FROM sales_group_member WHERE sales_group_id = ?")
        insertMember = try RowStatement(db, sql: """
            INSERT INTO sales_group_member (sales_group_id, position, name, email)
            VALUES (?, ?, ?, ?)
            """)
    }

    func upsert(_ group: SalesGroup) throws {
        let isNew = try groups.write { row in
            row.append(group.id)
            row.append(group.name)
        }
        if !isNew {
            try deleteMembers.execute { $0.append(group.id) }
        }
        for (offset, member) in group.members.enumerated() {
            try insertMember.execute { row in
                row.append(group.id)
                row.append(Int64(offset + 1))
                row.append(member.name)
                row.append(member.email)
            }
        }
    }
}

/// Inserts or updates collections agents.
final class AgentUpserter {
    private let agents: KeyedRowWriter

    init(_ db: Database) throws {
        agents = try KeyedRowWriter(db, table: "collections_agent", columns: ["id", "name", "email", "phone"])
    }

    func upsert(_ agent: CollectionsAgent) throws {
        try agents.write { row in
            row.append(agent.id)
            row.append(agent.name)
            row.append(agent.email)
            row.append(agent.phone)
        }
    }
}

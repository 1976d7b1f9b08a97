import CollectaCore
import GRDB

// Per-row writers behind `ReferenceDataWriter`. Each prepares its statements once, when it is
// created, and then only binds arguments and executes per value: the bulk path the SQLite notes
// ask for. An instance lives inside one database access closure and must not escape it.

/// Inserts or updates customers and replaces their tags.
final class CustomerUpserter {
    private let upsertCustomer: Statement
    private let deleteTags: Statement
    private let insertTag: Statement

    init(_ db: Database) throws {
        upsertCustomer = try db.makeStatement(sql: """
            INSERT INTO customer (account, name, customer_group, currency, language, country,
                sales_group_id, agent_id, credit_limit, on_hold, letter_sequence_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(account) DO UPDATE SET
                name = excluded.name, customer_group = excluded.customer_group,
                currency = excluded.currency, language = excluded.language,
                country = excluded.country, sales_group_id = excluded.sales_group_id,
                agent_id = excluded.agent_id, credit_limit = excluded.credit_limit,
                on_hold = excluded.on_hold, letter_sequence_id = excluded.letter_sequence_id
            """)
        deleteTags = try db.makeStatement(sql: "DELETE FROM customer_tag WHERE customer_account = ?")
        insertTag = try db.makeStatement(
            sql: "INSERT INTO customer_tag (customer_account, tag) VALUES (?, ?)")
    }

    func upsert(_ customer: Customer) throws {
        upsertCustomer.setUncheckedArguments([
            customer.account, customer.name, customer.group, customer.currency, customer.language,
            customer.country, customer.salesGroupID, customer.agentID,
            customer.creditLimit.minorUnits, customer.isOnHold, customer.letterSequenceID,
        ])
        try upsertCustomer.execute()
        deleteTags.setUncheckedArguments([customer.account])
        try deleteTags.execute()
        for tag in customer.tags {
            insertTag.setUncheckedArguments([customer.account, tag])
            try insertTag.execute()
        }
    }
}

/// Inserts or updates contacts and replaces their purposes.
final class ContactUpserter {
    private let upsertContact: Statement
    private let deletePurposes: Statement
    private let insertPurpose: Statement

    init(_ db: Database) throws {
        upsertContact = try db.makeStatement(sql: """
            INSERT INTO contact (id, customer_account, name, email, phone) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET
                customer_account = excluded.customer_account, name = excluded.name,
                email = excluded.email, phone = excluded.phone
            """)
        deletePurposes = try db.makeStatement(
            sql: "DELETE FROM contact_purpose_link WHERE contact_id = ?")
        insertPurpose = try db.makeStatement(
            sql: "INSERT INTO contact_purpose_link (contact_id, purpose_id) VALUES (?, ?)")
    }

    func upsert(_ contact: Contact) throws {
        upsertContact.setUncheckedArguments([
            contact.id, contact.customerAccount, contact.name, contact.email, contact.phone,
        ])
        try upsertContact.execute()
        deletePurposes.setUncheckedArguments([contact.id])
        try deletePurposes.execute()
        for purposeID in contact.purposeIDs {
            insertPurpose.setUncheckedArguments([contact.id, purposeID])
            try insertPurpose.execute()
        }
    }
}

/// Inserts or updates invoices.
final class InvoiceUpserter {
    private let upsertInvoice: Statement

    init(_ db: Database) throws {
        upsertInvoice = try db.makeStatement(sql: """
            INSERT INTO invoice (id, customer_account, voucher, origin, invoice_date, due_date,
                amount, open_amount, currency, open_amount_company, status, settled_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET
                customer_account = excluded.customer_account, voucher = excluded.voucher,
                origin = excluded.origin, invoice_date = excluded.invoice_date,
                due_date = excluded.due_date, amount = excluded.amount,
                open_amount = excluded.open_amount, currency = excluded.currency,
                open_amount_company = excluded.open_amount_company, status = excluded.status,
                settled_date = excluded.settled_date
            """)
    }

    func upsert(_ invoice: Invoice) throws {
        upsertInvoice.setUncheckedArguments([
            invoice.id, invoice.customerAccount, invoice.voucher, invoice.origin.rawValue,
            invoice.invoiceDate.isoString, invoice.dueDate.isoString, invoice.amount.minorUnits,
            invoice.openAmount.minorUnits, invoice.currency, invoice.openAmountCompany.minorUnits,
            invoice.status.rawValue, invoice.settledDate?.isoString,
        ])
        try upsertInvoice.execute()
    }
}

/// Inserts or updates sales groups and replaces their members.
final class SalesGroupUpserter {
    private let upsertGroup: Statement
    private let deleteMembers: Statement
    private let insertMember: Statement

    init(_ db: Database) throws {
        upsertGroup = try db.makeStatement(sql: """
            INSERT INTO sales_group (id, name) VALUES (?, ?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name
            """)
        deleteMembers = try db.makeStatement(
            sql: "DELETE FROM sales_group_member WHERE sales_group_id = ?")
        insertMember = try db.makeStatement(sql: """
            INSERT INTO sales_group_member (sales_group_id, position, name, email)
            VALUES (?, ?, ?, ?)
            """)
    }

    func upsert(_ group: SalesGroup) throws {
        upsertGroup.setUncheckedArguments([group.id, group.name])
        try upsertGroup.execute()
        deleteMembers.setUncheckedArguments([group.id])
        try deleteMembers.execute()
        for (offset, member) in group.members.enumerated() {
            insertMember.setUncheckedArguments([group.id, offset + 1, member.name, member.email])
            try insertMember.execute()
        }
    }
}

/// Inserts or updates collections agents.
final class AgentUpserter {
    private let upsertAgent: Statement

    init(_ db: Database) throws {
        upsertAgent = try db.makeStatement(sql: """
            INSERT INTO collections_agent (id, name, email, phone) VALUES (?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET
                name = excluded.name, email = excluded.email, phone = excluded.phone
            """)
    }

    func upsert(_ agent: CollectionsAgent) throws {
        upsertAgent.setUncheckedArguments([agent.id, agent.name, agent.email, agent.phone])
        try upsertAgent.execute()
    }
}

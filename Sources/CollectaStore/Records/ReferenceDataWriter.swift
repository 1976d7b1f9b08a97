import CollectaCore
import GRDB

/// Writes reference data (customers, contacts, invoices, sales groups, collections agents).
///
/// Every function inserts the values that are new and updates those whose key already exists
/// (`INSERT OR IGNORE`, then `UPDATE`: see `KeyedRowWriter`), through statements prepared once
/// per call and bound through the SQLite C API, so it is fit for bulk loads. GRDB transaction
/// observers are not told of these writes statement by statement (`RowStatement`). The caller
/// owns the transaction: pass the `Database` of a `writer.write { db in … }` closure to get
/// all-or-nothing behaviour.
///
/// A referenced row must already exist (a customer's sales group, agent and letter sequence, a
/// contact's customer and purposes, an invoice's customer), or SQLite refuses the write with a
/// foreign-key error; the same holds for the schema's CHECK constraints.
///
/// ```swift
/// try database.writer.write { db in
///     try ReferenceDataWriter.upsert(agents, in: db)
///     try ReferenceDataWriter.upsert(customers, in: db)
/// }
/// ```
public enum ReferenceDataWriter {
    /// Inserts or updates `customers` by account; each customer's tags replace its stored tags.
    public static func upsert(_ customers: some Sequence<Customer>, in db: Database) throws {
        let upserter = try CustomerUpserter(db)
        for customer in customers {
            try upserter.upsert(customer)
        }
    }

    /// Inserts or updates `contacts` by id; each contact's purposes replace its stored purposes.
    public static func upsert(_ contacts: some Sequence<Contact>, in db: Database) throws {
        let upserter = try ContactUpserter(db)
        for contact in contacts {
            try upserter.upsert(contact)
        }
    }

    /// Inserts or updates `invoices` by id.
    public static func upsert(_ invoices: some Sequence<Invoice>, in db: Database) throws {
        let upserter = try InvoiceUpserter(db)
        for invoice in invoices {
            try upserter.upsert(invoice)
        }
    }

    /// Inserts or updates sales groups by id; each group's members replace its stored members,
    /// keeping their order (stored as 1-based positions).
    public static func upsert(_ salesGroups: some Sequence<SalesGroup>, in db: Database) throws {
        let upserter = try SalesGroupUpserter(db)
        for group in salesGroups {
            try upserter.upsert(group)
        }
    }

    /// Inserts or updates collections agents by id.
    public static func upsert(_ agents: some Sequence<CollectionsAgent>, in db: Database) throws {
        let upserter = try AgentUpserter(db)
        for agent in agents {
            try upserter.upsert(agent)
        }
    }
}

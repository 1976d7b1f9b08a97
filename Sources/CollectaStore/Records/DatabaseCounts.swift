import GRDB

/// How many rows of each kind the database holds: for summaries and status lines.
public struct DatabaseCounts: Hashable, Sendable {
    /// Customers (`customer`).
    public var customers: Int
    /// Contacts of customers (`contact`).
    public var contacts: Int
    /// Invoices, open and settled (`invoice`).
    public var invoices: Int
    /// Invoices with an open amount above zero.
    public var openInvoices: Int
    /// Sales groups (`sales_group`), not counting their members.
    public var salesGroups: Int
    /// Collections agents (`collections_agent`).
    public var agents: Int
    /// Contact purposes (`contact_purpose`).
    public var purposes: Int
    /// Collection letter sequences (`letter_sequence`).
    public var letterSequences: Int
    /// Customer pools (`customer_pool`).
    public var pools: Int
    /// Process hierarchies (`process_hierarchy`).
    public var hierarchies: Int
    /// Activity templates (`activity_template`).
    public var activityTemplates: Int
    /// Email templates (`email_template`).
    public var emailTemplates: Int

    /// Counts every table in one read.
    public static func fetch(_ db: Database) throws -> DatabaseCounts {
        let row = try Row.fetchOne(db, sql: """
            SELECT
                (SELECT count(*) FROM customer),
                (SELECT count(*) FROM contact),
                (SELECT count(*) FROM invoice),
                (SELECT count(*) FROM invoice WHERE open_amount > 0),
                (SELECT count(*) FROM sales_group),
                (SELECT count(*) FROM collections_agent),
                (SELECT count(*) FROM contact_purpose),
                (SELECT count(*) FROM letter_sequence),
                (SELECT count(*) FROM customer_pool),
                (SELECT count(*) FROM process_hierarchy),
                (SELECT count(*) FROM activity_template),
                (SELECT count(*) FROM email_template)
            """)
        guard let row else { preconditionFailure("a SELECT without FROM returns one row") }
        return DatabaseCounts(
            customers: try row.decode(atIndex: 0), contacts: try row.decode(atIndex: 1),
            invoices: try row.decode(atIndex: 2), openInvoices: try row.decode(atIndex: 3),
            salesGroups: try row.decode(atIndex: 4), agents: try row.decode(atIndex: 5),
            purposes: try row.decode(atIndex: 6), letterSequences: try row.decode(atIndex: 7),
            pools: try row.decode(atIndex: 8), hierarchies: try row.decode(atIndex: 9),
            activityTemplates: try row.decode(atIndex: 10), emailTemplates: try row.decode(atIndex: 11))
    }
}

extension CollectaDatabase {
    /// The number of rows of each kind, read in one consistent snapshot.
    public func counts() throws -> DatabaseCounts {
        try writer.read(DatabaseCounts.fetch)
    }
}

import CollectaCore
import Foundation
import GRDB

/// Why a demo dataset was not written.
public enum DemoLoadingError: Error, Equatable, CustomStringConvertible {
    /// The database already has customers or a configuration; the demo never mixes with them.
    case databaseNotEmpty(path: String)
    /// The generated configuration breaks a configuration rule (a bug in the generator).
    case invalidConfiguration([String])
    /// The CSV files could not be written to the directory.
    case cannotWriteFiles(directory: String, reason: String)

    public var description: String {
        switch self {
        case .databaseNotEmpty(let path):
            "\(path) already holds data; the demo company goes into a new or empty database (use another --db)"
        case .invalidConfiguration(let violations):
            "the demo configuration breaks the rules: " + violations.joined(separator: "; ")
        case .cannotWriteFiles(let directory, let reason):
            "cannot write the CSV files to \(directory): \(reason); nothing was written"
        }
    }
}

extension CollectaDatabase {
    /// Writes a whole demo company — configuration, agents, sales groups, customers, contacts
    /// and invoices — into an empty database, in one transaction: all of it or nothing.
    public func load(_ dataset: DemoDataset) throws {
        try load(
            configuration: dataset.configuration, agents: dataset.agents,
            salesGroups: dataset.salesGroups
        ) { writer in
            for customer in dataset.customers { try writer.insert(customer) }
            for contact in dataset.contacts { try writer.insert(contact) }
            for invoice in dataset.invoices { try writer.insert(invoice) }
        }
    }

    /// Writes the demo company of `generator` into an empty database, one customer at a time,
    /// in one transaction: all of it or nothing. Memory stays bounded by the largest customer.
    ///
    /// With `csvDirectory`, the same data also goes into CSV files in the import format
    /// (`agents.csv`, `sales-groups.csv`, `customers.csv`, `contacts.csv`, `invoices.csv`) and
    /// the configuration into `configuration.yaml` (see ``DemoCSVFiles``); files of those
    /// names are replaced. When the load fails, the files are removed again.
    public func load(_ generator: DemoCompanyGenerator, csvDirectory: URL? = nil) throws {
        var generator = generator
        let files = try csvDirectory.map(DemoCSVFiles.init(directory:))
        do {
            try load(
                configuration: generator.configuration, agents: generator.agents,
                salesGroups: generator.salesGroups
            ) { writer in
                try files?.write(
                    configuration: generator.configuration, agents: generator.agents,
                    salesGroups: generator.salesGroups)
                while let record = generator.next() {
                    try writer.insert(record)
                    try files?.write(record)
                }
                try files?.finish()
            }
        } catch {
            files?.remove()
            throw error
        }
    }

    /// Checks the configuration and the database, writes the configuration and the staff, then
    /// lets `body` write the ledger, all in one transaction.
    private func load(
        configuration: CollectionsConfiguration, agents: [CollectionsAgent],
        salesGroups: [SalesGroup], ledger body: (DemoLedgerWriter) throws -> Void
    ) throws {
        let violations = ConfigurationValidator.violations(in: configuration)
        guard violations.isEmpty else {
            throw DemoLoadingError.invalidConfiguration(violations.map(\.description))
        }
        try writer.write { db in
            let counts = try DatabaseCounts.fetch(db)
            guard counts.customers == 0, try ConfigurationReader.configuration(in: db) == nil else {
                throw DemoLoadingError.databaseNotEmpty(path: path)
            }
            try ConfigurationWriter(db: db).replace(with: configuration)
            try ReferenceDataWriter.upsert(agents, in: db)
            try ReferenceDataWriter.upsert(salesGroups, in: db)
            let ledger = DemoLedgerWriter(db)
            try body(ledger)
            try ledger.finish()
        }
    }
}

/// Writes customers, contacts and invoices into empty tables, in batches of rows.
///
/// The columns are those `ReferenceDataWriter` fills; the rows are plain inserts (the database
/// was checked to be empty). Call ``finish()`` after the last customer.
final class DemoLedgerWriter {
    private let customers: DemoBatchInsert
    private let tags: DemoBatchInsert
    private let contacts: DemoBatchInsert
    private let purposes: DemoBatchInsert
    private let invoices: DemoBatchInsert

    init(_ db: Database) {
        customers = DemoBatchInsert(db, table: "customer", columns: [
            "account", "name", "customer_group", "currency", "language", "country",
            "sales_group_id", "agent_id", "credit_limit", "on_hold", "letter_sequence_id",
        ])
        tags = DemoBatchInsert(
            db, table: "customer_tag", columns: ["customer_account", "tag"], parents: [customers])
        contacts = DemoBatchInsert(
            db, table: "contact", columns: ["id", "customer_account", "name", "email", "phone"],
            parents: [customers])
        purposes = DemoBatchInsert(
            db, table: "contact_purpose_link", columns: ["contact_id", "purpose_id"],
            parents: [contacts])
        invoices = DemoBatchInsert(db, table: "invoice", columns: [
            "id", "customer_account", "voucher", "origin", "invoice_date", "due_date", "amount",
            "open_amount", "currency", "open_amount_company", "status", "settled_date",
        ], parents: [customers])
    }

    func insert(_ record: DemoCustomerRecord) throws {
        try insert(record.customer)
        for contact in record.contacts { try insert(contact) }
        for invoice in record.invoices { try insert(invoice) }
    }

    func insert(_ customer: Customer) throws {
        try customers.insert(
            .text(customer.account), .text(customer.name), .text(customer.group),
            .text(customer.currency), .text(customer.language), .text(customer.country),
            .text(customer.salesGroupID), .text(customer.agentID),
            .integer(customer.creditLimit.minorUnits), .integer(customer.isOnHold ? 1 : 0),
            .text(customer.letterSequenceID))
        for tag in customer.tags {
            try tags.insert(.text(customer.account), .text(tag))
        }
    }

    func insert(_ contact: Contact) throws {
        try contacts.insert(
            .text(contact.id), .text(contact.customerAccount), .text(contact.name),
            .text(contact.email), .text(contact.phone))
        for purpose in contact.purposeIDs {
            try purposes.insert(.text(contact.id), .text(purpose))
        }
    }

    func insert(_ invoice: Invoice) throws {
        try invoices.insert(
            .text(invoice.id), .text(invoice.customerAccount), .text(invoice.voucher),
            .text(invoice.origin.rawValue), .date(invoice.invoiceDate), .date(invoice.dueDate),
            .integer(invoice.amount.minorUnits), .integer(invoice.openAmount.minorUnits),
            .text(invoice.currency), .integer(invoice.openAmountCompany.minorUnits),
            .text(invoice.status.rawValue), invoice.settledDate.map(DemoSQLValue.date) ?? .null)
    }

    /// Writes the rows still waiting in every batch.
    func finish() throws {
        try tags.flush()
        try purposes.flush()
        try invoices.flush()
    }
}

import CollectaCore
import Foundation
import GRDB

/// Reading customers for pickers and for template previews.
extension CollectaDatabase {
    /// How many customers have `text` in their account or name (every customer when empty).
    public func customerCount(matching text: String) throws -> Int {
        try translatedRead { db in
            let conditions = Self.customerSearchConditions(text)
            return try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM customer " + conditions.whereClause,
                arguments: conditions.arguments) ?? 0
        }
    }

    /// The customers matching `text` (see `customerCount(matching:)`) in account order, `limit`
    /// of them from `offset`.
    public func customers(matching text: String, offset: Int, limit: Int) throws -> [Customer] {
        try translatedRead { db in
            let conditions = Self.customerSearchConditions(text)
            var arguments = conditions.arguments
            arguments += [limit, offset]
            return try ReferenceDataReader.fetchAll(
                db,
                sql: ReferenceDataReader.customerSelection + " " + conditions.whereClause
                    + " ORDER BY account LIMIT ? OFFSET ?",
                arguments: arguments, table: "customer", ReferenceDataReader.customer(from:))
        }
    }

    /// What a template shows for customer `account` on `date`: its open invoices (the leading
    /// one by R5, the overdue ones listed), the first of its contacts with `purpose`, its agent
    /// and `parameters`. Nil when the customer does not exist or has no open invoice.
    public func renderingContext(
        forCustomer account: String, contactPurpose purpose: String,
        parameters: AutomationParameters, on date: LocalDate
    ) throws -> RenderingContext? {
        try translatedRead { db -> RenderingContext? in
            guard let customer = try ReferenceDataReader.fetchAll(
                db, sql: ReferenceDataReader.customerSelection + " WHERE account = ?", arguments: [account],
                table: "customer", ReferenceDataReader.customer(from:)
            ).first else { return nil }
            let invoices = try ReferenceDataReader.fetchAll(
                db, sql: ReferenceDataReader.invoiceSelection + " WHERE customer_account = ? AND open_amount > 0",
                arguments: [account], table: "invoice", ReferenceDataReader.invoice(from:))
            let eligible = invoices.filter(\.status.isEligible)
            guard let leading = (eligible.isEmpty ? invoices : eligible).min(by: {
                ($0.dueDate, $0.invoiceDate, $0.id) < ($1.dueDate, $1.invoiceDate, $1.id)
            }) else { return nil }
            let contact = try ReferenceDataReader.fetchAll(
                db, sql: ReferenceDataReader.contactSelection + " WHERE customer_account = ? ORDER BY id",
                arguments: [account], table: "contact", ReferenceDataReader.contact(from:)
            ).first { $0.purposeIDs.contains(purpose) }
            let agent = try customer.agentID.flatMap { id in
                try Array(ReferenceDataReader.agents(in: db)).first { $0.id == id }
            }
            return RenderingContext(
                parameters: parameters, customer: customer, contactName: contact?.name,
                leadingInvoice: leading, overdueInvoices: eligible.filter { $0.dueDate < date },
                agent: agent, runDate: date, letterLevel: nil)
        }
    }

    private static func customerSearchConditions(_ text: String) -> QueryConditions {
        CustomerSearchSQL.condition(for: text)
    }
}

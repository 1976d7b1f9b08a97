/// The SQL each customer field is read with, over `customer c` (see the schema).
enum CustomerFieldSQL {
    /// Open invoices of the customer `c`, aliased `i`.
    private static let openInvoices =
        "FROM invoice i WHERE i.customer_account = c.account AND i.open_amount > 0"

    /// The never-NULL expression giving `field`'s value for customer `c`, or nil for `tags`,
    /// which is tested with `EXISTS` over `customer_tag`. Computed fields are correlated
    /// subqueries over `invoice` that bind `asOf` as ISO text where they need it.
    static func operand(for field: CustomerField, asOf: LocalDate) -> SQLExpression? {
        switch field {
        case .account: SQLExpression(sql: "c.account")
        case .name: SQLExpression(sql: "c.name")
        case .group: SQLExpression(sql: "c.customer_group")
        case .currency: SQLExpression(sql: "c.currency")
        case .language: SQLExpression(sql: "c.language")
        case .country: SQLExpression(sql: "c.country")
        case .salesGroup: SQLExpression(sql: "coalesce(c.sales_group_id, '')")
        case .agent: SQLExpression(sql: "coalesce(c.agent_id, '')")
        case .letterSequence: SQLExpression(sql: "coalesce(c.letter_sequence_id, '')")
        case .creditLimit: SQLExpression(sql: "c.credit_limit")
        case .onHold: SQLExpression(sql: "c.on_hold")
        case .tags: nil
        case .openBalance, .overdueBalance, .maxDaysOverdue, .openInvoiceCount:
            computed(field, asOf: .text(asOf.isoString))
        }
    }

    /// The subquery of a computed field.
    private static func computed(_ field: CustomerField, asOf: SQLValue) -> SQLExpression? {
        switch field {
        case .openBalance:
            SQLExpression(sql: "(SELECT coalesce(sum(i.open_amount_company), 0) \(openInvoices))")
        case .overdueBalance:
            SQLExpression(
                sql: "(SELECT coalesce(sum(i.open_amount_company), 0) \(openInvoices)"
                    + " AND i.due_date < ?)",
                arguments: [asOf])
        case .maxDaysOverdue:
            // The oldest overdue invoice is the most overdue one: asOf - min(due_date) equals
            // max(asOf - due_date). Dates are whole days, so the difference is exact.
            SQLExpression(
                sql: "(SELECT coalesce("
                    + "CAST(julianday(?) - julianday(min(i.due_date)) AS INTEGER), 0)"
                    + " \(openInvoices) AND i.due_date < ?)",
                arguments: [asOf, asOf])
        case .openInvoiceCount:
            SQLExpression(sql: "(SELECT count(*) \(openInvoices))")
        default:
            nil
        }
    }
}

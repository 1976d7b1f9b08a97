/// One placeholder a template may use (R15), as the catalogue documents it.
public struct Placeholder: Hashable, Sendable {
    /// The name written between the braces: `customer.name`; for a section's items, the item's
    /// own name (`dueDate` in `{{#overdueInvoices}}{{dueDate}}{{/overdueInvoices}}`).
    public let name: String
    /// The section whose items have the placeholder; nil when it may be used anywhere.
    public let section: String?
    /// What the value is, in words.
    public let meaning: String
    /// A value as it renders, e.g. `2026-01-15` or `1234.50`.
    public let example: String
}

/// A section of the catalogue: a list that `{{#name}}…{{/name}}` repeats once per item and that
/// `{{^name}}…{{/name}}` shows only when it is empty.
public struct PlaceholderSection: Hashable, Sendable {
    /// The section name, e.g. `overdueInvoices`.
    public let name: String
    /// What the items are, in words.
    public let meaning: String
    /// The placeholders each item has, usable inside the section only.
    public let itemPlaceholders: [Placeholder]
}

/// The placeholders of subjects, bodies and letter texts (R15): the single source of truth for
/// rendering, for the R15 check and for docs/config.md.
///
/// Values render as plain text: dates in ISO form (`2026-01-15`), amounts with a dot and exactly
/// two decimals and no grouping (`1234.50`, as ``Money/decimalString``) so that they read the
/// same in every language and cannot be misparsed, whole numbers in decimal. A value that is
/// unknown for a customer (no contact, no agent, no phone, no letter level) is *absent*: it
/// renders as nothing, a section over it is skipped and an inverted section over it is shown.
public enum PlaceholderCatalogue {
    /// The placeholders usable anywhere in a template, in catalogue order.
    public static let placeholders: [Placeholder] = PlaceholderFields.context.map(\.placeholder)

    /// The sections, in catalogue order.
    public static let sections: [PlaceholderSection] = [
        PlaceholderSection(
            name: PlaceholderFields.overdueInvoicesSection,
            meaning: "the customer's overdue invoices, oldest due date first",
            itemPlaceholders: PlaceholderFields.overdueInvoice.map(\.placeholder)),
        PlaceholderSection(
            name: PlaceholderFields.totalsSection,
            meaning: "the open amounts of the overdue invoices added up per currency, "
                + "by currency code",
            itemPlaceholders: PlaceholderFields.total.map(\.placeholder)),
    ]
}

/// A catalogue entry together with how its value is read from a subject.
struct PlaceholderField<Subject>: Sendable {
    let placeholder: Placeholder
    /// The parts of the name: `["customer", "name"]` for `customer.name`.
    let path: [String]
    /// The value as it renders; nil when absent.
    let value: @Sendable (Subject) -> String?

    init(
        _ name: String, in section: String? = nil, _ meaning: String, example: String,
        value: @escaping @Sendable (Subject) -> String?
    ) {
        placeholder = Placeholder(name: name, section: section, meaning: meaning, example: example)
        path = name.split(separator: ".").map(String.init)
        self.value = value
    }
}

/// One item of the `overdueInvoices` section: an invoice seen on the run date.
struct OverdueInvoiceItem: Sendable {
    let invoice: Invoice
    let runDate: LocalDate
}

/// The catalogue's entries with their values.
enum PlaceholderFields {
    static let overdueInvoicesSection = "overdueInvoices"
    static let totalsSection = "totals"

    /// The placeholders usable anywhere.
    static let context: [PlaceholderField<RenderingContext>] = [
        .init("company.name", "the company's name, from the parameters",
              example: "ООО «Северный ветер»") {
            $0.parameters.companyName
        },
        .init("company.currency", "the company (accounting) currency", example: "RUB") {
            $0.parameters.companyCurrency
        },
        .init("customer.name", "the customer's name", example: "ООО «Альфа»") { $0.customer.name },
        .init("customer.account", "the customer account number", example: "C-000042") {
            $0.customer.account
        },
        .init("customer.language", "the customer's language tag", example: "ru-RU") {
            $0.customer.language
        },
        .init("contact.name", "the contact an email to the customer is addressed to; absent in "
            + "letters and in emails to a sales group or an agent", example: "Анна Петрова") {
            $0.contactName
        },
        .init("invoice.id", "the leading invoice (R5), or the pre-dunning step's own invoice",
              example: "INV-2026-000123") { $0.leadingInvoice.id },
        .init("invoice.voucher", "its voucher", example: "AR-000123") { $0.leadingInvoice.voucher },
        .init("invoice.invoiceDate", "its invoice date", example: "2026-01-05") {
            $0.leadingInvoice.invoiceDate.isoString
        },
        .init("invoice.dueDate", "its due date", example: "2026-01-15") {
            $0.leadingInvoice.dueDate.isoString
        },
        .init("invoice.amount", "its invoiced amount, in its currency", example: "1234.50") {
            $0.leadingInvoice.amount.decimalString
        },
        .init("invoice.openAmount", "what is still open of it, in its currency",
              example: "1000.00") {
            $0.leadingInvoice.openAmount.decimalString
        },
        .init("invoice.currency", "its currency", example: "RUB") { $0.leadingInvoice.currency },
        .init("invoice.daysOverdue", "days since its due date on the run date; 0 before it",
              example: "9") { daysOverdue(of: $0.leadingInvoice, on: $0.runDate) },
        .init("agent.name", "the customer's collections agent", example: "Ольга Смирнова") {
            $0.agent?.name
        },
        .init("agent.email", "the agent's email address", example: "o.smirnova@severny-veter.ru") {
            $0.agent?.email
        },
        .init("agent.phone", "the agent's phone number", example: "+7 (495) 640-12-01") {
            $0.agent?.phone
        },
        .init("runDate", "the run date", example: "2026-01-24") { $0.runDate.isoString },
        .init("letter.level", "the level of the collection letter; absent in emails",
              example: "2") {
            $0.letterLevel.map(String.init)
        },
    ]

    /// The placeholders of each item of `overdueInvoices`.
    static let overdueInvoice: [PlaceholderField<OverdueInvoiceItem>] = [
        .init("id", in: overdueInvoicesSection, "the invoice id", example: "INV-2026-000123") {
            $0.invoice.id
        },
        .init("voucher", in: overdueInvoicesSection, "its voucher", example: "AR-000123") {
            $0.invoice.voucher
        },
        .init("invoiceDate", in: overdueInvoicesSection, "its invoice date",
              example: "2026-01-05") {
            $0.invoice.invoiceDate.isoString
        },
        .init("dueDate", in: overdueInvoicesSection, "its due date", example: "2026-01-15") {
            $0.invoice.dueDate.isoString
        },
        .init("daysOverdue", in: overdueInvoicesSection, "days since its due date on the run date",
              example: "9") { daysOverdue(of: $0.invoice, on: $0.runDate) },
        .init("amount", in: overdueInvoicesSection, "its invoiced amount", example: "1234.50") {
            $0.invoice.amount.decimalString
        },
        .init("openAmount", in: overdueInvoicesSection, "what is still open", example: "1000.00") {
            $0.invoice.openAmount.decimalString
        },
        .init("currency", in: overdueInvoicesSection, "its currency", example: "EUR") {
            $0.invoice.currency
        },
    ]

    /// The placeholders of each item of `totals`.
    static let total: [PlaceholderField<CurrencyTotal>] = [
        .init("currency", in: totalsSection, "the currency", example: "EUR") { $0.currency },
        .init("amount", in: totalsSection, "the open amounts in it added up", example: "2234.50") {
            $0.amount.decimalString
        },
    ]

    /// d of R4 on `runDate`, or 0 while the invoice is not yet due.
    private static func daysOverdue(of invoice: Invoice, on runDate: LocalDate) -> String {
        String(max(0, runDate.days(since: invoice.dueDate)))
    }
}

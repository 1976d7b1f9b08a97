import CollectaCore
import GRDB

/// `invoices.csv`: one invoice per row, keyed by `id`; `customer` must exist.
final class InvoicesCSV: CSVImportFormat {
    static let columns: [CSVColumn] = [
        .required("id"), .required("customer"), .required("voucher"), .optional("origin"),
        .required("invoice_date"), .required("due_date"), .required("amount"),
        .required("open_amount"), .required("currency"), .optional("open_amount_company"),
        .optional("status"), .optional("settled_date"),
    ]
    static let table = "invoice"
    /// Every CHECK of `invoice` is a rule below, most of them stricter: a non-empty id, an
    /// origin and a status from their lists, real calendar dates, an amount above 0, an open
    /// amount from 0 to the amount, a three-letter currency, a company amount of 0 or more, a
    /// settled date exactly when nothing is open. Its one foreign key, the customer, is looked
    /// up among the customers read in the import's transaction. Rows that refer to invoices
    /// are not touched: the import neither deletes invoices nor changes their ids.
    static let validatesTableConstraints = true

    private let upserter: InvoiceUpserter
    /// Inserts the rows in batches when the table was empty: then no id can be there already
    /// (ids repeated in the file are refused before anything is written).
    private let firstLoad: BatchInserter?
    private let customerAccounts: KeyTable
    /// The company currency, when the parameters have been set up.
    private let companyCurrency: String?
    private var ids = KeyRegistry()
    private(set) var writtenCount = 0

    init(_ db: Database) throws {
        upserter = try InvoiceUpserter(db)
        let isEmpty = try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM invoice)")!
        firstLoad = isEmpty
            ? try BatchInserter(db, table: Self.table, columns: InvoiceUpserter.columns) : nil
        customerAccounts = try fetchKeys(db, "SELECT account FROM customer")
        companyCurrency = try String.fetchOne(
            db, sql: "SELECT company_currency FROM automation_parameters WHERE id = 1")
    }

    func importRow(_ row: CSVRow) throws {
        let id = row.optional("id")
        if let id {
            ids.register(id, column: "id", row: row)
        }
        guard let invoice = invoice(from: row, id: id), row.isValid else { return }
        try write(line: row.line, row.issues) {
            if let firstLoad {
                try firstLoad.insert(tag: row.line) { InvoiceUpserter.append(invoice, to: &$0) }
            } else {
                try upserter.upsert(invoice)
            }
        }
        writtenCount += 1
    }

    /// Writes the rows still queued, even after a problem: a row the database refuses among
    /// them is reported in its place, as if it had been written alone.
    func finish(_ issues: IssueCollector) throws {
        do {
            try firstLoad?.flush()
        } catch let refusal as BatchInsertError {
            issues.reportRefusal(refusal.error, line: refusal.tag)
        }
    }

    /// The invoice of `row`, whose `id` was read already (nil when empty).
    private func invoice(from row: CSVRow, id: String?) -> Invoice? {
        let id = id ?? row.required("id")
        let customer = row.reference("customer", in: customerAccounts, "customer", required: true)
        let voucher = row.required("voucher")
        let origin = row.choice("origin", default: InvoiceOrigin.salesOrder)
        let invoiceDate = row.date("invoice_date", required: true)
        let dueDate = row.date("due_date", required: true)
        let amounts = self.amounts(from: row)
        let currency = row.currency("currency")
        let openAmountCompany = self.openAmountCompany(from: row, amounts?.open, currency)
        let status = row.choice("status", default: CollectionsStatus.notDisputed)
        let settledDate = self.settledDate(from: row, openAmount: amounts?.open)
        guard let id, let customer, let voucher, let invoiceDate, let dueDate, let amounts,
              let currency, let openAmountCompany
        else { return nil }
        return Invoice(
            id: id, customerAccount: customer, voucher: voucher, origin: origin,
            invoiceDate: invoiceDate, dueDate: dueDate, amount: amounts.total,
            openAmount: amounts.open, currency: currency, openAmountCompany: openAmountCompany,
            status: status, settledDate: settledDate)
    }

    /// `amount` (above zero) and `open_amount` (at most `amount`).
    private func amounts(from row: CSVRow) -> (total: Money, open: Money)? {
        let total = row.amount("amount", required: true)
        if let total, total == .zero {
            row.report("amount", "must be more than 0")
        }
        guard let open = row.amount("open_amount", required: true) else { return nil }
        if let total, open > total {
            row.report("open_amount", "\(open) is larger than the amount \(total)")
        }
        return total.map { ($0, open) }
    }

    /// `open_amount_company`, which may be left empty when the invoice is settled or in the
    /// company currency: it is then the open amount.
    private func openAmountCompany(
        from row: CSVRow, _ openAmount: Money?, _ currency: String?
    ) -> Money? {
        let column = "open_amount_company"
        if let value = row.amount(column, required: false) {
            if openAmount == .zero, value != .zero {
                row.report(column, "must be 0 when open_amount is 0")
            }
            return value
        }
        guard !row.hasValue(column), let openAmount, let currency else { return nil }
        if openAmount == .zero || currency == companyCurrency {
            return openAmount
        }
        if let companyCurrency {
            row.report(column, "required when the currency (\(currency)) is not the company currency (\(companyCurrency))")
        } else {
            row.report(column, "required until the company currency is set (collecta init)")
        }
        return nil
    }

    /// `settled_date`: required when the open amount is 0, empty otherwise.
    private func settledDate(from row: CSVRow, openAmount: Money?) -> LocalDate? {
        let date = row.date("settled_date", required: false)
        let isInvalid = date == nil && row.hasValue("settled_date")
        guard let openAmount, !isInvalid else { return date }
        if openAmount == .zero, date == nil {
            row.report("settled_date", "required when open_amount is 0 (the invoice is settled)")
        } else if openAmount > .zero, date != nil {
            row.report("settled_date", "must be empty while open_amount is above 0")
        }
        return date
    }

    /// The row export writes for `invoice`, in `columns` order.
    static func fields(of invoice: Invoice) -> [String] {
        [
            invoice.id, invoice.customerAccount, invoice.voucher, invoice.origin.rawValue,
            invoice.invoiceDate.isoString, invoice.dueDate.isoString,
            invoice.amount.decimalString, invoice.openAmount.decimalString, invoice.currency,
            invoice.openAmountCompany.decimalString, invoice.status.rawValue,
            invoice.settledDate?.isoString ?? "",
        ]
    }
}

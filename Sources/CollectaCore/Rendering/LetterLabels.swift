/// The fixed words of a printed letter in its language: Russian for `ru`, English otherwise.
/// Built once per language; the HTML table starts are built from them once too.
struct LetterLabels: Sendable {
    /// The heading of the overdue invoice table.
    let overdueInvoices: String
    /// The heading of the totals table.
    let totalDue: String
    /// The label before the customer's account in the recipient block.
    let customerAccount: String
    /// The column headings of the invoice table, in catalogue order.
    let invoiceColumns: [String]
    /// The invoice table's headings for plain text, with their widths.
    let invoiceHeadings: TextColumns.Headings
    /// The month names as a date is written (Russian: genitive, `29 ноября 2026 г.`).
    private let months: [String]
    private let isRussian: Bool
    /// The invoice table's HTML, up to its first row.
    let invoiceTableStart: String
    /// The totals table's HTML, up to its first row.
    let totalsTableStart: String

    private init(
        isRussian: Bool, overdueInvoices: String, totalDue: String, customerAccount: String,
        months: [String], columns: [String: String]
    ) {
        self.isRussian = isRussian
        self.overdueInvoices = overdueInvoices
        self.totalDue = totalDue
        self.customerAccount = customerAccount
        self.months = months
        invoiceColumns = PlaceholderFields.overdueInvoice.map {
            columns[$0.placeholder.name] ?? $0.placeholder.name
        }
        invoiceHeadings = TextColumns.Headings(invoiceColumns, numeric: LetterDocument.numericInvoiceColumns)
        invoiceTableStart = LetterDocument.invoiceTableStart(invoiceColumns, title: overdueInvoices)
        totalsTableStart = LetterDocument.totalsTableStart(title: totalDue)
    }

    /// The labels for a letter in `language`: Russian when its primary subtag is `ru`.
    static func labels(for language: String) -> LetterLabels {
        language.lowercased().prefix(while: { $0 != "-" && $0 != "_" }) == "ru" ? russian : english
    }

    /// `date` as a letter is dated: `29 ноября 2026 г.` in Russian, `29 November 2026` in English.
    func dateLine(_ date: LocalDate) -> String {
        let (year, month, day) = date.components
        let text = "\(day) \(months[month - 1]) \(year)"
        return isRussian ? text + " г." : text
    }

    static let russian = LetterLabels(
        isRussian: true, overdueInvoices: "Просроченные счета", totalDue: "Итого к оплате",
        customerAccount: "Номер клиента",
        months: [
            "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
            "октября", "ноября", "декабря",
        ],
        columns: [
            "id": "Счёт", "voucher": "Ваучер", "invoiceDate": "Дата счёта",
            "dueDate": "Срок оплаты", "daysOverdue": "Дней просрочки",
            "amount": "Сумма счёта", "openAmount": "К оплате", "currency": "Валюта",
        ])

    static let english = LetterLabels(
        isRussian: false, overdueInvoices: "Overdue invoices", totalDue: "Total due",
        customerAccount: "Customer account",
        months: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December",
        ],
        columns: [
            "id": "Invoice", "voucher": "Voucher", "invoiceDate": "Invoice date",
            "dueDate": "Due date", "daysOverdue": "Days overdue", "amount": "Amount",
            "openAmount": "Amount due", "currency": "Currency",
        ])
}

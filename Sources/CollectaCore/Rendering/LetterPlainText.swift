/// What both printable forms of one letter show, worked out once.
struct PrintedLetter {
    let language: String
    let labels: LetterLabels
    let title: String
    let companyName: String
    /// The non-blank lines of the company's address.
    let addressLines: [Substring]
    let recipientName: String
    /// `Номер клиента: C-000042` / `Customer account: C-000042`.
    let recipientAccountLine: String
    /// The run date in the letter's language.
    let dateLine: String
    /// The body's paragraphs: runs of non-blank lines.
    let paragraphs: [ArraySlice<Substring>]
    /// The overdue invoices' cells, oldest due first, columns in catalogue order.
    let invoiceRows: [[String]]
    let totals: [CurrencyTotal]

    init(language: String, title: String, bodyText: String, context: RenderingContext) {
        self.language = language
        labels = LetterLabels.labels(for: language)
        self.title = title
        companyName = context.parameters.companyName
        addressLines = TextLines.lines(of: context.parameters.companyAddress)
            .filter { !TextLines.isBlank($0) }
        recipientName = context.customer.name
        recipientAccountLine = labels.customerAccount + ": " + context.customer.account
        dateLine = labels.dateLine(context.runDate)
        paragraphs = LetterDocument.blocks(of: bodyText)
        let fields = PlaceholderFields.overdueInvoice
        invoiceRows = context.overdueInvoices.map { invoice in
            let item = OverdueInvoiceItem(invoice: invoice, runDate: context.runDate)
            return fields.map { $0.value(item) ?? "" }
        }
        totals = context.totals
    }
}

/// The plain-text form of a printed letter: the same content as its HTML, one block after
/// another separated by a blank line, the tables aligned by display width (``TextColumns``).
enum LetterPlainText {
    static func text(_ letter: PrintedLetter) -> String {
        let bodySize = letter.paragraphs.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count + 1 } }
        var text = HTMLBuffer(capacity: 1024 + bodySize + 160 * letter.invoiceRows.count)
        if !letter.companyName.isEmpty {
            text.append(letter.companyName)
            text.append("\n")
        }
        for line in letter.addressLines {
            text.append(line)
            text.append("\n")
        }
        if !letter.companyName.isEmpty || !letter.addressLines.isEmpty { text.append("\n") }
        text.append(letter.recipientName)
        text.append("\n")
        text.append(letter.recipientAccountLine)
        text.append("\n\n")
        text.append(letter.dateLine)
        text.append("\n\n")
        text.append(letter.title)
        text.append("\n")
        for block in letter.paragraphs {
            text.append("\n")
            for line in block {
                text.append(line)
                text.append("\n")
            }
        }
        if !letter.invoiceRows.isEmpty { appendTables(letter, to: &text) }
        return text.string
    }

    /// The totals table's columns: currency, then the amount; it shows no headings.
    private static let totalsColumns = TextColumns.Headings(["", ""], numeric: [false, true])

    private static func appendTables(_ letter: PrintedLetter, to text: inout HTMLBuffer) {
        text.append("\n")
        text.append(letter.labels.overdueInvoices)
        text.append("\n\n")
        TextColumns.appendTable(
            letter.invoiceRows, headings: letter.labels.invoiceHeadings, showingHeadings: true, to: &text)
        text.append("\n")
        text.append(letter.labels.totalDue)
        text.append("\n\n")
        TextColumns.appendTable(
            letter.totals.map { [$0.currency, $0.amount.decimalString] }, headings: totalsColumns,
            showingHeadings: false, to: &text)
    }
}

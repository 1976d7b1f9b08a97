/// The printable HTML form of a collection letter: the title, the body text as escaped
/// paragraphs, then a table of the overdue invoices and a table of the totals per currency.
///
/// The invoice table has the columns of the `overdueInvoices` section in catalogue order, with
/// the same values as its placeholders; headings are in Russian for `ru` letters and in English
/// otherwise.
enum LetterDocument {
    static func html(
        language: String, title: String, bodyText: String, context: RenderingContext
    ) -> String {
        let labels = language.lowercased().prefix(while: { $0 != "-" && $0 != "_" }) == "ru"
            ? LetterLabels.russian : LetterLabels.english
        var html = HTMLBuffer(capacity: 2048 + 2 * bodyText.utf8.count + 400 * context.overdueInvoices.count)
        html.append("<!DOCTYPE html>\n<html lang=\"")
        html.appendEscaped(language[...])
        html.append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        html.appendEscaped(title[...])
        html.append("</title>\n")
        html.append(style)
        html.append("\n</head>\n<body>\n<h1>")
        html.appendEscaped(title[...])
        html.append("</h1>\n")
        appendParagraphs(of: bodyText, to: &html)
        if !context.overdueInvoices.isEmpty {
            appendInvoiceTable(context, labels, to: &html)
            appendTotalsTable(context.totals, labels, to: &html)
        }
        html.append("</body>\n</html>\n")
        return html.string
    }

    private static let style = """
        <style>
        body { font-family: Georgia, "Times New Roman", serif; font-size: 11pt; line-height: 1.4; \
        color: #000; background: #fff; margin: 2cm; }
        h1 { font-size: 14pt; }
        h2 { font-size: 12pt; margin-top: 1.5em; }
        table { border-collapse: collapse; }
        th, td { border: 1px solid #000; padding: 2pt 6pt; text-align: left; }
        .number { text-align: right; }
        @media print { body { margin: 0; } }
        </style>
        """

    /// Each run of non-blank lines as one paragraph, its lines separated by `<br>`.
    static func paragraphs(of text: String) -> [String] {
        blocks(of: text).map { block in
            var html = HTMLBuffer()
            appendParagraph(block, to: &html)
            return html.string
        }
    }

    /// The runs of non-blank lines of `text`.
    private static func blocks(of text: String) -> [ArraySlice<Substring>] {
        TextLines.lines(of: text).split(whereSeparator: TextLines.isBlank)
    }

    private static func appendParagraphs(of text: String, to html: inout HTMLBuffer) {
        for block in blocks(of: text) {
            appendParagraph(block, to: &html)
            html.append("\n")
        }
    }

    private static func appendParagraph(_ lines: ArraySlice<Substring>, to html: inout HTMLBuffer) {
        html.append("<p>")
        for (index, line) in zip(lines.indices, lines) {
            if index != lines.startIndex { html.append("<br>\n") }
            html.appendEscaped(line)
        }
        html.append("</p>")
    }

    private static let numericColumns: Set = ["daysOverdue", "amount", "openAmount"]

    /// Whether each column of the invoice table is numeric (right-aligned), in catalogue order.
    private static let numericInvoiceColumns = PlaceholderFields.overdueInvoice.map {
        numericColumns.contains($0.placeholder.name)
    }

    private static func appendInvoiceTable(
        _ context: RenderingContext, _ labels: LetterLabels, to html: inout HTMLBuffer
    ) {
        html.append(labels.invoiceTableStart)
        let fields = PlaceholderFields.overdueInvoice
        for invoice in context.overdueInvoices {
            let item = OverdueInvoiceItem(invoice: invoice, runDate: context.runDate)
            html.append("<tr>")
            for (field, isNumeric) in zip(fields, numericInvoiceColumns) {
                appendCell("td", field.value(item) ?? "", isNumeric: isNumeric, to: &html)
            }
            html.append("</tr>\n")
        }
        html.append("</tbody>\n</table>\n")
    }

    private static func appendTotalsTable(
        _ totals: [CurrencyTotal], _ labels: LetterLabels, to html: inout HTMLBuffer
    ) {
        html.append(labels.totalsTableStart)
        for total in totals {
            html.append("<tr>")
            appendCell("td", total.currency, isNumeric: false, to: &html)
            appendCell("td", total.amount.decimalString, isNumeric: true, to: &html)
            html.append("</tr>\n")
        }
        html.append("</tbody>\n</table>\n")
    }

    /// A `th` or `td` element holding `text`, right-aligned when numeric.
    fileprivate static func appendCell(
        _ element: String, _ text: String, isNumeric: Bool, to html: inout HTMLBuffer
    ) {
        html.append("<")
        html.append(element)
        html.append(isNumeric ? " class=\"number\">" : ">")
        html.appendEscaped(text[...])
        html.append("</")
        html.append(element)
        html.append(">")
    }

    /// The start of the invoice table under `labels`: its heading and its column headings.
    fileprivate static func invoiceTableStart(_ labels: [String: String], title: String) -> String {
        var html = HTMLBuffer()
        html.append("<h2>")
        html.appendEscaped(title[...])
        html.append("</h2>\n<table>\n<thead>\n<tr>")
        for (field, isNumeric) in zip(PlaceholderFields.overdueInvoice, numericInvoiceColumns) {
            let name = field.placeholder.name
            appendCell("th", labels[name] ?? name, isNumeric: isNumeric, to: &html)
        }
        html.append("</tr>\n</thead>\n<tbody>\n")
        return html.string
    }

    /// The start of the totals table: its heading.
    fileprivate static func totalsTableStart(title: String) -> String {
        var html = HTMLBuffer()
        html.append("<h2>")
        html.appendEscaped(title[...])
        html.append("</h2>\n<table>\n<tbody>\n")
        return html.string
    }
}

/// The headings of a letter's tables in its language: Russian for `ru`, English otherwise,
/// built once.
private struct LetterLabels: Sendable {
    /// The invoice table's heading, up to its first row.
    let invoiceTableStart: String
    /// The totals table's heading, up to its first row.
    let totalsTableStart: String

    private init(overdueInvoices: String, totalDue: String, columns: [String: String]) {
        invoiceTableStart = LetterDocument.invoiceTableStart(columns, title: overdueInvoices)
        totalsTableStart = LetterDocument.totalsTableStart(title: totalDue)
    }

    static let russian = LetterLabels(
        overdueInvoices: "Просроченные счета", totalDue: "Итого к оплате",
        columns: [
            "id": "Счёт", "voucher": "Ваучер", "invoiceDate": "Дата счёта",
            "dueDate": "Срок оплаты", "daysOverdue": "Дней просрочки",
            "amount": "Сумма счёта", "openAmount": "К оплате", "currency": "Валюта",
        ])

    static let english = LetterLabels(
        overdueInvoices: "Overdue invoices", totalDue: "Total due",
        columns: [
            "id": "Invoice", "voucher": "Voucher", "invoiceDate": "Invoice date",
            "dueDate": "Due date", "daysOverdue": "Days overdue", "amount": "Amount",
            "openAmount": "Amount due", "currency": "Currency",
        ])
}

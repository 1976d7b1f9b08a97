/// The printable HTML form of a collection letter: the title, the body text as escaped
/// paragraphs, then a table of the overdue invoices and a table of the totals per currency.
///
/// The invoice table has the columns of the `overdueInvoices` section in catalogue order, with
/// the same values as its placeholders; headings are in Russian for `ru` letters and in English
/// otherwise.
/// The printable forms of a collection letter, HTML with print CSS and plain text, with the
/// same content: the company's name and address, the recipient (the customer's name and
/// account), the letter date, the title, the body text's paragraphs, then a table of the
/// overdue invoices and a table of the totals per currency.
///
/// The invoice table has the columns of the `overdueInvoices` section in catalogue order, with
/// the same values as its placeholders; the fixed words (headings, labels, the month of the
/// date) are in Russian for `ru` letters and in English otherwise (``LetterLabels``).
enum LetterDocument {
    /// Both forms of the letter `title` with `bodyText` for `context`'s customer, dated the run
    /// date.
    static func render(
        language: String, title: String, bodyText: String, context: RenderingContext
    ) -> (html: String, text: String) {
        let letter = PrintedLetter(
            language: language, title: title, bodyText: bodyText, context: context)
        return (html(letter), LetterPlainText.text(letter))
    }

    private static func html(_ letter: PrintedLetter) -> String {
        let bodySize = letter.paragraphs.reduce(0) { $0 + $1.reduce(0) { $0 + $1.utf8.count } }
        var html = HTMLBuffer(capacity: 2560 + 2 * bodySize + 400 * letter.invoiceRows.count)
        html.append("<!DOCTYPE html>\n<html lang=\"")
        html.appendEscaped(letter.language[...])
        html.append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        html.appendEscaped(letter.title[...])
        html.append("</title>\n")
        html.append(style)
        html.append("\n</head>\n<body>\n")
        appendHeading(letter, to: &html)
        html.append("<h1>")
        html.appendEscaped(letter.title[...])
        html.append("</h1>\n")
        for block in letter.paragraphs {
            appendParagraph(block, to: &html)
            html.append("\n")
        }
        if !letter.invoiceRows.isEmpty {
            appendInvoiceTable(letter.invoiceRows, letter.labels, to: &html)
            appendTotalsTable(letter.totals, letter.labels, to: &html)
        }
        html.append("</body>\n</html>\n")
        return html.string
    }

    /// The company header, the recipient block and the date.
    private static func appendHeading(_ letter: PrintedLetter, to html: inout HTMLBuffer) {
        html.append("<header>\n")
        if !letter.companyName.isEmpty {
            html.append("<p class=\"company\">")
            html.appendEscaped(letter.companyName[...])
            html.append("</p>\n")
        }
        if !letter.addressLines.isEmpty {
            html.append("<p class=\"address\">")
            appendLines(letter.addressLines[...], to: &html)
            html.append("</p>\n")
        }
        html.append("</header>\n<p class=\"recipient\">")
        html.appendEscaped(letter.recipientName[...])
        html.append("<br>\n")
        html.appendEscaped(letter.recipientAccountLine[...])
        html.append("</p>\n<p class=\"date\">")
        html.appendEscaped(letter.dateLine[...])
        html.append("</p>\n")
    }

    private static let style = """
        <style>
        body { font-family: Georgia, "Times New Roman", serif; font-size: 11pt; line-height: 1.4; \
        color: #000; background: #fff; margin: 2cm; }
        header { margin-bottom: 2em; }
        .company { font-size: 13pt; font-weight: bold; margin: 0; }
        .address { margin: 0; }
        .recipient { margin: 0 0 1.5em 0; }
        .date { text-align: right; margin: 0 0 1.5em 0; }
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
    static func blocks(of text: String) -> [ArraySlice<Substring>] {
        TextLines.lines(of: text).split(whereSeparator: TextLines.isBlank)
    }

    private static func appendParagraph(_ lines: ArraySlice<Substring>, to html: inout HTMLBuffer) {
        html.append("<p>")
        appendLines(lines, to: &html)
        html.append("</p>")
    }

    /// `lines` escaped, separated by `<br>`.
    private static func appendLines(_ lines: ArraySlice<Substring>, to html: inout HTMLBuffer) {
        for (index, line) in zip(lines.indices, lines) {
            if index != lines.startIndex { html.append("<br>\n") }
            html.appendEscaped(line)
        }
    }

    private static let numericColumns: Set = ["daysOverdue", "amount", "openAmount"]

    /// Whether each column of the invoice table is numeric (right-aligned), in catalogue order.
    static let numericInvoiceColumns = PlaceholderFields.overdueInvoice.map {
        numericColumns.contains($0.placeholder.name)
    }

    private static func appendInvoiceTable(
        _ rows: [[String]], _ labels: LetterLabels, to html: inout HTMLBuffer
    ) {
        html.append(labels.invoiceTableStart)
        for row in rows {
            html.append("<tr>")
            for (cell, isNumeric) in zip(row, numericInvoiceColumns) {
                appendCell("td", cell, isNumeric: isNumeric, to: &html)
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
    private static func appendCell(
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

    /// The start of the invoice table: its heading `title` and its column headings.
    static func invoiceTableStart(_ headings: [String], title: String) -> String {
        var html = HTMLBuffer()
        html.append("<h2>")
        html.appendEscaped(title[...])
        html.append("</h2>\n<table>\n<thead>\n<tr>")
        for (heading, isNumeric) in zip(headings, numericInvoiceColumns) {
            appendCell("th", heading, isNumeric: isNumeric, to: &html)
        }
        html.append("</tr>\n</thead>\n<tbody>\n")
        return html.string
    }

    /// The start of the totals table: its heading.
    static func totalsTableStart(title: String) -> String {
        var html = HTMLBuffer()
        html.append("<h2>")
        html.appendEscaped(title[...])
        html.append("</h2>\n<table>\n<tbody>\n")
        return html.string
    }
}

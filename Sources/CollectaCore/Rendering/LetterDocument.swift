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
        let labels = LetterLabels(language: language)
        var parts = [
            "<!DOCTYPE html>",
            "<html lang=\"\(HTMLText.escaped(language))\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<title>\(HTMLText.escaped(title))</title>",
            style,
            "</head>",
            "<body>",
            "<h1>\(HTMLText.escaped(title))</h1>",
        ]
        parts += paragraphs(of: bodyText)
        if !context.overdueInvoices.isEmpty {
            parts += invoiceTable(context, labels)
            parts += totalsTable(context.totals, labels)
        }
        parts += ["</body>", "</html>"]
        return parts.joined(separator: "\n") + "\n"
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
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let blocks = lines.split { $0.allSatisfy(\.isWhitespace) }
        return blocks.map { block in
            "<p>" + block.map { HTMLText.escaped(String($0)) }.joined(separator: "<br>\n") + "</p>"
        }
    }

    private static let numericColumns: Set = ["daysOverdue", "amount", "openAmount"]

    private static func invoiceTable(
        _ context: RenderingContext, _ labels: LetterLabels
    ) -> [String] {
        let fields = PlaceholderFields.overdueInvoice
        let headings = fields.map { field in
            cell("th", labels.column(field.placeholder.name), column: field.placeholder.name)
        }
        var rows = ["<h2>\(HTMLText.escaped(labels.overdueInvoices))</h2>", "<table>", "<thead>",
                    "<tr>" + headings.joined() + "</tr>", "</thead>", "<tbody>"]
        for invoice in context.overdueInvoices {
            let item = OverdueInvoiceItem(invoice: invoice, runDate: context.runDate)
            let cells = fields.map { cell("td", $0.value(item) ?? "", column: $0.placeholder.name) }
            rows.append("<tr>" + cells.joined() + "</tr>")
        }
        return rows + ["</tbody>", "</table>"]
    }

    private static func totalsTable(_ totals: [CurrencyTotal], _ labels: LetterLabels) -> [String] {
        var rows = ["<h2>\(HTMLText.escaped(labels.totalDue))</h2>", "<table>", "<tbody>"]
        for total in totals {
            let amount = cell("td", total.amount.decimalString, column: "amount")
            rows.append("<tr>" + cell("td", total.currency) + amount + "</tr>")
        }
        return rows + ["</tbody>", "</table>"]
    }

    /// A `th` or `td` element holding `text`; right-aligned when `column` names a numeric item
    /// placeholder.
    private static func cell(_ element: String, _ text: String, column: String = "") -> String {
        let attributes = numericColumns.contains(column) ? " class=\"number\"" : ""
        return "<\(element)\(attributes)>\(HTMLText.escaped(text))</\(element)>"
    }
}

/// The headings of a letter's tables in its language: Russian for `ru`, English otherwise.
private struct LetterLabels {
    let overdueInvoices: String
    let totalDue: String
    private let columns: [String: String]

    init(language: String) {
        if language.lowercased().prefix(while: { $0 != "-" && $0 != "_" }) == "ru" {
            overdueInvoices = "Просроченные счета"
            totalDue = "Итого к оплате"
            columns = [
                "id": "Счёт", "voucher": "Ваучер", "invoiceDate": "Дата счёта",
                "dueDate": "Срок оплаты", "daysOverdue": "Дней просрочки",
                "amount": "Сумма счёта", "openAmount": "К оплате", "currency": "Валюта",
            ]
        } else {
            overdueInvoices = "Overdue invoices"
            totalDue = "Total due"
            columns = [
                "id": "Invoice", "voucher": "Voucher", "invoiceDate": "Invoice date",
                "dueDate": "Due date", "daysOverdue": "Days overdue", "amount": "Amount",
                "openAmount": "Amount due", "currency": "Currency",
            ]
        }
    }

    /// The heading of the column of the item placeholder `name`.
    func column(_ name: String) -> String { columns[name] ?? name }
}

/// Escaping text for HTML.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, as swift-mustache
    /// escapes values.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

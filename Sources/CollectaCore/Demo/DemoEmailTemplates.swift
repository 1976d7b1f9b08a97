/// The demo company's email templates, each with a Russian and an English message.
///
/// The placeholders are those of `PlaceholderCatalogue` (docs/config.md lists them).
///
/// - `{{company.name}}`
/// - `{{customer.name}}`, `{{customer.account}}`
/// - `{{contact.name}}`
/// - `{{invoice.id}}`, `{{invoice.dueDate}}`, `{{invoice.openAmount}}`, `{{invoice.currency}}`
///   (the leading invoice, or the pre-dunning step's own invoice)
/// - `{{#overdueInvoices}}…{{/overdueInvoices}}` repeated per overdue invoice, with
///   `{{id}}`, `{{dueDate}}`, `{{daysOverdue}}`, `{{openAmount}}`, `{{currency}}` inside
/// - `{{#totals}}…{{/totals}}` repeated per currency, with `{{currency}}` and `{{amount}}` inside
/// - `{{agent.name}}`, `{{agent.email}}`
///
/// Customer-facing templates default to English, so that customers whose language has no
/// message (`de`, `fr`) get English (R14); the internal notice defaults to Russian.
enum DemoEmailTemplates {
    static let all = [reminder, secondNotice, preDunning, salesNotice]

    static let senderName = "Северный ветер · Credit Control"
    static let senderEmail = "credit.control@" + DemoStaff.domain

    static let reminder = template(
        DemoDocument.reminder, "Напоминание об оплате / Payment reminder", default: "en",
        ru: DemoEmailTextsRussian.reminder, en: DemoEmailTextsEnglish.reminder)

    static let secondNotice = template(
        DemoDocument.secondNotice, "Повторное уведомление / Second notice", default: "en",
        ru: DemoEmailTextsRussian.secondNotice, en: DemoEmailTextsEnglish.secondNotice)

    static let preDunning = template(
        DemoDocument.preDunning, "Дружеское напоминание до срока / Friendly pre-due reminder",
        default: "en", ru: DemoEmailTextsRussian.preDunning, en: DemoEmailTextsEnglish.preDunning)

    static let salesNotice = template(
        DemoDocument.salesNotice,
        "Внутреннее уведомление о просрочке / Internal overdue notice", default: "ru",
        ru: DemoEmailTextsRussian.salesNotice, en: DemoEmailTextsEnglish.salesNotice)

    private static func template(
        _ id: String, _ description: String, default language: String,
        ru: (subject: String, body: String), en: (subject: String, body: String)
    ) -> EmailTemplate {
        EmailTemplate(
            id: id, description: description, defaultLanguage: language,
            senderName: senderName, senderEmail: senderEmail,
            messages: [
                EmailMessage(language: "ru", subject: ru.subject, htmlBody: ru.body),
                EmailMessage(language: "en", subject: en.subject, htmlBody: en.body),
            ])
    }
}

/// HTML building blocks shared by the demo email texts.
enum DemoEmailLayout {
    /// A complete HTML document around `content`.
    static func page(language: String, _ content: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language)">
        <body style="font-family: Arial, Helvetica, sans-serif; font-size: 14px; color: #222;">
        \(content)
        </body>
        </html>
        """
    }

    /// The table of overdue invoices with the given column headings, followed by the totals
    /// per currency under `totalsLabel`.
    static func overdueTable(
        invoice: String, dueDate: String, daysOverdue: String, openAmount: String,
        totalsLabel: String
    ) -> String {
        """
        <table cellpadding="6" cellspacing="0" border="1" style="border-collapse: collapse;">
          <thead style="background: #eef2f7;">
            <tr>
              <th>\(invoice)</th><th>\(dueDate)</th><th>\(daysOverdue)</th><th>\(openAmount)</th>
            </tr>
          </thead>
          <tbody>
        {{#overdueInvoices}}
            <tr>
              <td>{{id}}</td>
              <td>{{dueDate}}</td>
              <td align="right">{{daysOverdue}}</td>
              <td align="right">{{openAmount}} {{currency}}</td>
            </tr>
        {{/overdueInvoices}}
          </tbody>
        </table>
        <p><strong>\(totalsLabel)</strong></p>
        <ul>
        {{#totals}}
          <li>{{currency}} {{amount}}</li>
        {{/totals}}
        </ul>
        """
    }

    /// The collector's signature.
    static func signature(closing: String, department: String) -> String {
        """
        <p>\(closing)<br>
        {{agent.name}}<br>
        \(department), {{company.name}}<br>
        <a href="mailto:{{agent.email}}">{{agent.email}}</a></p>
        """
    }
}

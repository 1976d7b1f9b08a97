/// The English messages of the demo email templates (see ``DemoEmailTemplates`` for the
/// placeholders).
enum DemoEmailTextsEnglish {
    private static let table = DemoEmailLayout.overdueTable(
        invoice: "Invoice", dueDate: "Due date", daysOverdue: "Days overdue",
        openAmount: "Amount due", totalsLabel: "Total due:")

    private static let signature = DemoEmailLayout.signature(
        closing: "Kind regards,", department: "Credit Control")

    static let reminder = (
        subject: "Payment reminder — {{customer.name}}, invoice {{invoice.id}}",
        body: DemoEmailLayout.page(language: "en", """
        <p>Dear {{contact.name}},</p>
        <p>Our records show that the following invoices issued by {{company.name}} to \
        {{customer.name}} (account {{customer.account}}) are now past due:</p>
        \(table)
        <p>We would be grateful if you could arrange payment in the next few days. If you have \
        already paid, please send us the remittance advice so that we can match it.</p>
        \(signature)
        """))

    static let secondNotice = (
        subject: "Second notice: overdue balance of {{customer.name}}",
        body: DemoEmailLayout.page(language: "en", """
        <p>Dear {{contact.name}},</p>
        <p>Despite our reminder, the invoices below are still unpaid. The oldest is \
        {{invoice.id}}, due on {{invoice.dueDate}}, for {{invoice.openAmount}} \
        {{invoice.currency}}.</p>
        \(table)
        <p>Please settle the balance within five working days or let us know when payment \
        will be made. Otherwise we may have to put further deliveries on hold.</p>
        \(signature)
        """))

    static let preDunning = (
        subject: "Invoice {{invoice.id}} falls due soon",
        body: DemoEmailLayout.page(language: "en", """
        <p>Dear {{contact.name}},</p>
        <p>Thank you for your business. This is a friendly reminder that invoice \
        {{invoice.id}} for <strong>{{invoice.openAmount}} {{invoice.currency}}</strong> falls \
        due on {{invoice.dueDate}}.</p>
        <p>If payment is already scheduled, please disregard this message. If anything on the \
        invoice needs clarifying, just reply and we will sort it out before the due date.</p>
        \(signature)
        """))

    static let salesNotice = (
        subject: "Overdue customer {{customer.name}} ({{customer.account}})",
        body: DemoEmailLayout.page(language: "en", """
        <p>Hello,</p>
        <p>Your customer {{customer.name}} ({{customer.account}}) has an overdue balance with \
        {{company.name}}. Reminders and letters have already been sent to the customer.</p>
        \(table)
        <p>Please raise the payment with your contact at the customer and let me know what \
        you agree. New orders may be held until the balance is cleared.</p>
        \(signature)
        """))
}

/// The Russian messages of the demo email templates (see ``DemoEmailTemplates`` for the
/// placeholders).
enum DemoEmailTextsRussian {
    private static let table = DemoEmailLayout.overdueTable(
        invoice: "Счёт", dueDate: "Срок оплаты", daysOverdue: "Дней просрочки",
        openAmount: "Сумма к оплате", totalsLabel: "Итого к оплате:")

    private static let signature = DemoEmailLayout.signature(
        closing: "С уважением,", department: "отдел кредитного контроля")

    static let reminder = (
        subject: "Напоминание об оплате — {{customer.name}}, счёт {{invoice.id}}",
        body: DemoEmailLayout.page(language: "ru", """
        <p>Здравствуйте, {{contact.name}}!</p>
        <p>Напоминаем, что срок оплаты следующих счетов, выставленных {{company.name}} \
        в адрес {{customer.name}} (номер клиента {{customer.account}}), истёк:</p>
        \(table)
        <p>Просим погасить задолженность в ближайшие дни. Если оплата уже произведена, \
        пожалуйста, пришлите копию платёжного поручения — мы сверим расчёты.</p>
        \(signature)
        """))

    static let secondNotice = (
        subject: "Повторное уведомление: просроченная задолженность {{customer.name}}",
        body: DemoEmailLayout.page(language: "ru", """
        <p>Здравствуйте, {{contact.name}}!</p>
        <p>Несмотря на наше напоминание, следующие счета {{customer.name}} до сих пор не \
        оплачены. Самый ранний из них — {{invoice.id}} со сроком оплаты {{invoice.dueDate}} \
        на сумму {{invoice.openAmount}} {{invoice.currency}}.</p>
        \(table)
        <p>Просим в течение пяти рабочих дней погасить задолженность или сообщить нам \
        дату оплаты. В противном случае мы будем вынуждены приостановить отгрузки.</p>
        \(signature)
        """))

    static let preDunning = (
        subject: "Скоро срок оплаты счёта {{invoice.id}}",
        body: DemoEmailLayout.page(language: "ru", """
        <p>Здравствуйте, {{contact.name}}!</p>
        <p>Благодарим {{customer.name}} за сотрудничество. Напоминаем, что {{invoice.dueDate}} \
        наступает срок оплаты счёта {{invoice.id}} на сумму \
        <strong>{{invoice.openAmount}} {{invoice.currency}}</strong>.</p>
        <p>Если платёж уже запланирован, просто не обращайте внимания на это письмо. \
        Если по счёту есть вопросы, ответьте нам — мы поможем их решить до срока.</p>
        \(signature)
        """))

    static let salesNotice = (
        subject: "Просрочка клиента {{customer.name}} ({{customer.account}})",
        body: DemoEmailLayout.page(language: "ru", """
        <p>Коллеги, добрый день!</p>
        <p>У вашего клиента {{customer.name}} ({{customer.account}}) есть просроченная \
        задолженность перед {{company.name}}. Напоминания и письма клиенту уже отправлены.</p>
        \(table)
        <p>Пожалуйста, обсудите оплату с контактным лицом клиента и сообщите мне о \
        договорённостях. До погашения долга новые заказы могут быть заблокированы.</p>
        \(signature)
        """))
}

/// The demo company's collection letter sequence: three levels of rising severity, the last one
/// final, each in Russian and English. The plain-text bodies use the placeholders listed in
/// ``DemoEmailTemplates``.
enum DemoLetterTexts {
    static let standardSequence = LetterSequence(
        id: DemoDocument.standardLetters,
        description: "Стандартная последовательность писем / Standard letter sequence",
        levels: [
            LetterLevel(level: 1, texts: [
                LetterText(language: "ru", title: "Уведомление о просроченной задолженности",
                           body: russianBody(firstLevel, russianPaidAlready)),
                LetterText(language: "en", title: "Notice of overdue account",
                           body: englishBody(firstLevelEnglish, englishPaidAlready)),
            ]),
            LetterLevel(level: 2, texts: [
                LetterText(language: "ru", title: "Повторное требование об оплате",
                           body: russianBody(secondLevel, russianPaidAlready)),
                LetterText(language: "en", title: "Second request for payment",
                           body: englishBody(secondLevelEnglish, englishPaidAlready)),
            ]),
            LetterLevel(level: 3, isFinal: true, texts: [
                LetterText(language: "ru", title: "Досудебная претензия",
                           body: russianBody(finalLevel, russianLegalAction)),
                LetterText(language: "en", title: "Final demand before legal action",
                           body: englishBody(finalLevelEnglish, englishLegalAction)),
            ]),
        ])

    private static let firstLevel = """
        По данным нашего учёта, за вами числится просроченная задолженность по следующим \
        счетам:
        """

    private static let secondLevel = """
        Ранее мы направляли вам уведомление о просроченной задолженности, однако оплата \
        не поступила. Просим в течение 10 календарных дней погасить долг по счетам:
        """

    private static let finalLevel = """
        Настоящим направляем претензию в порядке досудебного урегулирования спора. \
        Задолженность по счетам, перечисленным ниже, не погашена, несмотря на наши \
        неоднократные обращения:
        """

    private static let firstLevelEnglish = """
        According to our records, the following invoices on your account are past due:
        """

    private static let secondLevelEnglish = """
        We wrote to you earlier about your overdue account but have not received payment. \
        Please settle the following invoices within 10 calendar days:
        """

    private static let finalLevelEnglish = """
        This is our final demand before legal action. Despite our repeated requests, the \
        invoices below remain unpaid:
        """

    private static func russianBody(_ opening: String, _ closing: String) -> String {
        """
        Уважаемые господа!

        \(opening)

        {{#overdueInvoices}}
        Счёт {{id}}, срок оплаты {{dueDate}}: {{openAmount}} {{currency}} \
        (просрочка {{daysOverdue}} дн.)
        {{/overdueInvoices}}

        Итого к оплате:
        {{#totals}}
        {{currency}} {{amount}}
        {{/totals}}

        \(closing)

        С уважением,
        {{agent.name}}
        Отдел кредитного контроля, {{company.name}}
        {{agent.email}}
        """
    }

    private static let russianPaidAlready =
        "Если оплата уже произведена, просим считать это письмо недействительным."

    private static let russianLegalAction = """
        Если задолженность не будет погашена в течение 30 календарных дней с даты получения \
        претензии, мы обратимся в арбитражный суд с требованием о взыскании долга, процентов \
        и судебных расходов.
        """

    private static func englishBody(_ opening: String, _ closing: String) -> String {
        """
        Dear Sir or Madam,

        \(opening)

        {{#overdueInvoices}}
        Invoice {{id}}, due {{dueDate}}: {{currency}} {{openAmount}} \
        ({{daysOverdue}} days overdue)
        {{/overdueInvoices}}

        Total due:
        {{#totals}}
        {{currency}} {{amount}}
        {{/totals}}

        \(closing)

        Yours sincerely,
        {{agent.name}}
        Credit Control, {{company.name}}
        {{agent.email}}
        """
    }

    private static let englishPaidAlready =
        "If you have already paid, please disregard this letter."

    private static let englishLegalAction = """
        If the balance is not paid within 30 days of this letter, we will start legal \
        proceedings to recover the debt, interest and costs without further notice.
        """
}

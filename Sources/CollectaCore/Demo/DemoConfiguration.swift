/// The codes of the demo company's business contact purposes.
enum DemoPurpose {
    static let business = "Business"
    static let invoice = "Invoice"
    static let payment = "Payment"
    static let remitTo = "Remit-to"
    static let collections = "Collections"
}

/// The identifiers of the demo company's business documents.
enum DemoDocument {
    static let call = "CALL"
    static let escalate = "ESCALATE"
    static let visit = "VISIT"
    static let promiseCheck = "PROMISE-CHECK"
    static let predictLate = "PREDICT-LATE"
    static let predictVeryLate = "PREDICT-VERY-LATE"
    static let reminder = "REMINDER"
    static let secondNotice = "SECOND-NOTICE"
    static let preDunning = "PRE-DUNNING"
    static let salesNotice = "SALES-NOTICE"
    static let standardLetters = "STANDARD"
}

/// The collections configuration of the demo company.
enum DemoConfiguration {
    /// The whole configuration: it satisfies C1–C10 of the collections rules.
    static func make() -> CollectionsConfiguration {
        CollectionsConfiguration(
            parameters: parameters, purposes: purposes, pools: pools,
            activityTemplates: activityTemplates, emailTemplates: DemoEmailTemplates.all,
            letterSequences: [DemoLetterTexts.standardSequence],
            hierarchies: DemoHierarchies.all)
    }

    /// The configuration with the planned pools and hierarchies in place of the classic three;
    /// everything else (purposes, templates, letters, parameters) is the same.
    static func make(portfolios plan: DemoPortfolioPlan) -> CollectionsConfiguration {
        var configuration = make()
        configuration.pools = plan.pools
        configuration.hierarchies = plan.hierarchies
        return configuration
    }

    static let parameters = AutomationParameters(
        companyName: DemoStaff.companyName, companyAddress: DemoStaff.companyAddress,
        companyCurrency: DemoStaff.companyCurrency,
        postsLettersAutomatically: false, createsActivitiesForAutomations: true,
        historyRetentionDays: 365, excludesInvoiceAfterLastStep: true,
        defaultLetterSequenceID: DemoDocument.standardLetters,
        predictions: PredictionParameters(
            lateBenchmarkPercent: 60, veryLateBenchmarkPercent: 50,
            lateActivityTemplateID: DemoDocument.predictLate,
            veryLateActivityTemplateID: DemoDocument.predictVeryLate,
            lateNote: "Оплата, вероятно, задержится: свяжитесь с клиентом до срока. / "
                + "Payment is likely to be late: contact the customer before the due date.",
            veryLateNote: "Высокий риск сильной просрочки: согласуйте график платежей. / "
                + "High risk of a very late payment: agree a payment plan.",
            veryLatePeriodDays: 30))

    static let purposes = [
        ContactPurpose(id: DemoPurpose.business, description: "Деловые вопросы / Business"),
        ContactPurpose(id: DemoPurpose.invoice, description: "Получение счетов / Invoices"),
        ContactPurpose(id: DemoPurpose.payment, description: "Оплата / Payment"),
        ContactPurpose(
            id: DemoPurpose.remitTo, description: "Платёжные поручения и сверки / Remit-to"),
        ContactPurpose(
            id: DemoPurpose.collections,
            description: "Работа с задолженностью / Collections"),
    ]

    /// Three pools that together use the range syntax `*wild*`, `ru*`, `A,B`, `!A` and `>100`.
    static let pools = [
        CustomerPool(
            id: "KEY-ACCOUNTS", description: "Ключевые клиенты (VIP) / Key accounts (VIP)",
            criteria: [PoolCriterion(field: .tags, range: "*VIP*")]),
        CustomerPool(
            id: "RUSSIA", description: "Российские клиенты / Russian customers",
            criteria: [
                PoolCriterion(field: .language, range: "ru*"),
                PoolCriterion(field: .group, range: "RETAIL,WHOLESALE,PUBLIC"),
            ]),
        CustomerPool(
            id: "INTERNATIONAL", description: "Зарубежные клиенты / International customers",
            criteria: [
                PoolCriterion(field: .country, range: "!RU"),
                PoolCriterion(field: .openBalance, range: ">100"),
            ]),
    ]

    static let activityTemplates = [
        ActivityTemplate(
            id: DemoDocument.call, name: "Позвонить клиенту / Call the customer", type: .task,
            purpose: "Звонок по просроченной задолженности / Call about overdue invoices",
            daysToComplete: 2,
            details: "Уточнить дату оплаты и зафиксировать обещание. / "
                + "Ask for a payment date and record the promise."),
        ActivityTemplate(
            id: DemoDocument.escalate,
            name: "Эскалация кредитному менеджеру / Escalate to the credit manager", type: .task,
            purpose: "Решение о блокировке отгрузок / Decide on a delivery stop",
            daysToComplete: 3,
            details: "Проверить кредитный лимит, рассмотреть блокировку и претензию. / "
                + "Review the credit limit, consider an order hold and a formal claim."),
        ActivityTemplate(
            id: DemoDocument.visit, name: "Визит к клиенту / Visit the customer",
            type: .appointment, purpose: "Встреча по графику погашения / Payment plan meeting",
            daysToComplete: 7,
            details: "Согласовать график погашения с финансовым директором клиента. / "
                + "Agree a repayment plan with the customer's finance director."),
        ActivityTemplate(
            id: DemoDocument.promiseCheck,
            name: "Проверить обещание оплаты / Check the promise to pay", type: .task,
            purpose: "Контроль обещанного платежа / Follow up a promised payment",
            daysToComplete: 1),
        ActivityTemplate(
            id: DemoDocument.predictLate,
            name: "Прогноз: оплата с опозданием / Prediction: late payment", type: .task,
            purpose: "Предупредить просрочку / Prevent a late payment", daysToComplete: 5),
        ActivityTemplate(
            id: DemoDocument.predictVeryLate,
            name: "Прогноз: сильная просрочка / Prediction: very late payment", type: .action,
            purpose: "Снизить риск неоплаты / Reduce the risk of non-payment",
            daysToComplete: 2),
    ]
}

import CollectaCore

/// A realistic configuration touching every table: two purposes beyond the standard ones, two
/// pools, two hierarchies (one with pre-dunning, email, letter and activity steps), templates
/// with multi-line Cyrillic HTML, a three-level letter sequence and prediction parameters.
enum StoreSample {
    static let configuration = CollectionsConfiguration(
        parameters: parameters,
        purposes: [
            ContactPurpose(id: "Business", description: "General business contact"),
            ContactPurpose(id: "Collections", description: "Receives collections emails"),
            ContactPurpose(id: "Invoice", description: "Receives invoices"),
        ],
        pools: [
            CustomerPool(id: "RETAIL", description: "Retail customers", criteria: [
                PoolCriterion(field: .group, range: "RETAIL,SHOP"),
                PoolCriterion(field: .onHold, range: "false"),
            ]),
            CustomerPool(id: "WHOLESALE-BIG", description: "Wholesale with large overdue", criteria: [
                PoolCriterion(field: .group, range: "WHOLESALE"),
                PoolCriterion(field: .overdueBalance, range: ">1000"),
                PoolCriterion(field: .country, range: "!BY"),
            ]),
        ],
        activityTemplates: activityTemplates,
        emailTemplates: [reminderTemplate],
        letterSequences: [letterSequence],
        hierarchies: [wholesale, retail]
    )

    static let parameters = AutomationParameters(
        companyName: "ООО «Ромашка»", companyCurrency: "RUB", postsLettersAutomatically: true,
        createsActivitiesForAutomations: true, historyRetentionDays: 730,
        excludesInvoiceAfterLastStep: true, defaultLetterSequenceID: "STANDARD",
        predictions: PredictionParameters(
            lateBenchmarkPercent: 70, veryLateBenchmarkPercent: 40,
            lateActivityTemplateID: "CALL", veryLateActivityTemplateID: "ESCALATE",
            lateNote: "Predicted late payment", veryLateNote: "Predicted very late:\ncall the CFO",
            veryLatePeriodDays: 45))

    static let activityTemplates = [
        ActivityTemplate(
            id: "CALL", name: "Call the customer", type: .task,
            purpose: "Call about overdue invoice", daysToComplete: 2,
            details: "Ask for a payment date.\nRecord the promise."),
        ActivityTemplate(
            id: "ESCALATE", name: "Escalate to the manager", type: .action,
            purpose: "Escalation", daysToComplete: 5, details: ""),
        ActivityTemplate(id: "VISIT", name: "Visit", type: .appointment, daysToComplete: 10),
    ]

    static let reminderTemplate = EmailTemplate(
        id: "REMINDER", description: "Payment reminder", defaultLanguage: "ru",
        senderName: "Отдел взыскания", senderEmail: "collections@romashka.example",
        messages: [
            EmailMessage(
                language: "ru", subject: "Напоминание об оплате",
                htmlBody: "<p>Уважаемый клиент!</p>\n<p>Срок оплаты счёта подходит.</p>\n"),
            EmailMessage(
                language: "en", subject: "Payment reminder",
                htmlBody: "<p>Dear customer,</p>\n<p>Your invoice is due soon.</p>"),
        ])

    static let letterSequence = LetterSequence(
        id: "STANDARD", description: "Standard letters",
        levels: [
            LetterLevel(level: 1, texts: [
                LetterText(language: "ru", title: "Напоминание", body: "Просим оплатить.\nСпасибо."),
                LetterText(language: "en", title: "Reminder", body: "Please pay.\nThank you."),
            ]),
            LetterLevel(level: 2, texts: [
                LetterText(language: "en", title: "Second reminder", body: "Payment is overdue."),
            ]),
            LetterLevel(level: 3, isFinal: true, texts: [
                LetterText(language: "en", title: "Final notice", body: "Legal action follows.\n"),
            ]),
        ])

    static let wholesale = ProcessHierarchy(
        id: "WHOLESALE", description: "Wholesale, large overdue", rank: 1, poolID: "WHOLESALE-BIG",
        quietDays: 3, exclusionRule: .customerAgingBalance, exclusionAmount: Money(minorUnits: 500_000),
        usesPredictions: true, usesTrackStep: true, includedOrigins: [.salesOrder, .project],
        preDunsWhenOverdue: true,
        steps: [
            ProcessStep(
                line: 10, description: "Pre-dunning reminder", action: .email, documentID: "REMINDER",
                timing: .before, days: 5, isPreDunning: true, recipient: .customer,
                contactPurposeID: "Collections"),
            ProcessStep(
                line: 20, description: "First call", action: .activity, documentID: "CALL",
                timing: .after, days: 1),
            ProcessStep(
                line: 30, description: "Reminder to the sales group", action: .email,
                documentID: "REMINDER", timing: .after, days: 7, recipient: .salesGroup),
            ProcessStep(line: 40, description: "Collection letter", action: .letter, days: 14),
            ProcessStep(
                line: 50, description: "Escalate", action: .activity, documentID: "ESCALATE", days: 21),
        ])

    static let retail = ProcessHierarchy(
        id: "RETAIL", description: "Retail customers", rank: 2, poolID: "RETAIL",
        exclusionRule: .invoiceAmount, exclusionAmount: Money(minorUnits: 10_050),
        isActive: false,
        steps: [
            ProcessStep(line: 1, description: "Call", action: .activity, documentID: "CALL", days: 3),
            ProcessStep(
                line: 2, description: "Agent email", action: .email, documentID: "REMINDER",
                days: 10, recipient: .collectionsAgent),
        ])
}

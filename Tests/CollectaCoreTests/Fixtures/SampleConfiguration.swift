import CollectaCore

/// A realistic, valid configuration for tests to start from and break one thing at a time.
///
/// Two hierarchies: `COLL-B2B` (rank 1, wholesale pool, track step, a pre-dunning email, emails,
/// a letter and a call) and `COLL-RETAIL` (rank 2, retail pool, predictions, invoice-amount
/// exclusion). Four purposes, four activity templates, two email templates in `ru` and `en`,
/// one three-level letter sequence whose last level is final.
enum SampleConfiguration {
    static let b2bID = "COLL-B2B"
    static let retailID = "COLL-RETAIL"

    /// The whole sample configuration.
    static let configuration = CollectionsConfiguration(
        parameters: parameters, purposes: purposes, pools: pools,
        activityTemplates: activityTemplates, emailTemplates: emailTemplates,
        letterSequences: [letterSequence], hierarchies: [b2b, retail])

    static let parameters = AutomationParameters(
        companyName: "Severnaya Torgovaya LLC", companyCurrency: "RUB",
        postsLettersAutomatically: false, createsActivitiesForAutomations: true,
        historyRetentionDays: 365, excludesInvoiceAfterLastStep: true,
        defaultLetterSequenceID: "STANDARD",
        predictions: PredictionParameters(
            lateBenchmarkPercent: 60, veryLateBenchmarkPercent: 50,
            lateActivityTemplateID: "PRED-LATE", veryLateActivityTemplateID: "PRED-VLATE",
            lateNote: "Likely to pay late", veryLateNote: "Likely to pay very late",
            veryLatePeriodDays: 30))

    static let purposes = [
        ContactPurpose(id: "Business", description: "General business contact"),
        ContactPurpose(id: "Invoice", description: "Receives invoices"),
        ContactPurpose(id: "Payment", description: "Arranges payments"),
        ContactPurpose(id: "Collections", description: "Receives reminders and letters"),
    ]

    static let pools = [
        CustomerPool(
            id: "POOL-B2B", description: "Wholesale customers",
            criteria: [PoolCriterion(field: .group, range: "WHOLESALE,DISTRIB")]),
        CustomerPool(
            id: "POOL-RETAIL", description: "Retail customers with a real balance",
            criteria: [
                PoolCriterion(field: .group, range: "RETAIL"),
                PoolCriterion(field: .openBalance, range: ">1000"),
            ]),
    ]

    static let activityTemplates = [
        ActivityTemplate(
            id: "CALL", name: "Call about overdue invoices", type: .task,
            purpose: "Call the customer", daysToComplete: 2, details: "Ask for a payment date."),
        ActivityTemplate(
            id: "ESCALATE", name: "Escalate to the credit manager", type: .action,
            purpose: "Escalation", daysToComplete: 5),
        ActivityTemplate(
            id: "PRED-LATE", name: "Predicted late payment", type: .task,
            purpose: "Prevent a late payment", daysToComplete: 3),
        ActivityTemplate(
            id: "PRED-VLATE", name: "Predicted very late payment", type: .task,
            purpose: "Prevent a very late payment", daysToComplete: 1),
    ]

    static let emailTemplates = [
        EmailTemplate(
            id: "PRE-DUE", description: "Friendly notice before due", defaultLanguage: "ru",
            senderName: "Collections", senderEmail: "collections@severnaya.example",
            messages: [
                EmailMessage(
                    language: "ru", subject: "Напоминание о сроке оплаты",
                    htmlBody: "<p>Срок оплаты счёта скоро наступит.</p>"),
                EmailMessage(
                    language: "en", subject: "Your invoice is due soon",
                    htmlBody: "<p>Your invoice falls due soon.</p>"),
            ]),
        EmailTemplate(
            id: "REMIND", description: "Overdue reminder", defaultLanguage: "ru",
            senderName: "Collections", senderEmail: "collections@severnaya.example",
            messages: [
                EmailMessage(
                    language: "ru", subject: "Просроченная задолженность",
                    htmlBody: "<p>Просим оплатить просроченные счета.</p>"),
                EmailMessage(
                    language: "en", subject: "Overdue invoices",
                    htmlBody: "<p>Please pay your overdue invoices.</p>"),
            ]),
    ]

    static let letterSequence = LetterSequence(
        id: "STANDARD", description: "Standard three letters",
        levels: [
            LetterLevel(level: 1, texts: texts("Reminder")),
            LetterLevel(level: 2, texts: texts("Second reminder")),
            LetterLevel(level: 3, isFinal: true, texts: texts("Final demand")),
        ])

    static let b2b = ProcessHierarchy(
        id: b2bID, description: "Wholesale customers", rank: 1, poolID: "POOL-B2B",
        quietDays: 3, exclusionRule: .customerAgingBalance,
        exclusionAmount: Money(minorUnits: 500_00), usesTrackStep: true,
        steps: [
            ProcessStep(
                line: 10, description: "Notice before due", action: .email, documentID: "PRE-DUE",
                timing: .before, days: 5, isPreDunning: true, recipient: .customer,
                contactPurposeID: "Invoice"),
            ProcessStep(
                line: 20, description: "First notice", action: .email, documentID: "REMIND",
                days: 1, recipient: .customer, contactPurposeID: "Collections"),
            ProcessStep(
                line: 30, description: "Second notice", action: .email, documentID: "REMIND",
                days: 7, recipient: .collectionsAgent),
            ProcessStep(line: 40, description: "Collection letter", action: .letter, days: 14),
            ProcessStep(
                line: 50, description: "Call the customer", action: .activity, documentID: "CALL",
                days: 15),
        ])

    static let retail = ProcessHierarchy(
        id: retailID, description: "Retail customers", rank: 2, poolID: "POOL-RETAIL",
        quietDays: 5, exclusionRule: .invoiceAmount, exclusionAmount: Money(minorUnits: 100_00),
        usesPredictions: true, includedOrigins: [.salesOrder, .freeText],
        steps: [
            ProcessStep(
                line: 10, description: "Reminder to sales", action: .email, documentID: "REMIND",
                days: 3, recipient: .salesGroup),
            ProcessStep(line: 20, description: "Collection letter", action: .letter, days: 10),
            ProcessStep(
                line: 30, description: "Escalate", action: .activity, documentID: "ESCALATE",
                days: 30),
        ])

    private static func texts(_ title: String) -> [LetterText] {
        [
            LetterText(language: "ru", title: title, body: "Уважаемый клиент, …"),
            LetterText(language: "en", title: title, body: "Dear customer, …"),
        ]
    }
}

extension CollectionsConfiguration {
    /// Changes the step with `line` of the hierarchy `hierarchyID`; the step must exist.
    mutating func updateStep(
        line: Int, of hierarchyID: String, _ change: (inout ProcessStep) -> Void
    ) {
        let h = hierarchies.firstIndex { $0.id == hierarchyID }!
        let s = hierarchies[h].steps.firstIndex { $0.line == line }!
        change(&hierarchies[h].steps[s])
    }

    /// Changes the hierarchy `hierarchyID`; it must exist.
    mutating func updateHierarchy(_ hierarchyID: String, _ change: (inout ProcessHierarchy) -> Void) {
        let h = hierarchies.firstIndex { $0.id == hierarchyID }!
        change(&hierarchies[h])
    }
}

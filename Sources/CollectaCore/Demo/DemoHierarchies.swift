/// The three collections strategies of the demo company, in rank order.
///
/// | Rank | Hierarchy | Pool | Quiet days | Special |
/// |------|-----------|------|------------|---------|
/// | 1 | KEY | KEY-ACCOUNTS | 7 | track step, predictions, pre-dunning 5 days before due |
/// | 2 | RU | RUSSIA | 5 | excludes customers whose balance is below 1,000.00 RUB |
/// | 3 | INTL | INTERNATIONAL | 3 | predictions; journal entries are not dunned |
enum DemoHierarchies {
    static let all = [keyAccounts, russia, international]

    /// Key accounts: a friendly pre-dunning reminder, then calls and the sales team.
    static let keyAccounts = ProcessHierarchy(
        id: "KEY", description: "Ключевые клиенты: мягкое взыскание / Key accounts: soft approach",
        rank: 1, poolID: "KEY-ACCOUNTS", quietDays: 7, usesPredictions: true, usesTrackStep: true,
        steps: [
            email(10, "Дружеское напоминание до срока / Friendly reminder before due",
                  DemoDocument.preDunning, .before, 5, isPreDunning: true),
            email(20, "Напоминание об оплате / Payment reminder", DemoDocument.reminder, .after, 3),
            activity(30, "Звонок клиенту / Call the customer", DemoDocument.call, 10),
            email(40, "Уведомить отдел продаж / Notify the sales group", DemoDocument.salesNotice,
                  .after, 20, to: .salesGroup),
            activity(50, "Эскалация / Escalation", DemoDocument.escalate, 30),
            activity(60, "Визит к клиенту / Visit the customer", DemoDocument.visit, 45),
        ])

    /// Russian customers: two emails, letters, calls, escalation.
    static let russia = ProcessHierarchy(
        id: "RU", description: "Российские клиенты / Russian customers", rank: 2,
        poolID: "RUSSIA", quietDays: 5, exclusionRule: .customerAgingBalance,
        exclusionAmount: Money(minorUnits: 1_000_00),
        steps: [
            email(10, "Напоминание об оплате / Payment reminder", DemoDocument.reminder, .after, 1),
            email(20, "Повторное уведомление / Second notice", DemoDocument.secondNotice,
                  .after, 7),
            letter(30, "Письмо о задолженности / Collection letter", 14),
            activity(40, "Звонок клиенту / Call the customer", DemoDocument.call, 21),
            activity(50, "Эскалация / Escalation", DemoDocument.escalate, 30),
            email(60, "Уведомить отдел продаж / Notify the sales group", DemoDocument.salesNotice,
                  .after, 45, to: .salesGroup),
            letter(70, "Досудебная претензия / Final demand", 60),
        ])

    /// International customers: emails, a letter, a call, the agent, escalation.
    static let international = ProcessHierarchy(
        id: "INTL", description: "Зарубежные клиенты / International customers", rank: 3,
        poolID: "INTERNATIONAL", quietDays: 3, usesPredictions: true,
        includedOrigins: [.salesOrder, .freeText, .project],
        steps: [
            email(10, "Payment reminder", DemoDocument.reminder, .after, 1),
            email(20, "Second notice", DemoDocument.secondNotice, .after, 7),
            letter(30, "Collection letter", 14),
            activity(40, "Call the customer", DemoDocument.call, 21),
            email(50, "Notify the collections agent", DemoDocument.salesNotice, .after, 30,
                  to: .collectionsAgent),
            activity(60, "Escalate to the credit manager", DemoDocument.escalate, 45),
        ])

    /// An email step; Customer recipients are the customer's Collections contacts.
    private static func email(
        _ line: Int, _ description: String, _ template: String, _ timing: StepTiming,
        _ days: Int, isPreDunning: Bool = false, to recipient: RecipientKind = .customer
    ) -> ProcessStep {
        ProcessStep(
            line: line, description: description, action: .email, documentID: template,
            timing: timing, days: days, isPreDunning: isPreDunning, recipient: recipient,
            contactPurposeID: recipient == .customer ? DemoPurpose.collections : nil)
    }

    /// An activity step after the due date.
    private static func activity(
        _ line: Int, _ description: String, _ template: String, _ days: Int
    ) -> ProcessStep {
        ProcessStep(
            line: line, description: description, action: .activity, documentID: template,
            timing: .after, days: days)
    }

    /// A collection-letter step after the due date (letters have no business document, C4).
    private static func letter(_ line: Int, _ description: String, _ days: Int) -> ProcessStep {
        ProcessStep(line: line, description: description, action: .letter, days: days)
    }
}

import CollectaCore

/// The words for the configuration's values on the setup page, in both languages.
enum SetupLabels {
    static func action(_ action: ActionType) -> LocalizedText {
        switch action {
        case .activity: LocalizedText("Activity", "Действие")
        case .email: LocalizedText("Email", "Эл. почта")
        case .letter: LocalizedText("Collection letter", "Письмо-напоминание")
        }
    }

    static func timing(_ timing: StepTiming) -> LocalizedText {
        switch timing {
        case .before: LocalizedText("Before", "До")
        case .after: LocalizedText("After", "После")
        }
    }

    static func recipient(_ recipient: RecipientKind) -> LocalizedText {
        switch recipient {
        case .customer: LocalizedText("Customer", "Клиент")
        case .salesGroup: LocalizedText("Sales group", "Группа продаж")
        case .collectionsAgent: LocalizedText("Collections agent", "Агент по взысканию")
        }
    }

    static func exclusion(_ rule: ExclusionRule) -> LocalizedText {
        switch rule {
        case .none: LocalizedText("None", "Нет")
        case .customerAgingBalance: LocalizedText("Customer aging balance less than", "Сальдо клиента меньше")
        case .invoiceAmount: LocalizedText("Invoice amount less than", "Сумма накладной меньше")
        }
    }

    /// The short form for the grid, e.g. `Balance < 1000.00`.
    static func exclusionCell(_ rule: ExclusionRule, amount: Money) -> LocalizedText {
        switch rule {
        case .none: LocalizedText("—", "—")
        case .customerAgingBalance:
            LocalizedText("Balance < \(amount.decimalString)", "Сальдо < \(amount.decimalString)")
        case .invoiceAmount:
            LocalizedText("Invoice < \(amount.decimalString)", "Накладная < \(amount.decimalString)")
        }
    }

    static func origin(_ origin: InvoiceOrigin) -> LocalizedText {
        switch origin {
        case .salesOrder: LocalizedText("sales orders", "заказы на продажу")
        case .freeText: LocalizedText("free text invoices", "накладные с произвольным текстом")
        case .project: LocalizedText("project invoices", "накладные по проектам")
        case .generalJournal: LocalizedText("general journal entries", "проводки общего журнала")
        }
    }

    static func activityType(_ type: ActivityType) -> LocalizedText {
        switch type {
        case .task: LocalizedText("Task", "Задача")
        case .appointment: LocalizedText("Appointment", "Встреча")
        case .event: LocalizedText("Event", "Событие")
        case .action: LocalizedText("Action", "Действие")
        }
    }

    static func flag(_ value: Bool) -> LocalizedText {
        value ? SetupTexts.yes : LocalizedText("", "")
    }

    /// A violation as shown at a form field: the rule's code and the validator's sentence in
    /// `language`.
    static func violation(_ violation: Violation, in language: Language) -> String {
        violation.rule.code + ": " + violation.message(in: language)
    }
}

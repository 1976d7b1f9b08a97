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

    /// A violation as shown at a form field: the rule's code and, in English, the validator's
    /// sentence; in Russian, the rule in Russian (the validator writes English only).
    static func violation(_ violation: Violation, in language: Language) -> String {
        let russian = ruleSummary(violation.rule)
        let text = LocalizedText(violation.message, russian)(language)
        return violation.rule.code + ": " + text
    }

    private static func ruleSummary(_ rule: ConfigurationRule) -> String {
        switch rule {
        case .c1: "ранг должен быть положительным и не занятым другой иерархией"
        case .c2: "пул клиентов уже принадлежит другой иерархии"
        case .c3: "в иерархии не больше одного шага предварительного напоминания, и это действие или письмо"
        case .c4: "бизнес-документ должен соответствовать типу действия; у письма его нет"
        case .c5: "письму нужен получатель, а получателю «Клиент» — цель контакта"
        case .c6: "два шага не могут выполняться в один и тот же день относительно срока оплаты"
        case .c7: "правилу исключения нужна положительная сумма в валюте компании"
        case .c8: "шаблону нужно сообщение на языке по умолчанию и верный адрес отправителя"
        case .c9: "используемый элемент нельзя удалить"
        case .c10: "отслеживание шага нельзя выключить, когда уже есть история"
        case .r15: "неизвестный заполнитель в тексте шаблона"
        case .reference: "ссылка на несуществующий элемент"
        case .field: "недопустимое значение поля"
        }
    }
}

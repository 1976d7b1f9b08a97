import CollectaCore

/// The names of the customer fields and the range errors, in both languages.
extension PoolsTexts {
    /// The field's name as users know it from the ERP.
    static func name(of field: CustomerField) -> LocalizedText {
        switch field {
        case .account: LocalizedText("Customer account", "Счёт клиента")
        case .name: LocalizedText("Name", "Наименование")
        case .group: LocalizedText("Customer group", "Группа клиентов")
        case .currency: LocalizedText("Currency", "Валюта")
        case .language: LocalizedText("Language", "Язык")
        case .country: LocalizedText("Country/region", "Страна или регион")
        case .salesGroup: LocalizedText("Sales group", "Группа продаж")
        case .agent: LocalizedText("Collections agent", "Агент по взысканию")
        case .creditLimit: LocalizedText("Credit limit", "Кредитный лимит")
        case .onHold: LocalizedText("On hold", "Заблокирован")
        case .tags: LocalizedText("Tags", "Теги")
        case .letterSequence: LocalizedText("Collection letter sequence", "Последовательность писем-напоминаний")
        case .openBalance: LocalizedText("Open balance", "Открытый остаток")
        case .overdueBalance: LocalizedText("Overdue balance", "Просроченный остаток")
        case .maxDaysOverdue: LocalizedText("Max days overdue", "Макс. дней просрочки")
        case .openInvoiceCount: LocalizedText("Open invoices", "Открытых счетов")
        }
    }

    /// The field's name with the computed ones marked, for the choice list.
    static func choiceLabel(of field: CustomerField, in language: Language) -> String {
        name(of: field)(language) + (field.isComputed ? computedMark(language) : "")
    }

    /// The range error as one line naming the position: `Position 3: expected a number after '>'`.
    static func describe(_ error: CriterionError, in language: Language) -> String {
        let position = LocalizedText("Position \(error.position)", "Позиция \(error.position)")(language)
        return position + ": " + reason(error.reason)(language)
    }

    private static func reason(_ reason: CriterionError.Reason) -> LocalizedText {
        LocalizedText(reason.description, reason.russianDescription)
    }
}

/// The words of the Activities screens, in English and Russian.
enum ActivitiesTexts {
    static let title = LocalizedText("Activities", "Мероприятия")
    static let group = LocalizedText("Activities", "Мероприятия")
    static let customer = LocalizedText("Customer", "Клиент")
    static let invoice = LocalizedText("Invoice", "Накладная")
    static let type = LocalizedText("Type", "Тип")
    static let purpose = LocalizedText("Purpose", "Цель контакта")
    static let description = LocalizedText("Description", "Описание")
    static let due = LocalizedText("Due", "Срок")
    static let agent = LocalizedText("Agent", "Агент")
    static let overdueMark = LocalizedText("Late", "Проср.")
    static let noRows = LocalizedText("No open activities match the filter.", "Нет открытых мероприятий по фильтру.")
    static let allAgents = LocalizedText("All agents", "Все агенты")
    static let overdueOnly = LocalizedText("Overdue only", "Только просроченные")
    static let filterTitle = LocalizedText("Activities filter", "Фильтр мероприятий")

    static let filter = LocalizedText("Filter", "Фильтр")
    static let filterHelp = LocalizedText(
        "Filters by agent and shows only overdue activities.", "Фильтр по агенту и только просроченные мероприятия.")
    static let fixedOrder = LocalizedText(
        "The list is always the earliest due first.", "Список всегда упорядочен по сроку, ранние первыми.")
    static let noSearch = LocalizedText(
        "This list has no search; use the filter form (F3) where there is one.",
        "В этом списке нет поиска; используйте форму фильтра (F3), где она есть.")
    static let apply = LocalizedText("Apply", "Применить")
    static let applyHelp = LocalizedText("Applies the filter.", "Применяет фильтр.")
    static let back = LocalizedText("Back", "Назад")
    static let backHelp = LocalizedText("Returns without changing the filter.", "Возврат без изменения фильтра.")
    static let close = LocalizedText("Close", "Закрыть")
    static let closeHelp = LocalizedText(
        "Closes the activity today with a note.", "Закрывает мероприятие сегодняшней датой с примечанием.")
    static let invoices = LocalizedText("Invoices", "Накладные")
    static let invoicesHelp = LocalizedText(
        "Shows the invoices of the activity's customer.", "Показывает накладные клиента мероприятия.")
    static let history = LocalizedText("History", "История")
    static let historyHelp = LocalizedText(
        "Shows the collections history of the activity's customer.", "Показывает историю взыскания клиента мероприятия.")
    static let noActivity = LocalizedText("There is no activity here.", "Здесь нет мероприятия.")
    static let closingNote = LocalizedText("Closing note:", "Примечание о закрытии:")
    static let closeTitle = LocalizedText("Close the activity", "Закрытие мероприятия")
    static let noteRequired = LocalizedText("Enter a closing note.", "Введите примечание о закрытии.")
    static func closed(_ id: Int64) -> LocalizedText {
        LocalizedText("Activity \(id) closed.", "Мероприятие \(id) закрыто.")
    }

    static let alreadyClosed = LocalizedText(
        "The activity is closed already.", "Мероприятие уже закрыто.")

    static let invoicesTitle = LocalizedText("Customer invoices", "Накладные клиента")
    static let voucher = LocalizedText("Voucher", "Ваучер")
    static let amount = LocalizedText("Amount", "Сумма")
    static let open = LocalizedText("Open", "Открыто")
    static let currency = LocalizedText("Cur.", "Вал.")
    static let status = LocalizedText("Status", "Статус")
    static let noInvoices = LocalizedText("The customer has no invoices.", "У клиента нет накладных.")

    /// The collections status of an invoice as the ERP names it.
    static func invoiceStatus(_ raw: String) -> LocalizedText {
        switch raw {
        case "notDisputed": LocalizedText("Not disputed", "Не оспаривается")
        case "disputed": LocalizedText("Disputed", "Оспаривается")
        case "promisedToPay": LocalizedText("Promised to pay", "Обещание оплаты")
        case "resolved": LocalizedText("Resolved", "Урегулировано")
        case "promiseBroken": LocalizedText("Promise broken", "Обещание нарушено")
        default: LocalizedText(raw, raw)
        }
    }
}

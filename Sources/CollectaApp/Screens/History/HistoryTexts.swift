import CollectaCore

/// The words of the History screens, in English and Russian.
enum HistoryTexts {
    static let title = LocalizedText("History", "История процесса взыскания")
    static let group = LocalizedText("History", "История")
    static let date = LocalizedText("Date", "Дата")
    static let hierarchy = LocalizedText("Hierarchy", "Иерархия")
    static let customer = LocalizedText("Customer", "Клиент")
    static let invoice = LocalizedText("Invoice", "Накладная")
    static let voucher = LocalizedText("Voucher", "Ваучер")
    static let dueDate = LocalizedText("Due", "Срок")
    static let days = LocalizedText("Days", "Дней")
    static let step = LocalizedText("Step", "Шаг")
    static let action = LocalizedText("Action", "Тип действия")
    static let document = LocalizedText("Business document", "Бизнес-документ")
    static let preDunning = LocalizedText("Pre-dunning", "Предварительное напоминание")
    static let preDunningColumn = LocalizedText("Pre", "Пред.")
    static let recipients = LocalizedText("Recipients", "Получатели")
    static let status = LocalizedText("Status", "Статус")
    static let message = LocalizedText("Message", "Сообщение")
    static let delivery = LocalizedText("Delivery", "Доставка")
    static let noRows = LocalizedText("No history rows match the filter.", "Нет записей истории по фильтру.")

    static let open = LocalizedText("Open", "Открыть")
    static let openHelp = LocalizedText(
        "Shows what the row created: the email, the letter or the activity; for a failure, its message.",
        "Показывает созданное: сообщение, письмо-напоминание или мероприятие; для ошибки — её текст.")
    static let filter = LocalizedText("Filter", "Фильтр")
    static let filterHelp = LocalizedText(
        "Filters by hierarchy, customer, dates, status and action.",
        "Фильтр по иерархии, клиенту, датам, статусу и типу действия.")
    static let clearFilter = LocalizedText("Clear filter", "Сбросить фильтр")
    static let clearFilterHelp = LocalizedText("Shows every history row again.", "Снова показывает все записи истории.")
    static let nextHierarchy = LocalizedText("Hierarchy", "Иерархия")
    static let previousHierarchy = LocalizedText("Previous hierarchy", "Предыдущая иерархия")
    static let hierarchyHelp = LocalizedText(
        "Shows the history of the next or previous hierarchy by rank, or of all hierarchies.",
        "Показывает историю следующей или предыдущей иерархии по рангу либо всех иерархий.")
    static let fixedOrder = LocalizedText(
        "The history is always newest first.", "История всегда показывается от новых к старым.")
    static let useFilterForm = LocalizedText("Press F3 to filter.", "Для фильтра нажмите F3.")
    static let apply = LocalizedText("Apply", "Применить")
    static let applyHelp = LocalizedText("Applies the filter to the history.", "Применяет фильтр к истории.")
    static let back = LocalizedText("Back", "Назад")
    static let backHelp = LocalizedText("Returns without changing the filter.", "Возврат без изменения фильтра.")
    static let noRow = LocalizedText("There is no history row here.", "Здесь нет записи истории.")
    static let filterTitle = LocalizedText("History filter", "Фильтр истории")
    static let detailTitle = LocalizedText("History details", "Сведения об истории")

    static let all = LocalizedText("All", "Все")
    static let allHierarchies = LocalizedText("All hierarchies", "Все иерархии")
    static let from = LocalizedText("From date", "С даты")
    static let to = LocalizedText("To date", "По дату")
    static let executed = LocalizedText("Executed", "Выполнено")
    static let failed = LocalizedText("Failed", "Ошибка")
    static let activity = LocalizedText("Activity", "Мероприятие")
    static let email = LocalizedText("Email", "Эл. почта")
    static let letter = LocalizedText("Letter", "Письмо")
    static let predictionActivity = LocalizedText("Prediction activity", "Мероприятие прогноза")
    static let yes = LocalizedText("Yes", "Да")
    static let fromAfterTo = LocalizedText(
        "The from date must not be after the to date.", "Дата «с» не может быть позже даты «по».")
    static let filtered = LocalizedText("Filtered", "Фильтр")

    static let subject = LocalizedText("Subject", "Тема")
    static let sender = LocalizedText("From", "От")
    static let to2 = LocalizedText("To", "Кому")
    static let language = LocalizedText("Language", "Язык")
    static let invoices = LocalizedText("Invoices", "Накладные")
    static let level = LocalizedText("Level", "Уровень")
    static let type = LocalizedText("Type", "Тип")
    static let purpose = LocalizedText("Purpose", "Цель контакта")
    static let description = LocalizedText("Description", "Описание")
    static let details = LocalizedText("Details", "Подробности")
    static let agent = LocalizedText("Agent", "Агент")
    static let closed = LocalizedText("Closed", "Закрыто")
    static let notFound = LocalizedText("The created record no longer exists.", "Созданная запись больше не существует.")
    static let nothingCreated = LocalizedText("The row created no record.", "Запись ничего не создала.")

    static func actionName(_ kind: ActionKind) -> LocalizedText {
        switch kind {
        case .activity: activity
        case .email: email
        case .letter: letter
        case .predictionActivity: predictionActivity
        }
    }

    static func statusName(_ status: ActionStatus) -> LocalizedText {
        status == .executed ? executed : failed
    }
}

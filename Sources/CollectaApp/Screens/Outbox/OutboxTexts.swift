import CollectaCore

/// The words of the Outbox screens and of delivery states, in English and Russian.
enum OutboxTexts {
    static let title = LocalizedText("Outbox", "Исходящие")
    static let group = LocalizedText("Outbox", "Исходящие")
    static let detailTitle = LocalizedText("Outbox email", "Исходящее сообщение")
    static let filterTitle = LocalizedText("Outbox filter", "Фильтр исходящих")

    static let id = LocalizedText("No.", "№")
    static let created = LocalizedText("Created", "Создано")
    static let customer = LocalizedText("Customer", "Клиент")
    static let recipients = LocalizedText("Recipients", "Получатели")
    static let subject = LocalizedText("Subject", "Тема")
    static let status = LocalizedText("Status", "Статус")
    static let attempts = LocalizedText("Tries", "Попыт.")
    static let replyOrNext = LocalizedText("Reply / next attempt", "Ответ / след. попытка")
    static let all = LocalizedText("All", "Все")
    static let noRows = LocalizedText("No emails in the outbox match the filter.", "Нет исходящих сообщений по фильтру.")
    static let noRow = LocalizedText("There is no email here.", "Здесь нет сообщения.")
    static let fixedOrder = LocalizedText("The outbox is always newest first.", "Исходящие всегда показываются от новых к старым.")
    static let useFilterForm = LocalizedText("Press F3 to filter.", "Для фильтра нажмите F3.")

    static let open = LocalizedText("Open", "Открыть")
    static let openHelp = LocalizedText(
        "Shows the email: its delivery record, every attempt with the server's reply, and the text.",
        "Показывает сообщение: состояние доставки, каждую попытку с ответом сервера и текст.")
    static let filter = LocalizedText("Filter", "Фильтр")
    static let filterHelp = LocalizedText("Shows the emails of one status.", "Показывает сообщения с одним статусом.")
    static let nextStatus = LocalizedText("Status", "Статус")
    static let previousStatus = LocalizedText("Previous status", "Предыдущий статус")
    static let statusHelp = LocalizedText(
        "Shows the emails of the next or previous status, or all of them.",
        "Показывает сообщения следующего или предыдущего статуса либо все.")
    static let clearFilter = LocalizedText("Clear filter", "Сбросить фильтр")
    static let clearFilterHelp = LocalizedText("Shows every email again.", "Снова показывает все сообщения.")
    static let apply = LocalizedText("Apply", "Применить")
    static let applyHelp = LocalizedText("Applies the filter to the outbox.", "Применяет фильтр к исходящим.")
    static let back = LocalizedText("Back", "Назад")
    static let backHelp = LocalizedText("Returns without changing the filter.", "Возврат без изменения фильтра.")


    static let sender = LocalizedText("From", "От")
    static let to = LocalizedText("To", "Кому")
    static let language = LocalizedText("Language", "Язык")
    static let template = LocalizedText("Template", "Шаблон")
    static let messageID = LocalizedText("Message-ID", "Message-ID")
    static let delivery = LocalizedText("Delivery", "Доставка")
    static let attemptCount = LocalizedText("Attempts", "Попыток")
    static let lastReply = LocalizedText("Last reply", "Последний ответ")
    static let nextAttempt = LocalizedText("Next attempt", "Следующая попытка")
    static let next = LocalizedText("next", "след.")
    static let handedOver = LocalizedText("Handed over", "Передано серверу")
    static let sentAt = LocalizedText("Sent", "Отправлено")
    static let attemptList = LocalizedText("Attempts:", "Попытки:")
    static let noAttempts = LocalizedText("No delivery attempts yet.", "Попыток доставки ещё не было.")
    static let posted = LocalizedText("Posted on", "Дата разноски")

    static let queued = LocalizedText("Queued", "В очереди")
    static let sent = LocalizedText("Sent", "Отправлено")
    static let failed = LocalizedText("Failed", "Ошибка")
    static let retrying = LocalizedText("Retrying", "Повтор")
    static let letterCreated = LocalizedText("Created", "Создано")
    static let letterPosted = LocalizedText("Posted", "Разнесено")

    static func statusName(_ status: EmailStatus) -> LocalizedText {
        switch status {
        case .queued: queued
        case .sent: sent
        case .failed: failed
        case .retrying: retrying
        }
    }

    static func letterStatusName(_ status: LetterStatus) -> LocalizedText {
        status == .posted ? letterPosted : letterCreated
    }

    static func outcomeName(_ outcome: DeliveryAttemptOutcome) -> LocalizedText {
        switch outcome {
        case .sent: LocalizedText("Sent", "Отправлено")
        case .temporary: LocalizedText("Temporary failure", "Временная ошибка")
        case .permanent: LocalizedText("Permanent failure", "Постоянная ошибка")
        case .connection: LocalizedText("Connection failure", "Ошибка соединения")
        case .uncertain: LocalizedText("No answer after handing over", "Нет ответа после передачи")
        case .interrupted: LocalizedText("Interrupted", "Прервано")
        }
    }
}

import CollectaCore
import CollectaStore

/// The words of the collection letters screens, in English and Russian.
enum LettersTexts {
    static let title = LocalizedText("Collection letters", "Письма")
    static let group = LocalizedText("Collection letters", "Письма")
    static let number = LocalizedText("No.", "№")
    static let date = LocalizedText("Date", "Дата")
    static let customer = LocalizedText("Customer", "Клиент")
    static let level = LocalizedText("Level", "Уров.")
    static let language = LocalizedText("Lang.", "Язык")
    static let status = LocalizedText("Status", "Статус")
    static let postedOn = LocalizedText("Posted on", "Отправлено")
    static let letterTitle = LocalizedText("Title", "Заголовок")
    static let shown = LocalizedText("Shown", "Показаны")
    static let noRows = LocalizedText("No collection letters here.", "Писем нет.")
    static let noLetter = LocalizedText("There is no letter here.", "Здесь нет письма.")
    static let fixedOrder = LocalizedText(
        "The list is always the newest letter first.", "Список всегда упорядочен от новых писем к старым.")
    static let useStatusFilter = LocalizedText(
        "This list has no search; F3 chooses the letters by status.",
        "В этом списке нет поиска; F3 отбирает письма по статусу.")

    static let open = LocalizedText("Open", "Открыть")
    static let openHelp = LocalizedText(
        "Shows the letter as printed, in plain text.", "Показывает письмо в печатном виде, простым текстом.")
    static let filter = LocalizedText("Status", "Статус")
    static let filterHelp = LocalizedText(
        "Shows all letters, then created ones only, then posted ones only.",
        "Показывает все письма, затем только созданные, затем только отправленные.")
    static let print = LocalizedText("Print and post", "Печать и отправка")
    static let printHelp = LocalizedText(
        "Writes the marked letters (or the selected one) as HTML and text files, and marks them posted.",
        "Записывает отмеченные письма (или выбранное) в файлы HTML и текста и отмечает их отправленными.")
    static let printTitle = LocalizedText("Print and post letters", "Печать и отправка писем")
    static let directory = LocalizedText("Write the letters into the directory:", "Записать письма в каталог:")
    static let directoryRequired = LocalizedText("Enter a directory.", "Введите каталог.")

    static let documentTitle = LocalizedText("Collection letter", "Письмо")
    static let scrollUp = LocalizedText("Scroll up", "Прокрутка вверх")
    static let scrollDown = LocalizedText("Scroll down", "Прокрутка вниз")
    static let scrollLeft = LocalizedText("Scroll left", "Прокрутка влево")
    static let scrollRight = LocalizedText("Scroll right", "Прокрутка вправо")
    static let pageUp = LocalizedText("Page up", "Страница вверх")
    static let pageDown = LocalizedText("Page down", "Страница вниз")
    static let scrollHelp = LocalizedText("Scrolls the letter.", "Прокручивает письмо.")

    /// A letter's status in words.
    static func status(_ status: LetterStatus) -> LocalizedText {
        switch status {
        case .created: LocalizedText("Created", "Создано")
        case .posted: LocalizedText("Posted", "Отправлено")
        }
    }

    /// The status filter in words: all letters, or those with one status.
    static func filter(_ status: LetterStatus?) -> LocalizedText {
        switch status {
        case nil: LocalizedText("All letters", "Все письма")
        case .created: LocalizedText("Created only", "Только созданные")
        case .posted: LocalizedText("Posted only", "Только отправленные")
        }
    }

    /// What printing did: how many letters were written where, and how many newly posted.
    static func printed(_ result: LetterPrintingResult, directory: String) -> LocalizedText {
        let count = result.files.count
        return LocalizedText(
            "\(count) \(count == 1 ? "letter" : "letters") written to \(directory); \(result.posted) posted.",
            "Записано писем: \(count) в \(directory); отмечено отправленными: \(result.posted).")
    }

    /// Why printing failed; nothing was posted.
    static func failure(_ error: LetterPrintingError) -> LocalizedText {
        switch error {
        case .cannotWrite(let path, let reason):
            LocalizedText(
                "Cannot write \(path): \(reason). No letter was posted.",
                "Не удалось записать \(path): \(reason). Письма не отмечены отправленными.")
        case .notADirectory(let path):
            LocalizedText(
                "Cannot write \(path): it is not a directory. No letter was posted.",
                "Не удалось записать \(path): это не каталог. Письма не отмечены отправленными.")
        case .unknownLetters(let ids):
            LocalizedText(
                "No collection letter \(ids.map(String.init).joined(separator: ", ")).",
                "Нет письма \(ids.map(String.init).joined(separator: ", ")).")
        }
    }
}

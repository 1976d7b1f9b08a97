import CollectaCore

/// The texts of the business-document screens.
enum DocumentsTexts {
    // Menu entries and screen titles
    static let activityTemplates = LocalizedText("Activity templates", "Шаблоны действий")
    static let emailTemplates = LocalizedText("Email templates", "Шаблоны электронной почты")
    static let letterSequences = LocalizedText("Collection letter sequences", "Последовательности писем-напоминаний")
    static let activityTemplate = LocalizedText("Activity template", "Шаблон действия")
    static let emailTemplate = LocalizedText("Email template", "Шаблон электронной почты")
    static let message = LocalizedText("Message", "Сообщение")
    static let letterSequence = LocalizedText("Collection letter sequence", "Последовательность писем-напоминаний")
    static let letterLevel = LocalizedText("Letter level", "Уровень письма-напоминания")
    static let letterText = LocalizedText("Letter text", "Текст письма")
    static let preview = LocalizedText("Preview", "Предварительный просмотр")
    static let chooseCustomer = LocalizedText("Choose a customer", "Выбор клиента")
    static let messages = LocalizedText("Messages", "Сообщения")
    static let levels = LocalizedText("Levels", "Уровни")
    static let texts = LocalizedText("Texts", "Тексты")
    static let body = LocalizedText("Body", "Текст")
    static let htmlBody = LocalizedText("HTML body", "Текст HTML")
    static let group = LocalizedText("Business documents", "Бизнес-документы")

    // Fields and columns
    static let id = LocalizedText("Id", "Код")
    static let name = LocalizedText("Name", "Название")
    static let type = LocalizedText("Type", "Тип действия")
    static let purpose = LocalizedText("Purpose", "Цель")
    static let daysToComplete = LocalizedText("Days to complete", "Дней на выполнение")
    static let details = LocalizedText("Details", "Подробности")
    static let description = LocalizedText("Description", "Описание")
    static let defaultLanguage = LocalizedText("Default language", "Язык по умолчанию")
    static let senderName = LocalizedText("Sender name", "Имя отправителя")
    static let senderEmail = LocalizedText("Sender email", "Адрес отправителя")
    static let language = LocalizedText("Language", "Язык")
    static let subject = LocalizedText("Subject", "Тема")
    static let title = LocalizedText("Title", "Заголовок")
    static let level = LocalizedText("Level", "Уровень")
    static let isFinal = LocalizedText("Final", "Последний")
    static let languages = LocalizedText("Languages", "Языки")
    static let account = LocalizedText("Account", "Счёт клиента")
    static let yes = LocalizedText("yes", "да")

    static let activityTypes: [(ActivityType, LocalizedText)] = [
        (.task, LocalizedText("Task", "Задача")), (.appointment, LocalizedText("Appointment", "Встреча")),
        (.event, LocalizedText("Event", "Событие")), (.action, LocalizedText("Action", "Действие")),
    ]

    // Commands
    static let new = LocalizedText("New", "Создать")
    static let newHelp = LocalizedText("Creates a new item.", "Создаёт новую запись.")
    static let edit = LocalizedText("Edit", "Изменить")
    static let editHelp = LocalizedText("Opens the highlighted item.", "Открывает выбранную запись.")
    static let delete = LocalizedText("Delete", "Удалить")
    static let deleteHelp = LocalizedText(
        "Deletes the highlighted item after a confirmation; refused while steps use it.",
        "Удаляет выбранную запись после подтверждения; отказ, если она используется.")
    static let save = LocalizedText("Save", "Сохранить")
    static let saveHelp = LocalizedText(
        "Checks the rules and saves; problems show at their fields.",
        "Проверяет правила и сохраняет; ошибки показываются у полей.")
    static let switchPane = LocalizedText("Switch", "Переход")
    static let switchPaneHelp = LocalizedText(
        "Moves between the fields and the list or text.", "Переходит между полями и списком или текстом.")
    static let loadFile = LocalizedText("Load", "Загрузить")
    static let loadFileHelp = LocalizedText(
        "Loads the body from an .html, .htm or .eml file.", "Загружает текст из файла .html, .htm или .eml.")
    static let saveFile = LocalizedText("Save as", "В файл")
    static let saveFileHelp = LocalizedText("Writes the body to a file.", "Записывает текст в файл.")
    static let previewHelp = LocalizedText(
        "Shows the message filled in for a customer.", "Показывает сообщение, заполненное для клиента.")
    static let check = LocalizedText("Check", "Проверить")
    static let checkHelp = LocalizedText(
        "Lists unknown placeholders in the status line.", "Показывает неизвестные подстановки в строке состояния.")
    static let pick = LocalizedText("Choose", "Выбрать")
    static let pickHelp = LocalizedText("Previews the message for this customer.", "Показывает сообщение для этого клиента.")
    static let toggleFinal = LocalizedText("Final", "Последний")
    static let toggleFinalHelp = LocalizedText(
        "Makes the highlighted level final or not.", "Делает выбранный уровень последним или нет.")
    static let scrollHelp = LocalizedText("Scrolls the text.", "Прокручивает текст.")
    static let up = LocalizedText("Up", "Вверх")
    static let down = LocalizedText("Down", "Вниз")

    // Messages
    static let saved = LocalizedText("Saved.", "Сохранено.")
    static let deleted = LocalizedText("Deleted.", "Удалено.")
    static func confirmDelete(_ id: String) -> LocalizedText {
        LocalizedText("Delete \(id)?", "Удалить \(id)?")
    }
    static let cannotDelete = LocalizedText("Cannot delete: ", "Удаление невозможно: ")
    static let nothingSelected = LocalizedText("Nothing is highlighted.", "Ничего не выбрано.")
    static let noProblems = LocalizedText("No unknown placeholders.", "Неизвестных подстановок нет.")
    static let loaded = LocalizedText("Body loaded from ", "Текст загружен из ")
    static let written = LocalizedText("Body written to ", "Текст записан в ")
    static let cannotLoad = LocalizedText("Cannot load the file: ", "Не удалось загрузить файл: ")
    static let cannotWrite = LocalizedText("Cannot write the file: ", "Не удалось записать файл: ")
    static let filePath = LocalizedText("File to write the body to:", "Файл для записи текста:")
    static let overwrite = LocalizedText("The file exists. Overwrite it?", "Файл существует. Перезаписать его?")
    static let openFile = LocalizedText("Load the body from a file", "Загрузка текста из файла")
    static let noOpenInvoice = LocalizedText(
        "The customer has no open invoice to preview with.", "У клиента нет открытых счетов для просмотра.")
    static let cannotRender = LocalizedText("Cannot render: ", "Не удалось заполнить: ")
    static let externalFailed = LocalizedText("External editor: ", "Внешний редактор: ")
    static let finalOnlyLast = LocalizedText("Only the last level may be final.", "Последним может быть только последний уровень.")
    static let previewHeader = LocalizedText("Subject: ", "Тема: ")
}

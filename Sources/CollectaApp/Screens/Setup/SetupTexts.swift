import CollectaCore

/// The texts of the collections process setup page and its forms, in the ERP's terms.
enum SetupTexts {
    // MARK: Page and panes
    static let title = LocalizedText("Collections process setup", "Настройка процесса взыскания")
    static let hierarchyPane = LocalizedText("Process hierarchy", "Иерархия процесса")
    static let detailsPane = LocalizedText("Process details", "Сведения о процессе")
    static let documentPane = LocalizedText("Business document details", "Сведения о бизнес-документе")
    static let group = LocalizedText("Collections process setup", "Настройка процесса взыскания")

    // MARK: Hierarchy columns and fields
    static let id = LocalizedText("ID", "Код")
    static let description = LocalizedText("Description", "Описание")
    static let rank = LocalizedText("Rank", "Ранг")
    static let pool = LocalizedText("Customer pool", "Пул клиентов")
    static let poolColumn = LocalizedText("Pool", "Пул")
    static let quietDays = LocalizedText("Quiet days", "Тихие дни")
    static let quietColumn = LocalizedText("Quiet", "Тихие")
    static let exclusion = LocalizedText("Exclusion", "Исключение")
    static let exclusionRule = LocalizedText("Exclusion rule", "Правило исключения")
    static let exclusionAmount = LocalizedText("Exclusion amount", "Сумма исключения")
    static let usesPredictions = LocalizedText("Use predictions", "Использовать прогнозы")
    static let predictionsColumn = LocalizedText("Predict.", "Прогноз")
    static let usesTrackStep = LocalizedText("Use track step", "Отслеживать шаг")
    static let trackColumn = LocalizedText("Track", "Шаг")
    static let active = LocalizedText("Active", "Активна")
    static let preDunsWhenOverdue = LocalizedText(
        "Pre-dunning even when overdue", "Предв. напоминание при просрочке")
    static let includedOrigin = LocalizedText("Include", "Включать")
    static let idReadOnly = LocalizedText("ID (read-only)", "Код (только чтение)")

    // MARK: Step columns and fields
    static let line = LocalizedText("Line", "Строка")
    static let actionType = LocalizedText("Action type", "Тип действия")
    static let businessDocument = LocalizedText("Business document", "Бизнес-документ")
    static let when = LocalizedText("When", "Когда")
    static let days = LocalizedText("Days", "Дни")
    static let preDunning = LocalizedText("Pre-dunning", "Предварительное напоминание")
    static let preDunningColumn = LocalizedText("Pre", "Пред.")
    static let recipient = LocalizedText("Recipient", "Получатель")
    static let contactPurpose = LocalizedText("Business contact purpose", "Цель контакта")
    static let purposeColumn = LocalizedText("Purpose", "Цель контакта")
    static let none = LocalizedText("(none)", "(нет)")
    static let yes = LocalizedText("Yes", "Да")
    static let no = LocalizedText("No", "Нет")

    // MARK: Document pane
    static let activityTemplate = LocalizedText("Activity template", "Шаблон действия")
    static let emailTemplate = LocalizedText("Email template", "Шаблон электронной почты")
    static let collectionLetter = LocalizedText("Collection letter", "Письмо-напоминание")
    static let type = LocalizedText("Type", "Тип")
    static let purpose = LocalizedText("Purpose", "Цель")
    static let daysToComplete = LocalizedText("Days to complete", "Дней на выполнение")
    static let details = LocalizedText("Details", "Подробности")
    static let defaultLanguage = LocalizedText("Default language", "Язык по умолчанию")
    static let sender = LocalizedText("Sender", "Отправитель")
    static let language = LocalizedText("Language", "Язык")
    static let subject = LocalizedText("Subject", "Тема")
    static let noStep = LocalizedText(
        "Select a step to see its business document.", "Выберите шаг, чтобы увидеть его бизнес-документ.")
    static let missingDocument = LocalizedText("No business document is set.", "Бизнес-документ не задан.")
    static let unknownDocument = LocalizedText("There is no such template: ", "Такого шаблона нет: ")
    static let letterNote = LocalizedText(
        "Collection letters have no business document.", "У письма-напоминания нет бизнес-документа.")
    static let letterSource = LocalizedText(
        "The letter comes from the customer's letter sequence, or else from the default one.",
        "Письмо берётся из последовательности писем клиента или из последовательности по умолчанию.")
    static let defaultSequence = LocalizedText("Default letter sequence: ", "Последовательность по умолчанию: ")
    static let noDefaultSequence = LocalizedText(
        "No default letter sequence is set in the parameters.", "В параметрах не задана последовательность по умолчанию.")

    // MARK: Forms
    static let newHierarchyTitle = LocalizedText("New process hierarchy", "Новая иерархия процесса")
    static let editHierarchyTitle = LocalizedText("Process hierarchy", "Иерархия процесса")
    static let newStepTitle = LocalizedText("New process step", "Новый шаг процесса")
    static let editStepTitle = LocalizedText("Process step", "Шаг процесса")
    static let saved = LocalizedText("Saved.", "Сохранено.")
    static let notSaved = LocalizedText("Not saved: ", "Не сохранено: ")
    static let notWholeNumber = LocalizedText("Enter a whole number, 0 or more", "Введите целое число не меньше 0")

    // MARK: Commands
    static let newHierarchy = LocalizedText("New", "Создать")
    static let newHierarchyHelp = LocalizedText(
        "Creates a process hierarchy (or a step, in the process details).",
        "Создаёт иерархию процесса (или шаг — в сведениях о процессе).")
    static let newStep = LocalizedText("New step", "Новый шаг")
    static let edit = LocalizedText("Edit", "Изменить")
    static let editHelp = LocalizedText(
        "Opens the selected hierarchy or step in a form.", "Открывает выбранную иерархию или шаг в форме.")
    static let delete = LocalizedText("Delete", "Удалить")
    static let deleteHelp = LocalizedText(
        "Deletes the selected hierarchy or step after asking.", "Удаляет выбранную иерархию или шаг после подтверждения.")
    static let switchPane = LocalizedText("Pane", "Панель")
    static let switchPaneHelp = LocalizedText(
        "Moves focus between the hierarchy grid and the process details.",
        "Переводит фокус между иерархиями и сведениями о процессе.")
    static let rankUp = LocalizedText("Rank ↑", "Ранг ↑")
    static let rankUpHelp = LocalizedText(
        "Swaps the selected hierarchy's rank with the one above (rank 1 wins).",
        "Меняет ранг выбранной иерархии с вышестоящей (ранг 1 главнее).")
    static let rankDown = LocalizedText("Rank ↓", "Ранг ↓")
    static let rankDownHelp = LocalizedText(
        "Swaps the selected hierarchy's rank with the one below.", "Меняет ранг выбранной иерархии с нижестоящей.")
    static let save = LocalizedText("Save", "Сохранить")
    static let saveHelp = LocalizedText(
        "Checks the form and saves it; problems show at their fields.",
        "Проверяет форму и сохраняет её; ошибки показываются у полей.")
    static let cancel = LocalizedText("Back", "Назад")
    static let cancelHelp = LocalizedText(
        "Leaves the form; asks first when there are unsaved changes.",
        "Закрывает форму; при несохранённых изменениях сначала спрашивает.")
    static let formGroup = LocalizedText("Form", "Форма")

    // MARK: Reasons and questions
    static let noHierarchy = LocalizedText("No hierarchy is selected.", "Иерархия не выбрана.")
    static let noStepSelected = LocalizedText("No step is selected.", "Шаг не выбран.")
    static let alreadyFirst = LocalizedText("The hierarchy already has the first rank.", "У иерархии уже первый ранг.")
    static let alreadyLast = LocalizedText("The hierarchy already has the last rank.", "У иерархии уже последний ранг.")
    static let ranksOnlyInHierarchies = LocalizedText(
        "Ranks change in the process hierarchy grid: press Tab to go there.",
        "Ранги меняются в таблице иерархий: перейдите туда клавишей Tab.")
    static let rankChanged = LocalizedText("Ranks swapped.", "Ранги переставлены.")
    static let deleted = LocalizedText("Deleted.", "Удалено.")

    static func confirmDeleteHierarchy(_ id: String) -> LocalizedText {
        LocalizedText(
            "Delete the process hierarchy \(id) with all its steps?",
            "Удалить иерархию процесса \(id) со всеми её шагами?")
    }

    static func confirmDeleteStep(_ line: Int, of id: String) -> LocalizedText {
        LocalizedText("Delete line \(line) of the process hierarchy \(id)?", "Удалить строку \(line) иерархии процесса \(id)?")
    }

    static func assignedManually(_ id: String, accounts: [String]) -> LocalizedText {
        let list = accounts.prefix(10).joined(separator: ", ") + (accounts.count > 10 ? ", …" : "")
        return LocalizedText(
            "The process hierarchy \(id) cannot be deleted: customers are assigned to it by hand (\(list)). Reassign them first.",
            "Иерархию процесса \(id) нельзя удалить: к ней вручную назначены клиенты (\(list)). Сначала переназначьте их.")
    }
}

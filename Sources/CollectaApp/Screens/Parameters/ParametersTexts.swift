/// The texts of the parameters screen.
enum ParametersTexts {
    static let title = LocalizedText("Parameters", "Параметры")
    static let group = LocalizedText("Parameters", "Параметры")

    static let companyName = LocalizedText("Company name", "Название компании")
    static let companyAddress = LocalizedText(
        "Company address (lines split by |)", "Адрес компании (строки через |)")
    static let companyCurrency = LocalizedText("Company currency", "Валюта компании")
    static let postsLetters = LocalizedText(
        "Post collection letters automatically", "Автоматически разносить письма")
    static let createsActivities = LocalizedText(
        "Create activities for automations", "Создавать мероприятия для автоматизации")
    static let retentionDays = LocalizedText("History retention, days", "Срок хранения истории, дн.")
    static let excludesInvoice = LocalizedText(
        "Exclude invoice after last step", "Исключать счёт после последнего шага")
    static let defaultSequence = LocalizedText(
        "Default collection letter sequence", "Письма-напоминания по умолчанию")
    static let lateBenchmark = LocalizedText("Late payment benchmark, %", "Порог опоздания платежа, %")
    static let veryLateBenchmark = LocalizedText(
        "Very late payment benchmark, %", "Порог сильного опоздания, %")
    static let lateTemplate = LocalizedText("Late: activity template", "Опоздание: шаблон действия")
    static let veryLateTemplate = LocalizedText(
        "Very late: activity template", "Сильное опоздание: шаблон действия")
    static let lateNote = LocalizedText("Late: note", "Опоздание: примечание")
    static let veryLateNote = LocalizedText("Very late: note", "Сильное опоздание: примечание")
    static let veryLatePeriod = LocalizedText(
        "Very late after, days past due", "Сильное опоздание после, дн.")
    static let none = LocalizedText("(none)", "(нет)")

    static let save = LocalizedText("Save", "Сохранить")
    static let saveHelp = LocalizedText(
        "Checks the parameters and saves them.", "Проверяет параметры и сохраняет их.")
    static let back = LocalizedText("Back", "Назад")
    static let backHelp = LocalizedText(
        "Goes back; asks first when there are unsaved changes.",
        "Возвращает назад; при несохранённых изменениях сначала спрашивает.")
    static let saved = LocalizedText("Parameters saved.", "Параметры сохранены.")

    static let currencyProblem = LocalizedText(
        "Enter a currency code of three capital letters, like RUB", "Введите код валюты из трёх заглавных букв, например RUB")
    static let benchmarkProblem = LocalizedText(
        "A benchmark is a percentage from 0 to 100", "Порог — процент от 0 до 100")
    static let atLeastOneDay = LocalizedText("Enter at least 1 day", "Введите не меньше 1 дня")
    static let companyNameRequired = LocalizedText("Enter the company's name", "Введите название компании")
}

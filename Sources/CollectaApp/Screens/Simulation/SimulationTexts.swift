import CollectaCore
import CollectaStore

/// The texts of the "Simulation" and "Run automation" screens, in English and Russian.
enum SimulationTexts {
    static let title = LocalizedText("Simulation", "Моделирование процесса")
    static let runTitle = LocalizedText("Run automation", "Запуск автоматизации")
    static let actionsTab = LocalizedText("Actions", "Действия")
    static let customersTab = LocalizedText("Customers", "Клиенты")
    static let date = LocalizedText("Date", "Дата")
    static let hierarchy = LocalizedText("Hierarchy", "Иерархия процесса")
    static let allHierarchies = LocalizedText("all active", "все активные")
    static let customer = LocalizedText("Customer", "Клиент")
    static let step = LocalizedText("Step", "Шаг")
    static let action = LocalizedText("Action", "Тип действия")
    static let invoice = LocalizedText("Invoice", "Накладная")
    static let dueDate = LocalizedText("Due date", "Срок оплаты")
    static let days = LocalizedText("Days", "Дни")
    static let preDunning = LocalizedText("Pre-dunning", "Предв. напоминание")
    static let document = LocalizedText("Document", "Бизнес-документ")
    static let recipients = LocalizedText("Recipients", "Получатели")
    static let language = LocalizedText("Lang.", "Язык")
    static let status = LocalizedText("Status", "Статус")
    static let reason = LocalizedText("Reason", "Причина")
    static let until = LocalizedText("Until", "До")
    static let leadingInvoice = LocalizedText("Leading invoice", "Ведущая накладная")
    static let actionCount = LocalizedText("Actions", "Действия")
    static let explanation = LocalizedText("Explanation", "Пояснение")
    static let yes = LocalizedText("yes", "да")
    static let no = LocalizedText("no", "нет")
    static let planned = LocalizedText("planned", "запланировано")
    static let failed = LocalizedText("failed", "ошибка")
    static let executed = LocalizedText("executed", "выполнено")

    static let changeDate = LocalizedText("Date", "Дата")
    static let changeDateHelp = LocalizedText("Asks for the date (ISO, YYYY-MM-DD).", "Запрашивает дату (ISO, ГГГГ-ММ-ДД).")
    static let nextHierarchy = LocalizedText("Hierarchy", "Иерархия")
    static let nextHierarchyHelp = LocalizedText(
        "Switches to the next active hierarchy, or to all of them.",
        "Переключает на следующую активную иерархию процесса или на все.")
    static let export = LocalizedText("Export CSV", "Экспорт CSV")
    static let exportHelp = LocalizedText(
        "Writes the actions to a CSV file (the columns of collecta simulate --format csv).",
        "Записывает действия в файл CSV (столбцы collecta simulate --format csv).")
    static let nextTab = LocalizedText("Next tab", "Следующая вкладка")
    static let nextTabHelp = LocalizedText("Shows the actions or the customers.", "Показывает действия или клиентов.")
    static let dateMessage = LocalizedText("Run date (YYYY-MM-DD):", "Дата запуска (ГГГГ-ММ-ДД):")
    static let invalidDate = LocalizedText("Not a date: use YYYY-MM-DD.", "Это не дата: формат ГГГГ-ММ-ДД.")
    static let exportPath = LocalizedText("CSV file path:", "Путь к файлу CSV:")
    static let noActions = LocalizedText("Nothing to export: no actions.", "Нечего экспортировать: нет действий.")
    static let stillComputing = LocalizedText(
        "The simulation is still being computed.", "Моделирование ещё выполняется.")
    static func simulating(_ done: Int, _ total: Int) -> LocalizedText {
        LocalizedText("Simulating: \(done) of \(total) customers", "Моделирование: \(done) из \(total) клиентов")
    }
    static func exported(_ count: Int, _ path: String) -> LocalizedText {
        LocalizedText("\(count) action(s) written to \(path)", "Действий записано: \(count), файл \(path)")
    }
    static func summary(_ customers: Int, _ actions: Int) -> LocalizedText {
        LocalizedText("Customers considered: \(customers)   Actions: \(actions)",
                      "Рассмотрено клиентов: \(customers)   Действий: \(actions)")
    }
    static func alreadyRan(_ ids: [String]) -> LocalizedText {
        LocalizedText("Already ran for the date: " + ids.joined(separator: ", "),
                      "Уже запускались на эту дату: " + ids.joined(separator: ", "))
    }

    // Run now
    static let start = LocalizedText("Run", "Запустить")
    static let startHelp = LocalizedText(
        "Asks for confirmation, then runs the automation with a progress bar.",
        "Запрашивает подтверждение и запускает автоматизацию с индикатором выполнения.")
    static func confirmRun(_ date: LocalDate, _ scope: String) -> LocalizedText {
        LocalizedText("Run the automation for \(date.isoString) (\(scope))? Actions will be created.",
                      "Запустить автоматизацию на \(date.isoString) (\(scope))? Будут созданы действия.")
    }
    static let running = LocalizedText("Running the automation", "Выполняется автоматизация")
    static let cancel = LocalizedText("Cancel", "Отмена")
    static let cancelling = LocalizedText("Cancelling…", "Отмена…")
    static func customersDone(_ done: Int, _ total: Int) -> LocalizedText {
        LocalizedText("Customers: \(done) of \(total)", "Клиенты: \(done) из \(total)")
    }
    static func actionsCreated(_ count: Int, _ failed: Int) -> LocalizedText {
        LocalizedText("Actions created: \(count), failed: \(failed)", "Создано действий: \(count), с ошибкой: \(failed)")
    }
    static let prompt = LocalizedText(
        "F5 chooses the date, F9 the hierarchy; Enter runs the automation.",
        "F5 — выбор даты, F9 — иерархии; Enter запускает автоматизацию.")
    static let completed = LocalizedText("The run is completed.", "Запуск завершён.")
    static let cancelled = LocalizedText(
        "The run was cancelled after a committed page; run again to complete it.",
        "Запуск прерван после сохранённой страницы; запустите снова, чтобы завершить его.")
    static let resumed = LocalizedText("(resumed an interrupted run)", "(продолжен прерванный запуск)")
    static let nothingToRun = LocalizedText(
        "Nothing to run: every hierarchy in scope already ran for the date.",
        "Нечего запускать: все иерархии уже запускались на эту дату.")
    static let actionType = LocalizedText("Action type", "Тип действия")
    static let executedHeader = LocalizedText("Executed", "Выполнено")
    static let failedHeader = LocalizedText("Failed", "С ошибкой")
    static func kind(_ kind: ActionKind) -> LocalizedText {
        switch kind {
        case .activity: LocalizedText("Activity", "Мероприятие")
        case .email: LocalizedText("Email", "Эл. почта")
        case .letter: LocalizedText("Letter", "Письмо-напоминание")
        case .predictionActivity: LocalizedText("Prediction activity", "Мероприятие по прогнозу")
        }
    }
    static let total = LocalizedText("Total", "Итого")
    static let customersProcessed = LocalizedText("Customers processed", "Обработано клиентов")

    /// What the run did about payment predictions before its first page (R16).
    static func predictions(_ refresh: PredictionRefresh) -> LocalizedText {
        switch refresh {
        case .alreadyStored:
            LocalizedText("Payment predictions: those computed on the run date were used",
                          "Прогнозы оплаты: использованы рассчитанные на дату запуска")
        case .computed(let count):
            LocalizedText("Payment predictions: \(count) computed and stored",
                          "Прогнозы оплаты: рассчитано и сохранено \(count)")
        case .notComputed(let reason):
            LocalizedText("Payment predictions: not computed (\(reason)); the stored ones were used",
                          "Прогнозы оплаты: не рассчитаны (\(reason)); использованы сохранённые")
        }
    }

    /// The engine's reason in words.
    static func reason(_ reason: DecisionReason) -> LocalizedText {
        switch reason {
        case .acted: LocalizedText("actions proposed", "предложены действия")
        case .notAssigned: LocalizedText("not assigned", "не назначен")
        case .hierarchyInactive: LocalizedText("hierarchy inactive", "иерархия неактивна")
        case .alreadyRan: LocalizedText("already ran", "уже запускалась")
        case .noEligibleInvoice: LocalizedText("no eligible invoice", "нет подходящих накладных")
        case .excluded: LocalizedText("excluded", "исключён")
        case .quietDays: LocalizedText("quiet days", "тихие дни")
        case .noStepReached: LocalizedText("no step reached", "шаг не достигнут")
        case .stepAlreadyDone: LocalizedText("step already done", "шаг уже выполнен")
        }
    }
}

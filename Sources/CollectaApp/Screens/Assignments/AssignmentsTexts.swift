import CollectaCore
import TerminalUI

/// The texts of the assignment views: process assignment, customer and process assignment
/// previews.
enum AssignmentsTexts {
    static let menuEntry = LocalizedText("Process assignment", "Назначение процесса")
    static let title = LocalizedText("Collections process assignment", "Назначение процесса взыскания")
    static let group = LocalizedText("Process assignment", "Назначение процесса")
    static let customerPreviewTitle = LocalizedText(
        "Preview customer assignment", "Предварительный просмотр назначения клиента")
    static let processPreviewTitle = LocalizedText(
        "Preview process assignment", "Предварительный просмотр назначения процесса")

    // Hierarchy choice
    static let hierarchyLabel = LocalizedText("Process hierarchy", "Иерархия процесса")
    static let allHierarchies = LocalizedText("All", "Все")
    static let customersCount = LocalizedText("Customers", "Клиентов")
    static let noHierarchy = LocalizedText(
        "No process hierarchy is set up.", "Иерархии процесса не настроены.")

    // Columns
    static let accountColumn = LocalizedText("Account", "Счёт")
    static let nameColumn = LocalizedText("Name", "Наименование")
    static let hierarchyColumn = LocalizedText("Hierarchy", "Иерархия")
    static let sourceColumn = LocalizedText("Source", "Способ")
    static let openColumn = LocalizedText("Open", "Открыто")
    static let overdueColumn = LocalizedText("Overdue", "Просрочено")
    static let invoiceColumn = LocalizedText("Invoice", "Накладная")
    static let dueColumn = LocalizedText("Due date", "Срок")
    static let nextStepColumn = LocalizedText("Next step", "Следующий шаг")
    static let nextDateColumn = LocalizedText("Step date", "Дата шага")
    static let lastActionColumn = LocalizedText("Last action", "Действие")
    static let lastDateColumn = LocalizedText("Action date", "Выполнено")
    static let rankColumn = LocalizedText("Rank", "Ранг")
    static let outcomeColumn = LocalizedText("Outcome", "Результат")
    static let winnerColumn = LocalizedText("Goes to", "Назначен в")
    static let reasonColumn = LocalizedText("Reason", "Причина")

    // Values
    static let manual = LocalizedText("Manual", "Вручную")
    static let pool = LocalizedText("Pool", "Пул")
    static let none = LocalizedText("—", "—")

    static func action(_ stored: String) -> LocalizedText {
        switch stored {
        case "activity": LocalizedText("Activity", "Мероприятие")
        case "email": LocalizedText("Email", "Эл. почта")
        case "letter": LocalizedText("Letter", "Письмо")
        case "predictionActivity": LocalizedText("Prediction", "Прогноз")
        default: LocalizedText(stored, stored)
        }
    }

    // Details line of the cursor customer
    static func details(lastAction: String, nextStep: String) -> LocalizedText {
        LocalizedText("Last action: \(lastAction)   Next step: \(nextStep)",
                      "Последнее действие: \(lastAction)   Следующий шаг: \(nextStep)")
    }

    // Commands
    static let previousHierarchy = LocalizedText("Previous hierarchy", "Пред. иерархия")
    static let previousHierarchyHelp = LocalizedText(
        "Shows the customers of the previous process hierarchy (or all).",
        "Показывает клиентов предыдущей иерархии процесса (или всех).")
    static let nextHierarchy = LocalizedText("Next hierarchy", "Иерархия")
    static let nextHierarchyHelp = LocalizedText(
        "Shows the customers of the next process hierarchy (or all).",
        "Показывает клиентов следующей иерархии процесса (или всех).")
    static let previewCustomer = LocalizedText("Customer", "Клиент")
    static let previewCustomerHelp = LocalizedText(
        "Previews how the customer at the cursor is assigned: every candidate hierarchy and why.",
        "Показывает назначение клиента под курсором: все иерархии-кандидаты и причину.")
    static let previewProcess = LocalizedText("Preview", "Просмотр")
    static let previewProcessHelp = LocalizedText(
        "Previews the customers the selected hierarchy would get if it ran now.",
        "Показывает клиентов, которых выбранная иерархия получила бы при запуске сейчас.")
    static let needsHierarchy = LocalizedText(
        "Choose one process hierarchy with ←/→ first.", "Сначала выберите иерархию процесса клавишами ←/→.")
    static let noCustomer = LocalizedText("No customer is selected.", "Клиент не выбран.")
    static let cannotRead = LocalizedText(
        "The customers cannot be read: ", "Не удаётся прочитать клиентов: ")
}

extension AssignmentsTexts {
    static let wouldGetTab = LocalizedText("Would get", "Получит")
    static let elsewhereTab = LocalizedText("Goes elsewhere", "Уходит в другие")
}

extension AssignmentsTexts {
    static let fromSetupHelp = LocalizedText(
        "Shows the customers assigned to the hierarchy at the cursor.",
        "Показывает клиентов, назначенных иерархии под курсором.")
}

extension SetupScreen {
    /// F5 on the setup page: the process assignment of the hierarchy at the cursor.
    static let assignmentsCommand: CommandID = "setup.assignments"
}

extension AssignmentsTexts {
    static let steps = LocalizedText("Steps", "Шаги")
    static let balances = LocalizedText("Balances", "Остатки")
    static let predictions = LocalizedText("Predictions", "Прогнозы")
    static let columnsHelp = LocalizedText(
        "Switches the columns in turn: the balances (source, open, overdue, leading invoice), the steps (next step, last action) and the predictions (worst predicted level, its invoice and probabilities).",
        "Переключает колонки по очереди: остатки (источник, открыто, просрочено, ведущая накладная), шаги (следующий шаг, последнее действие) и прогнозы (худший прогноз, его накладная и вероятности).")
    static let predictionColumn = LocalizedText("Prediction", "Прогноз")

    /// The name of a column set, as the F9 command shows the set it switches to.
    static func columnSetName(_ set: AssignmentColumnSet) -> LocalizedText {
        switch set {
        case .balances: balances
        case .steps: steps
        case .predictions: predictions
        }
    }
}

import CollectaCore

/// The texts of the manual assignment screens.
enum ManualAssignmentTexts {
    static let accountOrder = LocalizedText(
        "The list is always in account order.", "Список всегда упорядочен по счёту клиента.")
    static let title = LocalizedText("Manual assignment", "Ручное назначение")
    static let searchTitle = LocalizedText("Add customers", "Добавление клиентов")
    static let chooseTitle = LocalizedText("Move to hierarchy", "Перенос в иерархию")
    static let group = LocalizedText("Manual assignment", "Ручное назначение")
    static let historyPane = LocalizedText("History of assignment", "История назначения")

    static let hierarchyLabel = LocalizedText("Process hierarchy", "Иерархия процесса")
    static let noHierarchy = LocalizedText(
        "No process hierarchy is set up yet.", "Иерархии процесса ещё не настроены.")
    static let noAssignments = LocalizedText(
        "No customers assigned by hand. F7 adds some.",
        "Клиентов, назначенных вручную, нет. F7 — добавить.")
    static let noCustomers = LocalizedText("No customer matches.", "Подходящих клиентов нет.")
    static let noHistory = LocalizedText("No changes recorded.", "Изменений не записано.")
    static let searchHint = LocalizedText(
        "Type parts of the name or account; Enter: done typing, Space: mark, Enter: assign",
        "Введите часть наименования или счёта; Enter: к списку, Пробел: отметить, Enter: назначить")

    // Columns
    static let accountColumn = LocalizedText("Account", "Счёт клиента")
    static let nameColumn = LocalizedText("Name", "Наименование")
    static let assignedByColumn = LocalizedText("Assigned by", "Назначил")
    static let assignedAtColumn = LocalizedText("Assigned at", "Дата назначения")
    static let manualColumn = LocalizedText("Assigned by hand to", "Назначен вручную")
    static let hierarchyColumn = LocalizedText("Hierarchy", "Иерархия")
    static let descriptionColumn = LocalizedText("Description", "Описание")

    // Commands
    static let previous = LocalizedText("Previous hierarchy", "Предыдущая иерархия")
    static let previousHelp = LocalizedText(
        "Show the customers assigned by hand to the previous hierarchy.",
        "Показать клиентов, назначенных вручную в предыдущую иерархию.")
    static let next = LocalizedText("Next hierarchy", "Следующая иерархия")
    static let nextHelp = LocalizedText(
        "Show the customers assigned by hand to the next hierarchy.",
        "Показать клиентов, назначенных вручную в следующую иерархию.")
    static let add = LocalizedText("Add", "Добавить")
    static let addHelp = LocalizedText(
        "Search all customers and assign the marked ones to this hierarchy.",
        "Найти клиентов и назначить отмеченных в эту иерархию.")
    static let remove = LocalizedText("Remove", "Удалить")
    static let removeHelp = LocalizedText(
        "Remove the manual assignment of the marked customers (or the one under the cursor); their pools decide again.",
        "Снять ручное назначение с отмеченных клиентов (или с текущего); снова решают пулы.")
    static let move = LocalizedText("Move", "Перенести")
    static let moveHelp = LocalizedText(
        "Assign the marked customers (or the one under the cursor) to another hierarchy.",
        "Назначить отмеченных клиентов (или текущего) в другую иерархию.")
    static let assign = LocalizedText("Assign", "Назначить")
    static let assignHelp = LocalizedText(
        "Assign the marked customers (or the one under the cursor) to the hierarchy.",
        "Назначить отмеченных клиентов (или текущего) в иерархию.")
    static let choose = LocalizedText("Choose", "Выбрать")
    static let chooseHelp = LocalizedText("Move to the hierarchy under the cursor.", "Перенести в выбранную иерархию.")
    static let back = LocalizedText("Back", "Назад")
    static let backHelp = LocalizedText(
        "Back to the list; asks first when customers are marked.",
        "Вернуться к списку; если клиенты отмечены, сначала спрашивает.")
    static let noCustomer = LocalizedText("No customer is selected.", "Клиент не выбран.")
    static let needsHierarchy = LocalizedText(
        "Set up a process hierarchy first.", "Сначала настройте иерархию процесса.")
    static let needsOtherHierarchy = LocalizedText(
        "There is no other hierarchy to move to.", "Другой иерархии для переноса нет.")

    // Questions and outcomes
    static func confirmAssign(_ count: Int, to hierarchy: String) -> LocalizedText {
        LocalizedText("Assign \(customers(count)) to \(hierarchy)?",
                      "Назначить клиентов (\(count)) в иерархию \(hierarchy)?")
    }

    static func confirmRemove(_ count: Int, from hierarchy: String) -> LocalizedText {
        LocalizedText("Remove the manual assignment of \(customers(count)) to \(hierarchy)?",
                      "Снять ручное назначение в иерархию \(hierarchy) у клиентов (\(count))?")
    }

    static func confirmMove(_ count: Int, from source: String, to target: String) -> LocalizedText {
        LocalizedText("Move \(customers(count)) from \(source) to \(target)?",
                      "Перенести клиентов (\(count)) из \(source) в \(target)?")
    }

    static func assigned(_ count: Int, to hierarchy: String) -> LocalizedText {
        LocalizedText("\(customers(count)) assigned to \(hierarchy)", "Назначено в \(hierarchy) клиентов: \(count)")
    }

    static func removed(_ count: Int) -> LocalizedText {
        LocalizedText("Manual assignment removed: \(customers(count))", "Ручное назначение снято, клиентов: \(count)")
    }

    static func moved(_ count: Int, to hierarchy: String) -> LocalizedText {
        LocalizedText("\(customers(count)) moved to \(hierarchy)", "Перенесено в \(hierarchy) клиентов: \(count)")
    }

    /// One line of the history pane: `2026-11-29 09:30  anna  RU → EU`.
    static func change(from: String?, to: String?) -> LocalizedText {
        let none = LocalizedText("(pools)", "(пулы)")
        return LocalizedText("\(from ?? none.english) → \(to ?? none.english)",
                             "\(from ?? none.russian) → \(to ?? none.russian)")
    }

    private static func customers(_ count: Int) -> String {
        count == 1 ? "1 customer" : "\(count) customers"
    }
}

import CollectaCore

/// The texts of the customer pool screens.
enum PoolsTexts {
    static let menuEntry = LocalizedText("Customer pools", "Пулы клиентов")
    static let listTitle = LocalizedText("Customer pools", "Пулы клиентов")
    static let newPoolTitle = LocalizedText("New customer pool", "Новый пул клиентов")
    static let poolTitle = LocalizedText("Customer pool", "Пул клиентов")
    static let group = LocalizedText("Customer pools", "Пулы клиентов")

    // Columns and labels
    static let idColumn = LocalizedText("Pool", "Пул")
    static let descriptionColumn = LocalizedText("Description", "Описание")
    static let criteriaColumn = LocalizedText("Criteria", "Условий")
    static let hierarchyColumn = LocalizedText("Process hierarchy", "Иерархия процесса")
    static let idLabel = LocalizedText("Pool ID", "Код пула")
    static let descriptionLabel = LocalizedText("Description", "Описание")
    static let fieldColumn = LocalizedText("Field", "Поле")
    static let rangeColumn = LocalizedText("Range", "Диапазон")
    static let criteriaPane = LocalizedText("Criteria", "Условия")
    static let previewPane = LocalizedText("Preview", "Предварительный просмотр")
    static let noCriteria = LocalizedText(
        "No criteria: every customer matches. F7 adds one.",
        "Условий нет: подходят все клиенты. F7 добавляет условие.")
    static let accountColumn = LocalizedText("Account", "Счёт клиента")
    static let nameColumn = LocalizedText("Name", "Наименование")
    static let groupColumn = LocalizedText("Group", "Группа")
    static let countryColumn = LocalizedText("Country", "Страна")
    static let openBalanceColumn = LocalizedText("Open balance", "Открытый остаток")
    static let overdueBalanceColumn = LocalizedText("Overdue", "Просрочено")

    static func matching(_ count: Int) -> LocalizedText {
        LocalizedText("Matching customers: \(count)", "Подходящих клиентов: \(count)")
    }

    static let notCounted = LocalizedText(
        "Matching customers: — (a criterion has a malformed range)",
        "Подходящих клиентов: — (в условии ошибка диапазона)")

    // Commands
    static let new = LocalizedText("New", "Создать")
    static let newHelp = LocalizedText("Creates a new customer pool.", "Создаёт новый пул клиентов.")
    static let edit = LocalizedText("Edit", "Изменить")
    static let editHelp = LocalizedText("Opens the highlighted pool.", "Открывает выбранный пул.")
    static let delete = LocalizedText("Delete", "Удалить")
    static let deleteHelp = LocalizedText(
        "Deletes the highlighted pool, unless a hierarchy uses it.",
        "Удаляет выбранный пул, если его не использует иерархия.")
    static let back = LocalizedText("Back", "Назад")
    static let backHelp = LocalizedText(
        "Goes back; asks first when there are unsaved changes.",
        "Возвращает назад; при несохранённых изменениях сначала спрашивает.")
    static let save = LocalizedText("Save", "Сохранить")
    static let saveHelp = LocalizedText(
        "Checks the pool and saves it to the configuration.",
        "Проверяет пул и сохраняет его в настройке.")
    static let nextPane = LocalizedText("Next pane", "Следующая панель")
    static let nextPaneHelp = LocalizedText(
        "Moves between the pool's fields, its criteria and the preview.",
        "Переходит между полями пула, условиями и предварительным просмотром.")
    static let addCriterion = LocalizedText("Add", "Добавить")
    static let addCriterionHelp = LocalizedText(
        "Adds a criterion to the pool.", "Добавляет условие в пул.")
    static let editCriterion = LocalizedText("Edit", "Изменить")
    static let editCriterionHelp = LocalizedText(
        "Edits the highlighted criterion.", "Изменяет выбранное условие.")
    static let deleteCriterion = LocalizedText("Delete", "Удалить")
    static let deleteCriterionHelp = LocalizedText(
        "Removes the highlighted criterion.", "Удаляет выбранное условие.")
    static let accept = LocalizedText("OK", "ОК")
    static let acceptHelp = LocalizedText(
        "Checks the range and puts the criterion into the pool.",
        "Проверяет диапазон и помещает условие в пул.")
    static let cancel = LocalizedText("Cancel", "Отмена")
    static let cancelHelp = LocalizedText(
        "Closes the criterion without changing the pool.", "Закрывает условие, не меняя пул.")

    // Messages
    static let noPool = LocalizedText("There is no pool to open.", "Нет пула, который можно открыть.")
    static let noCriterion = LocalizedText(
        "There is no criterion here; F7 adds one.", "Здесь нет условия; F7 добавляет его.")
    static let previewNoFilter = LocalizedText(
        "The preview lists the pool's customers; add a criterion to narrow it.",
        "Просмотр показывает клиентов пула; чтобы сузить список, добавьте условие.")
    static let idRequired = LocalizedText("Enter the pool's ID", "Введите код пула")
    static let idTaken = LocalizedText("Another pool already has this ID", "Пул с таким кодом уже есть")

    static func confirmDelete(_ id: String) -> LocalizedText {
        LocalizedText("Delete customer pool \(id)?", "Удалить пул клиентов \(id)?")
    }

    static func deleted(_ id: String) -> LocalizedText {
        LocalizedText("Customer pool \(id) deleted.", "Пул клиентов \(id) удалён.")
    }

    static func saved(_ id: String) -> LocalizedText {
        LocalizedText("Customer pool \(id) saved.", "Пул клиентов \(id) сохранён.")
    }

    static func inUse(_ id: String, by hierarchies: [String]) -> LocalizedText {
        let list = hierarchies.joined(separator: ", ")
        return LocalizedText(
            "Customer pool \(id) cannot be deleted: process hierarchy \(list) uses it (C9).",
            "Пул клиентов \(id) нельзя удалить: его использует иерархия процесса \(list) (C9).")
    }

    static func failed(_ error: any Error) -> LocalizedText {
        LocalizedText("Could not read the database: \(error)", "Не удалось прочитать базу данных: \(error)")
    }

    // The criterion form
    static let newCriterionTitle = LocalizedText("New criterion", "Новое условие")
    static let criterionTitle = LocalizedText("Criterion", "Условие")
    static let fieldLabel = LocalizedText("Field", "Поле")
    static let rangeLabel = LocalizedText("Range", "Диапазон")
    static let syntaxHelp = LocalizedText(
        "Syntax: A,B (or)  !A (not)  A..B  >100  <=5  *wild*  \"\" (empty)",
        "Синтаксис: A,B (или)  !A (не)  A..B  >100  <=5  *шаблон*  \"\" (пусто)")
    static let computedMark = LocalizedText(" (computed)", " (вычисляемое)")

    static func criterionMatches(_ count: Int) -> LocalizedText {
        LocalizedText(
            "Customers matching this criterion alone: \(count)",
            "Клиентов, подходящих под одно это условие: \(count)")
    }
}

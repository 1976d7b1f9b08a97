import TerminalUI

/// The grid's and the form's commands with titles and help in the user's language, for the help
/// bar and F1 on the pool and parameter screens.
extension PoolsTexts {
    static func gridCommands(in language: Language) -> [Command] {
        localized(GridCommand.table, group: LocalizedText("Grid", "Таблица"), in: language)
    }

    static func formCommands(in language: Language) -> [Command] {
        localized(FormCommand.table, group: LocalizedText("Form", "Форма"), in: language)
    }

    private static func localized(_ table: [Command], group: LocalizedText, in language: Language) -> [Command] {
        guard language == .russian else { return table }
        return table.map { command in
            guard let (title, help) = russian[command.id.rawValue] else { return command }
            return Command(command.id, title: title, group: group(language), help: help)
        }
    }

    private static let russian: [String: (String, String)] = [
        "grid.up": ("Вверх", "Переводит курсор на предыдущую строку."),
        "grid.down": ("Вниз", "Переводит курсор на следующую строку."),
        "grid.pageUp": ("Стр. вверх", "Прокручивает на страницу вверх."),
        "grid.pageDown": ("Стр. вниз", "Прокручивает на страницу вниз."),
        "grid.home": ("В начало", "Переводит курсор на первую строку."),
        "grid.end": ("В конец", "Переводит курсор на последнюю строку."),
        "grid.toggleMark": ("Отметить", "Отмечает строку или снимает отметку и переходит ниже."),
        "grid.markAll": ("Отметить все", "Отмечает все строки, видимые с фильтром."),
        "grid.clearMarks": ("Снять отметки", "Снимает все отметки."),
        "grid.filter": ("Фильтр", "Начинает ввод фильтра; строки сужаются по мере ввода."),
        "grid.acceptFilter": ("Готово", "Заканчивает ввод фильтра и сохраняет его."),
        "grid.clearFilter": ("Сбросить фильтр", "Сбрасывает фильтр и показывает все строки."),
        "grid.deleteFilterCharacter": ("Стереть", "Стирает последний символ фильтра."),
        "grid.sortNext": ("Сортировка", "Сортирует по следующему столбцу, по возрастанию, затем по убыванию."),
        "form.next": ("Далее", "Переходит к следующему полю."),
        "form.previous": ("Назад", "Переходит к предыдущему полю."),
        "form.submit": ("Сохранить", "Проверяет все поля и сохраняет форму."),
        "form.cancel": ("Отмена", "Закрывает форму без сохранения."),
        "form.cursorLeft": ("Влево", "Сдвигает курсор в тексте влево."),
        "form.cursorRight": ("Вправо", "Сдвигает курсор в тексте вправо."),
        "form.cursorToStart": ("В начало", "Переводит курсор в начало текста."),
        "form.cursorToEnd": ("В конец", "Переводит курсор в конец текста."),
        "form.deleteBackward": ("Стереть слева", "Стирает символ перед курсором."),
        "form.deleteForward": ("Удалить", "Удаляет символ под курсором."),
        "form.toggle": ("Переключить", "Ставит или снимает флажок."),
        "form.previousOption": ("Пред. вариант", "Выбирает предыдущий вариант."),
        "form.nextOption": ("След. вариант", "Выбирает следующий вариант."),
        "form.clearValue": ("Очистить", "Очищает поле поиска."),
        "form.openList": ("Список", "Открывает список для выбора; ввод текста ищет в нём."),
        "form.listUp": ("Вверх", "Выделяет предыдущий элемент списка."),
        "form.listDown": ("Вниз", "Выделяет следующий элемент списка."),
        "form.pick": ("Выбрать", "Выбирает выделенный элемент."),
        "form.closeList": ("Закрыть", "Закрывает список без выбора."),
    ]
}

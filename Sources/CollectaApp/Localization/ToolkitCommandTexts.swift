import TerminalUI

/// The toolkit's own commands (grid, form, text editor, dialogs, help, tabs) with titles and
/// help in the user's language: the toolkit is English only, the application is bilingual.
public enum ToolkitCommandTexts {
    /// Every toolkit command, in `language`.
    public static func all(in language: Language) -> [Command] {
        localized(
            GridCommand.table + FormCommand.table + TextEditor.commands + DialogCommands.all
                + HelpScreen.commands + Tabs.commands, in: language)
    }

    /// Every toolkit command in English, by id (the first of a repeated id).
    static let englishByID: [CommandID: Command] = Dictionary(
        all(in: .english).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    /// `commands` with the toolkit's commands among them in `language` (others unchanged).
    public static func localized(_ commands: [Command], in language: Language) -> [Command] {
        guard language == .russian else { return commands }
        return commands.map { command in
            guard let (title, help) = russian[command.id.rawValue] else { return command }
            let group = groups[command.group] ?? command.group
            return Command(command.id, title: title, group: group, help: help)
        }
    }

    private static let groups = [
        "Grid": "Таблица", "Form": "Форма", "Editing": "Редактирование", "Dialogs": "Диалоги",
        "Help": "Справка", "Tabs": "Вкладки",
    ]

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
        "editor.moveLeft": ("Влево", "Сдвигает курсор на символ влево."),
        "editor.moveRight": ("Вправо", "Сдвигает курсор на символ вправо."),
        "editor.moveUp": ("Вверх", "Сдвигает курсор на строку вверх."),
        "editor.moveDown": ("Вниз", "Сдвигает курсор на строку вниз."),
        "editor.lineStart": ("Начало строки", "Переводит курсор в начало строки."),
        "editor.lineEnd": ("Конец строки", "Переводит курсор в конец строки."),
        "editor.pageUp": ("Стр. вверх", "Переходит на страницу вверх."),
        "editor.pageDown": ("Стр. вниз", "Переходит на страницу вниз."),
        "editor.documentStart": ("В начало", "Переходит в начало текста."),
        "editor.documentEnd": ("В конец", "Переходит в конец текста."),
        "editor.splitLine": ("Новая строка", "Разбивает строку в позиции курсора."),
        "editor.deleteBackward": ("Стереть слева", "Стирает символ перед курсором (в начале строки соединяет строки)."),
        "editor.deleteForward": ("Удалить", "Удаляет символ под курсором (в конце строки соединяет строки)."),
        "editor.undo": ("Отменить", "Отменяет последнее изменение (набранный текст — одно изменение)."),
        "editor.redo": ("Вернуть", "Повторяет отменённое изменение."),
        "editor.external": ("Внешний редактор", "Открывает текст в $EDITOR и возвращается с изменениями."),
        "dialog.next": ("Далее", "Переходит к следующей кнопке."),
        "dialog.previous": ("Назад", "Переходит к предыдущей кнопке."),
        "dialog.choose": ("Выбрать", "Выбирает кнопку или элемент под курсором."),
        "dialog.cancel": ("Отмена", "Закрывает диалог без выбора."),
        "filePicker.up": ("Вверх", "Выделяет элемент выше."),
        "filePicker.down": ("Вниз", "Выделяет элемент ниже."),
        "filePicker.pageUp": ("Стр. вверх", "Выделяет на страницу выше."),
        "filePicker.pageDown": ("Стр. вниз", "Выделяет на страницу ниже."),
        "filePicker.first": ("В начало", "Выделяет первый элемент."),
        "filePicker.last": ("В конец", "Выделяет последний элемент."),
        "filePicker.parent": ("Вверх по папкам", "Переходит в родительскую папку."),
        "progress.cancel": ("Отмена", "Останавливает работу после текущего шага."),
        "help.scrollUp": ("Вверх", "Прокручивает на строку вверх."),
        "help.scrollDown": ("Вниз", "Прокручивает на строку вниз."),
        "help.pageUp": ("Стр. вверх", "Прокручивает на страницу вверх."),
        "help.pageDown": ("Стр. вниз", "Прокручивает на страницу вниз."),
        "help.top": ("В начало", "Переходит в начало справки."),
        "help.bottom": ("В конец", "Переходит в конец справки."),
        "tabs.next": ("След. вкладка", "Показывает следующую вкладку."),
        "tabs.previous": ("Пред. вкладка", "Показывает предыдущую вкладку."),
    ]
}

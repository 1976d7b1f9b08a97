import TerminalUI

/// The grid commands the setup page uses, with titles and help in the user's language (the
/// columns are not sortable and rows are not marked, so those commands are left out).
enum SetupGridCommands {
    static func table(_ language: Language) -> [Command] {
        let group = LocalizedText("Grid", "Таблица")(language)
        return entries.map { id, title, help in Command(id, title: title(language), group: group, help: help(language)) }
    }

    /// The grid's keymap without the sort bindings (the setup grids keep rank and line order).
    static func keymap(of grid: Grid<ArrayGridSource>) -> Keymap {
        Keymap(grid.keymap.name, grid.keymap.bindings.filter { $0.command != GridCommand.sortNext })
    }

    private static let entries: [(CommandID, LocalizedText, LocalizedText)] = [
        (GridCommand.up, LocalizedText("Up", "Вверх"),
         LocalizedText("Moves the cursor to the previous row.", "Переводит курсор на предыдущую строку.")),
        (GridCommand.down, LocalizedText("Down", "Вниз"),
         LocalizedText("Moves the cursor to the next row.", "Переводит курсор на следующую строку.")),
        (GridCommand.pageUp, LocalizedText("Page up", "Страница вверх"),
         LocalizedText("Scrolls one page up.", "Прокручивает на страницу вверх.")),
        (GridCommand.pageDown, LocalizedText("Page down", "Страница вниз"),
         LocalizedText("Scrolls one page down.", "Прокручивает на страницу вниз.")),
        (GridCommand.home, LocalizedText("First", "Первая"),
         LocalizedText("Moves the cursor to the first row.", "Переводит курсор на первую строку.")),
        (GridCommand.end, LocalizedText("Last", "Последняя"),
         LocalizedText("Moves the cursor to the last row.", "Переводит курсор на последнюю строку.")),
        (GridCommand.filter, LocalizedText("Filter", "Фильтр"),
         LocalizedText("Starts typing a filter over the rows.", "Начинает ввод фильтра строк.")),
        (GridCommand.acceptFilter, LocalizedText("Done", "Готово"),
         LocalizedText("Stops typing the filter and keeps it.", "Заканчивает ввод фильтра и оставляет его.")),
        (GridCommand.clearFilter, LocalizedText("Clear filter", "Сбросить фильтр"),
         LocalizedText("Clears the filter and shows every row.", "Сбрасывает фильтр и показывает все строки.")),
        (GridCommand.deleteFilterCharacter, LocalizedText("Delete", "Удалить"),
         LocalizedText("Deletes the last character of the filter.", "Удаляет последний символ фильтра.")),
    ]
}

import TerminalUI

/// A small command table and keymaps shared by the command, help and stack tests.
enum CommandFixtures {
    static let commands = CommandTable([
        Command("app.help", title: "Help", group: "Application", help: "Shows every key."),
        Command("app.save", title: "Save", group: "Application", help: "Saves the changes."),
        Command("app.quit", title: "Quit", group: "Application", help: "Leaves the program."),
        Command("list.down", title: "Down", group: "Navigation", help: "Moves down one row."),
        Command("list.up", title: "Up", group: "Navigation", help: "Moves up one row."),
        Command("list.delete", title: "Delete", group: "Editing", help: "Deletes the row."),
    ])

    static let global = Keymap("Global", [
        .init(.function(1), "app.help", showsInHelpBar: true),
        .init(.function(2), "app.save", showsInHelpBar: true),
        .init(.function(10), "app.quit", showsInHelpBar: true),
    ])

    static let list = Keymap("List", [
        .init(.down, "list.down"), .init(.character("j"), "list.down"),
        .init(.up, "list.up"), .init(.character("k"), "list.up"),
        .init(.function(8), "list.delete", showsInHelpBar: true),
    ])

    /// The same commands titled in Russian.
    static let russianCommands = CommandTable([
        Command("app.help", title: "Справка", group: "Программа", help: "Показывает все клавиши."),
        Command("app.save", title: "Сохранить", group: "Программа", help: "Сохраняет изменения."),
        Command("app.quit", title: "Выход", group: "Программа", help: "Закрывает программу."),
        Command("list.down", title: "Вниз", group: "Перемещение", help: "На строку вниз."),
        Command("list.up", title: "Вверх", group: "Перемещение", help: "На строку вверх."),
        Command("list.delete", title: "Удалить", group: "Правка", help: "Удаляет строку."),
    ])
}

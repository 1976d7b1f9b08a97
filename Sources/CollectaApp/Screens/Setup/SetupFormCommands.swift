import TerminalUI

/// The form commands with titles and help in the user's language, for the setup forms' help bar
/// and F1 help.
enum SetupFormCommands {
    static func table(_ language: Language) -> [Command] {
        entries.map { id, title, help in
            Command(id, title: title(language), group: SetupTexts.formGroup(language), help: help(language))
        }
    }

    private static let entries: [(CommandID, LocalizedText, LocalizedText)] = [
        (FormCommand.submit, SetupTexts.save, SetupTexts.saveHelp),
        (FormCommand.cancel, SetupTexts.cancel, SetupTexts.cancelHelp),
        (FormCommand.next, LocalizedText("Next field", "Следующее поле"),
         LocalizedText("Moves to the next field.", "Переходит к следующему полю.")),
        (FormCommand.previous, LocalizedText("Previous field", "Предыдущее поле"),
         LocalizedText("Moves to the previous field.", "Переходит к предыдущему полю.")),
        (FormCommand.cursorLeft, LocalizedText("Left", "Влево"),
         LocalizedText("Moves the text cursor left.", "Сдвигает курсор влево.")),
        (FormCommand.cursorRight, LocalizedText("Right", "Вправо"),
         LocalizedText("Moves the text cursor right.", "Сдвигает курсор вправо.")),
        (FormCommand.cursorToStart, LocalizedText("Start", "В начало"),
         LocalizedText("Moves the text cursor to the start.", "Переводит курсор в начало.")),
        (FormCommand.cursorToEnd, LocalizedText("End", "В конец"),
         LocalizedText("Moves the text cursor to the end.", "Переводит курсор в конец.")),
        (FormCommand.deleteBackward, LocalizedText("Delete left", "Удалить слева"),
         LocalizedText("Deletes the character before the cursor.", "Удаляет символ перед курсором.")),
        (FormCommand.deleteForward, LocalizedText("Delete", "Удалить"),
         LocalizedText("Deletes the character under the cursor.", "Удаляет символ под курсором.")),
        (FormCommand.toggle, LocalizedText("Check", "Отметить"),
         LocalizedText("Checks or unchecks the box.", "Ставит или снимает отметку.")),
        (FormCommand.previousOption, LocalizedText("Previous option", "Предыдущий вариант"),
         LocalizedText("Chooses the previous option.", "Выбирает предыдущий вариант.")),
        (FormCommand.nextOption, LocalizedText("Next option", "Следующий вариант"),
         LocalizedText("Chooses the next option.", "Выбирает следующий вариант.")),
        (FormCommand.clearValue, LocalizedText("Clear", "Очистить"),
         LocalizedText("Empties the field.", "Очищает поле.")),
        (FormCommand.openList, LocalizedText("List", "Список"),
         LocalizedText("Opens the list of options.", "Открывает список вариантов.")),
        (FormCommand.listUp, LocalizedText("Up", "Вверх"),
         LocalizedText("Highlights the previous item.", "Выделяет предыдущий элемент.")),
        (FormCommand.listDown, LocalizedText("Down", "Вниз"),
         LocalizedText("Highlights the next item.", "Выделяет следующий элемент.")),
        (FormCommand.pick, LocalizedText("Pick", "Выбрать"),
         LocalizedText("Picks the highlighted item.", "Выбирает выделенный элемент.")),
        (FormCommand.closeList, LocalizedText("Close list", "Закрыть список"),
         LocalizedText("Closes the list without picking.", "Закрывает список без выбора.")),
    ]
}

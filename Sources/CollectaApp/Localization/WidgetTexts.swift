import TerminalUI

/// The toolkit widgets' own texts in the user's language.
extension AppContext {
    /// Grid texts ("No rows", "Filter: ", marked count).
    public var gridStrings: GridStrings {
        guard language == .russian else { return GridStrings() }
        return GridStrings(
            noRows: "Нет строк", filterPrompt: "Фильтр: ", markedCount: { "отмечено: \($0)" },
            keymapName: "Таблица")
    }

    /// Form texts (validation messages, search prompt).
    public var formStrings: FormStrings {
        guard language == .russian else { return FormStrings() }
        return FormStrings(
            required: "Обязательное поле", invalidInteger: "Введите целое число",
            invalidMoney: "Введите сумму не более чем с двумя знаками после точки, например 1234.50",
            invalidDate: "Введите существующую дату в виде ГГГГ-ММ-ДД",
            searchPrompt: "Поиск: ", noMatches: "Ничего не найдено", keymapName: "Форма")
    }

    /// File picker texts.
    public var filePickerTexts: FilePickerDialog.Texts {
        guard language == .russian else { return FilePickerDialog.Texts() }
        return FilePickerDialog.Texts(
            unreadable: "Эту папку нельзя прочитать", noFiles: "Подходящих файлов здесь нет",
            hint: "Enter: открыть   Backspace: вверх   Esc: отмена")
    }
}

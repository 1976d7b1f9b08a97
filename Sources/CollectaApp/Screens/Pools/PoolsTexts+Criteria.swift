import CollectaCore

/// The names of the customer fields and the range errors, in both languages.
extension PoolsTexts {
    /// The field's name as users know it from the ERP.
    static func name(of field: CustomerField) -> LocalizedText {
        switch field {
        case .account: LocalizedText("Customer account", "Счёт клиента")
        case .name: LocalizedText("Name", "Наименование")
        case .group: LocalizedText("Customer group", "Группа клиентов")
        case .currency: LocalizedText("Currency", "Валюта")
        case .language: LocalizedText("Language", "Язык")
        case .country: LocalizedText("Country/region", "Страна или регион")
        case .salesGroup: LocalizedText("Sales group", "Группа продаж")
        case .agent: LocalizedText("Collections agent", "Агент по взысканию")
        case .creditLimit: LocalizedText("Credit limit", "Кредитный лимит")
        case .onHold: LocalizedText("On hold", "Заблокирован")
        case .tags: LocalizedText("Tags", "Теги")
        case .letterSequence: LocalizedText("Collection letter sequence", "Последовательность писем-напоминаний")
        case .openBalance: LocalizedText("Open balance", "Открытый остаток")
        case .overdueBalance: LocalizedText("Overdue balance", "Просроченный остаток")
        case .maxDaysOverdue: LocalizedText("Max days overdue", "Макс. дней просрочки")
        case .openInvoiceCount: LocalizedText("Open invoices", "Открытых счетов")
        }
    }

    /// The field's name with the computed ones marked, for the choice list.
    static func choiceLabel(of field: CustomerField, in language: Language) -> String {
        name(of: field)(language) + (field.isComputed ? computedMark(language) : "")
    }

    /// The range error as one line naming the position: `Position 3: expected a number after '>'`.
    static func describe(_ error: CriterionError, in language: Language) -> String {
        let position = LocalizedText("Position \(error.position)", "Позиция \(error.position)")(language)
        return position + ": " + reason(error.reason)(language)
    }

    private static func reason(_ reason: CriterionError.Reason) -> LocalizedText {
        let english = reason.description
        switch reason {
        case .emptyRange: return LocalizedText(english, "диапазон пуст")
        case .emptyAlternative: return LocalizedText(english, "пустой вариант между запятыми")
        case .unterminatedQuote: return LocalizedText(english, "незакрытая кавычка: добавьте '\"'")
        case .missingBound: return LocalizedText(english, "у '..' должно быть значение хотя бы с одной стороны")
        case .repeatedRangeOperator: return LocalizedText(english, "в варианте допускается только одно '..'")
        case .missingValue(let symbol, let kind):
            return LocalizedText(english, "после '\(symbol)' ожидается \(noun(kind))")
        case .invalidNegation: return LocalizedText(english, "'!' отрицает только значение, шаблон или \"\"")
        case .notANumber(let text): return LocalizedText(english, "'\(text)' — не число")
        case .tooManyDecimals(let text): return LocalizedText(english, "в '\(text)' больше двух знаков после точки")
        case .notAWholeNumber(let text): return LocalizedText(english, "'\(text)' — не целое число")
        case .numberOutOfRange(let text): return LocalizedText(english, "'\(text)' слишком велико")
        case .notABoolean(let text):
            return LocalizedText(english, "'\(text)' — не «да» или «нет» (yes, no, true, false, 1, 0)")
        case .wildcardOnNonText:
            return LocalizedText(english, "шаблоны ('*', '?') допустимы только для текстовых полей")
        case .wildcardWithOperator(let symbol):
            return LocalizedText(english, "шаблон нельзя сочетать с '\(symbol)'")
        case .emptyOnNonText: return LocalizedText(english, "'\"\"' (пусто) допустимо только для текстовых полей")
        case .operatorOnBoolean(let symbol):
            return LocalizedText(english, "поле «да/нет» не допускает '\(symbol)'")
        case .reversedRange(let from, let to):
            return LocalizedText(english, "обратный диапазон: '\(from)' больше '\(to)' (сначала меньшая граница)")
        }
    }

    private static func noun(_ kind: CustomerField.Kind) -> String {
        switch kind {
        case .money, .integer: "число"
        case .boolean: "«да» или «нет»"
        case .text: "значение"
        }
    }
}

/// The parsers behind the typed fields: each reads trimmed, non-empty text; `required` and
/// `optional` decide what empty text means.
extension FormField {
    typealias Parser<Value> = (Substring, FormStrings) -> FormFieldParse<Value>

    /// Empty text is the "required" problem.
    static func required<Value>(_ parse: @escaping Parser<Value>) -> (String, FormStrings) -> FormFieldParse<Value> {
        { text, strings in
            let trimmed = FormInputText.trimmed(text)
            return trimmed.isEmpty ? .problem(strings.required) : parse(trimmed, strings)
        }
    }

    /// Empty text is nil.
    static func optional<Value>(_ parse: @escaping Parser<Value>) -> (String, FormStrings) -> FormFieldParse<Value?> {
        { text, strings in
            let trimmed = FormInputText.trimmed(text)
            guard !trimmed.isEmpty else { return .value(nil) }
            switch parse(trimmed, strings) {
            case .value(let value): return .value(value)
            case .problem(let message): return .problem(message)
            }
        }
    }

    static func parseInteger(_ text: Substring, _ strings: FormStrings) -> FormFieldParse<Int> {
        Int(text).map { .value($0) } ?? .problem(strings.invalidInteger)
    }

    static func parseMoney(_ text: Substring, _ strings: FormStrings) -> FormFieldParse<Int> {
        MoneyText.minorUnits(from: text).map { .value($0) } ?? .problem(strings.invalidMoney)
    }

    static func parseDate(_ text: Substring, _ strings: FormStrings) -> FormFieldParse<CalendarDay> {
        CalendarDay(iso: text).map { .value($0) } ?? .problem(strings.invalidDate)
    }
}

/// What kind of value a field edits, which decides its keys and how it shows.
public enum FormFieldKind: Hashable, Sendable {
    case text, integer, money, date, choice, checkbox, lookup

    /// Whether the field is edited as a line of text.
    public var isTextual: Bool {
        switch self {
        case .text, .integer, .money, .date: true
        case .choice, .checkbox, .lookup: false
        }
    }
}

/// The editing state of a field, whatever its kind.
struct FormFieldState {
    var input = FormLineBuffer()
    var isChecked = false
    var choice: Int?
    var picked: LookupItem?
}

/// A parsed field value, or why the text is not one.
enum FormFieldParse<Value> {
    case value(Value)
    case problem(String)
}

/// One labelled field of a form, bound to a property of the form's draft value by a key path.
///
/// Make fields with the static functions (`.text`, `.integer`, `.money`, `.date`, `.choice`,
/// `.checkbox`, `.lookup`). Each takes an optional `validate` closure that receives the typed
/// value and returns an error message, or nil when the value is acceptable.
public struct FormField<Draft> {
    /// Shown to the left of the value; labels are aligned by display width.
    public let label: String
    public let kind: FormFieldKind
    /// The option labels of a choice field, in order.
    public let optionLabels: [String]
    let search: ((String) -> [LookupItem])?
    let load: (Draft, inout FormFieldState) -> Void
    /// Writes the parsed, validated value into the draft, or returns the problem.
    let store: (FormFieldState, inout Draft, FormStrings) -> String?
    var state = FormFieldState()
    /// The validation message shown under the field, set when focus leaves it or on submit and
    /// cleared when it is edited.
    public internal(set) var message: String?

    /// The text of a textual field as typed.
    public var text: String { state.input.text }
    /// Whether a checkbox is checked.
    public var isChecked: Bool { state.isChecked }
    /// The chosen option of a choice field.
    public var selectedOption: Int? { state.choice }
    /// The item a lookup field holds.
    public var pickedItem: LookupItem? { state.picked }

    // MARK: Textual fields

    /// Free text, stored as typed.
    public static func text(
        _ label: String, _ keyPath: WritableKeyPath<Draft, String>,
        validate: ((String) -> String?)? = nil
    ) -> Self {
        textual(label, .text, keyPath, parse: { text, _ in .value(text) }, format: { $0 }, validate: validate)
    }

    /// A whole number (`-12`); empty is refused as required.
    public static func integer(
        _ label: String, _ keyPath: WritableKeyPath<Draft, Int>, validate: ((Int) -> String?)? = nil
    ) -> Self {
        textual(label, .integer, keyPath, parse: required(parseInteger), format: { String($0) }, validate: validate)
    }

    /// A whole number or nothing (empty text is nil).
    public static func integer(
        _ label: String, _ keyPath: WritableKeyPath<Draft, Int?>, validate: ((Int?) -> String?)? = nil
    ) -> Self {
        textual(label, .integer, keyPath, parse: optional(parseInteger), format: { $0.map { String($0) } ?? "" },
                validate: validate)
    }

    /// A money amount with at most two decimals, stored in minor units (`12.50` is 1250).
    public static func money(
        _ label: String, _ keyPath: WritableKeyPath<Draft, Int>, validate: ((Int) -> String?)? = nil
    ) -> Self {
        textual(label, .money, keyPath, parse: required(parseMoney), format: MoneyText.string(fromMinorUnits:),
                validate: validate)
    }

    /// A money amount or nothing, in minor units.
    public static func money(
        _ label: String, _ keyPath: WritableKeyPath<Draft, Int?>, validate: ((Int?) -> String?)? = nil
    ) -> Self {
        textual(label, .money, keyPath, parse: optional(parseMoney),
                format: { $0.map(MoneyText.string(fromMinorUnits:)) ?? "" }, validate: validate)
    }

    /// A real calendar day typed as `YYYY-MM-DD`.
    public static func date(
        _ label: String, _ keyPath: WritableKeyPath<Draft, CalendarDay>,
        validate: ((CalendarDay) -> String?)? = nil
    ) -> Self {
        textual(label, .date, keyPath, parse: required(parseDate), format: \.isoString, validate: validate)
    }

    /// A calendar day or nothing.
    public static func date(
        _ label: String, _ keyPath: WritableKeyPath<Draft, CalendarDay?>,
        validate: ((CalendarDay?) -> String?)? = nil
    ) -> Self {
        textual(label, .date, keyPath, parse: optional(parseDate), format: { $0?.isoString ?? "" },
                validate: validate)
    }

    // MARK: Other fields

    /// One of `options`, changed with ←/→ or picked from a list opened with Enter.
    public static func choice<Value: Equatable>(
        _ label: String, _ keyPath: WritableKeyPath<Draft, Value>,
        options: [(value: Value, label: String)], validate: ((Value) -> String?)? = nil
    ) -> Self {
        let values = options.map(\.value)
        return FormField(
            label: label, kind: .choice, optionLabels: options.map(\.label), search: nil,
            load: { draft, state in state.choice = values.firstIndex(of: draft[keyPath: keyPath]) },
            store: { state, draft, strings in
                guard let index = state.choice else { return strings.required }
                return assign(values[index], to: keyPath, in: &draft, validate: validate)
            })
    }

    /// A yes/no box toggled with Space.
    public static func checkbox(_ label: String, _ keyPath: WritableKeyPath<Draft, Bool>) -> Self {
        FormField(
            label: label, kind: .checkbox, optionLabels: [], search: nil,
            load: { draft, state in state.isChecked = draft[keyPath: keyPath] },
            store: { state, draft, _ in
                draft[keyPath: keyPath] = state.isChecked
                return nil
            })
    }

    /// An item picked from a searchable list: Enter or F4 opens it, typing narrows it (`search`
    /// is called with the text typed so far, first with ""), Enter picks.
    public static func lookup(
        _ label: String, _ keyPath: WritableKeyPath<Draft, LookupItem?>,
        search: @escaping (String) -> [LookupItem], validate: ((LookupItem?) -> String?)? = nil
    ) -> Self {
        FormField(
            label: label, kind: .lookup, optionLabels: [], search: search,
            load: { draft, state in state.picked = draft[keyPath: keyPath] },
            store: { state, draft, _ in assign(state.picked, to: keyPath, in: &draft, validate: validate) })
    }

    // MARK: Building

    private static func textual<Value>(
        _ label: String, _ kind: FormFieldKind, _ keyPath: WritableKeyPath<Draft, Value>,
        parse: @escaping (String, FormStrings) -> FormFieldParse<Value>,
        format: @escaping (Value) -> String, validate: ((Value) -> String?)?
    ) -> Self {
        FormField(
            label: label, kind: kind, optionLabels: [], search: nil,
            load: { draft, state in state.input = FormLineBuffer(format(draft[keyPath: keyPath])) },
            store: { state, draft, strings in
                switch parse(state.input.text, strings) {
                case .problem(let message): message
                case .value(let value): assign(value, to: keyPath, in: &draft, validate: validate)
                }
            })
    }

    /// Runs `validate` on `value` and, when it passes, writes it into `draft`.
    private static func assign<Value>(
        _ value: Value, to keyPath: WritableKeyPath<Draft, Value>, in draft: inout Draft,
        validate: ((Value) -> String?)?
    ) -> String? {
        if let problem = validate?(value) { return problem }
        draft[keyPath: keyPath] = value
        return nil
    }
}

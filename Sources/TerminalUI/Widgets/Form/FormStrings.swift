/// Every text a form shows of its own, supplied by the caller in the user's language (English
/// defaults). Field labels and custom validation messages come with the fields.
public struct FormStrings: Sendable {
    /// A number, amount, date or choice field left empty.
    public var required: String
    public var invalidInteger: String
    public var invalidMoney: String
    public var invalidDate: String
    /// Put before the search text of an open lookup list.
    public var searchPrompt: String
    /// Shown, muted, in a lookup list that found nothing.
    public var noMatches: String
    /// How a checkbox shows.
    public var checked: String
    public var unchecked: String
    /// The name of the form's keymap layer in help.
    public var keymapName: String

    public init(
        required: String = "Required",
        invalidInteger: String = "Enter a whole number",
        invalidMoney: String = "Enter an amount with at most two decimals, like 1234.50",
        invalidDate: String = "Enter a real date as YYYY-MM-DD",
        searchPrompt: String = "Search: ", noMatches: String = "No matches",
        checked: String = "[x]", unchecked: String = "[ ]", keymapName: String = "Form"
    ) {
        self.required = required
        self.invalidInteger = invalidInteger
        self.invalidMoney = invalidMoney
        self.invalidDate = invalidDate
        self.searchPrompt = searchPrompt
        self.noMatches = noMatches
        self.checked = checked
        self.unchecked = unchecked
        self.keymapName = keymapName
    }
}

/// One thing a lookup field can pick, or one option of a pick list.
public struct LookupItem: Hashable, Sendable {
    /// What the program stores (a record's key, say).
    public var id: String
    /// What the user sees.
    public var label: String

    public init(id: String, label: String) {
        self.id = id
        self.label = label
    }
}

/// A field that failed validation.
public struct FormError: Hashable, Sendable {
    /// The field's position in `Form.fields`.
    public let fieldIndex: Int
    public let label: String
    public let message: String

    public init(fieldIndex: Int, label: String, message: String) {
        self.fieldIndex = fieldIndex
        self.label = label
        self.message = message
    }
}

/// How a form ended.
public enum FormOutcome: Hashable, Sendable {
    /// Every field was valid and `Form.draft` holds the values.
    case submitted
    /// The user cancelled; `Form.draft` is as it was.
    case cancelled
}

/// A form: labelled fields bound by key paths to a draft value, with focus, validation, submit
/// and cancel.
///
/// Each field is loaded from `draft` when the form is made. Editing changes only the fields'
/// text and choices; `submit()` parses and validates every field and, when all pass, writes them
/// into `draft` and sets `outcome` to `.submitted`. The caller then reads the typed values from
/// `draft`:
///
/// ```swift
/// struct Booking { var contact: LookupItem?; var amount = 0; var day = CalendarDay(year: 2025, month: 1, day: 31)! }
/// var form = Form(draft: Booking(), fields: [
///     .lookup("Contact", \.contact, search: findContacts),
///     .money("Amount", \.amount, validate: { $0 > 0 ? nil : "Must be positive" }),
///     .date("Day", \.day),
/// ])
/// // …keys and commands…
/// if form.outcome == .submitted { save(form.draft) }
/// ```
public struct Form<Draft> {
    /// The values: as given until a submit succeeds, then the submitted ones.
    public private(set) var draft: Draft
    /// The fields in focus order, with their current text, choices and messages.
    public internal(set) var fields: [FormField<Draft>]
    /// The position of the focused field in `fields`.
    public private(set) var focusedIndex = 0
    /// Set by a successful submit or by cancel; nil while the form is being filled in.
    public private(set) var outcome: FormOutcome?
    /// The open list of a choice or lookup field, if any.
    public internal(set) var pickList: FormPickList?
    public var strings: FormStrings

    /// A form over `draft`, each field loaded from the property it is bound to; focus on the
    /// first field.
    public init(draft: Draft, fields: [FormField<Draft>], strings: FormStrings = FormStrings()) {
        self.draft = draft
        self.strings = strings
        self.fields = fields.map { field in
            var field = field
            field.load(draft, &field.state)
            return field
        }
    }

    /// The field with focus (nil only when the form has no fields).
    public var focusedField: FormField<Draft>? {
        fields.indices.contains(focusedIndex) ? fields[focusedIndex] : nil
    }

    /// Whether printable keys are text for the form now (a text field or a lookup has focus, or
    /// a lookup list is open): the key loop should then give them to `handleUnbound` before any
    /// lower keymap layer sees them.
    public var acceptsTypedText: Bool {
        if let pickList { return pickList.isSearchable }
        guard let kind = focusedField?.kind else { return false }
        return kind.isTextual || kind == .lookup
    }

    // MARK: Focus

    /// Moves focus to the field at `index` (clamped); the field left is validated so its
    /// message shows.
    public mutating func focus(fieldAt index: Int) {
        guard !fields.isEmpty else { return }
        let target = max(0, min(index, fields.count - 1))
        guard target != focusedIndex else { return }
        pickList = nil
        fields[focusedIndex].message = problem(inFieldAt: focusedIndex)
        focusedIndex = target
    }

    /// Focus to the next field, from the last back to the first.
    public mutating func focusNext() {
        guard !fields.isEmpty else { return }
        focus(fieldAt: (focusedIndex + 1) % fields.count)
    }

    /// Focus to the previous field, from the first round to the last.
    public mutating func focusPrevious() {
        guard !fields.isEmpty else { return }
        focus(fieldAt: (focusedIndex + fields.count - 1) % fields.count)
    }

    // MARK: Validation

    /// Every field's problem, in field order (empty when the form is valid). Changes nothing.
    public func validationErrors() -> [FormError] {
        var scratch = draft
        return fields.indices.compactMap { index in
            fields[index].store(fields[index].state, &scratch, strings).map {
                FormError(fieldIndex: index, label: fields[index].label, message: $0)
            }
        }
    }

    /// Validates every field and shows each one's message. When all pass, writes the values into
    /// `draft` and sets `outcome` to `.submitted`; otherwise focus moves to the first bad field
    /// (it stays there if it is already focused). Returns the problems.
    @discardableResult
    public mutating func submit() -> [FormError] {
        pickList = nil
        var submitted = draft
        var errors: [FormError] = []
        for index in fields.indices {
            let message = fields[index].store(fields[index].state, &submitted, strings)
            fields[index].message = message
            if let message {
                errors.append(FormError(fieldIndex: index, label: fields[index].label, message: message))
            }
        }
        if let first = errors.first {
            focusedIndex = first.fieldIndex
        } else {
            draft = submitted
            outcome = .submitted
        }
        return errors
    }

    /// Ends the form without changing `draft`.
    public mutating func cancel() {
        pickList = nil
        outcome = .cancelled
    }

    /// The problem with the field at `index` alone, or nil.
    func problem(inFieldAt index: Int) -> String? {
        var scratch = draft
        return fields[index].store(fields[index].state, &scratch, strings)
    }

    // MARK: Editing

    /// Types `character` into the open lookup list's search, or the focused text field; on a
    /// lookup field it opens the list with `character` as the search.
    public mutating func type(_ character: Character) {
        if pickList != nil {
            editSearch { $0.insert(character) }
        } else if focusedField?.kind.isTextual == true {
            editInput { $0.insert(character) }
        } else if focusedField?.kind == .lookup {
            openPickList()
            editSearch { $0.insert(character) }
        }
    }

    /// Applies a text operation to the focused field's text (or the open list's search); the
    /// field's message is cleared since its text changed.
    public mutating func editText(_ operation: (inout FormLineBuffer) -> Void) {
        if pickList != nil {
            editSearch(operation)
        } else if focusedField?.kind.isTextual == true {
            editInput(operation)
        }
    }

    private mutating func editInput(_ operation: (inout FormLineBuffer) -> Void) {
        let before = fields[focusedIndex].state.input.text
        operation(&fields[focusedIndex].state.input)
        if fields[focusedIndex].state.input.text != before { fields[focusedIndex].message = nil }
    }

    private mutating func editSearch(_ operation: (inout FormLineBuffer) -> Void) {
        guard var list = pickList, list.isSearchable else { return }
        let before = list.query.text
        operation(&list.query)
        if list.query.text != before, let search = fields[list.fieldIndex].search {
            list.replaceItems(search(list.query.text))
        }
        pickList = list
    }

    /// Checks or unchecks the focused checkbox.
    public mutating func toggleCheckbox() {
        guard focusedField?.kind == .checkbox else { return }
        fields[focusedIndex].state.isChecked.toggle()
        fields[focusedIndex].message = nil
    }

    /// Steps the focused choice field by `delta` options (wrapping round).
    public mutating func stepOption(by delta: Int) {
        guard let field = focusedField, field.kind == .choice, !field.optionLabels.isEmpty else { return }
        let count = field.optionLabels.count
        let current = field.state.choice ?? (delta > 0 ? -1 : 0)
        fields[focusedIndex].state.choice = ((current + delta) % count + count) % count
        fields[focusedIndex].message = nil
    }

    /// Clears the focused lookup field.
    public mutating func clearLookup() {
        guard focusedField?.kind == .lookup else { return }
        fields[focusedIndex].state.picked = nil
        fields[focusedIndex].message = nil
    }
}

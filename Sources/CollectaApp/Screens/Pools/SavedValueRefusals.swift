import CollectaCore

/// The messages of a refused save, keyed by the document field they name (`Violation.field`),
/// with the draft that was refused.
///
/// A form shows a message only through a field's `validate` closure, so the form is rebuilt with
/// closures that refuse exactly the refused value and submitted once: each message then shows
/// under its field, focus goes to the first one, and editing the field clears it.
struct SavedValueRefusals<Draft> {
    let draft: Draft
    let messages: [String: String]

    init(draft: Draft, messages: [String: String] = [:]) {
        self.draft = draft
        self.messages = messages
    }

    /// The refusals of `violations` (the first message of each field, in `language`).
    init(draft: Draft, violations: [Violation], language: Language) {
        var messages: [String: String] = [:]
        for violation in violations where messages[violation.field] == nil {
            messages[violation.field] = violation.message(in: language)
        }
        self.init(draft: draft, messages: messages)
    }

    var isEmpty: Bool { messages.isEmpty }

    /// A validation closure for the field `key` bound to `keyPath`: `local` first, then the
    /// refusal while the value is still the refused one.
    func validator<Value: Equatable>(
        _ key: String, _ keyPath: KeyPath<Draft, Value>, local: ((Value) -> String?)? = nil
    ) -> (Value) -> String? {
        let refused = draft[keyPath: keyPath]
        let message = messages[key]
        return { value in
            if let problem = local?(value) { return problem }
            return value == refused ? message : nil
        }
    }
}

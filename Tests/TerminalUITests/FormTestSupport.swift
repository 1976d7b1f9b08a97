import TerminalUI

/// A customer-like draft with one field of every kind.
struct ReminderDraft {
    enum Channel: Equatable { case email, letter, phone }

    var name = "Ромашка"
    var days = 7
    var amount = 0
    var due = CalendarDay(year: 2025, month: 1, day: 31)!
    var channel = Channel.letter
    var isUrgent = false
    var customer: LookupItem?
}

/// Remembers what a lookup was asked.
final class LookupLog {
    private(set) var queries: [String] = []
    let items = [
        LookupItem(id: "C-1", label: "ООО «Ромашка»"),
        LookupItem(id: "C-2", label: "Acme Trading"),
        LookupItem(id: "C-3", label: "東京商事"),
        LookupItem(id: "C-4", label: "ИП Рожков"),
    ]

    func search(_ query: String) -> [LookupItem] {
        queries.append(query)
        return items.filter { query.isEmpty || $0.label.lowercased().contains(query.lowercased()) }
    }
}

enum FormSamples {
    static let dueIndex = 3

    static func form(log: LookupLog = LookupLog()) -> Form<ReminderDraft> {
        Form(draft: ReminderDraft(), fields: [
            .text("Name", \.name),
            .integer("Days", \.days, validate: { $0 < 0 ? "Not negative" : nil }),
            .money("Amount", \.amount, validate: { $0 > 0 ? nil : "Must be positive" }),
            .date("Due date", \.due),
            .choice("Channel", \.channel, options: [(.email, "E-mail"), (.letter, "Письмо"), (.phone, "電話")]),
            .checkbox("Urgent", \.isUrgent),
            .lookup("Customer", \.customer, search: log.search, validate: { $0 == nil ? "Pick a customer" : nil }),
        ])
    }
}

extension Form {
    /// Focuses the field at `index` and replaces its text with `text`, as typed.
    mutating func retype(_ text: String, inFieldAt index: Int) {
        focus(fieldAt: index)
        pressWidgetKeys(.end)
        while !(focusedField?.text.isEmpty ?? true) { pressWidgetKeys(.backspace) }
        for character in text { pressWidgetKeys(.character(character)) }
    }
}

import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("Form")
struct FormTests {
    init() {
        TestLocale.useUTF8()
    }

    @Test("Tab and ↓ go forward, Shift-Tab and ↑ back, both round the ends")
    func tabOrder() {
        var form = FormSamples.form()
        var visited: [Int] = []
        for _ in 0..<7 {
            form.pressWidgetKeys(.tab)
            visited.append(form.focusedIndex)
        }
        #expect(visited == [1, 2, 3, 4, 5, 6, 0])
        form.pressWidgetKeys(.backTab)
        #expect(form.focusedIndex == 6)
        form.pressWidgetKeys(.up, .up)
        #expect(form.focusedIndex == 4)
        form.pressWidgetKeys(.down)
        #expect(form.focusedIndex == 5)
    }

    @Test("Fields load from the draft")
    func loading() {
        let form = FormSamples.form()
        #expect(form.fields.map(\.text) == ["Ромашка", "7", "0.00", "2025-01-31", "", "", ""])
        #expect(form.fields[4].selectedOption == 1)
        #expect(form.fields[5].isChecked == false)
        #expect(form.fields[6].pickedItem == nil)
    }

    @Test("A bad date keeps focus on the date field, with its message, and the draft unchanged")
    func badDate() {
        var form = FormSamples.form()
        form.retype("12.5", inFieldAt: 2)
        form.retype("2023-02-29", inFieldAt: FormSamples.dueIndex)
        form.focus(fieldAt: 6)
        form.pressWidgetKeys(.function(4), .enter)
        form.focus(fieldAt: FormSamples.dueIndex)
        let result = form.perform(FormCommand.submit)
        #expect(result == .refused("Due date: Enter a real date as YYYY-MM-DD"))
        #expect(form.focusedIndex == FormSamples.dueIndex)
        #expect(form.fields[FormSamples.dueIndex].message == "Enter a real date as YYYY-MM-DD")
        #expect(form.outcome == nil)
        #expect(form.draft.due == CalendarDay(year: 2025, month: 1, day: 31))
        #expect(form.draft.amount == 0)

        form.focus(fieldAt: 0)
        let errors = form.submit()
        #expect(errors.map(\.fieldIndex) == [FormSamples.dueIndex])
        #expect(form.focusedIndex == FormSamples.dueIndex)

        form.retype("2024-02-29", inFieldAt: FormSamples.dueIndex)
        #expect(form.fields[FormSamples.dueIndex].message == nil)
        form.pressWidgetKeys(.control("s"))
        #expect(form.outcome == .submitted)
        #expect(form.draft.due == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(form.draft.amount == 1250)
        #expect(form.draft.customer == LookupItem(id: "C-1", label: "ООО «Ромашка»"))
    }

    @Test("Submit reports every bad field in order and focuses the first")
    func allErrors() {
        var form = FormSamples.form()
        form.retype("-1", inFieldAt: 1)
        form.retype("1,5", inFieldAt: 2)
        form.focus(fieldAt: 5)
        let errors = form.submit()
        #expect(errors == [
            FormError(fieldIndex: 1, label: "Days", message: "Not negative"),
            FormError(fieldIndex: 2, label: "Amount", message: "Enter an amount with at most two decimals, like 1234.50"),
            FormError(fieldIndex: 6, label: "Customer", message: "Pick a customer"),
        ])
        #expect(form.focusedIndex == 1)
        #expect(form.validationErrors() == errors)
    }

    @Test("Money fields store minor units: 1234.5, 0.05 and -3 are read; 1.234 and 1,5 are refused")
    func moneyField() {
        struct Draft { var amount: Int? }
        var form = Form(draft: Draft(), fields: [.money("Amount", \.amount)])
        #expect(form.fields[0].text == "")
        for (text, units) in [("1234.5", 123_450), ("0.05", 5), ("-3", -300)] {
            form.retype(text, inFieldAt: 0)
            #expect(form.submit().isEmpty)
            #expect(form.draft.amount == units)
        }
        for refused in ["1.234", "1,5"] {
            form.retype(refused, inFieldAt: 0)
            #expect(form.validationErrors().map(\.message) == [FormStrings().invalidMoney])
        }
        form.retype("", inFieldAt: 0)
        #expect(form.validationErrors().isEmpty)
    }

    @Test("Leaving a bad field shows its message; editing it clears the message")
    func messageOnLeaving() {
        var form = FormSamples.form()
        form.retype("abc", inFieldAt: 1)
        form.pressWidgetKeys(.tab)
        #expect(form.fields[1].message == "Enter a whole number")
        form.pressWidgetKeys(.backTab, .backspace)
        #expect(form.fields[1].message == nil)
    }

    @Test("Space toggles a checkbox")
    func checkbox() {
        var form = FormSamples.form()
        form.focus(fieldAt: 5)
        #expect(!form.acceptsTypedText)
        form.pressWidgetKeys(.character(" "))
        #expect(form.fields[5].isChecked)
        form.pressWidgetKeys(.character(" "), .character(" "))
        #expect(form.fields[5].isChecked)
        form.focus(fieldAt: 6)
        form.pressWidgetKeys(.function(4), .enter)
        form.retype("5", inFieldAt: 2)
        form.submit()
        #expect(form.draft.isUrgent)
    }

    @Test("A choice steps with ←/→ round the ends, or is picked from the list Enter opens")
    func choice() {
        var form = FormSamples.form()
        form.focus(fieldAt: 4)
        form.pressWidgetKeys(.right)
        #expect(form.fields[4].selectedOption == 2)
        form.pressWidgetKeys(.right)
        #expect(form.fields[4].selectedOption == 0)
        form.pressWidgetKeys(.left)
        #expect(form.fields[4].selectedOption == 2)
        form.pressWidgetKeys(.enter)
        #expect(form.pickList?.highlighted == 2)
        #expect(form.pickList?.items.map(\.label) == ["E-mail", "Письмо", "電話"])
        form.pressWidgetKeys(.up, .up, .up, .enter)
        #expect(form.pickList == nil)
        #expect(form.fields[4].selectedOption == 0)
        form.pressWidgetKeys(.enter, .down, .escape)
        #expect(form.fields[4].selectedOption == 0)
        #expect(form.outcome == nil)
        form.pressWidgetKeys(.function(4), .down, .enter)
        let errors = form.validationErrors()
        form.retype("5", inFieldAt: 2)
        form.focus(fieldAt: 6)
        form.pressWidgetKeys(.enter, .enter)
        form.submit()
        #expect(errors.map(\.fieldIndex) == [2, 6])
        #expect(form.draft.channel == .letter)
    }

    @Test("A lookup opens with F4 or Enter, narrows as you type, and Enter picks")
    func lookup() {
        let log = LookupLog()
        var form = FormSamples.form(log: log)
        form.focus(fieldAt: 6)
        form.pressWidgetKeys(.function(4))
        #expect(log.queries == [""])
        #expect(form.pickList?.items.count == 4)
        #expect(form.acceptsTypedText)
        form.pressWidgetKeys(.character("р"), .character("о"))
        #expect(log.queries == ["", "р", "ро"])
        #expect(form.pickList?.items.map(\.id) == ["C-1", "C-4"])
        form.pressWidgetKeys(.character("ж"), .backspace, .down, .enter)
        #expect(log.queries == ["", "р", "ро", "рож", "ро"])
        #expect(form.fields[6].pickedItem == LookupItem(id: "C-4", label: "ИП Рожков"))
        #expect(form.pickList == nil)

        form.pressWidgetKeys(.character("x"))
        #expect(form.pickList?.query.text == "x")
        #expect(form.pickList?.items.isEmpty == true)
        form.pressWidgetKeys(.escape)
        #expect(form.pickList == nil)
        #expect(form.outcome == nil)
        #expect(form.fields[6].pickedItem?.id == "C-4")
        form.pressWidgetKeys(.delete)
        #expect(form.fields[6].pickedItem == nil)
    }

    @Test("Editing Cyrillic in a field: arrows, Backspace, Delete, Home and End")
    func cyrillicEditing() {
        var form = FormSamples.form()
        #expect(form.acceptsTypedText)
        form.pressWidgetKeys(.character("-"), .character("Ц"), .left, .left, .left, .backspace)
        #expect(form.fields[0].text == "Ромаша-Ц")
        form.pressWidgetKeys(.character("ё"))
        #expect(form.fields[0].text == "Ромашёа-Ц")
        form.pressWidgetKeys(.home, .delete, .character("Д"), .end, .character("!"))
        #expect(form.fields[0].text == "Домашёа-Ц!")
        form.pressWidgetKeys(.character("q"), .left, .right, .right)
        #expect(form.fields[0].text == "Домашёа-Ц!q")
        #expect(form.focusedField?.text == "Домашёа-Ц!q")
    }

    @Test("Cancel ends the form and leaves the draft as it was")
    func cancel() {
        var form = FormSamples.form()
        form.retype("Другое", inFieldAt: 0)
        form.pressWidgetKeys(.escape)
        #expect(form.outcome == .cancelled)
        #expect(form.draft.name == "Ромашка")
    }

    @Test("Every form binding has a table entry; the help bar offers F2 and Esc")
    func commandTable() {
        var form = FormSamples.form()
        let ids = Set(FormCommand.table.map(\.id))
        for index in form.fields.indices {
            form.focus(fieldAt: index)
            for binding in form.keymap.bindings { #expect(ids.contains(binding.command)) }
        }
        form.focus(fieldAt: 0)
        #expect(form.keymap.bindings.filter(\.showsInHelpBar).map(\.key.label) == ["F2", "Esc"])
        #expect(form.keymap.keys(for: FormCommand.submit) == [.function(2), .control("s")])
    }
}

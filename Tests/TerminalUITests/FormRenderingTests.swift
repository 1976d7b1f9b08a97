import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("Form rendering")
struct FormRenderingTests {
    init() {
        TestLocale.useUTF8()
    }

    private let size = Size(width: 36, height: 12)

    @Test("Labels align by display width; messages show under their fields in the error role")
    func golden() {
        var form = FormSamples.form()
        form.retype("2023-02-29", inFieldAt: FormSamples.dueIndex)
        form.submit()
        let theme = Theme.standard
        let buffer = form.renderedForTest(size, theme: theme)
        #expect(buffer.lines == [
            "Name      Ромашка                   ",
            "Days      7                         ",
            "Amount    0.00                      ",
            "          Must be positive          ",
            "Due date  2023-02-29                ",
            "          Enter a real date as YYYY…",
            "Channel   ‹ Письмо ›                ",
            "Urgent    [ ]                       ",
            "Customer                            ",
            "          Pick a customer           ",
            "                                    ",
            "                                    ",
        ])
        #expect(form.focusedIndex == 2)
        #expect(buffer[10, 2].style == theme.style(.focused))
        #expect(buffer[35, 2].style == theme.style(.focused))
        #expect(buffer[0, 2].style == theme.style(.accent))
        #expect(buffer[10, 3].style == theme.style(.error))
        #expect(buffer[10, 0].style == theme.style(.normal))
        #expect(form.cursorPosition(in: buffer.bounds) == Point(x: 14, y: 2))
        let unfocused = form.renderedForTest(size, theme: theme, isFocused: false)
        #expect(unfocused[10, 2].style == theme.style(.normal))
    }

    @Test("Cyrillic labels: values start after the widest label")
    func cyrillicLabels() {
        struct Draft { var name = "日本"; var isActive = true }
        let form = Form(draft: Draft(), fields: [.text("Имя", \.name), .checkbox("Активен", \.isActive)],
                        strings: FormStrings(checked: "[✓]"))
        #expect(form.renderedForTest(Size(width: 16, height: 2)).lines == [
            "Имя      日本   ",
            "Активен  [✓]    ",
        ])
    }

    @Test("Long text scrolls horizontally by display width; the cursor position follows")
    func horizontalScrolling() {
        struct Draft { var name = "" }
        var form = Form(draft: Draft(), fields: [.text("Name", \.name)])
        for character in "東京商事株式会社 Ромашка" { form.pressWidgetKeys(.character(character)) }
        let area = Rect(x: 0, y: 0, width: 16, height: 1)
        #expect(form.renderedForTest(area.size).lines == ["Name   Ромашка  "])
        #expect(form.cursorPosition(in: area) == Point(x: 14, y: 0))
        form.pressWidgetKeys(.home)
        #expect(form.renderedForTest(area.size).lines == ["Name  東京商事株"])
        #expect(form.cursorPosition(in: area) == Point(x: 6, y: 0))
        for _ in 0..<6 { form.pressWidgetKeys(.right) }
        #expect(form.renderedForTest(area.size).lines == ["Name  商事株式会"])
        #expect(form.cursorPosition(in: area) == Point(x: 14, y: 0))
    }

    @Test("An open lookup list is drawn below its field, or above when it does not fit")
    func lookupList() {
        var form = FormSamples.form()
        form.focus(fieldAt: 6)
        form.pressWidgetKeys(.function(4), .character("р"), .down)
        let below = form.renderedForTest(size, theme: .standard)
        #expect(Array(below.lines[6...11]) == [
            "Customer                            ",
            "          ┌────────────────────────┐",
            "          │Search: р               │",
            "          │ООО «Ромашка»           │",
            "          │ИП Рожков               │",
            "          └────────────────────────┘",
        ])
        #expect(below[11, 10].style == Theme.standard.style(.focused))
        #expect(below[11, 9].style == Theme.standard.style(.normal))
        #expect(form.cursorPosition(in: Rect(size: size)) == Point(x: 20, y: 8))

        let short = Size(width: 36, height: 9)
        #expect(form.renderedForTest(short).lines == [
            "Name      Ромашка                   ",
            "Days      ┌────────────────────────┐",
            "Amount    │Search: р               │",
            "Due date  │ООО «Ромашка»           │",
            "Channel   │ИП Рожков               │",
            "Urgent    └────────────────────────┘",
            "Customer                            ",
            "                                    ",
            "                                    ",
        ])
        #expect(form.cursorPosition(in: Rect(size: short)) == Point(x: 20, y: 2))

        form.pressWidgetKeys(.character("щ"))
        #expect(Array(form.renderedForTest(size).lines[8...10]) == [
            "          │Search: рщ              │",
            "          │No matches              │",
            "          └────────────────────────┘",
        ])
    }

    @Test("A choice's list shows every option with the current one highlighted")
    func choiceList() {
        var form = FormSamples.form()
        form.focus(fieldAt: 4)
        form.pressWidgetKeys(.enter)
        let buffer = form.renderedForTest(size, theme: .standard)
        #expect(Array(buffer.lines[4...9]) == [
            "Channel   ‹ Письмо ›                ",
            "Urgent    ┌────────────────────────┐",
            "Customer  │E-mail                  │",
            "          │Письмо                  │",
            "          │電話                    │",
            "          └────────────────────────┘",
        ])
        #expect(buffer[11, 7].style == Theme.standard.style(.focused))
        #expect(form.cursorPosition(in: Rect(size: size)) == nil)
        #expect(!form.acceptsTypedText)
    }

    @Test("A short area scrolls the fields so the focused one shows")
    func verticalScrolling() {
        var form = FormSamples.form()
        form.focus(fieldAt: 5)
        #expect(form.renderedForTest(Size(width: 20, height: 3)).lines == [
            "Due date  2025-01-31",
            "Channel   ‹ Письмо ›",
            "Urgent    [ ]       ",
        ])
        form.focus(fieldAt: 0)
        #expect(form.renderedForTest(Size(width: 20, height: 2)).lines == [
            "Name      Ромашка   ",
            "Days      7         ",
        ])
    }
}

import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("Dialogs")
struct DialogTests {
    init() {
        TestLocale.useUTF8()
    }

    @Test("A confirmation is a centred box over the screen, No focused by default")
    func confirmRendering() {
        let dialog = ConfirmDialog(message: "Delete 3 drafts?")
        #expect(drawnOverDots(dialog, size: Size(width: 30, height: 7)) == [
            "..............................",
            ".....┌─ Confirm ────────┐.....",
            ".....│ Delete 3 drafts? │.....",
            ".....│                  │.....",
            ".....│ [ Yes ]  [ No ]  │.....",
            ".....└──────────────────┘.....",
            "..............................",
        ])
        let screen = drawnOverDotsScreen(dialog, size: Size(width: 30, height: 7))
        #expect(screen[16, 4].style == Theme.monochrome.style(.focused))
        #expect(screen[8, 4].style == Theme.monochrome.style(.normal))
        #expect(dialog.frame(in: screen.bounds) == Rect(x: 5, y: 1, width: 20, height: 5))
    }

    @Test("Arrows and Tab move between the buttons; Enter chooses the focused one")
    func confirmKeys() {
        var dialog = ConfirmDialog(message: "Send?")
        deliver(.left, to: &dialog)
        #expect(dialog.isYesFocused)
        deliver(.tab, to: &dialog)
        deliver(.right, to: &dialog)
        #expect(dialog.outcome == nil)
        deliver(.enter, to: &dialog)
        #expect(dialog.outcome == .chosen(true))
    }

    @Test("Esc answers No")
    func confirmEscape() {
        var dialog = ConfirmDialog(message: "Send?", defaultAnswer: true)
        deliver(.escape, to: &dialog)
        #expect(dialog.outcome == .chosen(false))
    }

    @Test("Answer letters work only when the caller gives them, in either case")
    func confirmLetters() {
        var plain = ConfirmDialog(message: "Send?")
        #expect(deliver(.character("y"), to: &plain) == .ignored)
        #expect(plain.outcome == nil)
        var russian = ConfirmDialog(
            title: "Подтверждение", message: "Отправить?", yesLabel: "Да", noLabel: "Нет",
            yesLetter: "д", noLetter: "н")
        deliver(.character("Д"), to: &russian)
        #expect(russian.outcome == .chosen(true))
        var refused = ConfirmDialog(message: "Отправить?", yesLetter: "д", noLetter: "н", defaultAnswer: true)
        deliver(.character("н"), to: &refused)
        #expect(refused.outcome == .chosen(false))
    }

    @Test("A message wraps at word boundaries under its title; Enter or Esc dismisses it")
    func message() {
        var dialog = MessageDialog(
            title: "Сохранено",
            message: "The template was saved and will be used by the next run of the automation.")
        #expect(drawnOverDots(dialog, size: Size(width: 40, height: 9)) == [
            "........................................",
            ".┌─ Сохранено ────────────────────────┐.",
            ".│ The template was saved and will be │.",
            ".│ used by the next run of the        │.",
            ".│ automation.                        │.",
            ".│                                    │.",
            ".│               [ OK ]               │.",
            ".└────────────────────────────────────┘.",
            "........................................",
        ])
        #expect(!dialog.isDismissed)
        deliver(.enter, to: &dialog)
        #expect(dialog.isDismissed)
        var escaped = MessageDialog(message: "Done")
        deliver(.escape, to: &escaped)
        #expect(escaped.isDismissed)
        #expect(escaped.outcome?.value == nil)
    }

    @Test("An error message is drawn in the error style")
    func errorMessage() {
        let dialog = MessageDialog(title: "Error", message: "Disk full", isError: true)
        let screen = drawnOverDotsScreen(dialog, size: Size(width: 20, height: 5))
        #expect(screen.lines[1] == "...│ Disk full │....")
        #expect(screen[5, 1].style == Theme.monochrome.style(.error))
        #expect(screen[4, 1].style == Theme.monochrome.style(.normal))
    }

    @Test("A prompt edits one line; the cursor is in the line")
    func promptEditing() {
        var dialog = PromptDialog(title: "Rename", message: "New name:", text: "draft")
        for key: Key in [.home, .delete, .character("D"), .end, .character(" "), .character("№"),
                         .character("2"), .backspace] {
            deliver(key, to: &dialog)
        }
        #expect(dialog.text == "Draft №")
        #expect(drawnOverDots(dialog, size: Size(width: 40, height: 9)) == [
            "........................................",
            "┌─ Rename ─────────────────────────────┐",
            "│ New name:                            │",
            "│                                      │",
            "│ Draft №                              │",
            "│                                      │",
            "│ Enter: OK   Esc: Cancel              │",
            "└──────────────────────────────────────┘",
            "........................................",
        ])
        #expect(dialog.cursorPosition(in: Rect(x: 0, y: 0, width: 40, height: 9)) == Point(x: 9, y: 4))
        let screen = drawnOverDotsScreen(dialog, size: Size(width: 40, height: 9))
        #expect(screen[20, 4].style == Theme.monochrome.style(.focused))
    }

    @Test("Enter with an invalid text shows the problem; fixing the text clears it; then Enter submits")
    func promptValidation() {
        var dialog = PromptDialog(message: "Days overdue:", text: "1x") { text in
            Int(text) == nil ? "Enter a whole number" : nil
        }
        deliver(.enter, to: &dialog)
        #expect(dialog.outcome == nil)
        #expect(dialog.validationMessage == "Enter a whole number")
        #expect(drawnOverDots(dialog, size: Size(width: 30, height: 8))[4] == "│ Enter a whole number       │")
        deliver(.backspace, to: &dialog)
        #expect(dialog.validationMessage == nil)
        deliver(.character("5"), to: &dialog)
        deliver(.enter, to: &dialog)
        #expect(dialog.outcome == .chosen("15"))
    }

    @Test("Esc cancels a prompt")
    func promptCancel() {
        var dialog = PromptDialog(message: "Name:")
        deliver(.character("x"), to: &dialog)
        deliver(.escape, to: &dialog)
        #expect(dialog.outcome == .cancelled)
        #expect(dialog.outcome?.value == nil)
    }

    @Test("A long prompt text scrolls sideways by display width")
    func promptScrolls() {
        var dialog = PromptDialog(message: "Name:", text: "")
        for character in "日本語テキスト日本語テキスト" { deliver(.character(character), to: &dialog) }
        let lines = drawnOverDots(dialog, size: Size(width: 20, height: 8))
        // 28 columns of text in a 16-column line: the view starts at column 13, inside "ト".
        #expect(lines[3] == "│  日本語テキスト  │")
        #expect(dialog.cursorPosition(in: Rect(x: 0, y: 0, width: 20, height: 8)) == Point(x: 17, y: 3))
    }
}

import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("Progress dialog")
struct ProgressDialogTests {
    init() {
        TestLocale.useUTF8()
    }

    private func dialog(completed: Int) -> ProgressDialog {
        ProgressDialog(title: "Run", completed: completed, total: 100_000, details: ["actions created: 57"])
    }

    @Test("The bar is block characters, rounded down; empty without a total")
    func bar() {
        #expect(ProgressBar.text(completed: 1, total: 3, width: 6) == "██░░░░")
        #expect(ProgressBar.text(completed: 99, total: 100, width: 10) == "█████████░")
        #expect(ProgressBar.text(completed: 5, total: 0, width: 4) == "░░░░")
        #expect(ProgressBar.text(completed: 500, total: 100, width: 4) == "████")
    }

    @Test("At 0 %: an empty bar, the numbers, the details and the Cancel button")
    func empty() {
        #expect(drawnOverDots(dialog(completed: 0), size: Size(width: 30, height: 9)) == [
            "..............................",
            "┌─ Run ──────────────────────┐",
            "│ ░░░░░░░░░░░░░░░░░░░░░░░░░░ │",
            "│ 0 / 100000                 │",
            "│ actions created: 57        │",
            "│                            │",
            "│         [ Cancel ]         │",
            "└────────────────────────────┘",
            "..............................",
        ])
    }

    @Test("At 50 %: half the bar")
    func half() {
        let lines = drawnOverDots(dialog(completed: 50_000), size: Size(width: 30, height: 9))
        #expect(lines[2] == "│ █████████████░░░░░░░░░░░░░ │")
        #expect(lines[3] == "│ 50000 / 100000             │")
    }

    @Test("At 100 %: the whole bar")
    func full() {
        let lines = drawnOverDots(dialog(completed: 100_000), size: Size(width: 30, height: 9))
        #expect(lines[2] == "│ ██████████████████████████ │")
        #expect(lines[3] == "│ 100000 / 100000            │")
    }

    @Test("Esc or Enter asks to cancel; the button then says so")
    func cancel() {
        var escaped = dialog(completed: 1234)
        #expect(!escaped.isCancelRequested)
        deliver(.escape, to: &escaped)
        #expect(escaped.isCancelRequested)
        #expect(drawnOverDots(escaped, size: Size(width: 30, height: 9))[6] == "│      [ Cancelling… ]       │")
        var entered = dialog(completed: 1234)
        deliver(.enter, to: &entered)
        #expect(entered.isCancelRequested)
        #expect(deliver(.character("x"), to: &entered) == .ignored)
    }

    @Test("The caller updates progress and details between units of work")
    func updates() {
        var progress = dialog(completed: 0)
        progress.completed = 25_000
        progress.details = ["actions created: 90", "emails queued: 12"]
        let lines = drawnOverDots(progress, size: Size(width: 30, height: 10))
        #expect(Array(lines[2...5]) == [
            "│ ██████░░░░░░░░░░░░░░░░░░░░ │",
            "│ 25000 / 100000             │",
            "│ actions created: 90        │",
            "│ emails queued: 12          │",
        ])
    }
}

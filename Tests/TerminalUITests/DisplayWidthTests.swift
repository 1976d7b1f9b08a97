import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("Display width")
struct DisplayWidthTests {
    init() {
        TestLocale.useUTF8()
    }

    @Test("Cyrillic letters take one column, CJK two, combining marks none")
    func widths() {
        #expect(DisplayWidth.of("Привет") == 6)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test("Clipping ends in an ellipsis and never exceeds the width")
    func clipping() {
        #expect(DisplayWidth.clip("ООО «Ромашка»", to: 8) == "ООО «Ро…")
        #expect(DisplayWidth.clip("short", to: 8) == "short")
        #expect(DisplayWidth.clip("日本語テキスト", to: 5) == "日本…")
        #expect(DisplayWidth.clip("abc", to: 0) == "")
    }

    @Test("Padding aligns by display width, leading or trailing")
    func padding() {
        #expect(DisplayWidth.pad("Ёж", to: 4) == "Ёж  ")
        #expect(DisplayWidth.pad("12.50", to: 8, alignment: .trailing) == "   12.50")
        #expect(DisplayWidth.of(DisplayWidth.pad("日本語", to: 5)) == 5)
    }

    @Test("Table columns line up with Cyrillic cells")
    func table() {
        let table = TextTable(
            columns: [.init("Account"), .init("Amount", alignment: .trailing)],
            rows: [["ООО «Ромашка»", "1200.00"], ["Acme", "5.00"]])
        #expect(table.render() == [
            "Account         Amount",
            "─────────────  ───────",
            "ООО «Ромашка»  1200.00",
            "Acme              5.00",
        ])
    }
}

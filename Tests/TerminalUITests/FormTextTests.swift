import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("Form text: line buffer, money and dates")
struct FormTextTests {
    init() {
        TestLocale.useUTF8()
    }

    @Test("Insert puts characters before the cursor")
    func insert() {
        var buffer = FormLineBuffer("Пвет")
        buffer.moveToStart()
        buffer.moveRight()
        buffer.insert("р")
        buffer.insert("и")
        #expect(buffer.text == "Привет")
        #expect(buffer.cursor == 3)
    }

    @Test("Control characters and line breaks are not inserted")
    func insertRefusesControls() {
        var buffer = FormLineBuffer("a")
        buffer.insert("\n")
        buffer.insert("\u{7}")
        #expect(buffer.text == "a")
    }

    @Test("Backspace deletes before the cursor, not at the start")
    func deleteBackward() {
        var buffer = FormLineBuffer("Ёж")
        buffer.deleteBackward()
        #expect(buffer.text == "Ё")
        buffer.moveToStart()
        buffer.deleteBackward()
        #expect(buffer.text == "Ё")
    }

    @Test("Delete removes the character under the cursor, not at the end")
    func deleteForward() {
        var buffer = FormLineBuffer("日本語")
        buffer.moveToStart()
        buffer.deleteForward()
        #expect(buffer.text == "本語")
        buffer.moveToEnd()
        buffer.deleteForward()
        #expect(buffer.text == "本語")
    }

    @Test("Left, right, Home and End stop at the ends")
    func movement() {
        var buffer = FormLineBuffer("abc")
        buffer.moveRight()
        #expect(buffer.cursor == 3)
        buffer.moveToStart()
        buffer.moveLeft()
        #expect(buffer.cursor == 0)
        buffer.moveRight()
        #expect(buffer.cursor == 1)
        buffer.moveToEnd()
        #expect(buffer.cursor == 3)
    }

    @Test("The window scrolls by display width: the cursor stays at the right edge of long text")
    func window() {
        var buffer = FormLineBuffer("Съешь же ещё")
        #expect(buffer.window(columns: 20) == ("Съешь же ещё", 12))
        #expect(buffer.window(columns: 6) == ("е ещё", 5))
        buffer.moveToStart()
        #expect(buffer.window(columns: 6) == ("Съешь ", 0))
        var wide = FormLineBuffer("日本語テキスト")
        #expect(wide.window(columns: 7) == ("キスト", 6))
        wide.moveToStart()
        wide.moveRight()
        #expect(wide.window(columns: 7) == ("日本語", 2))
    }

    @Test("Money: exact decimals in minor units; refuses three decimals, commas and junk")
    func money() {
        #expect(MoneyText.minorUnits(from: "1234.5") == 123_450)
        #expect(MoneyText.minorUnits(from: "0.05") == 5)
        #expect(MoneyText.minorUnits(from: "-3") == -300)
        #expect(MoneyText.minorUnits(from: " 12.34 ") == 1234)
        #expect(MoneyText.minorUnits(from: "+7.10") == 710)
        for refused in ["1.234", "1,5", "", "-", ".5", "5.", "1 000", "12a", "1e3", "--1",
                        "99999999999999999999"] {
            #expect(MoneyText.minorUnits(from: refused) == nil, "\(refused) is refused")
        }
        #expect(MoneyText.string(fromMinorUnits: 123_450) == "1234.50")
        #expect(MoneyText.string(fromMinorUnits: -5) == "-0.05")
        #expect(MoneyText.string(fromMinorUnits: 0) == "0.00")
    }

    @Test("Dates: real calendar days in YYYY-MM-DD only")
    func dates() {
        #expect(CalendarDay(iso: "2024-02-29")?.isoString == "2024-02-29")
        #expect(CalendarDay(iso: "2000-02-29") != nil)
        for refused in ["2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "0000-01-01",
                        "2024-1-01", "24-01-01", "2024/01/01", "2024-01-01T00:00", "", "２０２４-01-01"] {
            #expect(CalendarDay(iso: refused) == nil, "\(refused) is refused")
        }
        #expect(CalendarDay(year: 5, month: 3, day: 9)?.isoString == "0005-03-09")
        #expect(CalendarDay(year: 2024, month: 1, day: 31)! < CalendarDay(year: 2024, month: 2, day: 1)!)
    }
}

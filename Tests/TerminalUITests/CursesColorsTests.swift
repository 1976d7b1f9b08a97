import Testing
@testable import TerminalBackend
import TerminalUI

@Suite("Curses colours")
struct CursesColorsTests {
    @Test("ANSI colours are 0–7; default is -1 with default colours, else white on black")
    func ansiAndDefault() {
        let withDefaults = CursesPalette(colorCount: 256, hasDefaultColors: true)
        #expect(withDefaults.number(for: .red, isForeground: true) == 1)
        #expect(withDefaults.number(for: .white, isForeground: false) == 7)
        #expect(withDefaults.number(for: .default, isForeground: true) == -1)
        let withoutDefaults = CursesPalette(colorCount: 8, hasDefaultColors: false)
        #expect(withoutDefaults.number(for: .default, isForeground: true) == 7)
        #expect(withoutDefaults.number(for: .default, isForeground: false) == 0)
    }

    @Test("256-colour indexes pass through on 256 colours and fall back to the nearest ANSI colour")
    func indexed() {
        let extended = CursesPalette(colorCount: 256, hasDefaultColors: true)
        #expect(extended.number(for: .indexed(153), isForeground: false) == 153)
        let eight = CursesPalette(colorCount: 8, hasDefaultColors: true)
        #expect(eight.number(for: .indexed(9), isForeground: true) == 1)
        #expect(eight.number(for: .indexed(196), isForeground: true) == 1)  // pure red
        #expect(eight.number(for: .indexed(24), isForeground: true) == 0)  // dark blue-grey: dark
        #expect(eight.number(for: .indexed(51), isForeground: true) == 6)  // cyan
        #expect(eight.number(for: .indexed(255), isForeground: true) == 7)
        #expect(eight.number(for: .indexed(233), isForeground: true) == 0)
    }

    @Test("Pairs are allocated once per colour combination, pair 0 is the default, and run out gracefully")
    func pairs() {
        var pairs = ColorPairs(limit: 3, defaultPair: .init(foreground: -1, background: -1))
        let redOnBlue = ColorPairs.Colors(foreground: 1, background: 4)
        #expect(pairs.pair(for: .init(foreground: -1, background: -1)) == (0, false))
        #expect(pairs.pair(for: redOnBlue) == (1, true))
        #expect(pairs.pair(for: redOnBlue) == (1, false))
        #expect(pairs.pair(for: .init(foreground: 2, background: -1)) == (2, true))
        #expect(pairs.pair(for: .init(foreground: 3, background: -1)) == (0, false))
        #expect(pairs.count == 2)
        #expect(ColorPairs(limit: 65536, defaultPair: redOnBlue).limit == 32768)
    }
}

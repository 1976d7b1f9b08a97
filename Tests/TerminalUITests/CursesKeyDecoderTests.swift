import Testing
import TerminalBackend
import TerminalUI

@Suite("Curses key decoding")
struct CursesKeyDecoderTests {
    /// ncurses' key codes, written out (the tests do not import the C module).
    @Test("Key codes map to arrows, paging, editing keys, Shift-Tab, F1–F12 and resize", arguments: [
        (0o402, Key.down), (0o403, .up), (0o404, .left), (0o405, .right),
        (0o406, .home), (0o550, .end), (0o523, .pageUp), (0o522, .pageDown),
        (0o512, .delete), (0o513, .insert), (0o541, .backTab), (0o407, .backspace),
        (0o527, .enter), (0o632, .resize),
        (0o411, .function(1)), (0o420, .function(8)), (0o422, .function(10)), (0o424, .function(12)),
    ] as [(Int32, Key)])
    func keyCodes(code: Int32, key: Key) {
        #expect(CursesKeyDecoder.key(for: .keyCode(code)) == key)
    }

    @Test("Unknown key codes (F13, mouse) are ignored")
    func unknownKeyCodes() {
        #expect(CursesKeyDecoder.key(for: .keyCode(0o425)) == nil)
        #expect(CursesKeyDecoder.key(for: .keyCode(0o631)) == nil)
    }

    @Test("Control characters: Enter, Tab, Esc, Backspace and Ctrl-letters", arguments: [
        (10, Key.enter), (13, .enter), (9, .tab), (27, .escape), (127, .backspace), (8, .backspace),
        (1, .control("a")), (3, .control("c")), (19, .control("s")), (26, .control("z")),
    ] as [(UInt32, Key)])
    func controls(value: UInt32, key: Key) {
        #expect(CursesKeyDecoder.key(for: .character(value)) == key)
    }

    @Test("Printable characters, Latin, Cyrillic and wide, become character keys")
    func printable() {
        for character in ["a", " ", "~", "Ж", "ё", "日", "€"] as [Character] {
            let value = character.unicodeScalars.first!.value
            #expect(CursesKeyDecoder.key(for: .character(value)) == .character(character))
        }
    }

    @Test("Other controls, C1 controls and non-scalars are ignored")
    func ignoredCharacters() {
        for value: UInt32 in [0, 28, 31, 0x80, 0x9F, 0xD800, 0x110000] {
            #expect(CursesKeyDecoder.key(for: .character(value)) == nil)
        }
    }
}

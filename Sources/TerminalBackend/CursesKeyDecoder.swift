import CNcursesw
import TerminalUI

/// What one `wget_wch` call returned: a key code (`KEY_CODE_YES`) or a character.
public enum CursesInput: Hashable, Sendable {
    /// A function-key code such as `KEY_DOWN` (0o402) or `KEY_RESIZE` (0o632).
    case keyCode(Int32)
    /// A character, as a Unicode scalar value; controls (Enter, Esc, Ctrl-letters) included.
    case character(UInt32)
}

/// Maps curses input to toolkit keys: a pure function, testable without a terminal.
public enum CursesKeyDecoder {
    /// The key `input` stands for, or nil for keys the toolkit does not use.
    public static func key(for input: CursesInput) -> Key? {
        switch input {
        case .keyCode(let code): key(forKeyCode: code)
        case .character(let value): key(forCharacter: value)
        }
    }

    /// Function keys, arrows and the pseudo-keys curses reports with `KEY_CODE_YES`.
    static func key(forKeyCode code: Int32) -> Key? {
        if let number = functionKeyNumber(code) { return .function(number) }
        return keyCodes[code]
    }

    /// Characters: the controls with a meaning of their own, Ctrl-letters, printable text.
    static func key(forCharacter value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        default: return printableKey(value)
        }
    }

    private static let keyCodes: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_HOME: .home, KEY_END: .end, KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown,
        KEY_DC: .delete, KEY_IC: .insert, KEY_BTAB: .backTab,
        KEY_BACKSPACE: .backspace, KEY_ENTER: .enter, KEY_RESIZE: .resize,
    ]

    /// 1…12 for the codes of F1…F12.
    private static func functionKeyNumber(_ code: Int32) -> Int? {
        (1...12).first { collecta_key_f(Int32($0)) == code }
    }

    /// A key for a printable scalar; nil for C0/C1 controls and values that are not scalars.
    private static func printableKey(_ value: UInt32) -> Key? {
        guard value >= 0x20, value != 0x7F, !(0x80...0x9F).contains(value),
            let scalar = Unicode.Scalar(value)
        else { return nil }
        return .character(Character(scalar))
    }
}

/// A key press as the toolkit sees it, independent of the terminal's encoding.
public enum Key: Hashable, Sendable {
    /// A printable character (Latin, Cyrillic, CJK…).
    case character(Character)
    /// Ctrl with a letter, given in lower case (`.control("s")` is Ctrl-S).
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// F1…F12.
    case function(Int)
    /// The terminal changed size (a pseudo-key, so resizes flow through the same loop).
    case resize

    /// The key as help bars and docs print it: `F2`, `Enter`, `Ctrl-S`, `↑`, `j`.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-" + letter.uppercased()
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .insert: "Ins"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let number): "F\(number)"
        case .resize: "Resize"
        }
    }
}

/// One line of editable text with a cursor: the pure buffer behind a form's text fields and a
/// lookup's search line.
///
/// The cursor is an index into `characters` (grapheme clusters), from 0 (before the first) to
/// `characters.count` (after the last).
public struct FormLineBuffer: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Where the next typed character goes, in `0...characters.count`.
    public private(set) var cursor: Int

    /// A buffer holding `text`, the cursor at its end.
    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Inserts `character` before the cursor (control characters and line breaks are refused).
    public mutating func insert(_ character: Character) {
        guard FormInputText.isInsertable(character) else { return }
        characters.insert(character, at: cursor)
        cursor += 1
    }

    /// Deletes the character before the cursor.
    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        cursor -= 1
        characters.remove(at: cursor)
    }

    /// Deletes the character under the cursor.
    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Moves the cursor one character left (right, to the start, to the end), stopping at the ends.
    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveToStart() { cursor = 0 }
    public mutating func moveToEnd() { cursor = characters.count }

    /// Replaces the whole text, the cursor at its end.
    public mutating func replace(with text: String) {
        self = FormLineBuffer(text)
    }

    /// What shows in a box `columns` wide, and the cursor's column in it. The text scrolls
    /// horizontally by display width: it starts at its beginning while the cursor fits, and
    /// otherwise the cursor sits at the right edge. A wide character that does not fit at the
    /// right edge is left out.
    public func window(columns: Int) -> (text: String, cursorColumn: Int) {
        guard columns > 0 else { return ("", 0) }
        let start = firstVisibleIndex(columns: columns)
        var shown = ""
        var used = 0
        for character in characters[start...] {
            let width = DisplayWidth.of(character)
            if used + width > columns { break }
            shown.append(character)
            used += width
        }
        return (shown, DisplayWidth.of(String(characters[start..<cursor])))
    }

    /// The first character shown so that the cursor cell (after the text before it) fits.
    private func firstVisibleIndex(columns: Int) -> Int {
        var start = cursor
        var width = 0
        while start > 0 {
            let next = DisplayWidth.of(characters[start - 1])
            if width + next > columns - 1 { break }
            width += next
            start -= 1
        }
        return start
    }
}

/// Editable multi-line text as a pure value: lines, a cursor, and an undo history.
///
/// The cursor is a line index and a character (grapheme) index within that line, so a letter
/// with combining marks is one step and a CJK ideograph is one step although it takes two
/// columns. Vertical movement keeps a preferred *display* column, so moving through lines of
/// Cyrillic, CJK and Latin text stays visually straight.
///
/// Every edit records an undo step, except that consecutive typed characters (and consecutive
/// deletions in the same direction) are grouped into one step; any movement ends the group.
public struct TextBuffer: Sendable {
    /// A place in the text: `line` from 0, `column` as a character index within the line (0 is
    /// before the first character, the line's character count is after the last).
    public struct Position: Hashable, Sendable, Comparable {
        public var line: Int
        public var column: Int

        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        public static func < (lhs: Position, rhs: Position) -> Bool {
            (lhs.line, lhs.column) < (rhs.line, rhs.column)
        }
    }

    /// The lines, without their line breaks; never empty (an empty text is one empty line).
    public internal(set) var lines: [String]
    /// Where the next typed character goes.
    public internal(set) var cursor: Position
    /// The display column that up/down movement aims for; nil until the first vertical move.
    var preferredColumn: Int?
    var history = EditHistory()

    /// A buffer holding `text`, with the cursor at its start. `\n`, `\r\n` and `\r` all break
    /// lines; `text` gives the lines back joined with `\n`.
    public init(text: String = "") {
        self.lines = TextBuffer.splitIntoLines(text)
        self.cursor = Position(line: 0, column: 0)
    }

    /// The whole text, lines joined with `\n`.
    public var text: String {
        lines.joined(separator: "\n")
    }

    /// How many lines there are (at least one).
    public var lineCount: Int {
        lines.count
    }

    /// The display column at which the cursor is drawn (tabs expanded, CJK two columns wide).
    public var cursorDisplayColumn: Int {
        displayColumn(of: cursor)
    }

    /// The display column of `position` within its line.
    public func displayColumn(of position: Position) -> Int {
        EditorColumns.width(of: lines[position.line].prefix(position.column))
    }

    /// The number of characters of line `index`.
    func length(ofLine index: Int) -> Int {
        lines[index].count
    }

    /// Moves the cursor to `position`, clamped into the text. Ends any typing group.
    public mutating func moveCursor(to position: Position) {
        let line = min(max(0, position.line), lines.count - 1)
        let column = min(max(0, position.column), length(ofLine: line))
        cursor = Position(line: line, column: column)
        endMovement(keepingPreferredColumn: false)
    }

    /// Splits `text` at every line break; an empty text is one empty line.
    static func splitIntoLines(_ text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    }
}

/// Measuring editor text in display columns, with tabs expanded to tab stops.
enum EditorColumns {
    /// Tab stops every this many columns.
    static let tabWidth = 4

    /// The column after `character` drawn at `column`.
    static func advance(_ column: Int, over character: Character) -> Int {
        if character == "\t" { return (column / tabWidth + 1) * tabWidth }
        return column + DisplayWidth.of(character)
    }

    /// The columns `text` takes when drawn from column 0.
    static func width(of text: some Sequence<Character>) -> Int {
        text.reduce(0, advance)
    }

    /// The character index in `line` whose start is the last one at or before `target`.
    static func index(in line: String, atDisplayColumn target: Int) -> Int {
        var column = 0
        var index = 0
        for character in line {
            let next = advance(column, over: character)
            if next > target { break }
            column = next
            index += 1
        }
        return index
    }
}

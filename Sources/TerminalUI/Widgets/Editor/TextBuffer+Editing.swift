extension TextBuffer {
    /// Types `character` at the cursor and moves past it; a line break splits the line.
    /// Consecutive typed characters are one undo step.
    public mutating func insert(_ character: Character) {
        if character.isNewline {
            splitLine()
            return
        }
        edit(.typing) { $0.insertWithinLine(String(character)) }
    }

    /// Inserts `text` (which may hold line breaks) at the cursor and moves past it, as one undo
    /// step: what pasting or loading a snippet does.
    public mutating func insert(contentsOf text: String) {
        guard !text.isEmpty else { return }
        edit(.other) { buffer in
            let pieces = TextBuffer.splitIntoLines(text)
            buffer.insertWithinLine(pieces[0])
            for piece in pieces.dropFirst() {
                buffer.breakLine()
                buffer.insertWithinLine(piece)
            }
        }
    }

    /// Splits the line at the cursor (Enter): the rest of the line becomes the next line and
    /// the cursor goes to its start.
    public mutating func splitLine() {
        edit(.other) { $0.breakLine() }
    }

    /// Deletes the character before the cursor (Backspace); at the start of a line, joins the
    /// line to the one above.
    public mutating func deleteBackward() {
        edit(.deletingBackward) { buffer in
            if buffer.cursor.column > 0 {
                buffer.removeCharacter(at: buffer.cursor.column - 1)
                buffer.cursor.column -= 1
            } else if buffer.cursor.line > 0 {
                let previous = buffer.cursor.line - 1
                buffer.cursor = Position(line: previous, column: buffer.length(ofLine: previous))
                buffer.joinLineWithNext()
            }
        }
    }

    /// Deletes the character under the cursor (Del); at the end of a line, joins the next line
    /// to it.
    public mutating func deleteForward() {
        edit(.deletingForward) { buffer in
            if buffer.cursor.column < buffer.length(ofLine: buffer.cursor.line) {
                buffer.removeCharacter(at: buffer.cursor.column)
            } else if buffer.cursor.line < buffer.lineCount - 1 {
                buffer.joinLineWithNext()
            }
        }
    }

    /// Replaces the whole text (after an external editor, say) as one undo step; the cursor
    /// stays where it was as far as the new text allows.
    public mutating func replaceText(with text: String) {
        edit(.other) { buffer in
            buffer.lines = TextBuffer.splitIntoLines(text)
            let line = min(buffer.cursor.line, buffer.lineCount - 1)
            buffer.cursor = Position(
                line: line, column: min(buffer.cursor.column, buffer.length(ofLine: line)))
        }
    }

    /// Inserts `text` (no line breaks) at the cursor and moves past it. The new column is
    /// counted on the joined text, because a combining mark merges with the character before it.
    private mutating func insertWithinLine(_ text: String) {
        let line = lines[cursor.line]
        let split = line.index(line.startIndex, offsetBy: cursor.column)
        let head = String(line[..<split]) + text
        lines[cursor.line] = head + line[split...]
        cursor.column = min(head.count, length(ofLine: cursor.line))
    }

    private mutating func breakLine() {
        let line = lines[cursor.line]
        let split = line.index(line.startIndex, offsetBy: cursor.column)
        lines[cursor.line] = String(line[..<split])
        lines.insert(String(line[split...]), at: cursor.line + 1)
        cursor = Position(line: cursor.line + 1, column: 0)
    }

    private mutating func removeCharacter(at column: Int) {
        let line = lines[cursor.line]
        lines[cursor.line].remove(at: line.index(line.startIndex, offsetBy: column))
    }

    /// Appends the next line to the cursor's line; the cursor stays put.
    private mutating func joinLineWithNext() {
        let next = lines.remove(at: cursor.line + 1)
        lines[cursor.line] += next
    }
}

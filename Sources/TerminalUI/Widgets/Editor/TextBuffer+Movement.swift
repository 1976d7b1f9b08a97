extension TextBuffer {
    /// One character left; from the start of a line, to the end of the line above.
    public mutating func moveLeft() {
        if cursor.column > 0 {
            cursor.column -= 1
        } else if cursor.line > 0 {
            cursor = Position(line: cursor.line - 1, column: length(ofLine: cursor.line - 1))
        }
        endMovement(keepingPreferredColumn: false)
    }

    /// One character right; from the end of a line, to the start of the line below.
    public mutating func moveRight() {
        if cursor.column < length(ofLine: cursor.line) {
            cursor.column += 1
        } else if cursor.line < lineCount - 1 {
            cursor = Position(line: cursor.line + 1, column: 0)
        }
        endMovement(keepingPreferredColumn: false)
    }

    /// One line up, at the preferred display column (or the line's end when it is shorter).
    /// Nothing happens on the first line.
    public mutating func moveUp() {
        moveVertically(by: -1)
    }

    /// One line down, at the preferred display column (or the line's end when it is shorter).
    /// Nothing happens on the last line.
    public mutating func moveDown() {
        moveVertically(by: 1)
    }

    /// `height` lines up (a page), keeping the preferred display column; stops at the first line.
    public mutating func movePageUp(height: Int) {
        moveVertically(by: -max(1, height))
    }

    /// `height` lines down (a page), keeping the preferred display column; stops at the last line.
    public mutating func movePageDown(height: Int) {
        moveVertically(by: max(1, height))
    }

    /// To the start of the cursor's line (Home).
    public mutating func moveToLineStart() {
        cursor.column = 0
        endMovement(keepingPreferredColumn: false)
    }

    /// To the end of the cursor's line (End).
    public mutating func moveToLineEnd() {
        cursor.column = length(ofLine: cursor.line)
        endMovement(keepingPreferredColumn: false)
    }

    /// To the start of the first line.
    public mutating func moveToDocumentStart() {
        cursor = Position(line: 0, column: 0)
        endMovement(keepingPreferredColumn: false)
    }

    /// To the end of the last line.
    public mutating func moveToDocumentEnd() {
        cursor = Position(line: lineCount - 1, column: length(ofLine: lineCount - 1))
        endMovement(keepingPreferredColumn: false)
    }

    /// Moves `offset` lines (clamped to the text), aiming for the preferred display column,
    /// which the first vertical move takes from the cursor.
    private mutating func moveVertically(by offset: Int) {
        let target = min(max(0, cursor.line + offset), lineCount - 1)
        guard target != cursor.line else { return }
        let column = preferredColumn ?? cursorDisplayColumn
        cursor = Position(
            line: target, column: EditorColumns.index(in: lines[target], atDisplayColumn: column))
        endMovement(keepingPreferredColumn: true)
        preferredColumn = column
    }
}

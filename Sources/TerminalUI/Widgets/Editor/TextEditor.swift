/// A multi-line text editor: a `TextBuffer` shown through a window that scrolls vertically by
/// lines and horizontally by display columns, with an optional line-number gutter.
///
/// The owner sets `visibleSize` when it lays the editor out (page keys move by its height);
/// drawing corrects the scrolling when the area turns out different, so the cursor is always
/// visible. The backend places the terminal cursor at `cursorPosition(in:)`.
public struct TextEditor: Component {
    /// The text and cursor; change it freely, the view follows the cursor when drawn.
    public var buffer: TextBuffer
    /// Whether a gutter of line numbers is drawn on the left.
    public var showsLineNumbers: Bool
    /// The size of the area the editor is drawn in (gutter included), as last laid out.
    public var visibleSize: Size
    /// The first visible line (`y`) and the first visible display column (`x`).
    public private(set) var scrollOffset = Point(x: 0, y: 0)
    /// Set by the external-editor command (F4): the owner, which holds the terminal, then calls
    /// `editExternally(using:on:)`, which clears it.
    public var isExternalEditRequested = false

    public init(text: String = "", showsLineNumbers: Bool = false,
                visibleSize: Size = Size(width: 80, height: 24)) {
        self.buffer = TextBuffer(text: text)
        self.showsLineNumbers = showsLineNumbers
        self.visibleSize = visibleSize
    }

    /// The text being edited.
    public var text: String { buffer.text }

    public var keymap: Keymap { TextEditor.defaultKeymap }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        guard performMovement(command) || performEdit(command) else { return .ignored }
        scrollOffset = visibleOrigin(for: textArea(in: Rect(size: visibleSize)).size)
        return .handled
    }

    /// Types printable characters; other keys are not for the editor.
    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        guard case .character(let character) = key else { return .ignored }
        buffer.insert(character)
        scrollOffset = visibleOrigin(for: textArea(in: Rect(size: visibleSize)).size)
        return .handled
    }

    public func render(into screen: inout ScreenBuffer, in area: Rect, theme: Theme, isFocused: Bool) {
        screen.fill(area, style: theme.style(.normal))
        let text = textArea(in: area)
        let origin = visibleOrigin(for: text.size)
        for row in 0..<max(0, area.height) {
            let index = origin.y + row
            guard index < buffer.lineCount else { break }
            if showsLineNumbers { drawLineNumber(index + 1, row: area.row(row), into: &screen, theme: theme) }
            let visible = EditorColumns.visibleSlice(
                of: buffer.lines[index], from: origin.x, width: text.width)
            screen.write(visible, at: Point(x: text.x, y: text.y + row), style: theme.style(.normal), clip: text)
        }
    }

    /// Where the terminal cursor goes when the editor is drawn in `area`; nil when the area has
    /// no room for text.
    public func cursorPosition(in area: Rect) -> Point? {
        let text = textArea(in: area)
        guard !text.isEmpty else { return nil }
        let origin = visibleOrigin(for: text.size)
        return Point(x: text.x + buffer.cursorDisplayColumn - origin.x,
                     y: text.y + buffer.cursor.line - origin.y)
    }

    /// The columns of the line-number gutter (0 when it is off): the digits, then a space.
    public var gutterWidth: Int {
        showsLineNumbers ? max(3, String(buffer.lineCount).count) + 1 : 0
    }

    /// The part of `area` that shows text (right of the gutter).
    func textArea(in area: Rect) -> Rect {
        let gutter = min(gutterWidth, max(0, area.width))
        return Rect(x: area.x + gutter, y: area.y, width: area.width - gutter, height: area.height)
    }

    /// The scroll offset moved as little as needed to show the cursor in a text area of `size`.
    func visibleOrigin(for size: Size) -> Point {
        guard size.width > 0, size.height > 0 else { return scrollOffset }
        var origin = scrollOffset
        let line = buffer.cursor.line
        if line < origin.y { origin.y = line }
        if line >= origin.y + size.height { origin.y = line - size.height + 1 }
        let column = buffer.cursorDisplayColumn
        let end = column + cursorCellWidth(at: column)
        if column < origin.x { origin.x = column }
        if end > origin.x + size.width { origin.x = end - size.width }
        return Point(x: max(0, origin.x), y: max(0, origin.y))
    }

    /// The columns the character under the cursor takes (1 at the end of the line).
    private func cursorCellWidth(at column: Int) -> Int {
        let line = buffer.lines[buffer.cursor.line]
        guard buffer.cursor.column < line.count else { return 1 }
        let character = line[line.index(line.startIndex, offsetBy: buffer.cursor.column)]
        return max(1, EditorColumns.advance(column, over: character) - column)
    }

    private func drawLineNumber(_ number: Int, row: Rect, into screen: inout ScreenBuffer, theme: Theme) {
        let label = DisplayWidth.pad(String(number), to: gutterWidth - 1, alignment: .trailing) + " "
        screen.write(label, at: Point(x: row.x, y: row.y), style: theme.style(.muted), clip: row)
    }

    /// The text rows a page key moves by.
    private var pageHeight: Int { max(1, visibleSize.height) }

    private mutating func performMovement(_ command: CommandID) -> Bool {
        switch command {
        case .editorMoveLeft: buffer.moveLeft()
        case .editorMoveRight: buffer.moveRight()
        case .editorMoveUp: buffer.moveUp()
        case .editorMoveDown: buffer.moveDown()
        case .editorLineStart: buffer.moveToLineStart()
        case .editorLineEnd: buffer.moveToLineEnd()
        case .editorDocumentStart: buffer.moveToDocumentStart()
        case .editorDocumentEnd: buffer.moveToDocumentEnd()
        case .editorPageUp:
            buffer.movePageUp(height: pageHeight)
            scrollOffset.y = max(0, scrollOffset.y - pageHeight)
        case .editorPageDown:
            buffer.movePageDown(height: pageHeight)
            scrollOffset.y = max(0, min(scrollOffset.y + pageHeight, buffer.lineCount - pageHeight))
        default: return false
        }
        return true
    }

    private mutating func performEdit(_ command: CommandID) -> Bool {
        switch command {
        case .editorSplitLine: buffer.splitLine()
        case .editorDeleteBackward: buffer.deleteBackward()
        case .editorDeleteForward: buffer.deleteForward()
        case .editorUndo: buffer.undo()
        case .editorRedo: buffer.redo()
        case .editorExternal: isExternalEditRequested = true
        default: return false
        }
        return true
    }
}

extension EditorColumns {
    /// The part of `line` seen through a window `width` columns wide starting at display column
    /// `left`: tabs expanded, and a wide character cut by the left edge shown as spaces.
    static func visibleSlice(of line: String, from left: Int, width: Int) -> String {
        var column = 0
        var slice = ""
        for character in line {
            guard column < left + width else { break }
            let next = advance(column, over: character)
            defer { column = next }
            if next <= left { continue }
            if column < left || character == "\t" {
                slice += String(repeating: " ", count: next - max(column, left))
            } else {
                slice.append(character)
            }
        }
        return slice
    }
}

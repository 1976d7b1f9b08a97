/// What every dialog box shares: its size, its frame, wrapped text and a row of buttons.
enum DialogChrome {
    /// Text inside a dialog wraps at this many columns (or less on a narrow screen).
    static let maximumTextWidth = 56
    /// Columns between the frame and the content, on each side.
    static let padding = 2

    /// The widest content that fits a dialog in `area`.
    static func textWidth(in area: Rect) -> Int {
        max(1, min(maximumTextWidth, area.width - 2 * padding))
    }

    /// The box holding content of `size`, centred in `area` (and clipped to it).
    static func box(forContent size: Size, in area: Rect) -> Rect {
        area.centered(Size(width: size.width + 2 * padding, height: size.height + 2))
    }

    /// Blanks `box`, frames it with `title`, and returns the content area inside.
    static func drawFrame(
        _ box: Rect, title: String, into screen: inout ScreenBuffer, theme: Theme
    ) -> Rect {
        screen.fill(box, style: theme.style(.normal))
        screen.drawBox(box, style: theme.style(.border), title: title, titleStyle: theme.style(.title))
        return contentArea(of: box)
    }

    /// The part of `box` inside the frame and its padding.
    static func contentArea(of box: Rect) -> Rect {
        Rect(x: box.x + padding, y: box.y + 1, width: max(0, box.width - 2 * padding),
             height: max(0, box.height - 2))
    }

    /// The columns a title needs in the top edge of the frame.
    static func titleWidth(_ title: String) -> Int {
        DisplayWidth.of(title) + 6 - 2 * padding
    }

    /// `text` broken into lines of at most `width` columns: at spaces where possible, inside a
    /// word only when the word alone is wider; explicit line breaks are kept.
    static func wrap(_ text: String, width: Int) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).flatMap {
            wrapParagraph($0, width: max(1, width))
        }
    }

    /// The first row to show so that `selected` is visible in `rows` rows, moving `top` as
    /// little as possible.
    static func scrollTop(_ top: Int, showing selected: Int, rows: Int) -> Int {
        guard rows > 0 else { return top }
        if selected < top { return selected }
        if selected >= top + rows { return selected - rows + 1 }
        return max(0, top)
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in paragraph.split(separator: " ") {
            for piece in splitWord(word, width: width) {
                if line.isEmpty {
                    line = piece
                } else if DisplayWidth.of(line) + 1 + DisplayWidth.of(piece) <= width {
                    line += " " + piece
                } else {
                    lines.append(line)
                    line = piece
                }
            }
        }
        return lines + [line]
    }

    /// A word cut into pieces of at most `width` columns.
    private static func splitWord(_ word: Substring, width: Int) -> [String] {
        var pieces: [String] = []
        var piece = ""
        for character in word {
            if !piece.isEmpty, DisplayWidth.of(piece) + DisplayWidth.of(character) > width {
                pieces.append(piece)
                piece = ""
            }
            piece.append(character)
        }
        return pieces + (piece.isEmpty ? [] : [piece])
    }
}

/// A row of buttons such as `[ Yes ]  [ No ]`, centred, the focused one highlighted.
struct DialogButtons {
    var labels: [String]
    var focusedIndex: Int

    /// The columns the row takes.
    var width: Int {
        labels.reduce(0) { $0 + DisplayWidth.of($1) + 4 } + 2 * max(0, labels.count - 1)
    }

    /// Draws the row centred in `row`.
    func draw(in row: Rect, into screen: inout ScreenBuffer, theme: Theme) {
        var x = row.x + max(0, (row.width - width) / 2)
        for (index, label) in labels.enumerated() {
            let role: StyleRole = index == focusedIndex ? .focused : .normal
            x += screen.write("[ \(label) ]", at: Point(x: x, y: row.y), style: theme.style(role), clip: row)
            x += 2
        }
    }
}

/// The layout of the message and confirm dialogs: wrapped message lines, a blank row, buttons.
struct DialogMessageLayout {
    let title: String
    let lines: [String]
    let buttons: DialogButtons
    /// The dialog's box.
    let box: Rect

    init(title: String, message: String, buttons: DialogButtons, in area: Rect) {
        self.title = title
        self.lines = DialogChrome.wrap(message, width: DialogChrome.textWidth(in: area))
        self.buttons = buttons
        let widest = lines.map(DisplayWidth.of).max() ?? 0
        let content = Size(width: max(widest, buttons.width, DialogChrome.titleWidth(title)),
                           height: lines.count + 2)
        self.box = DialogChrome.box(forContent: content, in: area)
    }

    /// Draws the box: the message in `role`, the buttons on its last row.
    func draw(into screen: inout ScreenBuffer, theme: Theme, role: StyleRole = .normal) {
        let content = DialogChrome.drawFrame(box, title: title, into: &screen, theme: theme)
        for (row, line) in lines.enumerated() where row < content.height - 2 {
            screen.write(line, at: Point(x: content.x, y: content.y + row), style: theme.style(role), clip: content)
        }
        buttons.draw(in: content.row(content.height - 1), into: &screen, theme: theme)
    }
}

/// One character cell of the screen.
public struct Cell: Hashable, Sendable {
    /// The grapheme shown (with its combining marks); a space for an empty cell.
    public var character: Character
    public var style: Style
    /// Whether this cell is the right half of a wide character drawn in the cell to its left.
    public var isContinuation: Bool

    public init(character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// The whole screen as cells: what widgets draw into and what a backend shows.
///
/// Text is written by display width: a wide character (CJK) takes two cells, the second marked
/// as a continuation; a character that would straddle the clip edge is replaced by a space.
public struct ScreenBuffer: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    /// The whole buffer as a rectangle.
    public var bounds: Rect { Rect(size: size) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Writes `text` from `point` on one row, clipped to `clip` (and to the buffer); returns the
    /// number of columns written. Line breaks and other controls are shown as spaces.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol, at point: Point, style: Style, clip: Rect? = nil
    ) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard point.y >= area.y, point.y < area.maxY else { return 0 }
        var x = point.x
        if DisplayWidth.isOneScalarPerCharacter(text) {
            // Each scalar is a character: no grapheme breaking (most text of a frame).
            for scalar in text.unicodeScalars {
                let width = DisplayWidth.of(scalar)
                if width == 0 { continue }
                if x + width > area.maxX { break }
                if x >= area.x {
                    put(Character(scalar), width: width, x: x, y: point.y, style: style)
                }
                x += width
            }
            return max(0, x - point.x)
        }
        for character in text {
            let printable = character.isNewline || character == "\t" ? " " : character
            let width = DisplayWidth.of(printable)
            if width == 0 { continue }
            if x + width > area.maxX { break }
            if x >= area.x {
                put(printable, width: width, x: x, y: point.y, style: style)
            }
            x += width
        }
        return max(0, x - point.x)
    }

    /// Fills `rect` (clipped to the buffer) with `character` in `style`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let cell = Cell(character: character, style: style)
        for y in area.y..<area.maxY {
            // Only a wide character across either edge can be cut; the cells between are all
            // replaced.
            clearWideCharacter(at: area.x, y: y)
            clearWideCharacter(at: area.maxX - 1, y: y)
            let row = y * size.width
            for x in area.x..<area.maxX { cells[row + x] = cell }
        }
    }

    /// Sets the style of every cell in `rect`, keeping the characters (e.g. to highlight a row).
    public mutating func restyle(_ rect: Rect, style: Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { self[x, y].style = style }
        }
    }

    /// Copies `other` into this buffer with its top-left corner at `origin` (clipped).
    public mutating func draw(_ other: ScreenBuffer, at origin: Point) {
        for y in 0..<other.size.height {
            for x in 0..<other.size.width {
                let target = Point(x: origin.x + x, y: origin.y + y)
                guard bounds.contains(target) else { continue }
                self[target.x, target.y] = other[x, y]
            }
        }
    }

    /// Row `y` as text: continuation cells are skipped, so a wide character appears once.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<size.width where !self[x, y].isContinuation {
            text.append(self[x, y].character)
        }
        return text
    }

    /// Every row as text, top to bottom (the golden-file form of a screen).
    public var lines: [String] {
        (0..<size.height).map(line)
    }

    /// Writes one character of `width` cells at (x, y), repairing any wide character it cuts.
    private mutating func put(_ character: Character, width: Int, x: Int, y: Int, style: Style) {
        clearWideCharacter(at: x, y: y)
        if width == 2 { clearWideCharacter(at: x + 1, y: y) }
        self[x, y] = Cell(character: character, style: style)
        if width == 2, x + 1 < size.width {
            self[x + 1, y] = Cell(character: " ", style: style, isContinuation: true)
        }
    }

    /// Blanks both halves of a wide character that covers (x, y), so no half is left behind.
    private mutating func clearWideCharacter(at x: Int, y: Int) {
        guard x >= 0, x < size.width else { return }
        if self[x, y].isContinuation, x > 0 {
            self[x - 1, y] = Cell(character: " ", style: self[x - 1, y].style)
            self[x, y] = Cell(character: " ", style: self[x, y].style)
        } else if x + 1 < size.width, self[x + 1, y].isContinuation {
            self[x + 1, y] = Cell(character: " ", style: self[x + 1, y].style)
        }
    }
}

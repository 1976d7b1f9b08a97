@preconcurrency import CNcursesw
import TerminalUI

/// Writes screen buffers into a curses window, cell by cell, with colour pairs made on demand.
///
/// Every cell is written with `setcchar` + `mvwadd_wch`: a wide character once (its continuation
/// cell is skipped, as curses fills it), combining marks with their base. The bottom-right cell
/// is never written: on many terminals that scrolls the screen.
@MainActor
final class CursesPainter {
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: CursesPalette
    private var pairs: ColorPairs
    /// Whether the terminal shows colours; otherwise styles are drawn with attributes only.
    private let usesColor: Bool

    init(window: UnsafeMutablePointer<WINDOW>, colorCount: Int) {
        self.window = window
        usesColor = colorCount >= 8
        palette = CursesPalette(
            colorCount: colorCount, hasDefaultColors: colorCount >= 8 && use_default_colors() == OK)
        pairs = ColorPairs(limit: usesColor ? Int(collecta_color_pairs()) : 0, defaultPair: palette.defaultPair)
    }

    /// Writes the part of `buffer` that fits a screen of `screenSize`.
    func paint(_ buffer: ScreenBuffer, screenSize: Size) {
        let rows = min(buffer.size.height, screenSize.height)
        let columns = min(buffer.size.width, screenSize.width)
        for y in 0..<rows {
            // The last row stops one cell early: never the bottom-right cell.
            let end = y == screenSize.height - 1 ? min(columns, screenSize.width - 1) : columns
            paintRow(y, of: buffer, end: end)
        }
    }

    private func paintRow(_ y: Int, of buffer: ScreenBuffer, end: Int) {
        var coveredByWideCharacter = false
        for x in 0..<end {
            let cell = buffer[x, y]
            if cell.isContinuation, coveredByWideCharacter {
                coveredByWideCharacter = false
                continue
            }
            let fitsWide = x + 1 < end && x + 1 < buffer.size.width && buffer[x + 1, y].isContinuation
            let character = Self.drawable(cell.isContinuation ? " " : cell.character, fitsWide: fitsWide)
            put(character, style: cell.style, x: x, y: y)
            coveredByWideCharacter = DisplayWidth.of(character) == 2
        }
    }

    /// `character` if it can be drawn in its cell(s), else a space: controls, zero-width
    /// characters and wide characters without room for their right half become spaces.
    private static func drawable(_ character: Character, fitsWide: Bool) -> Character {
        switch DisplayWidth.of(character) {
        case 1: character
        case 2 where fitsWide: character
        default: " "
        }
    }

    private func put(_ character: Character, style: Style, x: Int, y: Int) {
        var cell = cchar_t()
        let attributes = attributes(for: style.attributes)
        let pair = pairNumber(for: style)
        if Self.set(&cell, to: character, attributes: attributes, pair: pair) == ERR {
            // A grapheme curses cannot hold in one cell (an emoji sequence): show a space.
            _ = Self.set(&cell, to: " ", attributes: attributes, pair: pair)
        }
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }

    private static func set(
        _ cell: inout cchar_t, to character: Character, attributes: attr_t, pair: Int16
    ) -> Int32 {
        wideString(character).withUnsafeBufferPointer {
            setcchar(&cell, $0.baseAddress, attributes, pair, nil)
        }
    }

    /// The character as a NUL-terminated wide string: its base and up to three combining marks
    /// (`cchar_t` holds `CCHARW_MAX` = 5 wide characters, and only non-spacing ones may follow).
    private static func wideString(_ character: Character) -> [wchar_t] {
        let scalars = character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        return Array(scalars.prefix(Int(CCHARW_MAX) - 1)) + [0]
    }

    private func attributes(for attributes: TextAttributes) -> attr_t {
        var result = collecta_a_normal()
        if attributes.contains(.bold) { result |= collecta_a_bold() }
        if attributes.contains(.underline) { result |= collecta_a_underline() }
        if attributes.contains(.reverse) { result |= collecta_a_reverse() }
        if attributes.contains(.dim) { result |= collecta_a_dim() }
        return result
    }

    /// The colour pair for `style`'s colours, initialised on first use; 0 without colour.
    private func pairNumber(for style: Style) -> Int16 {
        guard usesColor else { return 0 }
        let colors = ColorPairs.Colors(
            foreground: palette.number(for: style.foreground, isForeground: true),
            background: palette.number(for: style.background, isForeground: false))
        let (number, isNew) = pairs.pair(for: colors)
        if isNew { init_pair(number, colors.foreground, colors.background) }
        return number
    }
}

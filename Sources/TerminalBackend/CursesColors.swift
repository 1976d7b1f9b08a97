import TerminalUI

/// Turns toolkit colours into curses colour numbers for a terminal's palette.
///
/// `-1` is the terminal's default colour, usable when `use_default_colors` succeeded; otherwise
/// the default foreground is white and the default background black. A 256-colour index on an
/// eight-colour terminal becomes the nearest of the eight.
struct CursesPalette: Equatable {
    /// `COLORS`: how many colours the terminal has.
    let colorCount: Int
    /// Whether `use_default_colors` succeeded, so that `-1` means the terminal's own colour.
    let hasDefaultColors: Bool

    /// The curses colour number of `color` as a foreground or a background.
    func number(for color: Color, isForeground: Bool) -> Int16 {
        switch color {
        case .default: hasDefaultColors ? -1 : (isForeground ? 7 : 0)
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        case .indexed(let index): Int(index) < colorCount ? Int16(index) : Self.nearestANSI(to: index)
        }
    }

    /// The colours of pair 0, which needs no `init_pair`.
    var defaultPair: ColorPairs.Colors {
        ColorPairs.Colors(
            foreground: number(for: .default, isForeground: true),
            background: number(for: .default, isForeground: false))
    }

    /// One of the eight ANSI colours for a 256-colour index: bright colours lose their
    /// brightness, the 6×6×6 cube keeps the channels above half, greys become black or white.
    static func nearestANSI(to index: UInt8) -> Int16 {
        switch index {
        case 0..<16:
            return Int16(index % 8)
        case 16..<232:
            let cube = Int(index) - 16
            let (red, green, blue) = (cube / 36, cube / 6 % 6, cube % 6)
            return Int16((red >= 3 ? 1 : 0) + (green >= 3 ? 2 : 0) + (blue >= 3 ? 4 : 0))
        default:
            return index >= 244 ? 7 : 0
        }
    }
}

/// Colour pairs allocated on first use and cached by (foreground, background), up to the
/// terminal's `COLOR_PAIRS`. Pair 0 is the terminal's default pair and is never allocated.
struct ColorPairs {
    /// A foreground and background as curses colour numbers.
    struct Colors: Hashable {
        let foreground: Int16
        let background: Int16
    }

    /// The highest pair number plus one (`COLOR_PAIRS`, at most 32768 as pairs are `short`).
    let limit: Int
    let defaultPair: Colors
    private var numbers: [Colors: Int16] = [:]

    init(limit: Int, defaultPair: Colors) {
        self.limit = min(limit, Int(Int16.max) + 1)
        self.defaultPair = defaultPair
    }

    /// How many pairs have been allocated.
    var count: Int { numbers.count }

    /// The pair for `colors`, and whether it is new (so the caller must `init_pair` it). When
    /// every pair is taken, pair 0: the text stays readable in the default colours.
    mutating func pair(for colors: Colors) -> (number: Int16, isNew: Bool) {
        if colors == defaultPair { return (0, false) }
        if let number = numbers[colors] { return (number, false) }
        guard numbers.count + 1 < limit else { return (0, false) }
        let number = Int16(numbers.count + 1)
        numbers[colors] = number
        return (number, true)
    }
}

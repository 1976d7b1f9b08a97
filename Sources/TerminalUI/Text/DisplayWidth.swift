import CTextWidth

/// Measuring, clipping and padding text by the columns it occupies on a terminal.
///
/// Widths come from the C library's `wcwidth` in the process locale, which must be UTF-8 (see
/// `DisplayWidth.useEnvironmentLocale()`): Cyrillic letters take one column, CJK ideographs two,
/// combining marks none.
public enum DisplayWidth {
    /// Adopts the locale from the environment; returns whether it is a UTF-8 locale. Call once at
    /// start-up, before measuring anything.
    @discardableResult
    public static func useEnvironmentLocale() -> Bool {
        collecta_use_environment_locale() == 1
    }

    /// The columns one character takes: 0 for combining marks and controls, 2 for wide ones.
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            width += of(scalar)
        }
        return width
    }

    /// The columns `text` takes: the sum over its characters, which is the sum over its scalars
    /// (walked without grapheme breaking, which costs more than the measuring; a grid measures
    /// every cell of every frame).
    public static func of(_ text: some StringProtocol) -> Int {
        var width = 0
        for scalar in text.unicodeScalars {
            width += of(scalar)
        }
        return width
    }

    /// The columns one scalar takes; printable ASCII is one column in every locale.
    static func of(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value >= 0x20, scalar.value < 0x7F { return 1 }
        return max(0, Int(collecta_wcwidth(scalar.value)))
    }

    /// Whether `text` is printable ASCII only: one column and one cell per byte.
    static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Whether every scalar of `text` is a character of its own that is not a control: printable
    /// ASCII and Latin-1, Cyrillic letters, general punctuation, №, box drawing and geometric
    /// shapes (grapheme cluster break "Other": no mark, joiner or control to combine with).
    /// Such text can be walked scalar by scalar, which is much cheaper than by character.
    static func isOneScalarPerCharacter(_ text: some StringProtocol) -> Bool {
        if isPrintableASCII(text) { return true }
        return text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x20...0x7E, 0xA0...0xFF, 0x400...0x482, 0x48A...0x4FF, 0x2010...0x2027, 0x2030...0x205E,
                 0x2116, 0x2500...0x25FF:
                true
            default:
                false
            }
        }
    }

    /// `text` cut to at most `columns` columns, ending in `…` when it had to be cut.
    public static func clip(_ text: some StringProtocol, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if isPrintableASCII(text) {
            return text.utf8.count <= columns ? String(text) : String(text.prefix(columns - 1)) + "…"
        }
        guard of(text) > columns else { return String(text) }
        var result = ""
        var used = 0
        if isOneScalarPerCharacter(text) {
            for scalar in text.unicodeScalars {
                let width = of(scalar)
                if used + width > columns - 1 { break }
                result.unicodeScalars.append(scalar)
                used += width
            }
            return result + "…"
        }
        for character in text {
            let width = of(character)
            if used + width > columns - 1 { break }
            result.append(character)
            used += width
        }
        return result + "…"
    }

    /// `text` clipped to `columns` and padded with spaces to exactly `columns` columns.
    public static func pad(
        _ text: some StringProtocol, to columns: Int, alignment: TextAlignment = .leading
    ) -> String {
        let clipped = clip(text, to: columns)
        let padding = String(repeating: " ", count: max(0, columns - of(clipped)))
        return alignment == .leading ? clipped + padding : padding + clipped
    }
}

/// Where text sits in a column: numbers and money are trailing (right-aligned).
public enum TextAlignment: Sendable {
    case leading, trailing
}

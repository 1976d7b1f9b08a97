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
            width += max(0, Int(collecta_wcwidth(scalar.value)))
        }
        return width
    }

    /// The columns `text` takes.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// `text` cut to at most `columns` columns, ending in `…` when it had to be cut.
    public static func clip(_ text: some StringProtocol, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        guard of(text) > columns else { return String(text) }
        var result = ""
        var used = 0
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

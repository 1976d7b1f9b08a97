/// Every text a grid shows, supplied by the caller in the user's language (English defaults).
public struct GridStrings: Sendable {
    /// Shown, muted, when no row matches.
    public var noRows: String
    /// Put before the filter text on the bottom line (`Filter: `).
    public var filterPrompt: String
    /// How many rows are marked (`3 marked`), shown on the bottom line when any are.
    public var markedCount: @Sendable (Int) -> String
    /// The name of the grid's keymap layer in help.
    public var keymapName: String
    /// Drawn at the start of a marked row (one or two columns wide).
    public var markGlyph: String
    /// Drawn after the title of the sorted column.
    public var ascendingGlyph: String
    public var descendingGlyph: String

    public init(
        noRows: String = "No rows", filterPrompt: String = "Filter: ",
        markedCount: @escaping @Sendable (Int) -> String = { "\($0) marked" },
        keymapName: String = "Grid", markGlyph: String = "✓",
        ascendingGlyph: String = "▲", descendingGlyph: String = "▼"
    ) {
        self.noRows = noRows
        self.filterPrompt = filterPrompt
        self.markedCount = markedCount
        self.keymapName = keymapName
        self.markGlyph = markGlyph
        self.ascendingGlyph = ascendingGlyph
        self.descendingGlyph = descendingGlyph
    }
}

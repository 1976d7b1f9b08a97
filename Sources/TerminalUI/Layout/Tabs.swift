/// A strip of tab titles with one selected, drawn on one row as `[ First ]  Second  Third`.
///
/// The selected tab moves with the next and previous commands, wrapping around at either end.
/// When the titles do not fit, the strip starts further right so the selected tab stays visible.
public struct Tabs: Component, Hashable, Sendable {
    /// Moves the selection to the next tab.
    public static let nextCommand: CommandID = "tabs.next"
    /// Moves the selection to the previous tab.
    public static let previousCommand: CommandID = "tabs.previous"

    /// The tab commands, for the application's command table.
    public static let commands: [Command] = [
        Command(nextCommand, title: "Next tab", group: "Tabs", help: "Shows the next tab."),
        Command(
            previousCommand, title: "Previous tab", group: "Tabs", help: "Shows the previous tab."),
    ]

    /// Columns between two titles.
    private static let separator = "  "

    public let titles: [String]
    /// The index of the selected title (0 when there are no titles).
    public private(set) var selectedIndex: Int

    public init(_ titles: [String], selectedIndex: Int = 0) {
        self.titles = titles
        self.selectedIndex = titles.indices.contains(selectedIndex) ? selectedIndex : 0
    }

    /// The selected title, or nil when there are none.
    public var selectedTitle: String? {
        titles.indices.contains(selectedIndex) ? titles[selectedIndex] : nil
    }

    /// Selects the tab at `index`; an index out of range changes nothing.
    public mutating func select(_ index: Int) {
        if titles.indices.contains(index) { selectedIndex = index }
    }

    public var keymap: Keymap {
        Keymap("Tabs", [
            .init(.right, Tabs.nextCommand), .init(.character("l"), Tabs.nextCommand),
            .init(.left, Tabs.previousCommand), .init(.character("h"), Tabs.previousCommand),
        ])
    }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        guard !titles.isEmpty else { return .ignored }
        switch command {
        case Tabs.nextCommand: selectedIndex = (selectedIndex + 1) % titles.count
        case Tabs.previousCommand: selectedIndex = (selectedIndex + titles.count - 1) % titles.count
        default: return .ignored
        }
        return .handled
    }

    /// Draws the strip on the first row of `area`: the selected title in brackets, in the focused
    /// style when the strip has focus and the selected style otherwise.
    public func render(
        into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, isFocused: Bool
    ) {
        let row = area.row(0)
        buffer.fill(row, style: theme.style(.normal))
        let first = firstVisibleIndex(width: row.width)
        var x = row.x
        for index in first..<titles.count {
            if index > first {
                x += buffer.write(
                    Tabs.separator, at: Point(x: x, y: row.y), style: theme.style(.normal), clip: row)
            }
            let style = theme.style(index != selectedIndex ? .normal : isFocused ? .focused : .selected)
            x += buffer.write(label(at: index), at: Point(x: x, y: row.y), style: style, clip: row)
        }
    }

    /// The title at `index` as drawn: bracketed when selected.
    private func label(at index: Int) -> String {
        index == selectedIndex ? "[ \(titles[index]) ]" : titles[index]
    }

    /// The first tab drawn: 0 when the selected tab fits from the start, else the latest start
    /// from which it fits.
    private func firstVisibleIndex(width: Int) -> Int {
        var first = 0
        while first < selectedIndex, stripWidth(from: first, through: selectedIndex) > width {
            first += 1
        }
        return first
    }

    private func stripWidth(from first: Int, through last: Int) -> Int {
        (first...last).reduce(0) { total, index in
            total + DisplayWidth.of(label(at: index)) + (index > first ? Tabs.separator.count : 0)
        }
    }
}

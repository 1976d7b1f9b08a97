/// The bottom help bar, `F1 Help  F2 Save  F10 Quit`, generated from the active keymap stack, the
/// command table and the screen's availability.
///
/// It shows the bindings marked `showsInHelpBar`, in layer order, then declaration order; a key
/// bound by an earlier layer hides later layers' bindings of it (the first layer wins, as in
/// dispatch). Disabled commands stay in the bar, muted, so the bar does not jump about.
public struct HelpBar: Hashable, Sendable {
    /// One entry of the bar.
    public struct Item: Hashable, Sendable {
        public let key: Key
        public let command: CommandID
        /// The command's title from the table.
        public let title: String
        public let isEnabled: Bool

        public init(key: Key, command: CommandID, title: String, isEnabled: Bool) {
            self.key = key
            self.command = command
            self.title = title
            self.isEnabled = isEnabled
        }

        /// The item as text: `F2 Save`.
        public var text: String { key.label + " " + title }
    }

    /// Columns between two items.
    public static let separator = "  "

    public let items: [Item]

    public init(items: [Item]) {
        self.items = items
    }

    /// The bar for `keymaps`, titled from `commands`, greyed where `availability` says so.
    public init(
        keymaps: KeymapStack, commands: CommandTable,
        availability: (CommandID) -> CommandAvailability = { _ in .enabled }
    ) {
        var items: [Item] = []
        for (index, layer) in keymaps.layers.enumerated() {
            for binding in layer.bindings where binding.showsInHelpBar {
                guard keymaps.resolve(binding.key)?.layer == index,
                    !items.contains(where: { $0.key == binding.key })
                else { continue }
                items.append(Item(
                    key: binding.key, command: binding.command,
                    title: commands.describing(binding.command).title,
                    isEnabled: availability(binding.command).isEnabled))
            }
        }
        self.init(items: items)
    }

    /// The leading items that fit whole in `width` columns (no item is ever cut).
    public func visibleItems(width: Int) -> [Item] {
        var used = 0
        var visible: [Item] = []
        for item in items {
            let needed = DisplayWidth.of(item.text) + (visible.isEmpty ? 0 : HelpBar.separator.count)
            guard used + needed <= width else { break }
            used += needed
            visible.append(item)
        }
        return visible
    }

    /// The bar as plain text for `width` columns (without padding).
    public func text(width: Int) -> String {
        visibleItems(width: width).map(\.text).joined(separator: HelpBar.separator)
    }

    /// Draws the bar on the first row of `area`: the row in the status-bar style, key labels in
    /// the key-label style, disabled items muted.
    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let row = area.row(0)
        buffer.fill(row, style: theme.style(.statusBar))
        var x = row.x
        for (index, item) in visibleItems(width: row.width).enumerated() {
            if index > 0 { x += HelpBar.separator.count }
            let muted = theme.style(.muted, over: .statusBar)
            let labelStyle = item.isEnabled ? theme.style(.keyLabel) : muted
            let titleStyle = item.isEnabled ? theme.style(.statusBar) : muted
            x += buffer.write(item.key.label, at: Point(x: x, y: row.y), style: labelStyle, clip: row)
            x += buffer.write(" " + item.title, at: Point(x: x, y: row.y), style: titleStyle, clip: row)
        }
    }
}

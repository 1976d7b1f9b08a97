/// The open list of a choice or lookup field: its items, the highlighted one and, for a
/// lookup, the search text.
public struct FormPickList: Hashable, Sendable {
    /// The field the list belongs to.
    public let fieldIndex: Int
    /// Whether typing narrows the list (lookups) or not (choices).
    public let isSearchable: Bool
    public internal(set) var query = FormLineBuffer()
    public private(set) var items: [LookupItem]
    public private(set) var highlighted: Int

    init(fieldIndex: Int, isSearchable: Bool, items: [LookupItem], highlighted: Int = 0) {
        self.fieldIndex = fieldIndex
        self.isSearchable = isSearchable
        self.items = items
        self.highlighted = max(0, min(highlighted, items.count - 1))
    }

    public var highlightedItem: LookupItem? {
        items.indices.contains(highlighted) ? items[highlighted] : nil
    }

    /// Moves the highlight by `delta` items, stopping at either end.
    mutating func moveHighlight(by delta: Int) {
        highlighted = max(0, min(highlighted + delta, items.count - 1))
    }

    /// New search results; the highlight goes back to the first.
    mutating func replaceItems(_ newItems: [LookupItem]) {
        items = newItems
        highlighted = 0
    }
}

extension Form {
    /// Opens the list of the focused choice field (its options, the current one highlighted) or
    /// lookup field (asking `search` with an empty text).
    public mutating func openPickList() {
        guard let field = focusedField else { return }
        switch field.kind {
        case .choice:
            let items = field.optionLabels.enumerated().map { LookupItem(id: String($0.offset), label: $0.element) }
            pickList = FormPickList(fieldIndex: focusedIndex, isSearchable: false, items: items,
                                    highlighted: field.state.choice ?? 0)
        case .lookup:
            pickList = FormPickList(fieldIndex: focusedIndex, isSearchable: true, items: field.search?("") ?? [])
        default:
            return
        }
    }

    /// Moves the open list's highlight by `delta` items.
    public mutating func moveHighlight(by delta: Int) {
        pickList?.moveHighlight(by: delta)
    }

    /// Puts the highlighted item into the field and closes the list.
    public mutating func pickHighlighted() {
        guard let list = pickList, let item = list.highlightedItem else { return }
        switch fields[list.fieldIndex].kind {
        case .choice: fields[list.fieldIndex].state.choice = Int(item.id)
        default: fields[list.fieldIndex].state.picked = item
        }
        fields[list.fieldIndex].message = nil
        pickList = nil
    }

    /// Closes the open list without picking.
    public mutating func closePickList() {
        pickList = nil
    }
}

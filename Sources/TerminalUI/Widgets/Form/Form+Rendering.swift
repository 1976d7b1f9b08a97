/// Where a form's parts go in an area: labels aligned by display width, values to their right,
/// each message on the row under its field.
struct FormLayout {
    let valueX: Int
    let valueWidth: Int
    /// The row of each visible field, by field index.
    let rows: [Int: Int]
}

extension Form {
    /// The most items an open list shows at once.
    static var visibleListItems: Int { 8 }

    /// Draws the labels and values, the validation messages (`.error`) and the open list over
    /// them. The focused field of a focused form is drawn in `.focused`.
    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, isFocused: Bool) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme.style(.normal))
        let layout = layout(in: area)
        for (index, y) in layout.rows {
            renderField(at: index, row: y, layout: layout, area: area, into: &buffer, theme: theme,
                        isFocused: isFocused)
        }
        if let pickList, let y = layout.rows[pickList.fieldIndex] {
            renderPickList(pickList, in: listRect(belowRow: y, layout: layout, area: area), into: &buffer,
                           theme: theme, isFocused: isFocused)
        }
    }

    /// Where the terminal cursor belongs: in the open lookup's search line, or in the focused
    /// text field; nil otherwise.
    public func cursorPosition(in area: Rect) -> Point? {
        guard !area.isEmpty else { return nil }
        let layout = layout(in: area)
        if let pickList {
            guard pickList.isSearchable, let y = layout.rows[pickList.fieldIndex] else { return nil }
            let rect = listRect(belowRow: y, layout: layout, area: area)
            let prompt = DisplayWidth.of(strings.searchPrompt)
            let column = pickList.query.window(columns: rect.width - 2 - prompt).cursorColumn
            return Point(x: rect.x + 1 + prompt + column, y: rect.y + 1)
        }
        guard let field = focusedField, field.kind.isTextual, let y = layout.rows[focusedIndex] else { return nil }
        return Point(x: layout.valueX + field.state.input.window(columns: layout.valueWidth).cursorColumn, y: y)
    }

    func layout(in area: Rect) -> FormLayout {
        let labelWidth = fields.map { DisplayWidth.of($0.label) }.max() ?? 0
        let valueX = area.x + min(labelWidth + 2, area.width)
        let heights = fields.map { $0.message == nil ? 1 : 2 }
        var first = min(focusedIndex, fields.count)
        var used = fields.isEmpty ? 0 : heights[focusedIndex]
        while first > 0, used + heights[first - 1] <= area.height {
            first -= 1
            used += heights[first]
        }
        var rows: [Int: Int] = [:]
        var y = area.y
        for index in fields.indices.dropFirst(first) where y < area.maxY {
            rows[index] = y
            y += heights[index]
        }
        return FormLayout(valueX: valueX, valueWidth: area.maxX - valueX, rows: rows)
    }

    // MARK: Fields

    private func renderField(
        at index: Int, row y: Int, layout: FormLayout, area: Rect, into buffer: inout ScreenBuffer,
        theme: Theme, isFocused: Bool
    ) {
        let field = fields[index]
        let hasFocus = isFocused && index == focusedIndex
        buffer.write(field.label, at: Point(x: area.x, y: y), style: theme.style(hasFocus ? .accent : .normal),
                     clip: area)
        let text = valueText(of: field, width: layout.valueWidth, showsCursor: hasFocus)
        let value = DisplayWidth.pad(text, to: layout.valueWidth)
        buffer.write(value, at: Point(x: layout.valueX, y: y), style: theme.style(hasFocus ? .focused : .normal),
                     clip: area)
        if let message = field.message, y + 1 < area.maxY {
            buffer.write(DisplayWidth.clip(message, to: layout.valueWidth), at: Point(x: layout.valueX, y: y + 1),
                         style: theme.style(.error), clip: area)
        }
    }

    /// The value as shown: text scrolled to the cursor while it has focus, from its start
    /// otherwise.
    private func valueText(of field: FormField<Draft>, width: Int, showsCursor: Bool) -> String {
        switch field.kind {
        case .text, .integer, .money, .date:
            var input = field.state.input
            if !showsCursor { input.moveToStart() }
            return input.window(columns: width).text
        case .checkbox: return field.state.isChecked ? strings.checked : strings.unchecked
        case .choice: return "‹ " + (field.state.choice.map { field.optionLabels[$0] } ?? "") + " ›"
        case .lookup: return field.state.picked?.label ?? ""
        }
    }

    // MARK: The open list

    /// A framed box under the field's row, or above it when it does not fit below, or as low
    /// as it fits when it fits neither.
    func listRect(belowRow y: Int, layout: FormLayout, area: Rect) -> Rect {
        guard let pickList else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        let itemRows = max(1, min(pickList.items.count, Self.visibleListItems))
        let height = min(area.height, itemRows + (pickList.isSearchable ? 3 : 2))
        let top: Int
        if y + 1 + height <= area.maxY {
            top = y + 1
        } else if y - height >= area.y {
            top = y - height
        } else {
            top = max(area.y, area.maxY - height)
        }
        return Rect(x: layout.valueX, y: top, width: layout.valueWidth, height: height)
    }

    private func renderPickList(
        _ list: FormPickList, in rect: Rect, into buffer: inout ScreenBuffer, theme: Theme, isFocused: Bool
    ) {
        guard rect.width >= 3, rect.height >= 3 else { return }
        buffer.fill(rect, style: theme.style(.normal))
        buffer.drawBox(rect, style: theme.style(.border))
        let inside = rect.inset(by: 1)
        var itemsArea = inside
        if list.isSearchable {
            let prompt = strings.searchPrompt
            let query = list.query.window(columns: inside.width - DisplayWidth.of(prompt)).text
            buffer.write(prompt + query, at: Point(x: inside.x, y: inside.y), style: theme.style(.accent), clip: inside)
            itemsArea = Rect(x: inside.x, y: inside.y + 1, width: inside.width, height: inside.height - 1)
        }
        renderItems(of: list, in: itemsArea, into: &buffer, theme: theme, isFocused: isFocused)
    }

    private func renderItems(
        of list: FormPickList, in area: Rect, into buffer: inout ScreenBuffer, theme: Theme, isFocused: Bool
    ) {
        guard !area.isEmpty else { return }
        guard !list.items.isEmpty else {
            buffer.write(DisplayWidth.clip(strings.noMatches, to: area.width), at: Point(x: area.x, y: area.y),
                         style: theme.style(.muted), clip: area)
            return
        }
        let top = max(0, min(list.highlighted - area.height + 1, list.items.count - area.height))
        for (offset, item) in list.items.dropFirst(top).prefix(area.height).enumerated() {
            let isHighlighted = top + offset == list.highlighted
            let role: StyleRole = isHighlighted ? (isFocused ? .focused : .selected) : .normal
            buffer.write(DisplayWidth.pad(item.label, to: area.width), at: Point(x: area.x, y: area.y + offset),
                         style: theme.style(role), clip: area)
        }
    }
}

extension Grid {
    /// Draws the header, a rule, the visible rows (fetched now, in one request) and the bottom
    /// line with the filter, the marked count and the position (`12/1000000`). Every line is
    /// exactly `area.width` columns.
    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme, isFocused: Bool) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme.style(.normal))
        let widths = GridColumn.widths(of: columns, fitting: cellsWidth(in: area.width))
        buffer.write(headerLine(widths: widths, width: area.width), at: Point(x: area.x, y: area.y),
                     style: theme.style(.header), clip: area)
        if area.height >= 2 { buffer.drawRule(area.row(1), style: theme.style(.border)) }
        let height = Self.dataHeight(forHeight: area.height)
        let rowsArea = Rect(x: area.x, y: area.y + 2, width: area.width, height: height)
        renderRows(into: &buffer, in: rowsArea, widths: widths, theme: theme, isFocused: isFocused)
        if area.height >= 4 {
            renderBottomLine(into: &buffer, in: area.row(area.height - 1), theme: theme)
        }
    }

    /// Where the terminal cursor belongs: after the filter text while it is being edited (nil
    /// when the filter does not fit).
    public func cursorPosition(in area: Rect) -> Point? {
        guard isEditingFilter, area.height >= 4 else { return nil }
        let column = DisplayWidth.of(strings.filterPrompt + query.filter)
        guard column < filterRoom(width: area.width) else { return nil }
        return Point(x: area.x + column, y: area.maxY - 1)
    }

    /// The first row shown when `height` rows fit.
    func visibleTop(height: Int) -> Int {
        Self.top(keeping: cursorIndex, visibleFrom: topIndex, height: height, rowCount: rowCount)
    }

    // MARK: Lines

    private var markWidth: Int {
        allowsMarking ? DisplayWidth.of(strings.markGlyph) + 1 : 0
    }

    private static var separator: String { "  " }

    private func cellsWidth(in width: Int) -> Int {
        width - markWidth - DisplayWidth.of(Self.separator) * max(0, columns.count - 1)
    }

    func headerLine(widths: [Int], width: Int) -> String {
        let titles = columns.indices.map { index in
            headerTitle(columns[index], width: widths[index])
        }
        return line(titles, marked: false, widths: widths, width: width)
    }

    private func headerTitle(_ column: GridColumn, width: Int) -> String {
        guard let sort = query.sort, sort.columnID == column.id else { return column.title }
        let glyph = sort.direction == .ascending ? strings.ascendingGlyph : strings.descendingGlyph
        let room = width - DisplayWidth.of(glyph) - 1
        return room > 0 ? DisplayWidth.clip(column.title, to: room) + " " + glyph : glyph
    }

    /// A row's text: the mark column, then each cell padded or clipped to its column, the whole
    /// padded or clipped to exactly `width`.
    func line(_ cells: [String], marked: Bool, widths: [Int], width: Int) -> String {
        let padded = columns.indices.map { index in
            DisplayWidth.pad(index < cells.count ? cells[index] : "", to: widths[index],
                             alignment: columns[index].alignment)
        }
        let mark = allowsMarking
            ? DisplayWidth.pad(marked ? strings.markGlyph : "", to: markWidth) : ""
        return DisplayWidth.pad(mark + padded.joined(separator: Self.separator), to: width)
    }

    // MARK: Drawing

    private func renderRows(
        into buffer: inout ScreenBuffer, in area: Rect, widths: [Int], theme: Theme, isFocused: Bool
    ) {
        guard !area.isEmpty else { return }
        guard rowCount > 0 else {
            buffer.write(DisplayWidth.pad(strings.noRows, to: area.width), at: Point(x: area.x, y: area.y),
                         style: theme.style(.muted), clip: area)
            return
        }
        let top = visibleTop(height: area.height)
        let rows = source.rows(in: top..<min(top + area.height, rowCount), matching: query)
        for (offset, row) in rows.prefix(area.height).enumerated() {
            let isMarked = markedIDs.contains(row.id)
            let role: StyleRole = top + offset == cursorIndex
                ? (isFocused ? .focused : .selected) : (isMarked ? .marked : .normal)
            let style = theme.style(role)
            if fitsInPlace(row.cells, widths: widths, width: area.width) {
                drawLine(row.cells, marked: isMarked, widths: widths, into: &buffer, in: area.row(offset), style: style)
            } else {
                buffer.write(line(row.cells, marked: isMarked, widths: widths, width: area.width),
                             at: Point(x: area.x, y: area.y + offset), style: style, clip: area)
            }
        }
    }

    /// Whether a row can be drawn cell by cell: the columns fit the width (no ellipsis at the
    /// end of the line) and every cell is plain text (no control character, whose measured and
    /// drawn widths differ).
    private func fitsInPlace(_ cells: [String], widths: [Int], width: Int) -> Bool {
        let separators = DisplayWidth.of(Self.separator) * max(0, columns.count - 1)
        let cellsWidth = widths.reduce(0) { $0 + max(0, $1) }
        guard markWidth + cellsWidth + separators <= width else { return false }
        return cells.allSatisfy(DisplayWidth.isOneScalarPerCharacter)
    }

    /// Draws what `line(_:marked:widths:width:)` gives on `area`'s first row, writing each cell
    /// in its place over the row filled in `style` instead of building the line as one string
    /// (every visible row of every frame).
    private func drawLine(
        _ cells: [String], marked: Bool, widths: [Int], into buffer: inout ScreenBuffer, in area: Rect, style: Style
    ) {
        buffer.fill(area, style: style)
        var x = area.x
        if allowsMarking {
            if marked { buffer.write(DisplayWidth.clip(strings.markGlyph, to: markWidth), at: Point(x: x, y: area.y),
                                     style: style, clip: area) }
            x += markWidth
        }
        let separatorWidth = DisplayWidth.of(Self.separator)
        for index in columns.indices {
            if index > 0 { x += separatorWidth }
            let text = DisplayWidth.clip(index < cells.count ? cells[index] : "", to: widths[index])
            let indent = columns[index].alignment == .trailing ? widths[index] - DisplayWidth.of(text) : 0
            buffer.write(text, at: Point(x: x + max(0, indent), y: area.y), style: style, clip: area)
            x += max(0, widths[index])
        }
    }

    private func renderBottomLine(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let status = DisplayWidth.clip(statusText, to: area.width)
        let statusWidth = DisplayWidth.of(status)
        buffer.write(status, at: Point(x: area.maxX - statusWidth, y: area.y), style: theme.style(.muted), clip: area)
        guard isEditingFilter || !query.filter.isEmpty else { return }
        let filter = strings.filterPrompt + query.filter + (isEditingFilter ? "_" : "")
        buffer.write(DisplayWidth.clip(filter, to: filterRoom(width: area.width)), at: Point(x: area.x, y: area.y),
                     style: theme.style(isEditingFilter ? .accent : .normal), clip: area)
    }

    /// The right of the bottom line: the marked count, if any, and the position (`12/1000000`).
    private var statusText: String {
        let position = rowCount == 0 ? "0/0" : "\(cursorIndex + 1)/\(rowCount)"
        return markedIDs.isEmpty ? position : strings.markedCount(markedIDs.count) + "  " + position
    }

    /// The columns left for the filter on a bottom line `width` wide, one space before the status.
    private func filterRoom(width: Int) -> Int {
        max(0, width - min(DisplayWidth.of(statusText), width) - 1)
    }
}

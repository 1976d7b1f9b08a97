import CollectaCore
import TerminalUI

/// Where the pool screen's parts go.
struct PoolScreenLayout {
    let header: Rect
    let criteria: Rect
    let preview: Rect

    /// The header pane fits the fields (and their messages), the criteria pane up to five
    /// criteria, and the preview takes the rest.
    init(area: Rect, headerRows: Int, criteriaCount: Int) {
        let criteriaRows = 2 + 3 + min(max(criteriaCount, 1), 5)
        let parts = area.split(intoRows: [.fixed(headerRows + 2), .fixed(criteriaRows), .minimum(4)])
        header = parts[0]
        criteria = parts[1]
        preview = parts[2]
    }
}

extension PoolScreen {
    func layout(in area: Rect) -> PoolScreenLayout {
        let messages = form.fields.filter { $0.message != nil }.count
        let rows = form.fields.count + messages + (original == nil ? 0 : 1)
        return PoolScreenLayout(area: area, headerRows: rows, criteriaCount: criteria.count)
    }

    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let layout = layout(in: area)
        renderHeader(into: &buffer, in: layout.header, theme: theme)
        let criteriaInside = buffer.drawPane(
            layout.criteria, title: context.text(PoolsTexts.criteriaPane), theme: theme, isFocused: focus == .criteria)
        var criteriaList = self.criteriaList
        criteriaList.resize(to: criteriaInside.size)
        criteriaList.render(into: &buffer, in: criteriaInside, theme: theme, isFocused: focus == .criteria)
        let previewInside = buffer.drawPane(
            layout.preview, title: context.text(PoolsTexts.previewPane) + " · " + countText,
            theme: theme, isFocused: focus == .preview)
        var preview = self.preview
        preview.resize(to: previewInside.size)
        preview.render(into: &buffer, in: previewInside, theme: theme, isFocused: focus == .preview)
    }

    /// "Matching customers: 37", or why there is no count.
    var countText: String {
        guard let matchCount else { return context.text(PoolsTexts.notCounted) }
        return context.text(PoolsTexts.matching(matchCount))
    }

    public func cursorPosition(in area: Rect) -> Point? {
        let layout = layout(in: area)
        switch focus {
        case .header: return form.cursorPosition(in: formArea(in: layout.header))
        case .criteria: return criteriaList.cursorPosition(in: layout.criteria.inset(by: 1))
        case .preview: return nil
        }
    }

    private func renderHeader(into buffer: inout ScreenBuffer, in rect: Rect, theme: Theme) {
        let inside = buffer.drawPane(rect, title: title, theme: theme, isFocused: focus == .header)
        if let original {
            let label = context.text(PoolsTexts.idLabel)
            buffer.write(label, at: Point(x: inside.x + 1, y: inside.y), style: theme.style(.muted), clip: inside)
            buffer.write(original.id, at: Point(x: inside.x + 1 + labelWidth, y: inside.y),
                         style: theme.style(.normal), clip: inside)
        }
        form.render(into: &buffer, in: formArea(in: rect), theme: theme, isFocused: focus == .header)
    }

    /// The form's part of the header pane: under the read-only id when editing.
    private func formArea(in header: Rect) -> Rect {
        let inside = header.inset(by: 1)
        let top = original == nil ? 0 : 1
        return Rect(x: inside.x + 1, y: inside.y + top, width: max(0, inside.width - 2),
                    height: max(0, inside.height - top))
    }

    /// Where values start: two columns after the widest label, as the form aligns them.
    private var labelWidth: Int {
        let labels = [PoolsTexts.idLabel, PoolsTexts.descriptionLabel].map { DisplayWidth.of(context.text($0)) }
        return (labels.max() ?? 0) + 2
    }
}

extension ScreenBuffer {
    /// Draws a pane: a box around `rect` in the border style with `title` in its top edge, the
    /// title in the focused style when the pane has focus (so the eye finds where keys go).
    /// Returns the inside of the box, where the pane's content belongs.
    @discardableResult
    public mutating func drawPane(
        _ rect: Rect, title: String?, theme: Theme, isFocused: Bool = false
    ) -> Rect {
        let titleStyle = theme.style(isFocused ? .focused : .title)
        drawBox(rect, style: theme.style(.border), title: title, titleStyle: titleStyle)
        return rect.inset(by: 1)
    }
}

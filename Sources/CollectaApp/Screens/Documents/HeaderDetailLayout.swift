import TerminalUI

/// The layout of a document with a header form above a grid of its parts (an email template's
/// messages, a letter sequence's levels): one pane, the form on top, the titled grid below.
struct HeaderDetailLayout {
    /// The rows the header form takes.
    let formHeight: Int

    /// Draws the pane titled `title`, `form` and `grid` (in a pane titled `gridTitle`); the grid
    /// has the focus when `isGridFocused`, else the form.
    func render<Draft>(
        _ form: Form<Draft>, _ grid: Grid<ArrayGridSource>, title: String, gridTitle: String,
        isGridFocused: Bool, into buffer: inout ScreenBuffer, in area: Rect, theme: Theme
    ) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        let parts = split(inside)
        form.render(into: &buffer, in: parts[0], theme: theme, isFocused: !isGridFocused)
        let listArea = buffer.drawPane(parts[1], title: gridTitle, theme: theme, isFocused: isGridFocused)
        var grid = grid
        grid.resize(to: listArea.size)
        grid.render(into: &buffer, in: listArea, theme: theme, isFocused: isGridFocused)
    }

    /// Where the cursor of the form goes, when the form has the focus.
    func cursorPosition<Draft>(of form: Form<Draft>, isGridFocused: Bool, in area: Rect) -> Point? {
        isGridFocused ? nil : form.cursorPosition(in: split(area.inset(by: 1))[0])
    }

    private func split(_ inside: Rect) -> [Rect] {
        inside.split(intoRows: [.fixed(formHeight), .minimum(3)])
    }
}

/// Frames drawn with Unicode box-drawing characters (not the terminal's ACS set, which
/// differs between terminals and fonts).
public enum BoxDrawing {
    public static let horizontal: Character = "─"
    public static let vertical: Character = "│"
    public static let topLeft: Character = "┌"
    public static let topRight: Character = "┐"
    public static let bottomLeft: Character = "└"
    public static let bottomRight: Character = "┘"
}

extension ScreenBuffer {
    /// Draws a frame around `rect`, with `title` in its top edge when given (clipped to fit).
    public mutating func drawBox(
        _ rect: Rect, style: Style, title: String? = nil, titleStyle: Style? = nil
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let rule = String(repeating: BoxDrawing.horizontal, count: rect.width - 2)
        write("\(BoxDrawing.topLeft)\(rule)\(BoxDrawing.topRight)", at: Point(x: rect.x, y: rect.y), style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            write(String(BoxDrawing.vertical), at: Point(x: rect.x, y: y), style: style)
            write(String(BoxDrawing.vertical), at: Point(x: rect.maxX - 1, y: y), style: style)
        }
        write("\(BoxDrawing.bottomLeft)\(rule)\(BoxDrawing.bottomRight)", at: Point(x: rect.x, y: rect.maxY - 1), style: style)
        if let title, rect.width > 6 {
            let text = " " + DisplayWidth.clip(title, to: rect.width - 6) + " "
            write(text, at: Point(x: rect.x + 2, y: rect.y), style: titleStyle ?? style)
        }
    }

    /// Draws a horizontal rule across `rect`'s first row.
    public mutating func drawRule(_ rect: Rect, style: Style) {
        let rule = String(repeating: BoxDrawing.horizontal, count: max(0, rect.width))
        write(rule, at: Point(x: rect.x, y: rect.y), style: style, clip: rect)
    }
}

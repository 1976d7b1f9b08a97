/// A bar of block characters for a fraction of work done.
public enum ProgressBar {
    public static let doneCharacter: Character = "█"
    public static let remainingCharacter: Character = "░"

    /// `width` columns, the share `completed / total` of them done (rounded down; full only when
    /// all is done; empty when `total` is not positive).
    public static func text(completed: Int, total: Int, width: Int) -> String {
        let width = max(0, width)
        let done = total > 0 ? Int(Int64(max(0, min(completed, total))) * Int64(width) / Int64(total)) : 0
        return String(repeating: doneCharacter, count: done)
            + String(repeating: remainingCharacter, count: width - done)
    }
}

/// Long work in progress: a title, a bar, `completed / total`, the caller's extra lines (such
/// as "actions created: 57") and a Cancel button.
///
/// The toolkit does not run the work: the caller updates `completed` and `details` between
/// units of work, redraws, and polls `isCancelRequested`, which Esc or Enter sets.
public struct ProgressDialog: Component {
    public var title: String
    public var completed: Int
    public var total: Int
    /// Extra lines under the numbers, in the caller's words.
    public var details: [String]
    public var cancelLabel: String
    /// The button's label once cancelling was asked for.
    public var cancellingLabel: String
    /// Whether the user asked to stop; the caller stops after the current unit of work.
    public private(set) var isCancelRequested = false

    /// The box is this wide when the screen allows.
    static let preferredWidth = 60

    public init(
        title: String, completed: Int = 0, total: Int, details: [String] = [],
        cancelLabel: String = "Cancel", cancellingLabel: String = "Cancelling…"
    ) {
        self.title = title
        self.completed = completed
        self.total = total
        self.details = details
        self.cancelLabel = cancelLabel
        self.cancellingLabel = cancellingLabel
    }

    public var keymap: Keymap { ProgressDialog.keymap }

    private static let keymap = Keymap("Progress", [
        .init(.escape, .progressCancel, showsInHelpBar: true),
        .init(.enter, .progressCancel),
    ])

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        guard command == .progressCancel else { return .ignored }
        isCancelRequested = true
        return .handled
    }

    /// The dialog's box when drawn over `area`.
    public func frame(in area: Rect) -> Rect {
        let width = min(ProgressDialog.preferredWidth, area.width) - 2 * DialogChrome.padding
        return DialogChrome.box(forContent: Size(width: width, height: details.count + 4), in: area)
    }

    /// Draws the box centred in `area`: the bar, the numbers, the details, the button.
    public func render(into screen: inout ScreenBuffer, in area: Rect, theme: Theme, isFocused: Bool) {
        let content = DialogChrome.drawFrame(frame(in: area), title: title, into: &screen, theme: theme)
        let bar = ProgressBar.text(completed: completed, total: total, width: content.width)
        screen.write(bar, at: Point(x: content.x, y: content.y), style: theme.style(.accent), clip: content)
        let lines = ["\(completed) / \(total)"] + details
        for (offset, line) in lines.enumerated() where offset + 1 < content.height - 1 {
            let row = content.row(offset + 1)
            screen.write(DisplayWidth.clip(line, to: row.width), at: Point(x: row.x, y: row.y),
                         style: theme.style(.normal), clip: row)
        }
        let label = isCancelRequested ? cancellingLabel : cancelLabel
        DialogButtons(labels: [label], focusedIndex: 0)
            .draw(in: content.row(content.height - 1), into: &screen, theme: theme)
    }
}

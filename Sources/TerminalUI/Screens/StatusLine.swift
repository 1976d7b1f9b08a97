/// The status line: one row at the bottom with a message on the left, which stays until
/// replaced, and a toast on the right, which goes away by itself.
///
/// Pure: a toast expires after a number of redraws or at a time, and the caller says when a
/// redraw happened and what time it is (`tick(now:)`); there is no clock inside.
public struct StatusLine: Hashable, Sendable {
    /// How a message reads.
    public enum Severity: Hashable, Sendable {
        case info, error
    }

    /// A message and its severity.
    public struct Message: Hashable, Sendable {
        public let text: String
        public let severity: Severity

        public init(_ text: String, severity: Severity = .info) {
            self.text = text
            self.severity = severity
        }
    }

    /// When a toast goes away.
    public enum Expiry: Hashable, Sendable {
        /// After this many redraws (`tick` calls); `afterTicks(1)` is drawn once.
        case afterTicks(Int)
        /// At this time or later, in seconds on whatever monotonic clock the caller uses.
        case at(Double)
    }

    /// A transient message.
    public struct Toast: Hashable, Sendable {
        public let text: String
        public let expiry: Expiry

        public init(_ text: String, expiry: Expiry) {
            self.text = text
            self.expiry = expiry
        }
    }

    /// Columns kept free between the message and the toast.
    private static let spacing = 2

    public private(set) var message: Message?
    public private(set) var toast: Toast?

    public init() {}

    /// Shows `text` until the next message replaces it.
    public mutating func show(_ text: String, severity: Severity = .info) {
        message = Message(text, severity: severity)
    }

    /// Shows a disabled command's or a refusal's reason as an error.
    public mutating func showRefusal(_ reason: String) {
        show(reason, severity: .error)
    }

    public mutating func clearMessage() {
        message = nil
    }

    /// Shows `text` at the right until `expiry`, replacing any toast shown.
    public mutating func showToast(_ text: String, expiry: Expiry) {
        toast = Toast(text, expiry: expiry)
    }

    /// Records that a redraw happened at `now` (when the caller keeps time): counts down a
    /// toast's ticks and drops an expired toast. Call it after each redraw.
    public mutating func tick(now: Double? = nil) {
        guard let current = toast else { return }
        switch current.expiry {
        case .afterTicks(let ticks):
            toast = ticks > 1 ? Toast(current.text, expiry: .afterTicks(ticks - 1)) : nil
        case .at(let deadline):
            if let now, now >= deadline { toast = nil }
        }
    }

    /// Draws the line on the first row of `area`: the message at the left (errors in the error
    /// style), the toast right-aligned; a message that would run into the toast is clipped.
    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let row = area.row(0)
        buffer.fill(row, style: theme.style(.statusBar))
        let toastText = toast.map { DisplayWidth.clip($0.text, to: row.width) } ?? ""
        let toastWidth = DisplayWidth.of(toastText)
        if let message {
            let room = toast == nil ? row.width : row.width - toastWidth - StatusLine.spacing
            let role: StyleRole = message.severity == .error ? .error : .statusBar
            let text = DisplayWidth.clip(message.text, to: room)
            let style = theme.style(role, over: .statusBar)
            buffer.write(text, at: Point(x: row.x, y: row.y), style: style, clip: row)
        }
        let toastStyle = theme.style(.accent, over: .statusBar)
        let toastStart = Point(x: row.maxX - toastWidth, y: row.y)
        buffer.write(toastText, at: toastStart, style: toastStyle, clip: row)
    }
}

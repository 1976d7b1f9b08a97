/// One screen of an application, or a modal overlay: state that draws itself and reacts to
/// commands.
///
/// A screen owns its components and routes commands to them: its `keymaps` start with the focused
/// component's keymap, and its `perform` hands that component its commands first.
public protocol Screen {
    /// The title: the heading of the screen, or of the overlay's box.
    var title: String { get }
    /// The screen's keymap layers, most specific first: the focused component's keymap, then the
    /// screen's own. The application's global layer goes under them.
    var keymaps: [Keymap] { get }
    /// Whether `command` can run now, and why not (asked for every layer, global included, so a
    /// screen can disable an application-wide command such as save).
    func availability(of command: CommandID) -> CommandAvailability
    /// Performs `command`; `.ignored` passes it on to the next layer that binds the key.
    mutating func perform(_ command: CommandID) -> HandlingResult
    /// A key no layer binds (typed text, usually); `.ignored` when the screen does not want it.
    mutating func handleUnbound(_ key: Key) -> HandlingResult
    /// Draws the screen into `area`.
    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme)
    /// Whether the screen's focused component is taking typed text (see
    /// `Component.acceptsTypedText`).
    var acceptsTypedText: Bool { get }
}

extension Screen {
    public var acceptsTypedText: Bool { false }

    public func availability(of command: CommandID) -> CommandAvailability { .enabled }

    public mutating func handleUnbound(_ key: Key) -> HandlingResult { .ignored }
}

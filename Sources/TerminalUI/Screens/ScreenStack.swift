/// A navigation stack of screens with an optional modal overlay on top.
///
/// The top screen fills the area; an overlay is drawn over it in a centred box and takes the
/// keys while it is shown. Keys go through the active keymap stack (the overlay's or the top
/// screen's layers, then the global layer); Esc goes back — dismisses the overlay, or pops the
/// top screen — unless something handles it. The root screen is never popped.
public struct ScreenStack {
    /// A modal screen shown over the stack in a centred box of `size` (border included).
    public struct Overlay {
        public var screen: any Screen
        public var size: Size
        /// Whether the stack draws a titled box around the overlay; a dialog that draws its own
        /// box is shown unframed.
        public var isFramed: Bool

        public init(_ screen: any Screen, size: Size, isFramed: Bool = true) {
            self.screen = screen
            self.size = size
            self.isFramed = isFramed
        }
    }

    /// The screens, root first.
    public private(set) var screens: [any Screen]
    /// The overlay shown over the top screen, if any.
    public var overlay: Overlay?
    /// The application-wide layer, under every screen's layers (help, quit…).
    public var globalKeymap: Keymap

    public init(root: any Screen, globalKeymap: Keymap = .empty) {
        self.screens = [root]
        self.globalKeymap = globalKeymap
    }

    /// The top screen (under the overlay, if one is shown).
    public var top: any Screen {
        get { screens[screens.count - 1] }
        set { screens[screens.count - 1] = newValue }
    }

    /// What keys go to: the overlay when one is shown, else the top screen.
    public var active: any Screen {
        overlay?.screen ?? top
    }

    public mutating func push(_ screen: any Screen) {
        screens.append(screen)
    }

    /// Removes and returns the top screen; nil, changing nothing, when only the root is left.
    @discardableResult
    public mutating func pop() -> (any Screen)? {
        screens.count > 1 ? screens.removeLast() : nil
    }

    /// Shows `screen` as a modal overlay in a centred box of `size`, replacing any overlay.
    public mutating func present(_ screen: any Screen, size: Size, isFramed: Bool = true) {
        overlay = Overlay(screen, size: size, isFramed: isFramed)
    }

    /// Removes and returns the overlay.
    @discardableResult
    public mutating func dismissOverlay() -> (any Screen)? {
        defer { overlay = nil }
        return overlay?.screen
    }

    /// Dismisses the overlay, or else pops the top screen; false when there was nothing to leave.
    @discardableResult
    public mutating func goBack() -> Bool {
        if overlay != nil { return dismissOverlay() != nil }
        return pop() != nil
    }

    /// The active keymap stack: the active screen's layers, then the global layer.
    public var keymaps: KeymapStack {
        KeymapStack(active.keymaps + [globalKeymap])
    }

    /// Whether `command` can run now, as the active screen says.
    public func availability(of command: CommandID) -> CommandAvailability {
        active.availability(of: command)
    }

    /// Dispatches `key` to the active screen (see `KeyDispatcher`), then goes back on an Esc that
    /// nothing handled. `.unhandled` returns a command no screen took to the caller.
    public mutating func handle(_ key: Key) -> KeyOutcome {
        let dispatcher = KeyDispatcher(keymaps: keymaps, availability: active.availability(of:))
        let outcome = modifyActive { screen in
            dispatcher.dispatch(
                key, takesTypedText: screen.acceptsTypedText, perform: { screen.perform($0) },
                handleUnbound: { screen.handleUnbound($0) })
        }
        switch outcome {
        case .ignored, .unhandled:
            if key == .escape, goBack() { return .handled }
            return outcome
        case .handled, .refused:
            return outcome
        }
    }

    /// Performs `command` on the active screen as if its key were pressed (for commands that
    /// come from elsewhere, such as a menu); a disabled command is refused with its reason.
    public mutating func perform(_ command: CommandID) -> KeyOutcome {
        if case .disabled(let reason) = availability(of: command) { return .refused(reason) }
        let result = modifyActive { $0.perform(command) }
        return result == .ignored ? .unhandled(command) : KeyOutcome(result)
    }

    /// Draws the top screen into `area`, then the overlay over it: a box centred in `area`,
    /// cleared, framed and titled, with the overlay's content inside.
    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        top.render(into: &buffer, in: area, theme: theme)
        guard let overlay, let frame = overlayFrame(in: area) else { return }
        guard overlay.isFramed else {
            overlay.screen.render(into: &buffer, in: frame, theme: theme)
            return
        }
        buffer.fill(frame, style: theme.style(.normal))
        let inside = buffer.drawPane(frame, title: overlay.screen.title, theme: theme, isFocused: true)
        overlay.screen.render(into: &buffer, in: inside, theme: theme)
    }

    /// Where the overlay's box goes in `area`, or nil when no overlay is shown.
    public func overlayFrame(in area: Rect) -> Rect? {
        overlay.map { area.centered($0.size) }
    }

    /// The help bar for the active keymap stack.
    public func helpBar(commands: CommandTable) -> HelpBar {
        HelpBar(keymaps: keymaps, commands: commands, availability: availability(of:))
    }

    /// The help screen for the active keymap stack.
    public func helpScreen(commands: CommandTable, title: String = "Help") -> HelpScreen {
        HelpScreen(keymaps: keymaps, commands: commands, title: title)
    }

    /// Runs `body` on the active screen and stores the changed screen back.
    private mutating func modifyActive<Result>(_ body: (inout any Screen) -> Result) -> Result {
        if var current = overlay {
            defer { overlay = current }
            return body(&current.screen)
        }
        return body(&top)
    }
}

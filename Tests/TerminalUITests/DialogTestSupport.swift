import TerminalUI

/// `component` drawn over a screen of dots (the screen underneath), as lines of text.
func drawnOverDots(_ component: some Component, size: Size, theme: Theme = .monochrome) -> [String] {
    drawnOverDotsScreen(component, size: size, theme: theme).lines
}

/// `component` drawn over a screen of dots, as the buffer (to check styles).
func drawnOverDotsScreen(_ component: some Component, size: Size, theme: Theme = .monochrome) -> ScreenBuffer {
    var screen = ScreenBuffer(size: size)
    screen.fill(screen.bounds, with: ".", style: .plain)
    component.render(into: &screen, in: screen.bounds, theme: theme, isFocused: true)
    return screen
}

/// Gives `key` to `component` as the application loop does: its bound command, else the key.
@discardableResult
func deliver(_ key: Key, to component: inout some Component) -> HandlingResult {
    if let command = component.keymap.command(for: key) { return component.perform(command) }
    return component.handleUnbound(key)
}

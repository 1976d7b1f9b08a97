/// What an application wants after a key or a tick.
public enum ApplicationStep: Hashable, Sendable {
    /// Keep running: the screen is redrawn.
    case `continue`
    /// Stop the loop (the caller then restores the terminal).
    case quit
}

/// The root of a full-screen application: a value that renders itself into a screen buffer and
/// reacts to keys. The `ApplicationRunner` owns it, so it needs no terminal and no actor of its
/// own; tests drive it with a `TestTerminal`.
public protocol TerminalApplication {
    /// Draws the whole screen into `buffer` (fresh and blank, the terminal's size) and returns
    /// where the cursor should be, or nil to hide it.
    mutating func render(into buffer: inout ScreenBuffer, theme: Theme) -> Point?

    /// Reacts to `key`; `.resize` arrives when the terminal changed size (the next render gets
    /// a buffer of the new size).
    mutating func handle(_ key: Key) -> ApplicationStep

    /// How often `tick(now:)` runs while no key arrives (a clock, a progress bar); nil, the
    /// default, waits for keys only.
    var tickInterval: Duration? { get }

    /// Called every `tickInterval` without a key; the screen is redrawn after it.
    mutating func tick(now: ContinuousClock.Instant) -> ApplicationStep
}

extension TerminalApplication {
    public var tickInterval: Duration? { nil }

    public mutating func tick(now: ContinuousClock.Instant) -> ApplicationStep { .continue }
}

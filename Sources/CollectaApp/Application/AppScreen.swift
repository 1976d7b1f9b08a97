import TerminalUI

/// A screen of the application: a toolkit `Screen` that can also place the terminal cursor,
/// receive what its dialogs decided, and say whether leaving it would lose edits.
public protocol AppScreen: Screen {
    /// Where the terminal cursor goes (a text field being edited), or nil.
    func cursorPosition(in area: Rect) -> Point?
    /// Receives what an overlay it presented decided.
    mutating func receive(_ result: OverlayResult)
    /// Whether the screen holds edits that are not saved (Esc then asks before leaving).
    var hasUnsavedChanges: Bool { get }
    /// Whether the screen, while on top, wants `tick()` called regularly (work done in steps,
    /// such as a run of the automation page by page).
    var wantsTicks: Bool { get }
    /// Called about every `CollectaApplication.tickInterval` while the screen is on top and
    /// `wantsTicks`, when no key arrives: the screen does its next step of work.
    mutating func tick()
}

extension AppScreen {
    public func cursorPosition(in area: Rect) -> Point? { nil }
    public mutating func receive(_ result: OverlayResult) {}
    public var hasUnsavedChanges: Bool { false }
    public var wantsTicks: Bool { false }
    public mutating func tick() {}
}

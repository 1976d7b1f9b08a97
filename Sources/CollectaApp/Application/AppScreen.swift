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
}

extension AppScreen {
    public func cursorPosition(in area: Rect) -> Point? { nil }
    public mutating func receive(_ result: OverlayResult) {}
    public var hasUnsavedChanges: Bool { false }
}

/// A terminal as the application loop uses it: the ncurses backend, or the test terminal.
@MainActor
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// How many colours it shows (0 or 2 for none, 8, 256).
    var colorCount: Int { get }
    /// Shows `buffer` (the whole screen), with the cursor at `cursor` or hidden.
    func draw(_ buffer: ScreenBuffer, cursor: Point?)
    /// The next key, waiting at most `timeout` seconds (nil waits for ever); nil on timeout.
    func readKey(timeout: Double?) -> Key?
    /// Leaves full-screen mode (to run `$EDITOR`); `resume()` comes back and redraws.
    func suspend()
    func resume()
}

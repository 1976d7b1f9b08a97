/// A terminal in memory: records what is drawn, returns scripted keys, changes size on request.
///
/// It lives in TerminalUI rather than in the test-support library because it is also the way
/// to render an application headless (a screen as text for docs or a `--dump` option) without
/// curses. The screen test driver in `TerminalUITesting` builds on it.
@MainActor
public final class TestTerminal: Terminal {
    /// One `draw` call: the buffer shown and where the cursor was.
    public struct Frame: Hashable, Sendable {
        public let buffer: ScreenBuffer
        public let cursor: Point?
    }

    /// The current size; change it with `resize(to:)`.
    public private(set) var size: Size
    /// How many colours it claims to show (decides the theme).
    public var colorCount: Int
    /// Every frame drawn, oldest first.
    public private(set) var frames: [Frame] = []
    /// Keys still to be returned by `readKey`, first one next.
    public private(set) var pendingKeys: [Key] = []
    /// The timeouts `readKey` was called with, in order (nil for "wait for ever").
    public private(set) var readTimeouts: [Double?] = []
    public private(set) var suspendCount = 0
    public private(set) var resumeCount = 0
    /// Whether the terminal is suspended (between `suspend()` and `resume()`).
    public private(set) var isSuspended = false

    /// A terminal of `size` showing `colorCount` colours (256 by default).
    public init(size: Size = Size(width: 100, height: 30), colorCount: Int = 256) {
        self.size = size
        self.colorCount = colorCount
    }

    /// The last frame drawn, if any.
    public var lastFrame: Frame? { frames.last }

    /// Queues `keys` to be read after the ones already queued.
    public func enqueue(_ keys: [Key]) {
        pendingKeys.append(contentsOf: keys)
    }

    /// Queues `keys` to be read after the ones already queued.
    public func enqueue(_ keys: Key...) {
        enqueue(keys)
    }

    /// Changes the size and queues `.resize`, as a real terminal reports a resize.
    public func resize(to size: Size) {
        self.size = size
        pendingKeys.append(.resize)
    }

    /// Forgets the frames drawn so far (to keep long scripted sessions small).
    public func removeFrames() {
        frames.removeAll()
    }

    /// Records `buffer` and `cursor` as a new frame.
    public func draw(_ buffer: ScreenBuffer, cursor: Point?) {
        frames.append(Frame(buffer: buffer, cursor: cursor))
    }

    /// The next queued key; nil (a timeout, or the end of input) when the queue is empty.
    public func readKey(timeout: Double?) -> Key? {
        readTimeouts.append(timeout)
        return pendingKeys.isEmpty ? nil : pendingKeys.removeFirst()
    }

    /// Counts the call and marks the terminal suspended.
    public func suspend() {
        suspendCount += 1
        isSuspended = true
    }

    /// Counts the call and marks the terminal no longer suspended.
    public func resume() {
        resumeCount += 1
        isSuspended = false
    }
}

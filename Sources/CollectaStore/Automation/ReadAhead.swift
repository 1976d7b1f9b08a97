import Dispatch
import Foundation

/// Something read page by page, on a thread of its own.
protocol PageSource: Sendable {
    associatedtype Page: Sendable
    /// The next page; nil when every page was read.
    mutating func next() throws -> Page?
}

/// Reads `source` on another thread, at most `capacity` pages ahead, while the calling thread
/// hands each page to `consume` in order: reading and processing overlap on two cores. A read
/// error reaches the caller after the pages read before it, as if read in line; when `consume`
/// throws, reading stops. Either way the reading thread is done when this returns.
func readingAhead<Source: PageSource>(
    _ source: Source, capacity: Int = 2, consume: (Source.Page) throws -> Void
) throws {
    let channel = PageChannel<Source.Page>(capacity: capacity)
    let finished = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
        var source = source
        while channel.waitForRoom() {
            let page = Result { try source.next() }
            channel.send(page)
            if case .success(.some) = page { continue }
            break
        }
        finished.signal()
    }
    defer {
        channel.close()
        finished.wait()
    }
    while let page = try channel.receive().get() {
        try consume(page)
    }
}

/// The pages between the reading thread and the caller, with room for `capacity` of them.
private final class PageChannel<Page: Sendable>: @unchecked Sendable {
    // @unchecked: `pages` and `isClosed` are only touched while `lock` is held; the semaphores
    // count free room and sent pages.
    private let lock = NSLock()
    private var pages: [Result<Page?, any Error>] = []
    private var isClosed = false
    private let room = DispatchSemaphore(value: 0)
    private let sent = DispatchSemaphore(value: 0)

    init(capacity: Int) {
        // Signalled rather than created with a count: libdispatch traps when a semaphore goes
        // away holding less than its initial count, which it does when reading stops early.
        for _ in 0..<capacity { room.signal() }
    }

    /// Waits until a page may be sent; false when the caller stopped receiving.
    func waitForRoom() -> Bool {
        room.wait()
        return lock.withLock { !isClosed }
    }

    func send(_ page: Result<Page?, any Error>) {
        lock.withLock { pages.append(page) }
        sent.signal()
    }

    /// The next page in the order sent (nil after the last one), waiting for it.
    func receive() -> Result<Page?, any Error> {
        sent.wait()
        let page = lock.withLock { pages.removeFirst() }
        room.signal()
        return page
    }

    /// Stops the reading thread at its next page.
    func close() {
        lock.withLock { isClosed = true }
        room.signal()
    }
}

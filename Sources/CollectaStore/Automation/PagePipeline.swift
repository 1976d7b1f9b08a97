import Foundation

/// Processes pages `0..<count` on `workers` threads at once and hands their outputs to the
/// calling thread in page order, so that reading and deciding use every core while the output
/// stays what processing the pages in line would give.
///
/// Each worker takes the next page nobody took and runs `process(worker, page)` on it (`worker`
/// is its number, `0..<workers`, for what it must not share, such as a database connection). A
/// page is taken only while fewer than `capacity` pages are taken and not yet received by the
/// caller: memory stays bounded however slow either side is. An error of `process` reaches
/// the caller after the outputs of every page before it (no page after it is started); when
/// `consume` throws, workers take no more pages. Either way every worker is done when this
/// returns. With one worker, pages are processed in line on the calling thread.
func processingPages<Output: Sendable>(
    count: Int, workers: Int, capacity: Int,
    process: @escaping @Sendable (_ worker: Int, _ page: Int) throws -> Output,
    consume: (Output) throws -> Void
) throws {
    guard workers > 1, count > 1 else {
        for page in 0..<count { try consume(process(0, page)) }
        return
    }
    let pages = OrderedPages(count: count, workers: workers, capacity: capacity, process: process)
    defer { pages.stop() }
    while let output = pages.next() {
        try consume(output.get())
    }
}

/// `processingPages` for a caller that takes the pages one call at a time, between which it
/// may stop: the workers start at once and process ahead, at most `capacity` pages not yet
/// taken; `stop()` (or releasing the object) stops them and waits until they are done.
final class OrderedPages<Output: Sendable> {
    private let pipeline: PagePipeline<Output>

    /// Starts `workers` threads processing pages `0..<count` with `process(worker, page)`.
    init(
        count: Int, workers: Int, capacity: Int,
        process: @escaping @Sendable (_ worker: Int, _ page: Int) throws -> Output
    ) {
        let pipeline = PagePipeline<Output>(count: count, capacity: max(capacity, 1))
        self.pipeline = pipeline
        for worker in 0..<max(workers, 1) {
            pipeline.workerStarted()
            // Threads of their own rather than dispatch's pool, whose width is the number of
            // cores and which the caller may be using already.
            Thread.detachNewThread {
                while let page = pipeline.take() {
                    pipeline.deliver(Result { try process(worker, page) }, of: page)
                }
                pipeline.workerFinished()
            }
        }
    }

    deinit {
        pipeline.stopAndWaitForWorkers()
    }

    /// The output of the next page in order (or the error processing it), waiting for it; nil
    /// after the last page, or after a page that failed.
    func next() -> Result<Output, any Error>? {
        pipeline.receiveNext()
    }

    /// Takes no more pages and returns when every worker is done.
    func stop() {
        pipeline.stopAndWaitForWorkers()
    }
}

/// The pages between the workers and the caller: which page is taken next, and the outputs
/// done but not yet received, by page.
private final class PagePipeline<Output: Sendable>: @unchecked Sendable {
    // @unchecked: every stored property but the constants is only touched while `condition`
    // is locked. A condition rather than semaphores: nothing is left to count when it goes away.
    private let condition = NSCondition()
    private let capacity: Int
    /// Pages past the last one are never taken: `count`, or the page after a failure.
    private var end: Int
    private var nextToTake = 0
    /// The page the caller receives next; pages before `nextToReceive + capacity` may be taken.
    private var nextToReceive = 0
    private var done: [Int: Result<Output, any Error>] = [:]
    private var isStopped = false
    private var runningWorkers = 0

    init(count: Int, capacity: Int) {
        end = count
        self.capacity = capacity
    }

    func workerStarted() {
        condition.withLock { runningWorkers += 1 }
    }

    func workerFinished() {
        condition.withLock {
            runningWorkers -= 1
            condition.broadcast()
        }
    }

    /// The next page to process, waiting for room; nil when there is none left or the caller
    /// stopped.
    func take() -> Int? {
        condition.withLock {
            while !isStopped, nextToTake < end, nextToTake >= nextToReceive + capacity {
                condition.wait()
            }
            guard !isStopped, nextToTake < end else { return nil }
            nextToTake += 1
            return nextToTake - 1
        }
    }

    func deliver(_ output: Result<Output, any Error>, of page: Int) {
        condition.withLock {
            if case .failure = output { end = min(end, page + 1) }
            done[page] = output
            condition.broadcast()
        }
    }

    /// The output of the next page, waiting for it; nil when every page up to the end (or up
    /// to a failed page) was received.
    func receiveNext() -> Result<Output, any Error>? {
        condition.withLock {
            let page = nextToReceive
            guard page < end else { return nil }
            while done[page] == nil { condition.wait() }
            nextToReceive = page + 1
            condition.broadcast()
            return done.removeValue(forKey: page)!
        }
    }

    /// Takes no more pages and returns when every worker is done.
    func stopAndWaitForWorkers() {
        condition.withLock {
            isStopped = true
            condition.broadcast()
            while runningWorkers > 0 { condition.wait() }
        }
    }
}

import Foundation
import Testing

@testable import CollectaStore

@Suite("Processing pages on several threads, received in order")
struct PagePipelineTests {
    struct Failure: Error, Equatable {
        let page: Int
    }

    /// What the workers and the caller did, from any thread.
    final class Log: @unchecked Sendable {
        // @unchecked: every property is only touched while `lock` is held.
        private let lock = NSLock()
        private var processed: [Int] = []
        private var received = 0
        private var workers: Set<Int> = []
        /// The most pages taken beyond those the caller had begun to receive.
        private(set) var mostAhead = 0

        func processing(_ page: Int, on worker: Int) {
            lock.withLock {
                processed.append(page)
                workers.insert(worker)
                mostAhead = max(mostAhead, page + 1 - received)
            }
        }

        func receiving() { lock.withLock { received += 1 } }
        var processedPages: [Int] { lock.withLock { processed } }
        var workerCount: Int { lock.withLock { workers.count } }
    }

    /// Processes `page` slowly or quickly by its number, so that later pages often finish first.
    @Sendable static func unevenWork(_ page: Int) {
        usleep(UInt32([3000, 0, 1000, 200][page % 4]))
    }

    @Test("every page is received once, in order, whatever the workers and page costs",
          arguments: [(0, 3), (1, 3), (2, 3), (7, 1), (50, 2), (50, 4)])
    func order(count: Int, workers: Int) throws {
        let log = Log()
        var received: [Int] = []
        try processingPages(count: count, workers: workers, capacity: 2 * workers) { worker, page in
            log.processing(page, on: worker)
            Self.unevenWork(page)
            return page * 10
        } consume: { received.append($0) }
        #expect(received == (0..<count).map { $0 * 10 })
        #expect(log.processedPages.sorted() == Array(0..<count))
        #expect(log.workerCount <= max(workers, 1))
    }

    @Test("pages taken ahead of the caller stay within the capacity", arguments: [1, 3])
    func boundedAhead(capacity: Int) throws {
        let log = Log()
        try processingPages(count: 60, workers: 4, capacity: capacity) { worker, page in
            log.processing(page, on: worker)
            return page
        } consume: { _ in
            log.receiving()
            // A slow caller: the workers would run ahead if nothing held them.
            usleep(500)
        }
        // One more than the capacity: the page the caller is receiving is counted as ahead until
        // `consume` begins.
        #expect(log.mostAhead <= capacity + 1)
    }

    @Test("an error comes after every page before it, and no page after it is started")
    func errorInOrder() {
        let log = Log()
        var received: [Int] = []
        #expect(throws: Failure(page: 9)) {
            try processingPages(count: 40, workers: 3, capacity: 6) { worker, page in
                log.processing(page, on: worker)
                Self.unevenWork(page)
                if page == 9 || page == 12 { throw Failure(page: page) }
                return page
            } consume: { received.append($0) }
        }
        #expect(received == Array(0..<9))
        // Pages after 9 are only those taken before it failed, within the capacity.
        #expect(log.processedPages.allSatisfy { $0 <= 9 + 6 })
    }

    @Test("when the caller stops, the workers stop within the capacity and are done on return")
    func callerStops() {
        struct Stop: Error {}
        let log = Log()
        #expect(throws: Stop.self) {
            try processingPages(count: 1000, workers: 3, capacity: 4) { worker, page in
                log.processing(page, on: worker)
                return page
            } consume: { page in
                // Let the workers fill the room, so that outputs are left unreceived.
                while log.processedPages.count < 4 { usleep(100) }
                if page == 0 { throw Stop() }
            }
        }
        let processed = log.processedPages.count
        #expect(processed <= 1 + 4)
        usleep(20_000)
        #expect(log.processedPages.count == processed, "a worker went on after the call returned")
    }
}

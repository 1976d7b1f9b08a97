import Foundation
import Testing

@testable import CollectaStore

@Suite("Reading pages ahead on another thread")
struct ReadAheadTests {
    /// Counts to `count`, failing at `failure`; remembers how far it read.
    struct Counter: PageSource {
        struct Failure: Error, Equatable {
            let page: Int
        }

        let count: Int
        var failure: Int?
        let read: ReadLog
        private var position = 0

        init(count: Int, failure: Int? = nil, read: ReadLog) {
            self.count = count
            self.failure = failure
            self.read = read
        }

        mutating func next() throws -> Int? {
            guard position < count else { return nil }
            if position == failure { throw Failure(page: position) }
            read.add(position)
            position += 1
            return position - 1
        }
    }

    final class ReadLog: @unchecked Sendable {
        // @unchecked: `pages` is only touched while `lock` is held.
        private let lock = NSLock()
        private var pages: [Int] = []

        func add(_ page: Int) { lock.withLock { pages.append(page) } }
        var count: Int { lock.withLock { pages.count } }
    }

    @Test("every page is handed over, in order", arguments: [0, 1, 2, 3, 50])
    func order(count: Int) throws {
        var received: [Int] = []
        try readingAhead(Counter(count: count, read: ReadLog())) { received.append($0) }
        #expect(received == Array(0..<count))
    }

    @Test("a read error comes after the pages read before it")
    func readError() {
        var received: [Int] = []
        #expect(throws: Counter.Failure(page: 4)) {
            try readingAhead(Counter(count: 10, failure: 4, read: ReadLog())) { received.append($0) }
        }
        #expect(received == [0, 1, 2, 3])
    }

    @Test("when the caller stops, reading stops within the room ahead, with pages left unread")
    func callerStops() {
        struct Stop: Error {}
        let log = ReadLog()
        #expect(throws: Stop.self) {
            try readingAhead(Counter(count: 1000, read: log), capacity: 2) { page in
                // Let the reader fill its room, so that pages are left in the channel.
                while log.count < 3 { usleep(100) }
                if page == 0 { throw Stop() }
            }
        }
        #expect(log.count <= 1 + 2 + 1)
    }
}

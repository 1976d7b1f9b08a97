import Foundation
import CollectaCore
import GRDB

/// What a simulation covered.
public struct SimulationSummary: Hashable, Sendable {
    public var runDate: LocalDate
    /// Hierarchies in scope, by rank.
    public var hierarchyIDs: [String]
    /// Hierarchies in scope that already ran for the date (R17).
    public var alreadyRan: [String]
    public var customersConsidered: Int
    public var actions: Int
}

/// A simulation (R19) advanced one page of customers at a time, for callers that must stay
/// responsive (the application's "Simulation" screen): `start`, then `step()` until it returns
/// nil. Nothing is written.
public struct SimulationSession {
    private let database: CollectaDatabase
    private let context: RunContext
    private let loader: CaseLoader
    private let hierarchyID: String?
    private let pageSize: Int
    private var cursor: String?
    /// The totals so far.
    public private(set) var summary: SimulationSummary
    /// Customers read so far (also those another hierarchy processes), for a progress bar.
    public private(set) var customersRead = 0
    /// Whether every page is done.
    public private(set) var isOver = false

    /// Plans the simulation of `runDate` (any date: R17's refusal is for runs only).
    public static func start(
        on runDate: LocalDate, hierarchyID: String? = nil, pageSize: Int = 1000, in database: CollectaDatabase
    ) throws -> SimulationSession {
        let (scope, context, loader) = try database.writer.read { db in
            guard let configuration = try ConfigurationReader.configuration(in: db) else {
                throw StoreError.notInitialised(path: database.path)
            }
            let scope = try RunScope.plan(
                db, configuration: configuration, runDate: runDate, hierarchyFilter: hierarchyID,
                refusingEarlierDates: false)
            return (scope, try scope.context(db), CaseLoader(configuration: configuration, runDate: runDate))
        }
        let summary = SimulationSummary(
            runDate: runDate, hierarchyIDs: scope.hierarchyIDs,
            alreadyRan: scope.hierarchyIDs.filter(scope.completed.contains), customersConsidered: 0, actions: 0)
        return SimulationSession(
            database: database, context: context, loader: loader, hierarchyID: hierarchyID, pageSize: pageSize,
            summary: summary)
    }

    private init(
        database: CollectaDatabase, context: RunContext, loader: CaseLoader, hierarchyID: String?, pageSize: Int,
        summary: SimulationSummary
    ) {
        self.database = database
        self.context = context
        self.loader = loader
        self.hierarchyID = hierarchyID
        self.pageSize = pageSize
        self.summary = summary
    }

    /// The decisions of the next page of customers, in account order (with a hierarchy, only
    /// the customers it processes; possibly none); nil when every customer was read.
    public mutating func step() throws -> [CustomerDecision]? {
        guard !isOver else { return nil }
        var reader = CasePageReader(database: database, loader: loader, cursor: cursor, pageSize: pageSize)
        let page = try reader.next()
        cursor = reader.cursor
        guard let page else {
            isOver = true
            return nil
        }
        return decide(page)
    }

    /// Every remaining page, read and decided on several threads at once (`processingPages`),
    /// each with a connection of its own, and handed to `receive` in account order: the pages
    /// are those `step()` would read, as their ends are found first.
    mutating func finishInParallel(_ receive: ([CustomerDecision]) throws -> Void) throws {
        guard !isOver else { return }
        defer { isOver = true }
        let (loader, context, hierarchyID, cursor) = (loader, context, hierarchyID, cursor)
        let ends = try database.writer.read { db in
            try PageCustomers.pageEnds(db, after: cursor ?? "", size: pageSize)
        }
        // The page after the last end holds the customers left over, if any.
        let pageCount = ends.count + 1
        let readers = try PageReaders(for: database, count: Self.workerCount(pages: pageCount))
        let workers = readers.count
        try processingPages(count: pageCount, workers: workers, capacity: 2 * workers) { worker, index in
            let after = index == 0 ? cursor : ends[index - 1]
            let through = index < ends.count ? ends[index] : nil
            let page = try readers[worker].read { db in try loader.read(db, after: after, through: through) }
            return page.map { Self.decide(page: $0, loader: loader, in: context, hierarchyID: hierarchyID) }
        } consume: { page in
            guard let page else { return }
            count(page)
            try receive(page.decisions)
        }
    }

    /// Threads for `pages` pages: one per core, at least two and at most four; one for one page.
    private static func workerCount(pages: Int) -> Int {
        pages <= 1 ? 1 : min(max(ProcessInfo.processInfo.activeProcessorCount, 2), 4)
    }

    /// The engine's decisions for `page`, counted in the totals.
    private mutating func decide(_ page: LoadedPage) -> [CustomerDecision] {
        let page = Self.decide(page: page, loader: loader, in: context, hierarchyID: hierarchyID)
        count(page)
        return page.decisions
    }

    private mutating func count(_ page: DecidedPage) {
        customersRead += page.customersRead
        summary.customersConsidered += page.decisions.count
        summary.actions += page.decisions.reduce(0) { $0 + $1.actions.count }
    }

    /// The engine's decisions for the customers of `page` (with `hierarchyID`, only those of the
    /// customers it processes). Each case is handed over to the engine as it is made, rather
    /// than kept and copied.
    private static func decide(
        page: LoadedPage, loader: CaseLoader, in context: RunContext, hierarchyID: String?
    ) -> DecidedPage {
        var decisions: [CustomerDecision] = []
        decisions.reserveCapacity(page.customers.rows.count)
        loader.forEachCase(of: page) { decisions.append(CollectionsEngine.decide($0, in: context)) }
        return keeping(decisions, of: hierarchyID)
    }

    /// A page of `decisions` (with `hierarchyID`, only those of the customers it processes).
    private static func keeping(_ decisions: [CustomerDecision], of hierarchyID: String?) -> DecidedPage {
        var kept = decisions
        if let hierarchyID {
            kept.removeAll { $0.assignment?.hierarchyID != hierarchyID }
        }
        return DecidedPage(decisions: kept, customersRead: decisions.count)
    }
}

/// A page's decisions, and how many customers it read.
private struct DecidedPage: Sendable {
    var decisions: [CustomerDecision]
    var customersRead: Int
}

/// A connection per thread that reads pages at once: the database's own first. A pool reads on
/// several connections already; a file opened read-only through one queue (which runs one read
/// at a time) gets more queues, read-only, on the same file; a database in memory cannot be
/// opened twice, so its threads take turns on its queue.
private struct PageReaders {
    private let readers: [any DatabaseReader]

    init(for database: CollectaDatabase, count: Int) throws {
        let writer = database.writer
        guard count > 1, writer is DatabaseQueue, database.path != ":memory:" else {
            readers = Array(repeating: writer, count: count)
            return
        }
        var configuration = writer.configuration
        configuration.readonly = true
        do {
            readers = try [writer] + (1..<count).map { _ in
                try DatabaseQueue(path: database.path, configuration: configuration)
            }
        } catch {
            throw StoreError.translating(error, path: database.path)
        }
    }

    var count: Int { readers.count }

    subscript(worker: Int) -> any DatabaseReader { readers[worker] }
}

/// Reads a simulation page by page, each page in a read transaction of its own.
struct CasePageReader {
    let database: CollectaDatabase
    let loader: CaseLoader
    /// The last account read.
    private(set) var cursor: String?
    let pageSize: Int

    init(database: CollectaDatabase, loader: CaseLoader, cursor: String?, pageSize: Int) {
        self.database = database
        self.loader = loader
        self.cursor = cursor
        self.pageSize = pageSize
    }

    /// The next page, in account order; nil when every customer was read.
    mutating func next() throws -> LoadedPage? {
        let (loader, cursor, pageSize) = (self.loader, self.cursor, self.pageSize)
        let page = try database.writer.read { db in try loader.read(db, after: cursor, limit: pageSize) }
        guard let page else { return nil }
        self.cursor = page.lastAccount
        return page
    }
}

extension CollectaDatabase {
    /// R19: the engine over every customer for `runDate`, with no side effects. Decisions are
    /// handed to `receive` page by page, in account order; with `hierarchyID`, only the customers
    /// that hierarchy processes are handed over. Pages are read and decided on several threads
    /// while `receive` works, each page in a read transaction of its own.
    @discardableResult
    public func simulate(
        on runDate: LocalDate, hierarchyID: String? = nil, pageSize: Int = 1000,
        receive: ([CustomerDecision]) throws -> Void
    ) throws -> SimulationSummary {
        var session = try SimulationSession.start(on: runDate, hierarchyID: hierarchyID, pageSize: pageSize, in: self)
        try session.finishInParallel(receive)
        return session.summary
    }
}

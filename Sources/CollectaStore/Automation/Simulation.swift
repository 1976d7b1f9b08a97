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
        var reader = pageReader
        let page = try reader.next()
        cursor = reader.cursor
        guard let page else {
            isOver = true
            return nil
        }
        return decide(loader.cases(from: page))
    }

    /// Every remaining page, read on another thread while the decisions of the previous one are
    /// made and handed to `receive`, in account order.
    mutating func finishReadingAhead(_ receive: ([CustomerDecision]) throws -> Void) throws {
        guard !isOver else { return }
        defer { isOver = true }
        try readingAhead(pageReader) { page in
            try receive(decide(loader.cases(from: page)))
        }
    }

    private var pageReader: CasePageReader {
        CasePageReader(database: database, loader: loader, cursor: cursor, pageSize: pageSize)
    }

    /// The engine's decisions for `cases`, counted in the totals.
    private mutating func decide(_ cases: [CustomerCase]) -> [CustomerDecision] {
        customersRead += cases.count
        var decisions = cases.map { CollectionsEngine.decide($0, in: context) }
        if let hierarchyID {
            decisions.removeAll { $0.assignment?.hierarchyID != hierarchyID }
        }
        summary.customersConsidered += decisions.count
        summary.actions += decisions.reduce(0) { $0 + $1.actions.count }
        return decisions
    }
}

/// Reads a simulation page by page, each page in a read transaction of its own.
struct CasePageReader: PageSource {
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
    /// that hierarchy processes are handed over. The next page is read while `receive` works.
    @discardableResult
    public func simulate(
        on runDate: LocalDate, hierarchyID: String? = nil, pageSize: Int = 1000,
        receive: ([CustomerDecision]) throws -> Void
    ) throws -> SimulationSummary {
        var session = try SimulationSession.start(on: runDate, hierarchyID: hierarchyID, pageSize: pageSize, in: self)
        try session.finishReadingAhead(receive)
        return session.summary
    }
}

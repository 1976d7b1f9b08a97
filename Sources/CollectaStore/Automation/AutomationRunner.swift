import CollectaCore
import GRDB

/// How a run is to be done.
public struct RunOptions: Sendable {
    public var runDate: LocalDate
    /// The hierarchy to run; nil runs every active hierarchy.
    public var hierarchyID: String?
    /// When the run starts, as an ISO 8601 timestamp (the caller owns the clock).
    public var startedAt: String
    /// Customers per page; each page is committed in one transaction.
    public var pageSize: Int
    /// Whether the next pages are read, decided and rendered on other threads while a page is
    /// written (the default); off, each page is prepared and then written in turn. The database
    /// ends the same either way.
    public var preparesAhead: Bool
    /// How many threads prepare pages ahead; nil for one per core besides the writer's (at least
    /// one, at most three).
    public var preparingThreads: Int?

    public init(
        runDate: LocalDate, hierarchyID: String? = nil, startedAt: String, pageSize: Int = 500,
        preparesAhead: Bool = true, preparingThreads: Int? = nil
    ) {
        self.runDate = runDate
        self.hierarchyID = hierarchyID
        self.startedAt = startedAt
        self.pageSize = pageSize
        self.preparesAhead = preparesAhead
        self.preparingThreads = preparingThreads
    }
}

/// Where a run stands after a committed page.
public struct RunProgress: Hashable, Sendable {
    public var runID: Int64
    public var pagesCommitted: Int
    public var customersDone: Int
    public var actionsExecuted: Int
    public var actionsFailed: Int
    /// The customers in the database, for a progress bar.
    public var customersTotal: Int
}

/// What a run did.
public struct RunReport: Hashable, Sendable {
    /// nil when nothing ran (every hierarchy in scope already ran for the date).
    public var runID: Int64?
    public var runDate: LocalDate
    /// The hierarchies this run processed.
    public var hierarchyIDs: [String]
    /// Hierarchies in scope that had already completed a run for the date (R17).
    public var alreadyRan: [String]
    /// Whether the run resumed an interrupted run for the same date and scope.
    public var resumed: Bool
    public var customersDone: Int
    public var actionsExecuted: Int
    public var actionsFailed: Int
    /// What the run did about payment predictions first; nil when no hierarchy it ran uses them.
    public var predictions: PredictionRefresh?
}

extension CollectaDatabase {
    /// Runs the automation (R1–R18) for `options.runDate`: page by page, each page committed
    /// with its actions, history, step state, last contacts and the run's resume point. A run
    /// that is interrupted (killed, a fault) resumes where it stopped when run again.
    /// - Parameters:
    ///   - receive: the actions of each committed page.
    ///   - progress: called after each committed page; throwing from it stops the run there
    ///     (the run stays resumable).
    @discardableResult
    public func run(
        _ options: RunOptions, receive: ([ExecutedAction]) throws -> Void = { _ in },
        progress: (RunProgress) throws -> Void = { _ in }
    ) throws -> RunReport {
        var session = try RunSession.start(options, in: self)
        do {
            while let step = try session.step() {
                try receive(session.lastPageActions)
                try progress(step)
            }
            return try session.finish()
        } catch {
            session.cancel()
            throw error
        }
    }
}

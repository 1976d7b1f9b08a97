import CollectaCore
import GRDB
import Foundation

/// A run advanced one committed page at a time, for callers that must stay responsive between
/// pages (the application's "Run automation" screen): `start`, then `step()` until it returns
/// nil, then `finish()`. Stopping between steps (`cancel()`) leaves the run resumable: running
/// the same date and scope again continues after the last committed page.
///
/// While `step()` writes a page, the next ones are read, decided and rendered on other threads
/// (`RunPagesAhead`, read connections), unless `RunOptions.preparesAhead` is off.
///
/// `CollectaDatabase.run(_:receive:progress:)` is this loop.
public struct RunSession {
    private let database: CollectaDatabase
    private let begun: RunStart
    private let options: RunOptions
    /// The preparer of the next page, until pages are prepared ahead.
    private var preparer: RunPagePreparer?
    /// The next pages, being prepared.
    private var ahead: RunPagesAhead?
    /// Whether the first step computes payment predictions before any page is read.
    private var refreshesPredictions: Bool
    /// What the run did so far (the totals of a resumed run include its earlier pages).
    public private(set) var report: RunReport
    /// Where the run stands after the last committed page (before the first: nothing done here).
    public private(set) var progress: RunProgress
    /// The actions of the last committed page.
    public private(set) var lastPageActions: [ExecutedAction] = []
    /// Whether every page is done (`step()` returned nil) or the session was cancelled or failed.
    public private(set) var isOver = false

    /// Plans and opens the run (R17, R18): a new run, or the interrupted one of the same date
    /// and scope resumed. When every hierarchy in scope already ran, the session has nothing to do.
    public static func start(_ options: RunOptions, in database: CollectaDatabase) throws -> RunSession {
        let begun = try database.writer.write { db in try RunStart.begin(options, path: database.path, in: db) }
        let total = try database.customerCount()
        return RunSession(database: database, begun: begun, options: options, total: total)
    }

    private init(database: CollectaDatabase, begun: RunStart, options: RunOptions, total: Int) {
        self.database = database
        self.begun = begun
        self.options = options
        self.preparer = begun.preparer(database: database, after: begun.resumeAfter, pageSize: options.pageSize)
        self.report = begun.report
        self.progress = RunProgress(
            runID: begun.runID ?? 0, pagesCommitted: 0, customersDone: begun.report.customersDone,
            actionsExecuted: begun.report.actionsExecuted, actionsFailed: begun.report.actionsFailed,
            customersTotal: total)
        self.isOver = begun.runID == nil
        self.refreshesPredictions = begun.runID != nil && begun.usesPredictions
    }

    /// The run's id; nil when there was nothing to run.
    public var runID: Int64? { begun.runID }

    /// Processes and commits the next page; nil when there is none left. A failure marks the
    /// run failed (resumable) and is thrown.
    ///
    /// When a hierarchy the run processes uses payment predictions, the first step computes them
    /// as of the run date before reading any page (R16), unless predictions computed on that date
    /// are stored; `report.predictions` says which.
    public mutating func step() throws -> RunProgress? {
        guard !isOver, let runID = begun.runID else { return nil }
        do {
            if refreshesPredictions {
                refreshesPredictions = false
                report.predictions = try database.refreshPredictions(for: options.runDate)
            }
            guard let prepared = try nextPage() else {
                isOver = true
                lastPageActions = []
                return nil
            }
            let begun = self.begun
            let page = try database.writer.write { db in try begun.write(prepared, in: db) }
            let executed = page.results.filter { $0.status == .executed }.count
            report.customersDone += page.customers
            report.actionsExecuted += executed
            report.actionsFailed += page.results.count - executed
            lastPageActions = page.results
            progress = RunProgress(
                runID: runID, pagesCommitted: progress.pagesCommitted + 1, customersDone: report.customersDone,
                actionsExecuted: report.actionsExecuted, actionsFailed: report.actionsFailed,
                customersTotal: progress.customersTotal)
            return progress
        } catch {
            cancel()
            throw error
        }
    }

    /// The next page, prepared; on the first call with `preparesAhead`, the pages after it
    /// start being prepared.
    private mutating func nextPage() throws -> PreparedPage? {
        if options.preparesAhead, ahead == nil, let preparer {
            ahead = try RunPagesAhead(preparer, workers: options.preparingThreads ?? Self.preparingThreads)
            self.preparer = nil
        }
        if let ahead {
            guard let page = try ahead.next() else {
                self.ahead = nil
                return nil
            }
            return page
        }
        guard var preparer else { return nil }
        defer { self.preparer = preparer }
        return try preparer.next()
    }

    /// Threads preparing pages while the writer writes: one per core besides the writer's, at
    /// least one and at most three (two preparers on two cores measured no faster: the three
    /// threads only took turns).
    private static var preparingThreads: Int {
        min(max(ProcessInfo.processInfo.activeProcessorCount - 1, 1), 3)
    }

    /// Marks the run and its hierarchies completed for the date (R17) and returns the report.
    /// Call it once `step()` returned nil.
    @discardableResult
    public mutating func finish() throws -> RunReport {
        guard let runID = begun.runID else { return report }
        let hierarchies = begun.report.hierarchyIDs
        do {
            try database.writer.write { db in try RunStart.finish(runID, hierarchies: hierarchies, in: db) }
        } catch {
            cancel()
            throw error
        }
        isOver = true
        return report
    }

    /// Stops after the last committed page: the run is marked interrupted (`failed`) and a run
    /// of the same date and scope resumes it.
    public mutating func cancel() {
        isOver = true
        ahead?.stop()
        ahead = nil
        guard let runID = begun.runID else { return }
        try? database.writer.write { db in
            try db.execute(sql: "UPDATE automation_run SET status = 'failed' WHERE id = ?", arguments: [runID])
        }
    }
}

extension CollectaDatabase {
    /// The number of customers, for a progress bar and for choosing a page size.
    public func customerCount() throws -> Int {
        try writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM customer") ?? 0 }
    }
}

import CollectaCore
import GRDB

/// A run advanced one committed page at a time, for callers that must stay responsive between
/// pages (the application's "Run automation" screen): `start`, then `step()` until it returns
/// nil, then `finish()`. Stopping between steps (`cancel()`) leaves the run resumable: running
/// the same date and scope again continues after the last committed page.
///
/// `CollectaDatabase.run(_:receive:progress:)` is this loop.
public struct RunSession {
    private let database: CollectaDatabase
    private let begun: RunStart
    private let options: RunOptions
    private var cursor: String?
    private var renderer = TemplateRenderer()
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
        self.cursor = begun.resumeAfter
        self.report = begun.report
        self.progress = RunProgress(
            runID: begun.runID ?? 0, pagesCommitted: 0, customersDone: begun.report.customersDone,
            actionsExecuted: begun.report.actionsExecuted, actionsFailed: begun.report.actionsFailed,
            customersTotal: total)
        self.isOver = begun.runID == nil
    }

    /// The run's id; nil when there was nothing to run.
    public var runID: Int64? { begun.runID }

    /// Processes and commits the next page; nil when there is none left. A failure marks the
    /// run failed (resumable) and is thrown.
    public mutating func step() throws -> RunProgress? {
        guard !isOver, let runID = begun.runID else { return nil }
        do {
            let (begun, cursor, pageSize) = (self.begun, self.cursor, options.pageSize)
            var renderer = self.renderer
            let page = try database.writer.write { db in
                try begun.processPage(after: cursor, limit: pageSize, renderer: &renderer, in: db)
            }
            self.renderer = renderer
            guard let last = page.lastAccount else {
                isOver = true
                lastPageActions = []
                return nil
            }
            self.cursor = last
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

import CollectaCore
import GRDB

/// A run once started: its scope, its row, where it resumes, and how it processes a page.
struct RunStart {
    /// nil when every hierarchy in scope already ran for the date: nothing to do.
    let runID: Int64?
    let resumeAfter: String?
    let report: RunReport
    let context: RunContext?
    let loader: CaseLoader
    let parameters: AutomationParameters
    let documents: DocumentLookup
    /// Whether a hierarchy the run processes uses payment predictions (R16).
    let usesPredictions: Bool

    /// Plans the run (R17), resumes an interrupted run of the same date and scope or creates a
    /// new one, marks its hierarchies running, and purges history past retention (R18).
    static func begin(_ options: RunOptions, path: String, in db: Database) throws -> RunStart {
        guard let configuration = try ConfigurationReader.configuration(in: db) else {
            throw StoreError.notInitialised(path: path)
        }
        let scope = try RunScope.plan(
            db, configuration: configuration, runDate: options.runDate,
            hierarchyFilter: options.hierarchyID, refusingEarlierDates: true)
        var report = RunReport(
            runID: nil, runDate: options.runDate, hierarchyIDs: scope.pending,
            alreadyRan: scope.hierarchyIDs.filter(scope.completed.contains), resumed: false,
            customersDone: 0, actionsExecuted: 0, actionsFailed: 0, predictions: nil)
        let loader = CaseLoader(configuration: configuration, runDate: options.runDate)
        let documents = DocumentLookup(configuration)
        guard !scope.pending.isEmpty else {
            return RunStart(
                runID: nil, resumeAfter: nil, report: report, context: nil, loader: loader,
                parameters: configuration.parameters, documents: documents, usesPredictions: false)
        }
        let (runID, resumeAfter) = try openRun(options, scope: scope, report: &report, in: db)
        try purgeHistory(before: options.runDate.adding(days: -configuration.parameters.historyRetentionDays), in: db)
        return RunStart(
            runID: runID, resumeAfter: resumeAfter, report: report, context: try scope.context(db),
            loader: loader, parameters: configuration.parameters, documents: documents,
            usesPredictions: configuration.hierarchies.contains { scope.pending.contains($0.id) && $0.usesPredictions })
    }

    /// The interrupted run of the same date and scope, reopened, or a new run.
    private static func openRun(
        _ options: RunOptions, scope: RunScope, report: inout RunReport, in db: Database
    ) throws -> (Int64, String?) {
        let runID: Int64
        var resumeAfter: String?
        if let row = try Row.fetchOne(db, sql: """
            SELECT id, resume_after, customers_done, actions_executed, actions_failed FROM automation_run
            WHERE run_date = ? AND hierarchy_id IS ? AND status IN ('running', 'failed')
            ORDER BY id DESC LIMIT 1
            """, arguments: [options.runDate.isoString, options.hierarchyID]) {
            runID = row[0]
            resumeAfter = row[1]
            (report.customersDone, report.actionsExecuted, report.actionsFailed) = (row[2], row[3], row[4])
            report.resumed = true
            try db.execute(sql: "UPDATE automation_run SET status = 'running' WHERE id = ?", arguments: [runID])
        } else {
            try db.execute(
                sql: "INSERT INTO automation_run (run_date, hierarchy_id, started_at, status) VALUES (?, ?, ?, 'running')",
                arguments: [options.runDate.isoString, options.hierarchyID, options.startedAt])
            runID = db.lastInsertedRowID
        }
        for hierarchyID in scope.pending {
            try db.execute(sql: """
                INSERT INTO hierarchy_run (hierarchy_id, run_date, run_id, status) VALUES (?, ?, ?, 'running')
                ON CONFLICT(hierarchy_id, run_date) DO UPDATE SET run_id = excluded.run_id, status = 'running'
                """, arguments: [hierarchyID, options.runDate.isoString, runID])
        }
        report.runID = runID
        return (runID, resumeAfter)
    }

    /// R18: history before `cutoff` goes, and with it the step state it explains (R7 restarts).
    private static func purgeHistory(before cutoff: LocalDate, in db: Database) throws {
        try db.execute(sql: "DELETE FROM history WHERE run_date < ?", arguments: [cutoff.isoString])
        try db.execute(sql: "DELETE FROM invoice_step_execution WHERE executed_on < ?", arguments: [cutoff.isoString])
    }

    /// Marks the run and its hierarchies completed for the date (R17).
    static func finish(_ runID: Int64, hierarchies: [String], in db: Database) throws {
        try db.execute(sql: """
            UPDATE automation_run SET status = 'completed', finished_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            WHERE id = ?
            """, arguments: [runID])
        try db.execute(sql: "UPDATE hierarchy_run SET status = 'completed' WHERE run_id = ?", arguments: [runID])
    }

    /// One page of customers processed and recorded, with the run's resume point moved past it.
    struct Page {
        var lastAccount: String?
        var customers = 0
        var results: [ExecutedAction] = []
    }

    /// The preparer of this run's pages from `account` on (nil when there is nothing to run).
    func preparer(database: CollectaDatabase, after account: String?, pageSize: Int) -> RunPagePreparer? {
        guard let context else { return nil }
        return RunPagePreparer(
            database: database, loader: loader, context: context, documents: documents,
            parameters: parameters, pageSize: pageSize, cursor: account)
    }

    /// Writes `prepared` inside the caller's write transaction: its actions' records, history,
    /// step state and last contacts, and the run's resume point moved past it.
    func write(_ prepared: PreparedPage, in db: Database) throws -> Page {
        guard let runID, let context else { return Page() }
        var page = Page(lastAccount: prepared.lastAccount, customers: prepared.customers)
        var executor = ActionExecutor(
            writer: try ArtefactWriter(db), runID: runID, runDate: context.runDate,
            runDay: context.runDate.isoString, parameters: parameters, documents: documents)
        for decision in prepared.decisions {
            page.results += try executor.execute(decision)
        }
        try executor.writer.flush()
        let executed = page.results.filter { $0.status == .executed }.count
        try db.execute(sql: """
            UPDATE automation_run SET resume_after = ?, customers_done = customers_done + ?,
                actions_executed = actions_executed + ?, actions_failed = actions_failed + ?
            WHERE id = ?
            """, arguments: [prepared.lastAccount, prepared.customers, executed, page.results.count - executed, runID])
        return page
    }
}

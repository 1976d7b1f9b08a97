import CollectaCore
import Foundation
import GRDB
import Testing
@testable import CollectaStore

/// The runner against the engine and itself on generated companies (R17, R18, R19).
@Suite("Automation runs on generated data")
struct RunnerTests {
    static let today = LocalDate(iso: "2026-11-29")!
    static let seeds: [UInt64] = [3, 11]

    /// A demo company of 60 customers in memory.
    static func company(seed: UInt64) throws -> CollectaDatabase {
        let database = try CollectaDatabase.inMemory()
        try database.load(DemoCompany.makeDataset(customers: 60, seed: seed, today: today))
        return database
    }

    static func options(_ date: LocalDate, pageSize: Int = 7) -> RunOptions {
        RunOptions(runDate: date, startedAt: "2026-11-29T06:00:00Z", pageSize: pageSize)
    }

    static func dates(_ count: Int) -> [LocalDate] {
        (0..<count).map { today.adding(days: $0) }
    }

    @Test("R19: a simulation proposes exactly the actions the run then executes or fails",
          arguments: seeds)
    func simulationMatchesRun(seed: UInt64) throws {
        let database = try Self.company(seed: seed)
        for date in Self.dates(12) {
            // A run computes the date's predictions first (R16); a simulation uses those stored.
            try database.computePredictions(asOf: date)
            var simulated: [String] = []
            try database.simulate(on: date, pageSize: 9) { decisions in
                simulated += decisions.flatMap { decision in
                    decision.actions.map { Self.key(decision.customerAccount, $0, $0.isExecutable) }
                }
            }
            var executed: [String] = []
            try database.run(Self.options(date)) { results in
                executed += results.map { Self.key($0.customerAccount, $0.action, $0.status == .executed) }
            }
            #expect(simulated == executed, "\(date)")
        }
    }

    @Test("R17: a second run on the same date creates nothing and reports already ran",
          arguments: seeds)
    func secondRunCreatesNothing(seed: UInt64) throws {
        let database = try Self.company(seed: seed)
        let first = try database.run(Self.options(Self.today))
        #expect(first.actionsExecuted > 0)
        let before = try RunSnapshot(database)
        let second = try database.run(Self.options(Self.today))
        #expect(second.runID == nil)
        #expect(second.alreadyRan == first.hierarchyIDs)
        #expect(try RunSnapshot(database) == before)
    }

    @Test("R17: a run for a date before the last completed run is refused and writes nothing")
    func earlierDateRefused() throws {
        let database = try Self.company(seed: 3)
        _ = try database.run(Self.options(Self.today))
        let before = try RunSnapshot(database)
        #expect(throws: AutomationError.self) {
            try database.run(Self.options(Self.today.adding(days: -1)))
        }
        #expect(try RunSnapshot(database) == before)
    }

    @Test("A run interrupted after any page, then run again, equals one uninterrupted run",
          arguments: [1, 2, 5])
    func interruptedRunResumes(failAfterPage: Int) throws {
        let reference = try Self.company(seed: 11)
        let interrupted = try Self.company(seed: 11)
        for date in Self.dates(8) {
            _ = try reference.run(Self.options(date))
            struct InjectedFault: Error {}
            #expect(throws: InjectedFault.self) {
                try interrupted.run(Self.options(date)) { _ in } progress: { progress in
                    if progress.pagesCommitted == failAfterPage { throw InjectedFault() }
                }
            }
            let resumed = try interrupted.run(Self.options(date))
            #expect(resumed.resumed)
            #expect(try RunSnapshot(interrupted) == RunSnapshot(reference), "\(date)")
        }
    }

    @Test("R2, R3, R9 over 30 days: no action for disputed or promised invoices, none for excluded customers, contacts never within quiet days",
          arguments: seeds)
    func invariantsOverThirtyDays(seed: UInt64) throws {
        let database = try Self.company(seed: seed)
        for date in Self.dates(30) {
            _ = try database.run(Self.options(date))
        }
        try database.writer.read { db in
            let ineligible = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM history h JOIN invoice i ON i.id = h.invoice_id
                WHERE h.status = 'executed' AND i.status IN ('disputed', 'promisedToPay')
                """)
            #expect(ineligible == 0)
            let tooClose = try Int.fetchOne(db, sql: """
                WITH contact AS (
                    SELECT DISTINCT h.customer_account, h.run_date, p.quiet_days FROM history h
                    JOIN process_hierarchy p ON p.id = h.hierarchy_id WHERE h.status = 'executed')
                SELECT count(*) FROM contact a JOIN contact b
                    ON a.customer_account = b.customer_account AND b.run_date > a.run_date
                WHERE julianday(b.run_date) - julianday(a.run_date) <= a.quiet_days
                """)
            #expect(tooClose == 0)
            let excluded = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM history h JOIN process_hierarchy p ON p.id = h.hierarchy_id
                WHERE h.status = 'executed' AND p.exclusion_rule = 'customerAgingBalance'
                AND (SELECT coalesce(sum(open_amount_company), 0) FROM invoice i
                     WHERE i.customer_account = h.customer_account AND i.open_amount > 0
                     AND i.status NOT IN ('disputed', 'promisedToPay')) < p.exclusion_amount
                """)
            #expect(excluded == 0)
            let actions = try Int.fetchOne(db, sql: "SELECT count(*) FROM history WHERE status = 'executed'") ?? 0
            #expect(actions > 50, "the company is busy enough for the checks to mean something")
        }
    }

    static func key(_ customer: String, _ action: ProposedAction, _ executable: Bool) -> String {
        "\(customer) \(action.kind.rawValue) \(action.stepLine ?? 0) \(action.invoice.id) \(executable)"
    }
}

/// Everything a run writes, without generated ids and timestamps: two databases that received
/// the same actions have equal snapshots.
struct RunSnapshot: Equatable {
    let tables: [String: [String]]

    init(_ database: CollectaDatabase) throws {
        let queries = [
            "history": "SELECT run_date, hierarchy_id, step_line, action, document_id, customer_account, invoice_id, days_from_due, is_pre_dunning, recipients, language, status, message FROM history",
            "activity": "SELECT customer_account, invoice_id, template_id, type, description, details, created_date, due_date, is_closed FROM activity",
            "outbox": "SELECT customer_account, template_id, language, recipients, subject, html_body, created_date, status FROM outbox_email",
            "letters": "SELECT customer_account, sequence_id, level, language, letter_date, status, title, body_text FROM collection_letter",
            "steps": "SELECT * FROM invoice_step_execution",
            "state": "SELECT * FROM customer_automation_state",
            "predictions": "SELECT * FROM prediction_action",
            "hierarchyRuns": "SELECT hierarchy_id, run_date, status FROM hierarchy_run",
        ]
        tables = try database.writer.read { db in
            try queries.mapValues { sql in
                try Row.fetchAll(db, sql: sql).map { $0.description }.sorted()
            }
        }
    }
}

@Suite("R18 history retention")
struct HistoryRetentionTests {
    @Test("R18: history and step state older than the retention are purged when a run starts")
    func purgesOldHistory() throws {
        let database = try RunnerTests.company(seed: 3)
        try database.writer.write { db in
            try db.execute(sql: "UPDATE automation_parameters SET history_retention_days = 5")
        }
        for date in RunnerTests.dates(12) {
            _ = try database.run(RunnerTests.options(date))
        }
        let lastRun = RunnerTests.today.adding(days: 11)
        let cutoff = lastRun.adding(days: -5).isoString
        let (oldHistory, oldSteps, recent) = try database.writer.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM history WHERE run_date < ?", arguments: [cutoff]),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM invoice_step_execution WHERE executed_on < ?", arguments: [cutoff]),
                try Int.fetchOne(db, sql: "SELECT count(*) FROM history") ?? 0
            )
        }
        #expect(oldHistory == 0)
        #expect(oldSteps == 0)
        #expect(recent > 0)
    }
}

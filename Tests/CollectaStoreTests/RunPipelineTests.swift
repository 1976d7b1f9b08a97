import CollectaCore
import Foundation
import GRDB
import Testing
@testable import CollectaStore

/// Runs on files (a pool: pages are read on a read connection while the writer writes the
/// previous page) against runs that prepare each page in turn.
@Suite("Runs prepare the next page while writing one")
struct RunPipelineTests {
    let directory = TemporaryDirectory()

    /// The 60-customer demo company in a file of its own.
    func company(_ name: String, seed: UInt64 = 11) throws -> CollectaDatabase {
        let database = try CollectaDatabase.open(path: directory.file(name + ".sqlite"))
        try database.load(DemoCompany.makeDataset(customers: 60, seed: seed, today: RunnerTests.today))
        return database
    }

    static func options(
        _ date: LocalDate, pageSize: Int = 7, preparesAhead: Bool = true, threads: Int? = nil
    ) -> RunOptions {
        RunOptions(
            runDate: date, startedAt: "2026-11-29T06:00:00Z", pageSize: pageSize, preparesAhead: preparesAhead,
            preparingThreads: threads)
    }

    @Test("R17, R18: over 8 dates, prepared ahead (1 or 3 threads) equals prepared in turn and pages of 1 customer, ids included",
          arguments: [1, 3])
    func pipelineEqualsInTurn(threads: Int) throws {
        let pipelined = try company("pipelined")
        let inTurn = try company("in-turn")
        let single = try company("single")
        for date in RunnerTests.dates(8) {
            let report = try pipelined.run(Self.options(date, threads: threads))
            #expect(try inTurn.run(Self.options(date, preparesAhead: false)) == report)
            #expect(try single.run(Self.options(date, pageSize: 1)) == report)
            let written = try WrittenRows(pipelined)
            #expect(try WrittenRows(inTurn) == written, "\(date)")
            #expect(try WrittenRows(single) == written, "\(date)")
        }
        #expect(try WrittenRows(pipelined).tables["history"]?.count ?? 0 > 50)
    }

    @Test("R18: pages are written in account order: history and created records follow the accounts")
    func pagesInAccountOrder() throws {
        let database = try company("ordered")
        _ = try database.run(Self.options(RunnerTests.today, pageSize: 5))
        let (accounts, activityAccounts) = try database.writer.read { db in
            (
                try String.fetchAll(db, sql: "SELECT customer_account FROM history ORDER BY id"),
                try String.fetchAll(db, sql: "SELECT customer_account FROM activity ORDER BY id")
            )
        }
        #expect(accounts.count > 20)
        #expect(accounts == accounts.sorted())
        #expect(activityAccounts == activityAccounts.sorted())
    }

    @Test("A write failing on page k leaves pages before k committed; the rerun resumes and equals one run",
          arguments: [1, 3, 6])
    func failureOnPageLeavesEarlierPages(failingPage: Int) throws {
        let reference = try company("reference")
        let failing = try company("failing")
        _ = try reference.run(Self.options(RunnerTests.today))
        let accounts = try failing.writer.read { db in
            try String.fetchAll(db, sql: "SELECT account FROM customer ORDER BY account")
        }
        let pageAccounts = accounts[(failingPage - 1) * 7..<min(accounts.count, failingPage * 7)]
        try failing.writer.write { db in
            try db.execute(sql: """
                CREATE TRIGGER injected_fault BEFORE UPDATE OF resume_after ON automation_run
                WHEN NEW.resume_after = '\(pageAccounts.last!)' BEGIN SELECT RAISE(ABORT, 'injected fault'); END
                """)
        }
        #expect(throws: DatabaseError.self) { try failing.run(Self.options(RunnerTests.today)) }
        let (resumeAfter, status, lastHistory) = try failing.writer.read { db in
            let row = try Row.fetchOne(db, sql: "SELECT resume_after, status FROM automation_run")!
            let last = try String.fetchOne(db, sql: "SELECT max(customer_account) FROM history")
            return (row[0] as String?, row[1] as String, last)
        }
        #expect(status == "failed")
        let committed = failingPage == 1 ? nil : accounts[(failingPage - 1) * 7 - 1]
        #expect(resumeAfter == committed)
        if let committed, let lastHistory { #expect(lastHistory <= committed) }
        if committed == nil { #expect(lastHistory == nil) }
        try failing.writer.write { db in try db.execute(sql: "DROP TRIGGER injected_fault") }
        let resumed = try failing.run(Self.options(RunnerTests.today))
        #expect(resumed.resumed)
        #expect(try WrittenRows(failing) == WrittenRows(reference))
    }

    @Test("Cancelling a session while the next page is being prepared leaves it resumable")
    func cancelWhilePreparing() throws {
        let reference = try company("reference")
        let cancelled = try company("cancelled")
        _ = try reference.run(Self.options(RunnerTests.today))
        var session = try RunSession.start(Self.options(RunnerTests.today), in: cancelled)
        #expect(try session.step()?.customersDone == 7)
        session.cancel()
        #expect(try session.step() == nil)
        var rerun = try RunSession.start(Self.options(RunnerTests.today), in: cancelled)
        #expect(rerun.progress.customersDone == 7)
        while try rerun.step() != nil {}
        try rerun.finish()
        #expect(try WrittenRows(cancelled) == WrittenRows(reference))
    }
}

/// Every row a run writes, in rowid (or key) order with the ids, timestamps left out: two
/// databases given the same inserts in the same order have equal rows.
struct WrittenRows: Equatable {
    let tables: [String: [String]]

    init(_ database: CollectaDatabase) throws {
        let queries = [
            "history": "SELECT * FROM history ORDER BY id",
            "activity": "SELECT * FROM activity ORDER BY id",
            "outbox": "SELECT * FROM outbox_email ORDER BY id",
            "letters": "SELECT * FROM collection_letter ORDER BY id",
            "letterInvoices": "SELECT * FROM collection_letter_invoice",
            "steps": "SELECT * FROM invoice_step_execution",
            "state": "SELECT * FROM customer_automation_state ORDER BY rowid",
            "predictions": "SELECT * FROM prediction_action",
            "hierarchyRuns": "SELECT * FROM hierarchy_run",
            "runs": """
                SELECT id, run_date, hierarchy_id, status, resume_after, customers_done, actions_executed,
                    actions_failed FROM automation_run ORDER BY id
                """,
        ]
        tables = try database.writer.read { db in
            try queries.mapValues { sql in try Row.fetchAll(db, sql: sql).map(\.description) }
        }
    }
}

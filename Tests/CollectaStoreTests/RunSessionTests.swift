import CollectaCore
import Foundation
import GRDB
import Testing
@testable import CollectaStore

/// The stepwise runner: start, step page by page, finish — as the application drives it.
@Suite("Run sessions step page by page")
struct RunSessionTests {
    @Test("start/step/finish over several dates equals one-shot runs")
    func stepwiseEqualsOneShot() throws {
        let reference = try RunnerTests.company(seed: 3)
        let stepped = try RunnerTests.company(seed: 3)
        for date in RunnerTests.dates(6) {
            let oneShot = try reference.run(RunnerTests.options(date))
            var session = try RunSession.start(RunnerTests.options(date), in: stepped)
            var pages = 0
            while let progress = try session.step() {
                pages += 1
                #expect(progress.pagesCommitted == pages)
                #expect(progress.customersTotal == 60)
            }
            let report = try session.finish()
            #expect(pages == 9)  // 60 customers in pages of 7
            #expect(report.actionsExecuted == oneShot.actionsExecuted)
            #expect(report.actionsFailed == oneShot.actionsFailed)
            #expect(report.customersDone == oneShot.customersDone)
            #expect(try RunSnapshot(stepped) == RunSnapshot(reference), "\(date)")
        }
    }

    @Test("Cancelled after page 2, then run again: the rerun resumes and completes exactly")
    func cancelAfterPageTwoThenRerun() throws {
        let reference = try RunnerTests.company(seed: 11)
        let cancelled = try RunnerTests.company(seed: 11)
        for date in RunnerTests.dates(4) {
            _ = try reference.run(RunnerTests.options(date))
            var session = try RunSession.start(RunnerTests.options(date), in: cancelled)
            _ = try session.step()
            let second = try session.step()
            #expect(second?.customersDone == 14)
            session.cancel()
            #expect(try session.step() == nil)
            let status = try cancelled.writer.read { db in
                try String.fetchOne(db, sql: "SELECT status FROM automation_run ORDER BY id DESC LIMIT 1")
            }
            #expect(status == "failed")
            var rerun = try RunSession.start(RunnerTests.options(date), in: cancelled)
            #expect(rerun.report.resumed)
            #expect(rerun.progress.customersDone == 14)
            while try rerun.step() != nil {}
            let report = try rerun.finish()
            #expect(report.customersDone == 60)
            #expect(try RunSnapshot(cancelled) == RunSnapshot(reference), "\(date)")
        }
    }

    @Test("Nothing to run: a session for a date already run has no run and no pages")
    func nothingToRun() throws {
        let database = try RunnerTests.company(seed: 3)
        _ = try database.run(RunnerTests.options(RunnerTests.today))
        var session = try RunSession.start(RunnerTests.options(RunnerTests.today), in: database)
        #expect(session.runID == nil)
        #expect(try session.step() == nil)
        #expect(try session.finish().alreadyRan.isEmpty == false)
    }

    @Test("A simulation session's pages equal the one-shot simulation, and nothing is written")
    func simulationSessionEqualsSimulate() throws {
        let database = try RunnerTests.company(seed: 3)
        var oneShot: [CustomerDecision] = []
        let summary = try database.simulate(on: RunnerTests.today, pageSize: 7) { oneShot += $0 }
        var session = try SimulationSession.start(on: RunnerTests.today, pageSize: 7, in: database)
        var stepped: [CustomerDecision] = []
        var pages = 0
        while let decisions = try session.step() {
            stepped += decisions
            pages += 1
        }
        #expect(pages == 9)
        #expect(stepped == oneShot)
        #expect(session.summary == summary)
        #expect(session.customersRead == 60)
        #expect(try RunSnapshot(database) == RunSnapshot(RunnerTests.company(seed: 3)))
    }
}

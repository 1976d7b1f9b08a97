import CollectaCore
import Foundation
import Testing

@testable import CollectaStore

/// `simulate` reads and decides pages on several threads, each with a connection of its own;
/// what it hands over must be what reading the same pages one after the other gives.
@Suite("Simulations over several pages and threads")
struct SimulationPagesTests {
    static let today = LocalDate(iso: "2026-11-29")!

    /// A generated company in a file of its own, with one run done so that the simulation also
    /// reads step executions and automation state.
    static func companyFile() throws -> (directory: URL, path: String) {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-simulation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("demo.sqlite").path
        let database = try CollectaDatabase.open(path: path)
        try database.load(DemoCompanyGenerator(
            DemoOptions(customers: 230, invoices: 2300, hierarchies: 6, seed: 5, today: today)))
        _ = try database.run(RunOptions(runDate: today, startedAt: "2026-11-29T06:00:00Z", pageSize: 50))
        return (directory, path)
    }

    /// The pages `simulate` hands over, and its summary.
    static func simulated(
        _ database: CollectaDatabase, on date: LocalDate, hierarchyID: String? = nil, pageSize: Int
    ) throws -> (pages: [[CustomerDecision]], summary: SimulationSummary) {
        var pages: [[CustomerDecision]] = []
        let summary = try database.simulate(on: date, hierarchyID: hierarchyID, pageSize: pageSize) {
            pages.append($0)
        }
        return (pages, summary)
    }

    /// The pages a session stepped one after the other gives, and its summary.
    static func stepped(
        _ database: CollectaDatabase, on date: LocalDate, hierarchyID: String? = nil, pageSize: Int
    ) throws -> (pages: [[CustomerDecision]], summary: SimulationSummary) {
        var session = try SimulationSession.start(
            on: date, hierarchyID: hierarchyID, pageSize: pageSize, in: database)
        var pages: [[CustomerDecision]] = []
        while let page = try session.step() { pages.append(page) }
        return (pages, session.summary)
    }

    @Test("pages of 7 on several threads equal stepping page by page and one page of everything")
    func severalPagesEqualOne() throws {
        let (directory, path) = try Self.companyFile()
        defer { try? FileManager.default.removeItem(at: directory) }
        let readOnly = try CollectaDatabase.open(path: path, access: .readOnly)
        let readWrite = try CollectaDatabase.open(path: path)
        for date in [Self.today, Self.today.adding(days: 9), Self.today.adding(days: 40)] {
            let whole = try Self.simulated(readOnly, on: date, pageSize: 100_000)
            #expect(whole.pages.count == 1)
            #expect(whole.summary.customersConsidered == 230)
            let stepwise = try Self.stepped(readOnly, on: date, pageSize: 7)
            #expect(stepwise.pages.count == 33)  // 230 customers in pages of 7
            #expect(stepwise.pages.flatMap { $0 } == whole.pages[0])
            #expect(stepwise.summary == whole.summary)
            for database in [readOnly, readWrite] {
                let parallel = try Self.simulated(database, on: date, pageSize: 7)
                #expect(parallel.pages == stepwise.pages, "\(date)")
                #expect(parallel.summary == whole.summary, "\(date)")
            }
        }
    }

    @Test("with a hierarchy, the pages hold its customers only, as stepping gives them")
    func oneHierarchy() throws {
        let (directory, path) = try Self.companyFile()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try CollectaDatabase.open(path: path, access: .readOnly)
        let date = Self.today.adding(days: 5)
        let all = try Self.simulated(database, on: date, pageSize: 100_000).pages[0]
        let hierarchyID = try #require(all.compactMap(\.assignment?.hierarchyID).first)
        let parallel = try Self.simulated(database, on: date, hierarchyID: hierarchyID, pageSize: 10)
        let stepwise = try Self.stepped(database, on: date, hierarchyID: hierarchyID, pageSize: 10)
        #expect(parallel.pages == stepwise.pages)
        #expect(parallel.summary == stepwise.summary)
        #expect(parallel.pages.flatMap { $0 } == all.filter { $0.assignment?.hierarchyID == hierarchyID })
    }

    @Test("a session stepped part of the way finishes the remaining pages in parallel")
    func stepThenFinish() throws {
        let (directory, path) = try Self.companyFile()
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try CollectaDatabase.open(path: path, access: .readOnly)
        let stepwise = try Self.stepped(database, on: Self.today, pageSize: 8)
        var session = try SimulationSession.start(on: Self.today, pageSize: 8, in: database)
        var pages = [try #require(try session.step()), try #require(try session.step())]
        try session.finishInParallel { pages.append($0) }
        #expect(pages == stepwise.pages)
        #expect(session.summary == stepwise.summary)
        #expect(session.isOver)
    }
}

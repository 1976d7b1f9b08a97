import CollectaCore
import GRDB
import Testing
@testable import CollectaStore

@Suite("History queries (R18)")
struct HistoryQueryTests {
    private static let rows: [(date: String, hierarchy: String, customer: String, action: String, status: String)] = [
        ("2026-02-01", "H-BIG", "C1", "email", "executed"),
        ("2026-02-03", "H-RETAIL", "C2", "letter", "executed"),
        ("2026-02-03", "H-BIG", "C1", "activity", "failed"),
        ("2026-02-05", "H-RETAIL", "C2", "email", "failed"),
        ("2026-02-02", "H-RETAIL", "C5", "predictionActivity", "executed"),
    ]

    private func database() throws -> CollectaDatabase {
        let database = try QueryFixtures.database()
        try QueryFixtures.insertHistory(Self.rows, into: database)
        return database
    }

    @Test("Rows come newest first: run date descending, then id descending")
    func newestFirst() throws {
        let history = try database().history(limit: 10)
        #expect(history.map(\.id) == [4, 3, 2, 5, 1])
        let first = try #require(history.first)
        #expect(first.recipients == ["a@example.com", "b@example.com"])
        #expect(first.dueDate == LocalDate(iso: "2026-01-31"))
        #expect(first.daysFromDue == 3 && first.stepLine == 2 && !first.isPreDunning)
        #expect(first.action == .email && first.status == .failed)
    }

    @Test("Each filter narrows the rows, and filters combine")
    func filters() throws {
        let database = try database()
        func ids(_ filter: HistoryFilter) throws -> [Int64?] {
            try database.history(matching: filter, limit: 10).map(\.id)
        }
        #expect(try ids(HistoryFilter(hierarchyID: "H-BIG")) == [3, 1])
        #expect(try ids(HistoryFilter(customerAccount: "C2")) == [4, 2])
        #expect(try ids(HistoryFilter(from: LocalDate(iso: "2026-02-02"), to: LocalDate(iso: "2026-02-03"))) == [3, 2, 5])
        #expect(try ids(HistoryFilter(status: .failed)) == [4, 3])
        #expect(try ids(HistoryFilter(action: .predictionActivity)) == [5])
        #expect(try ids(HistoryFilter(hierarchyID: "H-RETAIL", status: .executed)) == [2, 5])
        #expect(try ids(HistoryFilter(customerAccount: "C4")).isEmpty)
    }

    @Test("Pages follow each other by keyset without gaps or repeats")
    func paging() throws {
        let database = try database()
        var pages: [[Int64?]] = []
        var position: HistoryPosition?
        repeat {
            let page = try database.history(after: position, limit: 2)
            if page.isEmpty { break }
            pages.append(page.map(\.id))
            position = page.last?.position
        } while true
        #expect(pages == [[4, 3], [2, 5], [1]])
        #expect(try database.history(limit: 0).isEmpty)
    }

    @Test("A row with an unreadable stored value is reported with its key")
    func unreadableValue() throws {
        let database = try database()
        try database.writer.write { db in
            try db.execute(sql: "UPDATE history SET due_date = '31/01/2026' WHERE id = 1")
        }
        #expect(throws: StoredValueError(table: "history", key: "1", column: "due_date", value: "31/01/2026")) {
            try database.history(limit: 10)
        }
    }

    @Test("Every filter reads history along an index, without sorting the table", arguments: [
        HistoryFilter(), HistoryFilter(hierarchyID: "H-BIG", from: LocalDate(iso: "2026-02-01")),
        HistoryFilter(customerAccount: "C1", status: .failed), HistoryFilter(to: LocalDate(iso: "2026-02-03")),
    ])
    func usesIndexes(filter: HistoryFilter) throws {
        let database = try database()
        let position = HistoryPosition(runDate: LocalDate(iso: "2026-02-03")!, id: 3)
        let conditions = HistoryQuery.conditions(filter, after: position)
        let plan = try database.writer.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN " + HistoryQuery.select(conditions, order: "DESC") + " LIMIT 5",
                arguments: conditions.arguments
            ).map { $0["detail"] as String }.joined(separator: "\n")
        }
        #expect(plan.contains("USING INDEX history_by"), "\(plan)")
        #expect(!plan.contains("TEMP B-TREE"), "\(plan)")
        // What a row created is looked up by primary key, row by row.
        #expect(plan.contains("SEARCH outbox_email USING INTEGER PRIMARY KEY"), "\(plan)")
        #expect(plan.contains("SEARCH collection_letter USING INTEGER PRIMARY KEY"), "\(plan)")
    }
}

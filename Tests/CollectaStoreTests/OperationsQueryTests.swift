import CollectaCore
import GRDB
import Testing
@testable import CollectaStore

@Suite("Operations queries: history pages, lookups by id, closing activities")
struct OperationsQueryTests {
    static let today = LocalDate(iso: "2026-11-29")!

    /// The 20-customer demo company after two runs of the automation.
    static func ranDatabase() throws -> CollectaDatabase {
        let database = try CollectaDatabase.inMemory()
        try database.load(DemoCompany.makeDataset(customers: 20, seed: 1, today: today))
        try database.run(RunOptions(runDate: today.adding(days: -20), startedAt: "2026-11-09T08:00:00Z"))
        try database.run(RunOptions(runDate: today, startedAt: "2026-11-29T08:00:00Z"))
        return database
    }

    @Test("Offset pages from a known row, and pages counted from the oldest, read what keyset paging reads")
    func pagesAgree() throws {
        let database = try Self.ranDatabase()
        let all = try database.history(limit: 10_000)
        #expect(try database.countHistory() == all.count)
        #expect(all.count > 6)
        let middle = try database.history(matching: HistoryFilter(), after: all[1].position, skipping: 2, limit: 3)
        #expect(middle == Array(all[4..<7]))
        let tail = try database.history(matching: HistoryFilter(), skippingOldest: 0, limit: 3)
        #expect(tail == Array(all.suffix(3)))
        let executed = try database.countHistory(matching: HistoryFilter(status: .executed))
        #expect(executed == all.filter { $0.status == .executed }.count)
    }

    @Test("A history row's created record is found by its id")
    func lookups() throws {
        let database = try Self.ranDatabase()
        let all = try database.history(limit: 10_000)
        for entry in all {
            guard let record = entry.createdRecord, let colon = record.firstIndex(of: ":") else { continue }
            let id = Int64(record[record.index(after: colon)...])!
            switch record[..<colon] {
            case "email": #expect(try database.outboxEmail(id: id)?.customerAccount == entry.customerAccount)
            case "letter": #expect(try database.collectionLetter(id: id)?.invoiceIDs.isEmpty == false)
            case "activity": #expect(try database.activity(id: id)?.customerAccount == entry.customerAccount)
            default: Issue.record("unknown record \(record)")
            }
        }
        #expect(try database.outboxEmail(id: 999_999) == nil)
        #expect(try database.activity(id: 999_999) == nil)
    }

    @Test("Closing an activity sets is_closed, closed_on and the note once; the worklist loses it")
    func closing() throws {
        let database = try Self.ranDatabase()
        let open = try database.countOpenActivities(matching: WorklistFilter())
        let activity = try #require(try database.openActivities(matching: WorklistFilter(), offset: 0, limit: 1).first)
        #expect(try database.closeActivity(id: activity.id!, on: Self.today, note: "Paid by phone"))
        #expect(try database.closeActivity(id: activity.id!, on: Self.today, note: "again") == false)
        #expect(try database.countOpenActivities(matching: WorklistFilter()) == open - 1)
        let closing = try #require(try database.activityClosing(id: activity.id!))
        #expect(closing.closedOn == "2026-11-29" && closing.note == "Paid by phone")
        #expect(try database.activity(id: activity.id!)?.isClosed == true)
    }

    @Test("The customer's invoices come a page at a time, the earliest due first")
    func invoices() throws {
        let database = try Self.ranDatabase()
        let account = try #require(try database.history(limit: 1).first?.customerAccount)
        let count = try database.countInvoices(ofCustomer: account)
        let lines = try database.invoiceLines(ofCustomer: account, offset: 0, limit: count)
        #expect(lines.count == count)
        #expect(lines.map(\.dueDate) == lines.map(\.dueDate).sorted())
        #expect(try database.invoiceLines(ofCustomer: account, offset: 1, limit: 1).first == lines.dropFirst().first)
    }
}

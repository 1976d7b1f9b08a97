import CollectaCore
import Testing
@testable import CollectaStore

@Suite("Assignment change log and customer search")
struct AssignmentChangeTests {
    @Test("assign, move and unassign log one change each: from, to, who, when; a no-op removal logs nothing")
    func log() throws {
        let database = try QueryFixtures.database()
        _ = try database.assign(["C1", "C2"], toHierarchy: "H-RETAIL", by: "anna", at: "2026-03-01T09:00:00Z")
        _ = try database.assign(["C1"], toHierarchy: "H-BIG", by: "boris", at: "2026-03-02T09:00:00Z")
        _ = try database.unassign(["C2", "C3"], by: "vera", at: "2026-03-03T09:00:00Z")
        let changes = try database.assignmentChanges(limit: 10)
        #expect(changes.map { [$0.customerAccount, $0.fromHierarchyID ?? "-", $0.toHierarchyID ?? "-", $0.changedBy, $0.changedAt] } == [
            ["C2", "H-RETAIL", "-", "vera", "2026-03-03T09:00:00Z"],
            ["C1", "H-RETAIL", "H-BIG", "boris", "2026-03-02T09:00:00Z"],
            ["C2", "-", "H-RETAIL", "anna", "2026-03-01T09:00:00Z"],
            ["C1", "-", "H-RETAIL", "anna", "2026-03-01T09:00:00Z"],
        ])
        #expect(try database.assignmentChanges(customer: "C1", limit: 10).map(\.toHierarchyID) == ["H-BIG", "H-RETAIL"])
        #expect(try database.assignmentChanges(hierarchy: "H-BIG", limit: 10).map(\.customerAccount) == ["C1"])
        #expect(try database.assignmentChanges(hierarchy: "H-RETAIL", limit: 10).count == 4)
        let first = try database.assignmentChanges(limit: 2)
        let next = try database.assignmentChanges(after: first.last?.id, limit: 2)
        #expect(next.map(\.changedBy) == ["anna", "anna"])
    }

    @Test("a refused assign logs nothing")
    func refusedLogsNothing() throws {
        let database = try QueryFixtures.database()
        _ = try? database.assign(["C1", "NOPE"], toHierarchy: "H-BIG", by: "anna", at: "2026-03-01T09:00:00Z")
        #expect(try database.assignmentChanges(limit: 10).isEmpty)
    }

    @Test("search matches every word in the account or name, ignoring case in Cyrillic and Latin")
    func search() throws {
        let database = try QueryFixtures.database()
        #expect(try database.searchCustomers("ром", offset: 0, limit: 10).map(\.account) == ["C1"])
        #expect(try database.searchCustomers("РОМАШ", offset: 0, limit: 10).map(\.account) == ["C1"])
        #expect(try database.searchCustomers("ооо", offset: 0, limit: 10).map(\.account) == ["C1", "C4"])
        #expect(try database.searchCustomers("ооо вект", offset: 0, limit: 10).map(\.account) == ["C4"])
        #expect(try database.searchCustomers("ACME", offset: 0, limit: 10).map(\.name) == ["Acme Ltd"])
        #expect(try database.searchCustomers("c5 gmbh", offset: 0, limit: 10).map(\.account) == ["C5"])
        #expect(try database.countCustomers(searching: "") == 5)
        #expect(try database.countCustomers(searching: "%") == 0)
        #expect(try database.searchCustomers("", offset: 3, limit: 10).map(\.account) == ["C4", "C5"])
        _ = try database.assign(["C3"], toHierarchy: "H-BIG", by: "anna", at: "2026-03-01T09:00:00Z")
        #expect(try database.searchCustomers("acme", offset: 0, limit: 1).first?.manualHierarchyID == "H-BIG")
        #expect(try database.customerAccounts(searching: "ооо") == ["C1", "C4"])
    }
}

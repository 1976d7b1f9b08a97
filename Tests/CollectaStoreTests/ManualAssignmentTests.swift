import CollectaCore
import Testing
@testable import CollectaStore

@Suite("Manual assignments (R1: manual wins)")
struct ManualAssignmentTests {
    private let timestamp = "2026-03-01T09:30:00Z"

    @Test("assign inserts or replaces, records who and when, and reports the previous hierarchy")
    func assign() throws {
        let database = try QueryFixtures.database()
        let first = try database.assign(["C4", "C2", "C4"], toHierarchy: "H-FOREIGN", by: "anna", at: timestamp)
        #expect(first == [
            ManualAssignmentChange(customerAccount: "C4", previousHierarchyID: nil, hierarchyID: "H-FOREIGN"),
            ManualAssignmentChange(customerAccount: "C2", previousHierarchyID: nil, hierarchyID: "H-FOREIGN"),
        ])
        let second = try database.assign(["C2"], toHierarchy: "H-BIG", by: "boris", at: "2026-03-02T10:00:00Z")
        #expect(second.first?.previousHierarchyID == "H-FOREIGN")
        #expect(try database.manualAssignments(limit: 10) == [
            ManualAssignment(customerAccount: "C2", hierarchyID: "H-BIG", assignedBy: "boris", assignedAt: "2026-03-02T10:00:00Z"),
            ManualAssignment(customerAccount: "C4", hierarchyID: "H-FOREIGN", assignedBy: "anna", assignedAt: timestamp),
        ])
        #expect(try database.manualAssignments(toHierarchy: "H-FOREIGN", limit: 10).map(\.customerAccount) == ["C4"])
        #expect(try database.manualAssignments(after: "C2", limit: 10).map(\.customerAccount) == ["C4"])
    }

    @Test("assign refuses an unknown hierarchy or customer, naming every one, and writes nothing")
    func assignRefusal() throws {
        let database = try QueryFixtures.database()
        let refusal = #expect(throws: ManualAssignmentRefusal.self) {
            try database.assign(["C1", "NOPE", "C2", "GONE"], toHierarchy: "H-NONE", by: "anna", at: timestamp)
        }
        #expect(refusal?.problems == [
            "unknown hierarchy 'H-NONE'", "unknown customer 'NOPE'", "unknown customer 'GONE'",
        ])
        #expect(throws: ManualAssignmentRefusal(unknownHierarchyID: nil, unknownCustomerAccounts: ["X"])) {
            try database.assign(["C1", "X"], toHierarchy: "H-BIG", by: "anna", at: timestamp)
        }
        #expect(try database.manualAssignments(limit: 10).isEmpty)
    }

    @Test("unassign removes manual assignments, all or nothing")
    func unassign() throws {
        let database = try QueryFixtures.database()
        _ = try database.assign(["C1", "C2"], toHierarchy: "H-RETAIL", by: "anna", at: timestamp)
        #expect(throws: ManualAssignmentRefusal(unknownHierarchyID: nil, unknownCustomerAccounts: ["NOPE"])) {
            try database.unassign(["C1", "NOPE"], by: "anna", at: timestamp)
        }
        #expect(try database.manualAssignments(limit: 10).count == 2)
        let changes = try database.unassign(["C1", "C3"], by: "boris", at: "2026-03-03T08:00:00Z")
        #expect(changes == [
            ManualAssignmentChange(customerAccount: "C1", previousHierarchyID: "H-RETAIL", hierarchyID: nil),
            ManualAssignmentChange(customerAccount: "C3", previousHierarchyID: nil, hierarchyID: nil),
        ])
        #expect(try database.manualAssignments(limit: 10).map(\.customerAccount) == ["C2"])
        #expect(try database.unknownCustomerAccounts(among: ["C5", "Z", "C1"]) == ["Z"])
    }
}

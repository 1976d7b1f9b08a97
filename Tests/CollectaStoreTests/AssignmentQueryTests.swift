import CollectaCore
import Testing
@testable import CollectaStore

@Suite("Assignment pages (R1)")
struct AssignmentQueryTests {
    private let configuration = QueryFixtures.configuration
    private let asOf = QueryFixtures.asOf

    private func assignments(
        _ database: CollectaDatabase, _ filter: AssignmentFilter = .all, pageSize: Int = 2
    ) throws -> [CustomerAssignment] {
        var all: [CustomerAssignment] = []
        try database.forEachAssignmentPage(
            configuration: configuration, asOf: asOf, filter: filter, pageSize: pageSize
        ) { page in
            #expect(page.count <= pageSize)
            all += page
        }
        return all
    }

    @Test("R1: the lowest-ranked active hierarchy whose pool matches wins; none leaves it unassigned")
    func poolAssignments() throws {
        let all = try assignments(try QueryFixtures.database())
        #expect(all.map(\.account) == ["C1", "C2", "C3", "C4", "C5"])
        #expect(all.map(\.assignment?.hierarchyID) == ["H-BIG", "H-RETAIL", nil, nil, "H-RETAIL"])
        #expect(all.first?.name == "ООО «Ромашка»")
        #expect(all[0].candidates.map(\.outcome) == [.wins, .outranked])
        #expect(all[2].candidates == [
            AssignmentCandidate(hierarchyID: "H-FOREIGN", rank: 3, source: .pool, outcome: .inactive),
        ])
        #expect(all[3].candidates.isEmpty)
    }

    @Test("R1: a manual assignment wins over every pool and carries who and when")
    func manualWins() throws {
        let database = try QueryFixtures.database()
        _ = try database.assign(["C1"], toHierarchy: "H-FOREIGN", by: "anna", at: "2026-03-01T09:30:00Z")
        let customer = try #require(
            try database.assignment(ofCustomer: "C1", configuration: configuration, asOf: asOf))
        #expect(customer.assignment == Assignment(hierarchyID: "H-FOREIGN", source: .manual))
        #expect(customer.manualAssignment?.assignedBy == "anna")
        #expect(customer.candidates.map(\.outcome) == [.overriddenByManual, .overriddenByManual, .wins])
        #expect(try database.assignment(ofCustomer: "NOPE", configuration: configuration, asOf: asOf) == nil)
    }

    @Test("Filters: the customers a hierarchy gets, and those it has a claim on")
    func filters() throws {
        let database = try QueryFixtures.database()
        #expect(try assignments(database, .assigned(toHierarchy: "H-RETAIL")).map(\.account) == ["C2", "C5"])
        #expect(try assignments(database, .claimed(byHierarchy: "H-RETAIL")).map(\.account) == ["C1", "C2", "C5"])
        #expect(try assignments(database, .claimed(byHierarchy: "H-FOREIGN"), pageSize: 1).map(\.account) == ["C3", "C5"])
        let page = try database.assignmentPage(
            configuration: configuration, asOf: asOf, filter: .assigned(toHierarchy: "H-BIG"),
            after: "C1", limit: 2)
        #expect(page.customers.isEmpty && page.nextAccount == "C3")
        let last = try database.assignmentPage(configuration: configuration, asOf: asOf, after: "C4", limit: 2)
        #expect(last.customers.map(\.account) == ["C5"] && last.nextAccount == nil)
        var limited: [String] = []
        try database.forEachAssignmentPage(
            configuration: configuration, asOf: asOf, pageSize: 2, limit: 3
        ) { limited += $0.map(\.account) }
        #expect(limited == ["C1", "C2", "C3"])
    }
}

import Testing
import CollectaCore

@Suite("R1 assignment and R14 language")
struct AssignmentTests {
    /// Hierarchies H1 (rank 1, pool P1), H2 (rank 2, P2), H3 (rank 3, P3, inactive).
    let resolver = AssignmentResolver(configuration: CollectionsConfiguration(
        parameters: AutomationParameters(companyName: "Co", companyCurrency: "RUB"),
        hierarchies: [
            ProcessHierarchy(id: "H2", description: "", rank: 2, poolID: "P2"),
            ProcessHierarchy(id: "H3", description: "", rank: 3, poolID: "P3", isActive: false),
            ProcessHierarchy(id: "H1", description: "", rank: 1, poolID: "P1"),
        ]))

    @Test("R1: among matching pools, rank 1 wins")
    func lowestRankWins() {
        #expect(resolver.assignment(manualHierarchyID: nil, matchingPoolIDs: ["P2", "P1"])
            == Assignment(hierarchyID: "H1", source: .pool))
        #expect(resolver.assignment(manualHierarchyID: nil, matchingPoolIDs: ["P2"])
            == Assignment(hierarchyID: "H2", source: .pool))
    }

    @Test("R1: a manual assignment wins over every pool")
    func manualWins() {
        #expect(resolver.assignment(manualHierarchyID: "H2", matchingPoolIDs: ["P1"])
            == Assignment(hierarchyID: "H2", source: .manual))
    }

    @Test("R1: inactive hierarchies get no customers from pools; no match means not assigned")
    func inactiveAndUnmatched() {
        #expect(resolver.assignment(manualHierarchyID: nil, matchingPoolIDs: ["P3"]) == nil)
        #expect(resolver.assignment(manualHierarchyID: nil, matchingPoolIDs: []) == nil)
    }

    @Test("R1: the preview lists every claim in rank order with its outcome")
    func candidates() {
        let pooled = resolver.candidates(manualHierarchyID: nil, matchingPoolIDs: ["P1", "P2", "P3"])
        #expect(pooled.map(\.hierarchyID) == ["H1", "H2", "H3"])
        #expect(pooled.map(\.outcome) == [.wins, .outranked, .inactive])
        let manual = resolver.candidates(manualHierarchyID: "H2", matchingPoolIDs: ["P1"])
        #expect(manual.map(\.hierarchyID) == ["H1", "H2"])
        #expect(manual.map(\.outcome) == [.overriddenByManual, .wins])
        #expect(manual.map(\.source) == [.pool, .manual])
    }

    @Test("R14: exact language, then primary subtag, then the template default", arguments: [
        ("ru-RU", ["en", "ru"], "ru"),
        ("ru", ["en", "ru-RU"], "en"),
        ("en-US", ["en-US", "en"], "en-US"),
        ("EN-gb", ["en", "ru"], "en"),
        ("de", ["en", "ru"], "en"),
        ("pt_BR", ["pt", "en"], "pt"),
    ])
    func language(customer: String, available: [String], expected: String) {
        #expect(LanguageChoice.language(
            for: customer, available: available, defaultLanguage: "en") == expected)
    }
}

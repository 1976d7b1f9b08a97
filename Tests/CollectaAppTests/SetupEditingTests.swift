import CollectaCore
import CollectaStore
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("Collections process setup: editing")
struct SetupEditingTests {
    /// Adds a pool no hierarchy uses.
    private func addSparePool(_ context: AppContext) throws -> Int {
        let violations = try context.saveConfiguration {
            $0.pools.append(CustomerPool(id: "SPARE", description: "Spare", criteria: [PoolCriterion(field: .country, range: "DE")]))
        }
        #expect(violations.isEmpty)
        return try #require(context.configuration().pools.firstIndex { $0.id == "SPARE" })
    }

    @Test("Create a hierarchy with a pool, add three steps; a second pre-dunning step is refused at its field")
    func createHierarchyAndSteps() throws {
        let (driver, context) = try SetupHarness.open()
        let poolIndex = try addSparePool(context)
        driver.send(.escape, .enter)                              // open the page again, with the pool
        driver.send(.function(7))
        driver.type("NEW")
        driver.send(.tab)
        driver.type("New customers")
        driver.send(.tab, .tab)                                   // rank 4 proposed
        for _ in 0...poolIndex { driver.send(.right) }
        driver.send(.function(2))
        var configuration = try context.configuration()
        let created = try #require(configuration.hierarchies.first { $0.id == "NEW" })
        #expect(created.poolID == "SPARE")
        #expect(created.rank == 4)
        #expect(driver.lines.contains { $0.hasPrefix("│NEW ") })
        #expect(driver.lines.contains { $0.contains("Saved.") })

        // 1: an activity after 1 day.
        driver.send(.tab, .function(7), .tab)
        driver.type("Call")
        driver.send(.tab, .tab, .right, .function(2))
        // 2: the pre-dunning activity, 5 days before due.
        driver.send(.function(7), .tab)
        driver.type("Early call")
        driver.send(.tab, .tab, .right, .tab, .left, .tab, .backspace)
        driver.type("5")
        driver.send(.tab, .character(" "), .function(2))
        // 3: a collection letter after 14 days (no business document).
        driver.send(.function(7), .tab)
        driver.type("Letter")
        driver.send(.tab, .right, .right, .tab, .tab, .tab, .backspace)
        driver.type("14")
        driver.send(.function(2))
        configuration = try context.configuration()
        let steps = try #require(configuration.hierarchies.first { $0.id == "NEW" }).steps
        #expect(steps.map(\.line) == [10, 20, 30])
        #expect(steps.map(\.action) == [.activity, .activity, .letter])
        #expect(steps[1].isPreDunning && steps[1].timing == .before && steps[1].days == 5)
        #expect(steps[2].documentID == nil && steps[2].days == 14)

        // 4: a second pre-dunning step is refused, the C3 message under Pre-dunning.
        driver.send(.function(7), .tab)
        driver.type("Second early call")
        driver.send(.tab, .tab, .right, .tab, .left, .tab, .backspace)
        driver.type("3")
        driver.send(.tab, .character(" "), .function(2))
        let message = SetupHarness.line(after: "Pre-dunning", in: driver.lines)
        #expect(message?.contains("C3: line 20 is already the pre-dunning step") == true)
        #expect(driver.lines[28].contains("C3"))
        #expect(try context.configuration() == configuration)
    }

    @Test("A duplicate rank is refused with the C1 message under Rank; nothing is written")
    func duplicateRank() throws {
        let (driver, context) = try SetupHarness.open(language: .russian)
        let before = try context.configuration()
        driver.send(.down, .function(4), .tab, .backspace)
        driver.type("1")
        driver.send(.function(2))
        let message = SetupHarness.line(after: SetupTexts.rank(.russian), in: driver.lines)
        #expect(message?.contains("C1: ранг") == true)
        #expect(try context.configuration() == before)
    }

    @Test("[ and ] swap the selected hierarchy's rank with its neighbour in one save")
    func reorderRanks() throws {
        let (driver, context) = try SetupHarness.open()
        driver.send(.character("]"))
        var ranks = Dictionary(uniqueKeysWithValues: try context.configuration().hierarchies.map { ($0.id, $0.rank) })
        #expect(ranks == ["RU": 1, "KEY": 2, "INTL": 3])
        let ru = try #require(driver.lines.firstIndex { $0.hasPrefix("│RU ") })
        let key = try #require(driver.lines.firstIndex { $0.hasPrefix("│KEY ") })
        #expect(ru < key)
        driver.send(.character("["))
        ranks = Dictionary(uniqueKeysWithValues: try context.configuration().hierarchies.map { ($0.id, $0.rank) })
        #expect(ranks == ["KEY": 1, "RU": 2, "INTL": 3])
        driver.send(.character("["))
        #expect(driver.lines[28].contains("already has the first rank"))
        driver.send(.tab, .character("]"))
        #expect(driver.lines[28].contains("Tab"))
    }

    @Test("Deleting a hierarchy customers are assigned to by hand is refused, naming them; a step is deleted after Yes")
    func deletion() throws {
        let (driver, context) = try SetupHarness.open()
        let account = try #require(DemoCompany.makeDataset(customers: 20, seed: 1, today: AppTestHarness.today).customers.first?.account)
        _ = try context.database.assign([account], toHierarchy: "INTL", by: "test", at: "2026-11-29T10:00:00Z")
        let before = try context.configuration()
        driver.send(.end, .function(8))
        #expect(SetupHarness.contains("Delete the process hierarchy INTL", driver))
        driver.send(.left, .enter)
        #expect(SetupHarness.contains(account, driver))
        #expect(SetupHarness.contains("cannot be deleted", driver))
        #expect(try context.configuration() == before)
        driver.send(.enter)

        driver.send(.home, .tab, .end, .function(8))
        driver.send(.enter)                                        // No
        #expect(try context.configuration() == before)
        driver.send(.function(8), .left, .enter)                   // Yes
        let steps = try #require(context.configuration().hierarchies.first { $0.id == "KEY" }).steps
        #expect(steps.map(\.line) == [10, 20, 30, 40, 50])
    }

    @Test("Deleting an unassigned hierarchy after Yes removes it with its steps")
    func deleteHierarchy() throws {
        let (driver, context) = try SetupHarness.open(language: .russian)
        driver.send(.end, .function(8), .left, .enter)
        #expect(try context.configuration().hierarchies.map(\.id).sorted() == ["KEY", "RU"])
        #expect(!driver.lines.contains { $0.hasPrefix("│INTL") })
    }

    @Test("Esc on a form with edits asks to discard; No stays, Yes leaves without saving")
    func discardChanges() throws {
        let (driver, context) = try SetupHarness.open()
        let before = try context.configuration()
        driver.send(.function(4))
        driver.send(.escape)
        #expect(driver.lines[0].contains("Collections process setup"))
        driver.send(.function(4))
        driver.type(" changed")
        driver.send(.escape)
        #expect(SetupHarness.contains("Discard the unsaved changes?", driver))
        driver.send(.enter)
        #expect(driver.lines[0].contains("Process hierarchy"))
        driver.send(.escape, .left, .enter)
        #expect(driver.lines[0].contains("Collections process setup"))
        #expect(try context.configuration() == before)
    }

    @Test("Editing a step saves it and keeps it selected")
    func editStep() throws {
        let (driver, context) = try SetupHarness.open()
        driver.send(.tab, .down, .function(4), .tab, .tab, .tab, .tab, .tab, .backspace)
        driver.type("4")
        driver.send(.function(2))
        let step = try #require(context.configuration().hierarchies.first { $0.id == "KEY" }?.steps.first { $0.line == 20 })
        #expect(step.days == 4)
        #expect(driver.lines.contains { $0.contains("REMINDER") && $0.contains(" 4 ") })
    }
}

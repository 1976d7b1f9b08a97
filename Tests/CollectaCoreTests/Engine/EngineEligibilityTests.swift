import Testing
import CollectaCore

/// R1, R2, R3, R9 and R17 as the engine applies them.
@Suite("Engine: who is processed")
struct EngineEligibilityTests {
    @Test("R2: disputed and promised-to-pay invoices are not eligible; resolved and broken are",
          arguments: [
            (CollectionsStatus.notDisputed, true), (.disputed, false), (.promisedToPay, false),
            (.resolved, true), (.promiseBroken, true),
          ])
    func statuses(status: CollectionsStatus, acts: Bool) {
        var world = EngineWorld()
        world.addInvoice("I1", due: "2026-01-15", status: status)
        let decision = world.decide(on: "2026-01-20")
        #expect(decision.actions.isEmpty == !acts)
        if !acts { #expect(decision.reason == .noEligibleInvoice) }
    }

    @Test("R2: only origins the hierarchy includes are eligible")
    func origins() {
        var world = EngineWorld()
        world.hierarchy.includedOrigins = [.salesOrder]
        world.addInvoice("I1", due: "2026-01-15", origin: .project)
        #expect(world.decide(on: "2026-01-20").reason == .noEligibleInvoice)
        world.addInvoice("I2", due: "2026-01-18", origin: .salesOrder)
        #expect(world.decide(on: "2026-01-20").leadingInvoiceID == "I2")
    }

    @Test("R3: customer aging balance below the amount skips the customer; equal is kept",
          arguments: [("900.00", false), ("999.99", false), ("1000.00", true)])
    func agingBalance(open: String, acts: Bool) {
        var world = EngineWorld()
        world.hierarchy.exclusionRule = .customerAgingBalance
        world.hierarchy.exclusionAmount = Money(decimal: "1000.00")!
        world.addInvoice("I1", due: "2026-01-15", amount: open)
        let decision = world.decide(on: "2026-01-20")
        #expect(decision.reason == (acts ? .acted : .excluded))
    }

    @Test("R3: invoice amount below X ignores the invoice; none left skips the customer")
    func invoiceAmount() {
        var world = EngineWorld()
        world.hierarchy.exclusionRule = .invoiceAmount
        world.hierarchy.exclusionAmount = Money(decimal: "500.00")!
        world.addInvoice("SMALL", due: "2026-01-01", amount: "100.00")
        #expect(world.decide(on: "2026-01-20").reason == .excluded)
        world.addInvoice("BIG", due: "2026-01-15", amount: "800.00")
        let decision = world.decide(on: "2026-01-20")
        #expect(decision.leadingInvoiceID == "BIG")
        #expect(decision.summary == ["email:10:BIG"])
    }

    @Test("R9: nothing within quiet days; the day after them acts", arguments: [
        ("2026-03-15", false), ("2026-03-16", true),
    ])
    func quietDays(date: String, acts: Bool) {
        var world = EngineWorld()
        world.hierarchy.quietDays = 5
        world.lastContact = day("2026-03-10")
        world.addInvoice("I1", due: "2026-02-01")
        let decision = world.decide(on: date)
        if acts {
            #expect(decision.reason == .acted)
        } else {
            #expect(decision.reason == .quietDays(until: day("2026-03-16")))
            #expect(decision.actions.isEmpty)
        }
    }

    @Test("R1: unmatched customers and customers of another hierarchy are not processed")
    func notAssigned() {
        var world = EngineWorld()
        world.addInvoice("I1", due: "2026-01-15")
        world.matchingPools = []
        #expect(world.decide(on: "2026-01-20").reason == .notAssigned)
        world.matchingPools = ["P"]
        world.filter = "OTHER"
        #expect(world.decide(on: "2026-01-20").reason == .notAssigned)
    }

    @Test("R1: a manual assignment to an inactive hierarchy processes nothing")
    func inactiveManual() {
        var world = EngineWorld()
        world.addInvoice("I1", due: "2026-01-15")
        world.hierarchy.isActive = false
        world.manualHierarchyID = "H"
        let decision = world.decide(on: "2026-01-20")
        #expect(decision.reason == .hierarchyInactive)
        #expect(decision.assignment == Assignment(hierarchyID: "H", source: .manual))
    }

    @Test("R17: a hierarchy that completed a run for the date creates nothing")
    func alreadyRan() {
        var world = EngineWorld()
        world.addInvoice("I1", due: "2026-01-15")
        world.completed = ["H"]
        let decision = world.decide(on: "2026-01-20")
        #expect(decision.reason == .alreadyRan)
        #expect(decision.actions.isEmpty)
    }
}

import Testing
import CollectaCore

/// R4–R8 and the spec's worked examples.
@Suite("Engine: step selection")
struct EngineStepTests {
    /// The spec's example: an invoice due 15 Jan, disputed, then resolved.
    func resolvedInvoice() -> EngineWorld {
        var world = EngineWorld()
        world.addInvoice("I1", due: "2026-01-15", status: .resolved)
        return world
    }

    @Test("Worked example, closest reached: resolved 24 Jan runs Second notice, First notice skipped")
    func workedExampleClosestReached24January() {
        let decision = resolvedInvoice().decide(on: "2026-01-24")
        #expect(decision.summary == ["email:20:I1"])
        #expect(decision.reason == .acted)
        #expect(decision.actions.first?.daysFromDue == 9)
    }

    @Test("Worked example, closest reached: resolved 2 Feb runs only the +15 activity")
    func workedExampleClosestReached2February() {
        #expect(resolvedInvoice().decide(on: "2026-02-02").summary == ["activity:40:I1"])
    }

    @Test("Worked example, track step: First notice on 2 Feb, then one later step per run")
    func workedExampleTrackStep() {
        var world = resolvedInvoice()
        world.hierarchy.usesTrackStep = true
        #expect(world.decide(on: "2026-02-02").summary == ["email:10:I1"])
        world.recordStep(10, for: "I1", on: "2026-02-02")
        world.lastContact = day("2026-02-02")
        #expect(world.decide(on: "2026-02-03").summary == ["email:20:I1"])
        world.recordStep(20, for: "I1", on: "2026-02-03")
        world.lastContact = day("2026-02-03")
        #expect(world.decide(on: "2026-02-04").summary == ["letter:30:I1"])
        world.recordStep(30, for: "I1", on: "2026-02-04")
        world.lastContact = day("2026-02-04")
        #expect(world.decide(on: "2026-02-05").summary == ["activity:40:I1"])
        world.recordStep(40, for: "I1", on: "2026-02-05")
        world.lastContact = day("2026-02-05")
        let done = world.decide(on: "2026-02-06")
        #expect(done.actions.isEmpty)
        #expect(done.reason == .stepAlreadyDone)
    }

    @Test("R7: track step waits until d reaches the next step's t")
    func trackStepWaits() {
        var world = EngineWorld()
        world.hierarchy.usesTrackStep = true
        world.addInvoice("I1", due: "2026-01-15")
        world.recordStep(10, for: "I1", on: "2026-01-16")
        let decision = world.decide(on: "2026-01-20")
        #expect(decision.reason == .noStepReached)
        #expect(decision.explanation.contains("next step 20"))
    }

    @Test("R6: days before the first step reach no step", arguments: ["2026-01-15", "2026-01-10"])
    func noStepReached(date: String) {
        var world = EngineWorld()
        world.hierarchy.steps.removeAll(where: \.isPreDunning)
        world.addInvoice("I1", due: "2026-01-15")
        let decision = world.decide(on: date)
        #expect(decision.actions.isEmpty)
        #expect(decision.reason == .noStepReached)
    }

    @Test("R6 table: the step with the largest t ≤ d", arguments: [
        ("2026-01-16", "email:10:I1"), ("2026-01-21", "email:10:I1"), ("2026-01-22", "email:20:I1"),
        ("2026-01-29", "letter:30:I1"), ("2026-01-30", "activity:40:I1"), ("2026-06-01", "activity:40:I1"),
    ])
    func closestReachedTable(date: String, expected: String) {
        var world = EngineWorld()
        world.addInvoice("I1", due: "2026-01-15")
        #expect(world.decide(on: date).summary == [expected])
    }

    @Test("R8: a step the leading invoice already had is not repeated")
    func noRepeats() {
        var world = EngineWorld()
        world.addInvoice("I1", due: "2026-01-15")
        world.recordStep(20, for: "I1", on: "2026-01-22")
        let decision = world.decide(on: "2026-01-25")
        #expect(decision.actions.isEmpty)
        #expect(decision.reason == .stepAlreadyDone)
    }

    @Test("R5: the leading invoice is the earliest due, then earliest issued, then lowest id")
    func leadingInvoice() {
        var world = EngineWorld()
        world.addInvoice("I3", due: "2026-01-20")
        world.addInvoice("I2", due: "2026-01-15", issued: "2025-12-05")
        world.addInvoice("I9", due: "2026-01-15", issued: "2025-12-01")
        world.addInvoice("I1", due: "2026-01-15", issued: "2025-12-05")
        #expect(world.decide(on: "2026-01-16").leadingInvoiceID == "I9")
        world.invoices.removeAll { $0.id == "I9" }
        #expect(world.decide(on: "2026-01-16").leadingInvoiceID == "I1")
    }

    @Test("R4: d is negative before the due date and counts whole days")
    func signedDays() {
        var world = EngineWorld()
        world.hierarchy.steps = [ProcessStep(
            line: 1, description: "Before", action: .activity, documentID: "CALL", timing: .before, days: 3)]
        world.addInvoice("I1", due: "2026-03-01")
        #expect(world.decide(on: "2026-02-26").actions.first?.daysFromDue == -3)
        #expect(world.decide(on: "2026-02-25").actions.isEmpty)
    }

    @Test("R12: with exclude-after-last-step, an exhausted invoice stops leading")
    func exhaustedInvoice() {
        var world = EngineWorld()
        world.parameters.excludesInvoiceAfterLastStep = true
        world.addInvoice("I1", due: "2026-01-01")
        world.addInvoice("I2", due: "2026-01-20")
        world.recordStep(40, for: "I1", on: "2026-01-16")
        let decision = world.decide(on: "2026-01-28")
        #expect(decision.leadingInvoiceID == "I2")
        #expect(decision.summary == ["email:20:I2"])
        world.parameters.excludesInvoiceAfterLastStep = false
        #expect(world.decide(on: "2026-01-28").reason == .stepAlreadyDone)
    }
}

import Testing
import CollectaCore

/// R10, R11, R13, R14 and R16.
@Suite("Engine: actions")
struct EngineActionTests {
    @Test("Worked example, R10: pre-dunning 5 days before due on the 18th covers the 22nd and 23rd")
    func preDunningWindow() {
        var world = EngineWorld()
        world.addInvoice("D22", due: "2026-03-22")
        world.addInvoice("D23", due: "2026-03-23")
        world.addInvoice("D24", due: "2026-03-24")
        let decision = world.decide(on: "2026-03-18")
        #expect(decision.summary == ["email:5:D22", "email:5:D23"])
        #expect(decision.actions.allSatisfy { $0.isPreDunning })
    }

    @Test("R10: an overdue eligible invoice blocks pre-dunning unless the option is on")
    func preDunningWhenOverdue() {
        var world = EngineWorld()
        world.addInvoice("OLD", due: "2026-03-10")
        world.addInvoice("NEW", due: "2026-03-20")
        #expect(world.decide(on: "2026-03-18").summary == ["email:20:OLD"])
        world.hierarchy.preDunsWhenOverdue = true
        #expect(world.decide(on: "2026-03-18").summary == ["email:20:OLD", "email:5:NEW"])
    }

    @Test("R10: an invoice gets the pre-dunning step once; it is not due on its due date")
    func preDunningOnce() {
        var world = EngineWorld()
        world.addInvoice("I1", due: "2026-03-20")
        world.recordStep(5, for: "I1", on: "2026-03-16")
        #expect(world.decide(on: "2026-03-18").actions.isEmpty)
        #expect(world.decide(on: "2026-03-20").actions.isEmpty)
    }

    @Test("R13 and R14: customer recipients have the purpose and an address; language ru-RU → ru")
    func customerRecipients() {
        var world = EngineWorld()
        world.addInvoice("I1", due: "2026-01-15")
        let action = world.decide(on: "2026-01-17").actions[0]
        #expect(action.recipients == ["anna@example.ru", "petr@example.ru"])
        #expect(action.contactName == "Анна")
        #expect(action.language == "ru")
        #expect(action.isExecutable)
    }

    @Test("R13: agent and sales group recipients; no address fails the action with a reason")
    func otherRecipients() {
        var world = EngineWorld()
        world.addInvoice("I1", due: "2026-01-15")
        #expect(world.decide(on: "2026-01-23").actions[0].recipients == ["agent@example.com"])
        world.updateStep(20) { $0.recipient = .salesGroup }
        #expect(world.decide(on: "2026-01-23").actions[0].recipients == ["seller@example.com"])
        world.customer.salesGroupID = nil
        let failed = world.decide(on: "2026-01-23").actions[0]
        #expect(!failed.isExecutable)
        #expect(failed.failure == "customer C1 has no sales group")
        world.contacts = []
        let noContact = world.decide(on: "2026-01-17").actions[0]
        #expect(noContact.failure?.contains("has purpose Collections and an email address") == true)
    }

    @Test("R14: a language without a message falls back to the template's default")
    func languageFallback() {
        var world = EngineWorld()
        world.customer.language = "de"
        world.addInvoice("I1", due: "2026-01-15")
        #expect(world.decide(on: "2026-01-17").actions[0].language == "en")
    }

    @Test("R11: a letter holds every overdue eligible invoice at the next level; the final repeats")
    func letters() {
        var world = EngineWorld()
        world.addInvoice("I1", due: "2026-01-01")
        world.addInvoice("I2", due: "2026-01-10")
        world.addInvoice("I3", due: "2026-02-10")
        world.addInvoice("DISPUTED", due: "2026-01-05", status: .disputed)
        let letter = world.decide(on: "2026-01-15").actions[0]
        #expect(letter.kind == .letter)
        #expect(letter.overdueInvoices.map(\.id) == ["I1", "I2"])
        #expect(letter.letterSequenceID == "STD")
        #expect(letter.letterLevel == 1)
        world.letterLevel = 2
        #expect(world.decide(on: "2026-01-15").actions[0].letterLevel == 3)
        world.letterLevel = 3
        #expect(world.decide(on: "2026-01-15").actions[0].letterLevel == 3)
        world.parameters.defaultLetterSequenceID = nil
        #expect(world.decide(on: "2026-01-15").actions[0].failure != nil)
    }

    @Test("R16: very late is checked first, benchmarks are inclusive, one activity at the worst level")
    func predictions() {
        var world = EngineWorld()
        world.hierarchy.usesPredictions = true
        world.hierarchy.steps = []
        world.addInvoice("I1", due: "2026-02-01")
        world.addInvoice("I2", due: "2026-02-05")
        world.addInvoice("I3", due: "2026-02-09")
        world.predictions = [
            prediction("I1", late: 3000, veryLate: 3000),  // late: 60 % ≥ 60 %
            prediction("I2", late: 1000, veryLate: 5000),  // very late: 50 % ≥ 50 %
            prediction("I3", late: 2000, veryLate: 4999),  // late only: 69.99 %
        ]
        let decision = world.decide(on: "2026-01-20")
        #expect(decision.summary == ["predictionActivity:-:I2"])
        #expect(decision.actions[0].predictionLevel == .veryLate)
        #expect(decision.actions[0].documentID == "PRED-VERY-LATE")
    }

    @Test("R16: never twice for the same invoice and level; below the benchmarks nothing")
    func predictionsOnce() {
        var world = EngineWorld()
        world.hierarchy.usesPredictions = true
        world.hierarchy.steps = []
        world.addInvoice("I1", due: "2026-02-01")
        world.predictions = [prediction("I1", late: 3000, veryLate: 3000)]
        world.predictionMarks = [PredictionMark(invoiceID: "I1", level: .late)]
        #expect(world.decide(on: "2026-01-20").actions.isEmpty)
        world.predictionMarks = []
        world.predictions = [prediction("I1", late: 2999, veryLate: 3000)]
        #expect(world.decide(on: "2026-01-20").actions.isEmpty)
        world.hierarchy.usesPredictions = false
        world.predictions = [prediction("I1", late: 0, veryLate: 9000)]
        #expect(world.decide(on: "2026-01-20").actions.isEmpty)
    }

    @Test("R16: a level already acted on is skipped; the next worst level of another invoice is used")
    func predictionsSkipMarkedLevel() {
        var world = EngineWorld()
        world.hierarchy.usesPredictions = true
        world.hierarchy.steps = []
        world.addInvoice("I1", due: "2026-02-01")
        world.addInvoice("I2", due: "2026-02-05")
        world.predictions = [
            prediction("I1", late: 6000, veryLate: 0),
            prediction("I2", late: 0, veryLate: 8000),
        ]
        world.predictionMarks = [PredictionMark(invoiceID: "I2", level: .veryLate)]
        let decision = world.decide(on: "2026-01-20")
        #expect(decision.summary == ["predictionActivity:-:I1"])
        #expect(decision.actions[0].predictionLevel == .late)
        #expect(decision.actions[0].documentID == "PRED-LATE")
    }

    @Test("R16: an invoice acted on as late gets one very-late activity when it reaches that level")
    func predictionsEscalate() {
        var world = EngineWorld()
        world.hierarchy.usesPredictions = true
        world.hierarchy.steps = []
        world.addInvoice("I1", due: "2026-02-01")
        world.predictions = [prediction("I1", late: 3000, veryLate: 5000)]
        world.predictionMarks = [PredictionMark(invoiceID: "I1", level: .late)]
        let decision = world.decide(on: "2026-01-20")
        #expect(decision.summary == ["predictionActivity:-:I1"])
        #expect(decision.actions[0].predictionLevel == .veryLate)
        world.predictionMarks.append(PredictionMark(invoiceID: "I1", level: .veryLate))
        #expect(world.decide(on: "2026-01-21").actions.isEmpty)
    }

    private func prediction(_ invoice: String, late: Int, veryLate: Int) -> PaymentPrediction {
        PaymentPrediction(
            invoiceID: invoice, onTimeBasisPoints: 10000 - late - veryLate, lateBasisPoints: late,
            veryLateBasisPoints: veryLate, computedOn: day("2026-01-19"))
    }
}

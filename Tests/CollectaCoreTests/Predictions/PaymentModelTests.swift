import Testing
@testable import CollectaCore

/// The payment model: it learns customers' payment behaviour, shrinks thin records toward their
/// group, is deterministic, explains itself, and respects how late an invoice already is.
@Suite("Payment predictions: model")
struct PaymentModelTests {
    static let today = LocalDate(year: 2026, month: 11, day: 29)!
    static let settings = PredictionSettings(veryLatePeriodDays: 30)

    /// A customer of `group` that pays every invoice `delay(n)` days after due: `history`
    /// settled invoices, one every 15 days, then one open invoice due in 20 days.
    static func ledger(_ account: String, group: String, history: Int, delay: (Int) -> Int) -> CustomerLedger {
        var invoices: [LedgerInvoice] = (0..<history).map { index in
            let issued = today.adding(days: -400 + index * 15)
            let due = issued.adding(days: 30)
            return LedgerInvoice(id: "\(account)-\(index)", invoiceDate: issued, dueDate: due,
                                 amount: 10_000 + Int64(index % 4) * 1_000, settledDate: due.adding(days: delay(index)))
        }
        invoices.append(LedgerInvoice(id: "\(account)-open", invoiceDate: today.adding(days: -10),
                                      dueDate: today.adding(days: 20), amount: 11_000, settledDate: nil))
        return CustomerLedger(account: account, group: group, invoices: invoices)
    }

    /// Forty customers who pay 35–60 days late (group SLOW) and forty who pay on time (group FAST).
    static let book: [CustomerLedger] = (0..<80).map { number in
        let slow = number % 2 == 0
        return ledger(String(format: "C%03d", number), group: slow ? "SLOW" : "FAST", history: 12) { index in
            slow ? 35 + (index * 7 + number) % 26 : -((index + number) % 6)
        }
    }

    static func model(_ ledgers: [CustomerLedger] = book, settings: PredictionSettings = settings) throws -> PaymentModel {
        var training = PredictionTraining(settings: settings, cutoff: today)
        for ledger in ledgers { training.add(ledger) }
        return try training.fit()
    }

    static func openPrediction(_ model: PaymentModel, _ ledger: CustomerLedger, asOf: LocalDate = today) -> PaymentPrediction {
        model.predictions(for: ledger, asOf: asOf).first { $0.invoiceID.hasSuffix("-open") }!
    }

    @Test("A customer who always paid very late is predicted very late; a punctual one on time")
    func learnsBehaviour() throws {
        let model = try Self.model()
        let slow = Self.openPrediction(model, Self.book[0])
        let fast = Self.openPrediction(model, Self.book[1])
        #expect(slow.veryLateBasisPoints > 8_000)
        #expect(fast.onTimeBasisPoints > 8_000)
        for prediction in [slow, fast] {
            #expect(prediction.onTimeBasisPoints + prediction.lateBasisPoints + prediction.veryLateBasisPoints == 10_000)
            #expect(prediction.computedOn == Self.today)
        }
    }

    @Test("A customer with no record gets its group's tendency, less sure than an established one")
    func shrinksTowardGroup() throws {
        let model = try Self.model()
        let newSlow = Self.ledger("NEW-S", group: "SLOW", history: 0) { _ in 0 }
        let newFast = Self.ledger("NEW-F", group: "FAST", history: 0) { _ in 0 }
        let slowRisk = Self.openPrediction(model, newSlow).onTimeBasisPoints
        let fastRisk = Self.openPrediction(model, newFast).onTimeBasisPoints
        #expect(slowRisk < fastRisk)
        #expect(Self.openPrediction(model, Self.book[1]).onTimeBasisPoints > fastRisk)
        #expect(Self.openPrediction(model, Self.book[0]).onTimeBasisPoints < slowRisk)
    }

    @Test("The same data gives the same model and the same predictions")
    func deterministic() throws {
        let first = try Self.model()
        let second = try Self.model()
        #expect(first == second)
        #expect(first.predictions(for: Self.book[4], asOf: Self.today)
                == second.predictions(for: Self.book[4], asOf: Self.today))
    }

    @Test("Past due, on time is impossible; past the very-late period, very late is certain")
    func conditionsOnLateness() throws {
        let model = try Self.model()
        let ledger = Self.book[1]
        let tenDaysLate = Self.openPrediction(model, ledger, asOf: Self.today.adding(days: 30))
        #expect(tenDaysLate.onTimeBasisPoints == 0)
        #expect(tenDaysLate.lateBasisPoints > 0)
        #expect(tenDaysLate.factors.first == PredictionFactor(kind: .alreadyOverdue, facts: ["10"], contribution: nil))
        let past = Self.openPrediction(model, ledger, asOf: Self.today.adding(days: 51))
        #expect([past.onTimeBasisPoints, past.lateBasisPoints, past.veryLateBasisPoints] == [0, 0, 10_000])
        let notDue = Self.openPrediction(model, ledger)
        #expect(!notDue.factors.contains { $0.kind == .alreadyOverdue })
    }

    @Test("A prediction names its three strongest factors, strongest first; a late payer's raise the risk")
    func explainsItself() throws {
        let model = try Self.model()
        let slow = Self.openPrediction(model, Self.book[0])
        #expect(slow.factors.count == PaymentModel.factorCount)
        let pushes = slow.factors.compactMap(\.contribution).map(abs)
        #expect(pushes == pushes.sorted(by: >))
        let strongest = try #require(slow.factors.first)
        #expect(strongest.raisesRisk)
        #expect([.lateHistory, .veryLateHistory, .groupLateness, .recentTrend].contains(strongest.kind))
        let fast = Self.openPrediction(model, Self.book[1])
        #expect(fast.factors.first?.raisesRisk == false)
    }

    @Test("Only a bounded sample is kept for fitting, however many examples are seen")
    func boundedSample() throws {
        let model = try Self.model(settings: PredictionSettings(veryLatePeriodDays: 30, sampleLimit: 100))
        #expect(model.summary.exampleCount == 80 * 12)
        #expect(model.summary.sampleCount == 100)
        #expect(model.summary.coefficients.first?.feature == "intercept")
        #expect(model.summary.coefficients.count == PredictionFeatures.kinds.count + 1)
    }

    @Test("Too little history is refused with the numbers")
    func tooFewExamples() {
        #expect(throws: PredictionTrainingError.tooFewExamples(found: 24, needed: 50)) {
            try Self.model(Array(Self.book.prefix(2)))
        }
        let message = PredictionTrainingError.tooFewExamples(found: 24, needed: 50).description
        #expect(message.contains("24") && message.contains("50"))
    }
}

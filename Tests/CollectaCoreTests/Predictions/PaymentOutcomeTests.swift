import Testing
@testable import CollectaCore

/// How an invoice's payment outcome is decided and when it becomes known.
@Suite("Payment predictions: outcomes and history")
struct PaymentOutcomeTests {
    static let settings = PredictionSettings(veryLatePeriodDays: 30)
    static let due = LocalDate(year: 2026, month: 3, day: 31)!

    /// An invoice issued, due and paid so many days from `due`.
    static func invoice(
        _ id: String = "I", issued: Int = -30, dueIn: Int = 0, paid: Int?, amount: Int64 = 1_000
    ) -> LedgerInvoice {
        LedgerInvoice(id: id, invoiceDate: due.adding(days: issued), dueDate: due.adding(days: dueIn), amount: amount,
                      settledDate: paid.map { due.adding(days: $0) })
    }

    @Test("Paid on the due date is on time; up to the period after it late; later very late")
    func outcomeBoundaries() {
        #expect(Self.invoice(paid: -5).resolution(Self.settings).outcome == .onTime)
        #expect(Self.invoice(paid: 0).resolution(Self.settings).outcome == .onTime)
        #expect(Self.invoice(paid: 1).resolution(Self.settings).outcome == .late)
        #expect(Self.invoice(paid: 30).resolution(Self.settings).outcome == .late)
        #expect(Self.invoice(paid: 31).resolution(Self.settings).outcome == .veryLate)
    }

    @Test("An outcome is known on the payment day; an unpaid invoice is known very late past the period")
    func knownOn() {
        #expect(Self.invoice(paid: 3).resolution(Self.settings).knownOn == Self.due.adding(days: 3))
        let paidVeryLate = Self.invoice(paid: 80).resolution(Self.settings)
        #expect(paidVeryLate.knownOn == Self.due.adding(days: 31))
        let unpaid = Self.invoice(paid: nil).resolution(Self.settings)
        #expect(unpaid == Resolution(knownOn: Self.due.adding(days: 31), outcome: .veryLate))
    }

    @Test("History counts only outcomes known before the reference day, never the invoice itself")
    func historyBeforeReference() {
        let ledger = CustomerLedger(account: "C", group: "G", invoices: [
            Self.invoice("A", paid: -1), Self.invoice("B", paid: 10), Self.invoice("C", paid: nil),
            Self.invoice("D", issued: 40, dueIn: 70, paid: nil),
        ])
        let timeline = LedgerTimeline(ledger, settings: Self.settings)
        let target = ledger.invoices[3]
        let onDay10 = timeline.facts(for: target, before: Self.due.adding(days: 10))
        #expect((onDay10.count, onDay10.lateCount) == (1, 0))
        let onDay11 = timeline.facts(for: target, before: Self.due.adding(days: 11))
        #expect((onDay11.count, onDay11.lateCount, onDay11.veryLateCount) == (2, 1, 0))
        let later = timeline.facts(for: target, before: Self.due.adding(days: 60))
        #expect((later.count, later.lateCount, later.veryLateCount) == (3, 2, 1))
        let own = timeline.facts(for: ledger.invoices[2], before: Self.due.adding(days: 60))
        #expect(own.count == 2)
    }

    @Test("Open balance and overdue invoices are the customer's others, as on the reference day")
    func openAndOverdue() {
        let ledger = CustomerLedger(account: "C", group: "G", invoices: [
            Self.invoice("A", paid: 5, amount: 1_000), Self.invoice("B", paid: nil, amount: 3_000),
            Self.invoice("D", issued: 20, dueIn: 50, paid: nil, amount: 2_000),
        ])
        let timeline = LedgerTimeline(ledger, settings: Self.settings)
        let facts = timeline.facts(for: ledger.invoices[2], before: Self.due.adding(days: 3))
        #expect(facts.overdueCount == 2)
        #expect(facts.openRatio == 2)
        #expect(facts.amountRatio == 1)
        #expect(facts.termsDays == 30)
        let afterPayment = timeline.facts(for: ledger.invoices[2], before: Self.due.adding(days: 6))
        #expect(afterPayment.overdueCount == 1)
        #expect(afterPayment.openRatio == 1.5)
    }
}

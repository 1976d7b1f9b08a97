import Testing
@testable import CollectaCore

/// The acceptance of payment predictions: on a demo company whose customers pay by known
/// behaviours, the model beats the base rates it is compared with.
@Suite("Payment predictions: backtest")
struct PredictionBacktestTests {
    static let today = LocalDate(year: 2026, month: 11, day: 29)!
    static let settings = PredictionSettings(veryLatePeriodDays: 30)

    /// The demo's ledgers, one per customer, in account order as the store streams them.
    static func demoLedgers(customers: Int = 2_000, seed: UInt64 = 7) -> [CustomerLedger] {
        let dataset = DemoCompany.makeDataset(DemoOptions(customers: customers, seed: seed, today: today))
        let groups = Dictionary(uniqueKeysWithValues: dataset.customers.map { ($0.account, $0.group) })
        return Dictionary(grouping: dataset.invoices, by: \.customerAccount)
            .sorted { $0.key < $1.key }
            .map { account, invoices in
                CustomerLedger(account: account, group: groups[account] ?? "", invoices: invoices.map {
                    LedgerInvoice(id: $0.id, invoiceDate: $0.invoiceDate, dueDate: $0.dueDate,
                                  amount: $0.amount.minorUnits, settledDate: $0.settledDate)
                })
            }
    }

    static func backtest(_ ledgers: [CustomerLedger], split: LocalDate) throws -> BacktestReport {
        var training = PredictionTraining(settings: settings, cutoff: split)
        for ledger in ledgers { training.add(ledger) }
        var backtest = PredictionBacktest(model: try training.fit(), split: split, knownBy: today)
        for ledger in ledgers { backtest.add(ledger) }
        return backtest.report
    }

    @Test("The model beats the base rates on Brier score and log loss by a clear margin")
    func beatsBaseRates() throws {
        let report = try Self.backtest(Self.demoLedgers(), split: Self.today.adding(days: -120))
        #expect(report.testCount > 1_000)
        #expect(report.model.brier < report.baseline.brier * 0.85)
        #expect(report.model.logLoss < report.baseline.logLoss * 0.85)
    }

    @Test("Tested are the invoices due after the split whose outcome is known; the bands hold them all")
    func testSelection() throws {
        let ledgers = Self.demoLedgers(customers: 300, seed: 3)
        let split = Self.today.adding(days: -150)
        let knownBy = Self.today.adding(days: -20)
        var training = PredictionTraining(settings: Self.settings, cutoff: split)
        for ledger in ledgers { training.add(ledger) }
        var backtest = PredictionBacktest(model: try training.fit(), split: split, knownBy: knownBy)
        for ledger in ledgers { backtest.add(ledger) }
        let expected = ledgers.flatMap(\.invoices).filter {
            $0.dueDate > split && $0.resolution(Self.settings).knownOn <= knownBy
        }.count
        let report = backtest.report
        #expect(report.testCount == expected)
        #expect(report.trainingCount == training.exampleCount)
        #expect(report.calibration.map(\.count).reduce(0, +) == expected)
        #expect(report.calibration.map(\.lowerPercent) == Array(stride(from: 0, to: 100, by: 10)))
        let perfect = PredictionBacktest.scores([0, 1, 0], outcome: .late)
        #expect(perfect == ScoreSet(brier: 0, logLoss: 0))
        #expect(PredictionBacktest.scores([0.5, 0.5, 0], outcome: .onTime).brier == 0.5)
    }
}

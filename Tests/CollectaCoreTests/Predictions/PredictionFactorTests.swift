import Testing
import CollectaCore

/// Prediction factors: their stored form and their words in both languages.
@Suite("Payment predictions: factors")
struct PredictionFactorTests {
    static let factors = [
        PredictionFactor(kind: .alreadyOverdue, facts: ["12"], contribution: nil),
        PredictionFactor(kind: .lateHistory, facts: ["7", "9"], contribution: 1.234),
        PredictionFactor(kind: .relativeAmount, facts: ["2.4"], contribution: -0.5),
        PredictionFactor(kind: .groupLateness, facts: ["PUBLIC", "45"], contribution: 0.2),
    ]

    @Test("The stored text reads back to the same factors (contributions to two decimals)")
    func roundTrip() {
        let text = PredictionFactor.storedText(of: Self.factors)
        #expect(text == "alreadyOverdue=12:;lateHistory=7/9:+1.23;relativeAmount=2.4:-0.50;groupLateness=PUBLIC/45:+0.20")
        let read = PredictionFactor.factors(fromStoredText: text)
        #expect(read.map(\.kind) == Self.factors.map(\.kind))
        #expect(read.map(\.facts) == Self.factors.map(\.facts))
        #expect(read[1].contribution == 1.23)
        #expect(read[0].contribution == nil)
    }

    @Test("Unreadable entries are skipped, not guessed")
    func unreadableEntries() {
        let read = PredictionFactor.factors(fromStoredText: "mystery=1:+1;lateHistory=1/2:+0.5;;garbage")
        #expect(read == [PredictionFactor(kind: .lateHistory, facts: ["1", "2"], contribution: 0.5)])
        #expect(PredictionFactor.factors(fromStoredText: "").isEmpty)
    }

    @Test("Words in English and Russian, with + raising and - lowering the risk")
    func sentences() {
        let english = Self.factors.map { $0.sentence(language: "en-US") }
        #expect(english == [
            "+ already 12 days past due", "+ paid late 7 of 9 earlier invoices",
            "- amount is 2.4× the customer's usual", "+ customer group PUBLIC pays late 45 % of the time",
        ])
        let russian = Self.factors.map { $0.sentence(language: "ru") }
        #expect(russian == [
            "+ уже просрочен на 12 дн.", "+ оплачено с опозданием 7 из 9 прежних счетов",
            "- сумма — 2,4× от обычной для клиента", "+ группа клиентов PUBLIC опаздывает в 45 % случаев",
        ])
    }

    @Test("Every kind has words in both languages")
    func everyKindWorded() {
        for kind in PredictionFactorKind.allCases {
            let factor = PredictionFactor(kind: kind, facts: ["3", "5"], contribution: 0.1)
            #expect(!factor.sentence(language: "en").contains("?"))
            #expect(factor.sentence(language: "ru") != factor.sentence(language: "en"))
        }
    }
}

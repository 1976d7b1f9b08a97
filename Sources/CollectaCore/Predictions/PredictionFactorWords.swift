/// A prediction factor in words, for people: English, or Russian for a `ru` language.
extension PredictionFactor {
    /// The factor as a short phrase, e.g. `paid late 7 of 9 earlier invoices`, preceded by `+`
    /// when it makes a late payment more likely and `-` when it makes it less likely.
    public func sentence(language: String) -> String {
        let russian = language.lowercased().hasPrefix("ru")
        let sign = raisesRisk ? "+" : "-"
        return "\(sign) " + (russian ? russianWords : englishWords)
    }

    private func fact(_ index: Int) -> String {
        index < facts.count ? facts[index] : "?"
    }

    private var englishWords: String {
        switch kind {
        case .lateHistory:
            fact(1) == "0"
                ? "no payment record yet: the customer group's rate is used"
                : "paid late \(fact(0)) of \(fact(1)) earlier invoices"
        case .veryLateHistory: "paid very late \(fact(0)) of \(fact(1)) earlier invoices"
        case .recentTrend: "late in \(fact(0)) % of recent payments, \(fact(1)) % overall"
        case .historyLength: "\(fact(0)) earlier invoices on record"
        case .relativeAmount: "amount is \(fact(0))× the customer's usual"
        case .paymentTerms: "payment terms of \(fact(0)) days"
        case .openBalance: "other open invoices worth \(fact(0))× a usual invoice"
        case .overdueElsewhere: "\(fact(0)) other invoices overdue"
        case .groupLateness: "customer group \(fact(0)) pays late \(fact(1)) % of the time"
        case .alreadyOverdue: "already \(fact(0)) days past due"
        }
    }

    private var russianWords: String {
        switch kind {
        case .lateHistory:
            fact(1) == "0"
                ? "истории платежей ещё нет: взята доля группы клиентов"
                : "оплачено с опозданием \(fact(0)) из \(fact(1)) прежних счетов"
        case .veryLateHistory: "оплачено с большим опозданием \(fact(0)) из \(fact(1)) прежних счетов"
        case .recentTrend: "опоздания: \(fact(0)) % недавних платежей, \(fact(1)) % всего"
        case .historyLength: "прежних счетов в истории: \(fact(0))"
        case .relativeAmount: "сумма — \(Self.russianDecimal(fact(0)))× от обычной для клиента"
        case .paymentTerms: "срок оплаты: \(fact(0)) дн."
        case .openBalance: "прочие открытые счета — \(Self.russianDecimal(fact(0)))× обычного счёта"
        case .overdueElsewhere: "других просроченных счетов: \(fact(0))"
        case .groupLateness: "группа клиентов \(fact(0)) опаздывает в \(fact(1)) % случаев"
        case .alreadyOverdue: "уже просрочен на \(fact(0)) дн."
        }
    }

    /// `2.4` as Russian writes it: `2,4`.
    private static func russianDecimal(_ text: String) -> String {
        text.replacingOccurrences(of: ".", with: ",")
    }
}

/// R2, R3, R5 and R12: which invoices the hierarchy may act on, and which one leads.
extension CaseEvaluation {
    /// What the exclusion rule leaves (R3).
    enum ExclusionResult {
        case kept([Invoice])
        case excluded(DecisionWords)
    }

    /// R2 and R12: open, origin included, status eligible, not exhausted.
    func eligibleInvoices() -> [Invoice] {
        let origins = plan.includedOrigins
        let lastStep = context.configuration.parameters.excludesInvoiceAfterLastStep ? plan.lastStep : nil
        return customerCase.openInvoices.filter { invoice in
            invoice.isOpen && origins.contains { $0 == invoice.origin } && invoice.status.isEligible
                && !(lastStep.map { hasHad($0, invoice) } ?? false)
        }
    }

    /// R3: the customer-aging-balance rule skips the customer below the threshold; the
    /// invoice-amount rule drops small invoices and skips the customer when none is left.
    func applyExclusion(to invoices: [Invoice]) -> ExclusionResult {
        let threshold = hierarchy.exclusionAmount
        let currency = context.configuration.parameters.companyCurrency
        switch hierarchy.exclusionRule {
        case .none:
            return .kept(invoices)
        case .customerAgingBalance:
            let balance = invoices.reduce(Money.zero) { $0 + $1.openAmountCompany }
            guard balance < threshold else { return .kept(invoices) }
            return .excluded(DecisionWords {
                "eligible balance \(balance) \(currency) is below the exclusion amount \(threshold)"
            })
        case .invoiceAmount:
            let kept = invoices.filter { $0.openAmountCompany >= threshold }
            guard kept.isEmpty else { return .kept(kept) }
            return .excluded(DecisionWords {
                "every eligible invoice is below the exclusion amount \(threshold) \(currency)"
            })
        }
    }
}

extension Invoice {
    /// R5's order: earliest due date, then earliest invoice date, then lowest id.
    static func leadsBefore(_ lhs: Invoice, _ rhs: Invoice) -> Bool {
        (lhs.dueDate, lhs.invoiceDate.daysSinceEpoch, lhs.id)
            < (rhs.dueDate, rhs.invoiceDate.daysSinceEpoch, rhs.id)
    }
}

/// R6, R7, R8 and R10: which steps run today.
extension CaseEvaluation {
    /// What step selection found for the leading invoice.
    enum StepChoice {
        case run(ProcessStep, because: String)
        case notReached(String)
        case alreadyDone(String)
    }

    /// Proposes the step action, the pre-dunning actions and the prediction activity for the
    /// eligible invoices, or says why there are none.
    func proposeActions(for eligible: [Invoice]) -> CaseOutcome {
        guard let leading = eligible.min(by: Invoice.leadsBefore) else {
            preconditionFailure("proposeActions needs at least one eligible invoice")
        }
        let choice = hierarchy.usesTrackStep ? trackedStep(for: leading) : closestReachedStep(for: leading)
        var actions: [ProposedAction] = []
        var reasons: [String] = []
        if case .run(let step, let because) = choice {
            actions.append(stepAction(step, leading: leading, eligible: eligible))
            reasons.append(because)
        }
        let preDunning = preDunningActions(eligible)
        if !preDunning.isEmpty {
            actions += preDunning
            reasons.append("pre-dunning for \(preDunning.map(\.invoice.id).joined(separator: ", "))")
        }
        if let prediction = predictionAction(eligible) {
            actions.append(prediction)
            reasons.append("payment of \(prediction.invoice.id) predicted \(prediction.predictionLevel!.words)")
        }
        guard actions.isEmpty else {
            return CaseOutcome(
                actions: actions, reason: .acted, explanation: reasons.joined(separator: "; "),
                leadingInvoice: leading)
        }
        switch choice {
        case .notReached(let why):
            return CaseOutcome(reason: .noStepReached, explanation: why, leadingInvoice: leading)
        case .alreadyDone(let why), .run(_, let why):
            return CaseOutcome(reason: .stepAlreadyDone, explanation: why, leadingInvoice: leading)
        }
    }

    /// R6: the step with the largest t that the leading invoice has reached (t ≤ d).
    func closestReachedStep(for leading: Invoice) -> StepChoice {
        let d = daysFromDue(leading)
        guard let step = plan.steps.last(where: { $0.signedOffset <= d }) else {
            return .notReached("leading invoice \(leading.id) is at day \(signed(d)); the first step is at "
                + (plan.steps.first.map { signed($0.signedOffset) } ?? "no step"))
        }
        if hasHad(step, leading) {
            return .alreadyDone("leading invoice \(leading.id) already had step \(step.line) "
                + "(\(step.description)), the closest reached at day \(signed(d))")
        }
        return .run(step, because: "leading invoice \(leading.id) is at day \(signed(d)): "
            + "step \(step.line) (\(step.description), day \(signed(step.signedOffset)))")
    }

    /// R7: the first step after the last one the leading invoice had, once d reaches it.
    func trackedStep(for leading: Invoice) -> StepChoice {
        let d = daysFromDue(leading)
        let lastIndex = plan.steps.lastIndex { hasHad($0, leading) }
        let nextIndex = lastIndex.map { $0 + 1 } ?? 0
        guard nextIndex < plan.steps.count else {
            return .alreadyDone("leading invoice \(leading.id) already had every step")
        }
        let next = plan.steps[nextIndex]
        guard next.signedOffset <= d else {
            return .notReached("leading invoice \(leading.id) is at day \(signed(d)); its next step "
                + "\(next.line) (\(next.description)) is at day \(signed(next.signedOffset))")
        }
        return .run(next, because: "leading invoice \(leading.id) is at day \(signed(d)): next tracked "
            + "step \(next.line) (\(next.description), day \(signed(next.signedOffset)))")
    }

    /// R10: one action per not-yet-due eligible invoice within the pre-dunning window, unless
    /// the customer has an overdue eligible invoice and the hierarchy does not allow it.
    func preDunningActions(_ eligible: [Invoice]) -> [ProposedAction] {
        guard let step = plan.preDunningStep else { return [] }
        let hasOverdue = eligible.contains { daysFromDue($0) > 0 }
        guard !hasOverdue || hierarchy.preDunsWhenOverdue else { return [] }
        return eligible
            .filter { invoice in
                let d = daysFromDue(invoice)
                return step.signedOffset <= d && d < 0 && !hasHad(step, invoice)
            }
            .sorted(by: Invoice.leadsBefore)
            .map { stepAction(step, leading: $0, eligible: eligible) }
    }

    func signed(_ days: Int) -> String {
        days > 0 ? "+\(days)" : "\(days)"
    }
}

extension PredictionLevel {
    /// The level in words, for explanations.
    var words: String { self == .veryLate ? "very late" : "late" }
}

/// R6, R7, R8 and R10: which steps run today.
extension CaseEvaluation {
    /// What step selection found for the leading invoice.
    enum StepChoice {
        case run(ProcessStep, because: DecisionWords)
        case notReached(DecisionWords)
        case alreadyDone(DecisionWords)
    }

    /// Proposes the step action, the pre-dunning actions and the prediction activity for the
    /// eligible invoices, or says why there are none.
    func proposeActions(for eligible: [Invoice]) -> CaseOutcome {
        guard let leading = eligible.min(by: Invoice.leadsBefore) else {
            preconditionFailure("proposeActions needs at least one eligible invoice")
        }
        let choice = hierarchy.usesTrackStep ? trackedStep(for: leading) : closestReachedStep(for: leading)
        var actions: [ProposedAction] = []
        var reasons: [DecisionWords] = []
        if case .run(let step, let because) = choice {
            actions.append(stepAction(step, leading: leading, eligible: eligible))
            reasons.append(because)
        }
        let preDunning = preDunningActions(eligible)
        if !preDunning.isEmpty {
            actions += preDunning
            let ids = preDunning.map(\.invoice.id)
            reasons.append(DecisionWords { "pre-dunning for \(ids.joined(separator: ", "))" })
        }
        if let prediction = predictionAction(eligible) {
            actions.append(prediction)
            let (id, level) = (prediction.invoice.id, prediction.predictionLevel!)
            reasons.append(DecisionWords { "payment of \(id) predicted \(level.words)" })
        }
        guard actions.isEmpty else {
            return CaseOutcome(
                actions: actions, reason: .acted, explanation: .joined(reasons, separator: "; "),
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
        let id = leading.id
        guard let step = plan.steps.last(where: { $0.signedOffset <= d }) else {
            let first = plan.steps.first.map { Self.signed($0.signedOffset) } ?? "no step"
            return .notReached(DecisionWords {
                "leading invoice \(id) is at day \(Self.signed(d)); the first step is at " + first
            })
        }
        let (line, description, offset) = (step.line, step.description, step.signedOffset)
        if hasHad(step, leading) {
            return .alreadyDone(DecisionWords {
                "leading invoice \(id) already had step \(line) (\(description)), the closest reached at day \(Self.signed(d))"
            })
        }
        return .run(step, because: DecisionWords {
            "leading invoice \(id) is at day \(Self.signed(d)): step \(line) (\(description), day \(Self.signed(offset)))"
        })
    }

    /// R7: the first step after the last one the leading invoice had, once d reaches it.
    func trackedStep(for leading: Invoice) -> StepChoice {
        let d = daysFromDue(leading)
        let id = leading.id
        let lastIndex = plan.steps.lastIndex { hasHad($0, leading) }
        let nextIndex = lastIndex.map { $0 + 1 } ?? 0
        guard nextIndex < plan.steps.count else {
            return .alreadyDone(DecisionWords { "leading invoice \(id) already had every step" })
        }
        let next = plan.steps[nextIndex]
        let (line, description, offset) = (next.line, next.description, next.signedOffset)
        guard offset <= d else {
            return .notReached(DecisionWords {
                "leading invoice \(id) is at day \(Self.signed(d)); its next step \(line) (\(description)) is at day \(Self.signed(offset))"
            })
        }
        return .run(next, because: DecisionWords {
            "leading invoice \(id) is at day \(Self.signed(d)): next tracked step \(line) (\(description), day \(Self.signed(offset)))"
        })
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

    static func signed(_ days: Int) -> String {
        days > 0 ? "+\(days)" : "\(days)"
    }
}

extension PredictionLevel {
    /// The level in words, for explanations.
    var words: String { self == .veryLate ? "very late" : "late" }
}

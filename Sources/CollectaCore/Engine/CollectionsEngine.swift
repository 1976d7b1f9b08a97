/// The rules engine: what the automation does for one customer on one date (R1–R17).
///
/// A pure function of its inputs: no clock, no database. A run and a simulation call it with the
/// same inputs and so propose the same actions (R19).
public enum CollectionsEngine {
    /// The decision for `customerCase` on `context.runDate`. The case is consumed: a caller
    /// done with it hands it over rather than have it copied.
    public static func decide(_ customerCase: consuming CustomerCase, in context: RunContext) -> CustomerDecision {
        let account = customerCase.customer.account
        let assignment = context.index.resolver.assignment(
            manualHierarchyID: customerCase.manualHierarchyID,
            matchingPoolIDs: customerCase.matchingPoolIDs)
        func decision(_ reason: DecisionReason, _ words: DecisionWords) -> CustomerDecision {
            CustomerDecision(
                customerAccount: account, assignment: assignment, actions: [], reason: reason, words: words)
        }
        guard let assignment else {
            return decision(.notAssigned, "no active hierarchy's pool matches the customer")
        }
        let hierarchyID = assignment.hierarchyID
        if let filter = context.hierarchyFilter, filter != hierarchyID {
            return decision(.notAssigned, DecisionWords { "processed by hierarchy \(hierarchyID), not \(filter)" })
        }
        guard let plan = context.index.hierarchies[hierarchyID] else {
            return decision(.notAssigned, DecisionWords { "assigned to hierarchy \(hierarchyID), which does not exist" })
        }
        guard plan.hierarchy.isActive else {
            return decision(.hierarchyInactive, DecisionWords { "hierarchy \(hierarchyID) is not active" })
        }
        if context.completedHierarchies.contains(plan.hierarchy.id) {
            let runDate = context.runDate
            return decision(.alreadyRan, DecisionWords { "hierarchy \(hierarchyID) already ran for \(runDate)" })
        }
        var evaluation = CaseEvaluation(customerCase: consume customerCase, plan: plan, context: context)
        let outcome = evaluation.evaluate()
        return CustomerDecision(
            customerAccount: account, assignment: assignment, actions: outcome.actions,
            reason: outcome.reason, words: outcome.explanation, leadingInvoiceID: outcome.leadingInvoice?.id)
    }
}

/// The result of evaluating one assigned customer.
struct CaseOutcome {
    var actions: [ProposedAction] = []
    var reason: DecisionReason
    var explanation: DecisionWords
    var leadingInvoice: Invoice?
}

/// Evaluates R2–R16 for a customer whose hierarchy is known and active.
struct CaseEvaluation {
    let customerCase: CustomerCase
    let plan: HierarchyPlan
    let context: RunContext
    /// Step lines each invoice already had in this hierarchy (R7, R8).
    let executedLines: [String: Set<Int>]

    init(customerCase: CustomerCase, plan: HierarchyPlan, context: RunContext) {
        self.customerCase = customerCase
        self.plan = plan
        self.context = context
        var lines: [String: Set<Int>] = [:]
        for execution in customerCase.executions where execution.hierarchyID == plan.hierarchy.id {
            lines[execution.invoiceID, default: []].insert(execution.stepLine)
        }
        self.executedLines = lines
    }

    var hierarchy: ProcessHierarchy { plan.hierarchy }
    var runDate: LocalDate { context.runDate }

    /// d of R4 for `invoice`.
    func daysFromDue(_ invoice: Invoice) -> Int {
        runDate.days(since: invoice.dueDate)
    }

    func hasHad(_ step: ProcessStep, _ invoice: Invoice) -> Bool {
        !executedLines.isEmpty && executedLines[invoice.id]?.contains(step.line) == true
    }

    mutating func evaluate() -> CaseOutcome {
        let eligible = eligibleInvoices()
        guard !eligible.isEmpty else {
            return CaseOutcome(
                reason: .noEligibleInvoice,
                explanation: "no open invoice is eligible (origin, status or last step already done)")
        }
        let kept: [Invoice]
        switch applyExclusion(to: eligible) {
        case .excluded(let why): return CaseOutcome(reason: .excluded, explanation: why)
        case .kept(let invoices): kept = invoices
        }
        if let until = quietUntil(), let lastContact = customerCase.lastContactDate {
            let quietDays = hierarchy.quietDays
            return CaseOutcome(
                reason: .quietDays(until: until),
                explanation: DecisionWords {
                    "quiet days: last contact \(lastContact), \(quietDays) quiet days, nothing before \(until)"
                })
        }
        return proposeActions(for: kept)
    }

    /// R9: the first date after the quiet days, when the run date is still within them.
    func quietUntil() -> LocalDate? {
        guard let last = customerCase.lastContactDate else { return nil }
        guard runDate.days(since: last) <= hierarchy.quietDays else { return nil }
        return last.adding(days: hierarchy.quietDays + 1)
    }
}

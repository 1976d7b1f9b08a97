/// The step a customer's case reaches next, and the date it becomes due.
public struct NextStep: Hashable, Sendable {
    /// The step (never the pre-dunning one).
    public var step: ProcessStep
    /// The leading invoice's due date + the step's signed offset t (R4). It may be in the past:
    /// the step is then due at the next run (unless quiet days hold it back, R9).
    public var dueOn: LocalDate

    public init(step: ProcessStep, dueOn: LocalDate) {
        self.step = step
        self.dueOn = dueOn
    }

    /// The next step of `hierarchy` for a leading invoice due on `dueDate` that has already had
    /// the steps `executedLines`: the first non-pre-dunning step, by signed offset t, after the
    /// latest (by t) step it had — the first step when it had none — with its date = due date + t.
    /// Nil when the invoice has had the last step or the hierarchy has no step.
    ///
    /// This is the track-step order (R7); in closest-reached mode (R6) steps may be skipped, so
    /// the date is the earliest the step can run.
    public static func after(
        executedLines: Set<Int>, in hierarchy: ProcessHierarchy, dueDate: LocalDate
    ) -> NextStep? {
        let steps = hierarchy.steps.filter { !$0.isPreDunning }.sorted { $0.signedOffset < $1.signedOffset }
        let reached = steps.filter { executedLines.contains($0.line) }.map(\.signedOffset).max()
        guard let next = steps.first(where: { $0.signedOffset > (reached ?? Int.min) }) else {
            return nil
        }
        return NextStep(step: next, dueOn: dueDate.adding(days: next.signedOffset))
    }
}

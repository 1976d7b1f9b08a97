import CollectaCore
import Testing

@Suite("Next step of a case (assignment views)")
struct NextStepTests {
    static let hierarchy = ProcessHierarchy(
        id: "H", description: "", rank: 1, poolID: "P", steps: [
            ProcessStep(line: 10, description: "Reminder", action: .email, timing: .before, days: 5,
                        isPreDunning: true),
            ProcessStep(line: 20, description: "Call", action: .activity, days: 30),
            ProcessStep(line: 30, description: "First", action: .email, days: 1),
            ProcessStep(line: 40, description: "Letter", action: .letter, days: 14),
        ])
    static let due = LocalDate(iso: "2026-11-01")!

    @Test("With no step had, the first step by t (never pre-dunning); date = due date + t")
    func firstStep() {
        let next = NextStep.after(executedLines: [], in: Self.hierarchy, dueDate: Self.due)
        #expect(next?.step.line == 30)
        #expect(next?.dueOn == LocalDate(iso: "2026-11-02"))
    }

    @Test("After a step, the next one by t, whatever the line numbers")
    func afterStep() {
        let next = NextStep.after(executedLines: [30], in: Self.hierarchy, dueDate: Self.due)
        #expect(next?.step.line == 40)
        #expect(next?.dueOn == LocalDate(iso: "2026-11-15"))
        let skipped = NextStep.after(executedLines: [40, 10], in: Self.hierarchy, dueDate: Self.due)
        #expect(skipped?.step.line == 20)
        #expect(skipped?.dueOn == LocalDate(iso: "2026-12-01"))
    }

    @Test("After the last step, or with no step, there is none")
    func none() {
        #expect(NextStep.after(executedLines: [20], in: Self.hierarchy, dueDate: Self.due) == nil)
        let empty = ProcessHierarchy(id: "E", description: "", rank: 2, poolID: "Q")
        #expect(NextStep.after(executedLines: [], in: empty, dueDate: Self.due) == nil)
    }
}

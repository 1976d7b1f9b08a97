import CollectaCore
import TerminalUI

/// Saving a pool through the validated configuration save.
extension PoolScreen {
    /// Checks the form, then saves the pool (replacing the original, or added at the end). On
    /// violations the messages show at their fields and nothing is written; on success the
    /// screen goes back to the list, which shows the saved pool.
    mutating func save() {
        let errors = form.submit()
        if let first = errors.first {
            focus = .header
            context.show(first.label + ": " + first.message, severity: .error)
            return
        }
        let pool = CustomerPool(id: original?.id ?? form.draft.id, description: form.draft.description, criteria: criteria)
        do {
            let violations = try context.saveConfiguration { configuration in
                if let index = configuration.pools.firstIndex(where: { $0.id == original?.id }) {
                    configuration.pools[index] = pool
                } else {
                    configuration.pools.append(pool)
                }
            }
            guard violations.isEmpty else { return show(violations, draft: form.draft) }
            context.show(context.text(PoolsTexts.saved(pool.id)))
            context.request(.pop)
            context.request(.deliver(OverlayResult(tag: PoolListScreen.savedTag, value: pool.id)))
        } catch {
            context.show(String(describing: error), severity: .error)
        }
    }

    /// Shows each violation at its field: the id or description in the form, a criterion's
    /// range by moving to that criterion; the first also in the status line.
    private mutating func show(_ violations: [Violation], draft: PoolDraft) {
        let refusals = SavedValueRefusals(draft: draft, violations: violations, language: context.language)
        form = Self.makeForm(draft, isNew: original == nil, context: context, refusals: refusals, takenIDs: takenIDs)
        form.submit()
        if let criterion = violations.lazy.compactMap(Self.criterionIndex(of:)).first {
            criteriaList.moveCursor(to: criterion)
            focus = .criteria
        }
        if form.fields.contains(where: { $0.message != nil }) { focus = .header }
        if let first = violations.first { context.show(first.description(in: context.language), severity: .error) }
    }

    /// The index of the criterion a violation names (`criteria[2].range`).
    static func criterionIndex(of violation: Violation) -> Int? {
        guard violation.field.hasPrefix("criteria["), let end = violation.field.firstIndex(of: "]") else { return nil }
        return Int(violation.field[violation.field.index(violation.field.startIndex, offsetBy: 9)..<end])
    }
}

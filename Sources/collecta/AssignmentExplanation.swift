import CollectaCore
import CollectaStore

/// R1 in words: why a hierarchy wins a customer, or does not.
struct AssignmentExplanation {
    /// The configured hierarchies by id.
    private let hierarchies: [String: ProcessHierarchy]

    init(configuration: CollectionsConfiguration) {
        hierarchies = Dictionary(
            configuration.hierarchies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Why the customer has its hierarchy, or none.
    func reason(for customer: CustomerAssignment) -> String {
        if let winner = customer.candidates.first(where: { $0.outcome == .wins }) {
            return reason(for: winner, of: customer)
        }
        let inactive = customer.candidates.filter { $0.outcome == .inactive }.map(\.hierarchyID)
        return inactive.isEmpty
            ? "no hierarchy's pool matches"
            : "only inactive hierarchies match (\(inactive.joined(separator: ", ")))"
    }

    /// Why `candidate` wins the customer or not: `rank 1 beats rank 2`,
    /// `assigned by hand on 2026-11-29 by anna`…
    func reason(for candidate: AssignmentCandidate, of customer: CustomerAssignment) -> String {
        let winner = customer.candidates.first { $0.outcome == .wins }
        switch candidate.outcome {
        case .wins where candidate.source == .manual:
            let manual = byHand(customer.manualAssignment, to: nil)
            return isActive(candidate.hierarchyID)
                ? manual : manual + "; the hierarchy is inactive, so it does not run for the customer"
        case .wins:
            let runnerUp = customer.candidates.first { $0.outcome == .outranked }
            return runnerUp.map { "rank \(candidate.rank) beats rank \($0.rank)" }
                ?? "the only active hierarchy whose pool matches"
        case .outranked:
            let rank = winner.map { "rank \($0.rank) (\($0.hierarchyID))" } ?? "a lower rank"
            return "\(rank) beats rank \(candidate.rank)"
        case .overriddenByManual:
            return byHand(customer.manualAssignment, to: winner?.hierarchyID)
        case .inactive:
            return "the hierarchy is inactive"
        }
    }

    /// The description of hierarchy `id`.
    func description(of id: String) -> String {
        hierarchies[id]?.description ?? ""
    }

    /// Whether hierarchy `id` is active (an unknown one is not).
    func isActive(_ id: String) -> Bool {
        hierarchies[id]?.isActive ?? false
    }

    /// `assigned by hand [to H] on DATE by USER`.
    private func byHand(_ manual: ManualAssignment?, to hierarchyID: String?) -> String {
        let target = hierarchyID.map { " to \($0)" } ?? ""
        guard let manual else { return "assigned by hand" + target }
        return "assigned by hand\(target) on \(manual.assignedAt.prefix(10)) by \(manual.assignedBy)"
    }
}

extension AssignmentCandidate.Outcome {
    /// The name scripts see in JSON and CSV: `overridden-by-manual` for `overriddenByManual`.
    var externalName: String {
        self == .overriddenByManual ? "overridden-by-manual" : rawValue
    }
}

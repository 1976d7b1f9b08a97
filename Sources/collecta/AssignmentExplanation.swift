import CollectaApp
import CollectaCore
import CollectaStore

/// R1 in words: why a hierarchy wins a customer, or does not (the English of the shared
/// `AssignmentReasons`).
struct AssignmentExplanation {
    private let reasons: AssignmentReasons

    init(configuration: CollectionsConfiguration) {
        reasons = AssignmentReasons(configuration: configuration, language: .english)
    }

    /// Why the customer has its hierarchy, or none.
    func reason(for customer: CustomerAssignment) -> String {
        reasons.reason(for: customer)
    }

    /// Why `candidate` wins the customer or not.
    func reason(for candidate: AssignmentCandidate, of customer: CustomerAssignment) -> String {
        reasons.reason(for: candidate, of: customer)
    }

    /// The description of hierarchy `id`.
    func description(of id: String) -> String {
        reasons.description(of: id)
    }

    /// Whether hierarchy `id` is active (an unknown one is not).
    func isActive(_ id: String) -> Bool {
        reasons.isActive(id)
    }
}

extension AssignmentCandidate.Outcome {
    /// The name scripts see in JSON and CSV: `overridden-by-manual` for `overriddenByManual`.
    var externalName: String {
        self == .overriddenByManual ? "overridden-by-manual" : rawValue
    }
}

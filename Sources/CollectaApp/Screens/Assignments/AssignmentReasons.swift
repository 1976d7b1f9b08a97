import CollectaCore
import CollectaStore

/// R1 in words, in English or Russian: why a hierarchy wins a customer, or does not. Shared by
/// the assignment screens and the command line (`collecta preview`), whose English it is.
public struct AssignmentReasons: Sendable {
    /// The configured hierarchies by id.
    private let hierarchies: [String: ProcessHierarchy]
    private let language: Language

    public init(configuration: CollectionsConfiguration, language: Language = .english) {
        hierarchies = Dictionary(
            configuration.hierarchies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.language = language
    }

    /// Why the customer has its hierarchy, or none.
    public func reason(for customer: CustomerAssignment) -> String {
        if let winner = customer.candidates.first(where: { $0.outcome == .wins }) {
            return reason(for: winner, of: customer)
        }
        let inactive = customer.candidates.filter { $0.outcome == .inactive }.map(\.hierarchyID)
        let list = inactive.joined(separator: ", ")
        return inactive.isEmpty
            ? text("no hierarchy's pool matches", "не подходит пул ни одной иерархии")
            : text("only inactive hierarchies match (\(list))", "подходят только неактивные иерархии (\(list))")
    }

    /// Why `candidate` wins the customer or not: `rank 1 beats rank 2`,
    /// `assigned by hand on 2026-11-29 by anna`…
    public func reason(for candidate: AssignmentCandidate, of customer: CustomerAssignment) -> String {
        let winner = customer.candidates.first { $0.outcome == .wins }
        switch candidate.outcome {
        case .wins where candidate.source == .manual:
            let manual = byHand(customer.manualAssignment, to: nil)
            return isActive(candidate.hierarchyID) ? manual : manual + text(
                "; the hierarchy is inactive, so it does not run for the customer",
                "; иерархия неактивна, поэтому для клиента не запускается")
        case .wins:
            let runnerUp = customer.candidates.first { $0.outcome == .outranked }
            return runnerUp.map {
                text("rank \(candidate.rank) beats rank \($0.rank)", "ранг \(candidate.rank) выше ранга \($0.rank)")
            } ?? text("the only active hierarchy whose pool matches", "единственная активная иерархия с подходящим пулом")
        case .outranked:
            let rank = winner.map { text("rank \($0.rank) (\($0.hierarchyID))", "ранг \($0.rank) (\($0.hierarchyID))") }
            return rank.map { text("\($0) beats rank \(candidate.rank)", "\($0) выше ранга \(candidate.rank)") }
                ?? text("a lower rank beats rank \(candidate.rank)", "меньший номер ранга выше ранга \(candidate.rank)")
        case .overriddenByManual:
            return byHand(customer.manualAssignment, to: winner?.hierarchyID)
        case .inactive:
            return text("the hierarchy is inactive", "иерархия неактивна")
        }
    }

    /// The outcome in a word or two.
    public func outcome(_ outcome: AssignmentCandidate.Outcome) -> String {
        switch outcome {
        case .wins: text("wins", "побеждает")
        case .outranked: text("outranked", "уступает по рангу")
        case .overriddenByManual: text("overridden by manual", "заменена ручным")
        case .inactive: text("inactive", "неактивна")
        }
    }

    /// The description of hierarchy `id`.
    public func description(of id: String) -> String {
        hierarchies[id]?.description ?? ""
    }

    /// Whether hierarchy `id` is active (an unknown one is not).
    public func isActive(_ id: String) -> Bool {
        hierarchies[id]?.isActive ?? false
    }

    /// `assigned by hand [to H] on DATE by USER`.
    private func byHand(_ manual: ManualAssignment?, to hierarchyID: String?) -> String {
        let target = hierarchyID.map { text(" to \($0)", " в \($0)") } ?? ""
        guard let manual else { return text("assigned by hand", "назначен вручную") + target }
        let date = manual.assignedAt.prefix(10)
        return text("assigned by hand\(target) on \(date) by \(manual.assignedBy)",
                    "назначен вручную\(target) \(date), пользователь \(manual.assignedBy)")
    }

    private func text(_ english: String, _ russian: String) -> String {
        LocalizedText(english, russian)(language)
    }
}

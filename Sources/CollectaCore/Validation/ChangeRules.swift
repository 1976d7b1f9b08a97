/// Something of the configuration that other parts may use, and so may not be deletable (C9).
public enum ConfigurationItem: Hashable, Sendable, CustomStringConvertible {
    /// The customer pool with this id.
    case pool(String)
    /// The activity template with this id.
    case activityTemplate(String)
    /// The email template with this id.
    case emailTemplate(String)
    /// The collection letter sequence with this id.
    case letterSequence(String)
    /// The contact purpose with this id.
    case purpose(String)

    /// The item in words, e.g. `pool RETAIL`; violations name it as their entity.
    public var description: String {
        switch self {
        case .pool(let id): "pool \(id)"
        case .activityTemplate(let id): "activity template \(id)"
        case .emailTemplate(let id): "email template \(id)"
        case .letterSequence(let id): "letter sequence \(id)"
        case .purpose(let id): "purpose \(id)"
        }
    }
}

/// C9 (deleting what is in use) and C10 (turning track step off).
extension ConfigurationValidator {
    /// Everything in `configuration` that uses `item`, in words: hierarchies and steps in
    /// configuration order, then the parameters, e.g. `hierarchy COLL-B2B`,
    /// `step COLL-B2B line 30`, `parameters (late prediction activity template)`.
    ///
    /// Contacts and customers are not part of the configuration, so the contacts that have a
    /// purpose and the customers that name a letter sequence are not listed.
    public static func users(of item: ConfigurationItem, in configuration: CollectionsConfiguration) -> [String] {
        let hierarchies = configuration.hierarchies
        let parameters = configuration.parameters
        switch item {
        case .pool(let id):
            return hierarchies.filter { $0.poolID == id }.map { "hierarchy \($0.id)" }
        case .activityTemplate(let id):
            var users = stepNames(in: hierarchies) { $0.action == .activity && $0.documentID == id }
            if parameters.predictions.lateActivityTemplateID == id {
                users.append("parameters (late prediction activity template)")
            }
            if parameters.predictions.veryLateActivityTemplateID == id {
                users.append("parameters (very-late prediction activity template)")
            }
            return users
        case .emailTemplate(let id):
            return stepNames(in: hierarchies) { $0.action == .email && $0.documentID == id }
        case .letterSequence(let id):
            return parameters.defaultLetterSequenceID == id
                ? ["parameters (default letter sequence)"] : []
        case .purpose(let id):
            return stepNames(in: hierarchies) { $0.contactPurposeID == id }
        }
    }

    /// C9: deleting `item` is refused while anything in `configuration` uses it. Returns one
    /// violation listing every user, or nothing when `item` is unused.
    public static func deletionViolations(
        of item: ConfigurationItem, in configuration: CollectionsConfiguration
    ) -> [Violation] {
        let users = users(of: item, in: configuration)
        guard !users.isEmpty else { return [] }
        return [
            Violation(
                rule: .c9, entity: item.description, field: "id",
                message: "it cannot be deleted while in use by " + users.joined(separator: ", "),
                russianMessage: "нельзя удалить, пока используется: " + users.joined(separator: ", "))
        ]
    }

    /// C10: turning track step on is allowed; turning it off is refused for a hierarchy that has
    /// tracked history. Returns one violation per such hierarchy of `new`, in its order.
    ///
    /// - Parameters:
    ///   - old: The configuration in force.
    ///   - new: The configuration replacing it; hierarchies are matched by id.
    ///   - hierarchiesWithTrackedHistory: The ids of hierarchies that have tracked history.
    public static func trackStepViolations(
        from old: CollectionsConfiguration, to new: CollectionsConfiguration,
        hierarchiesWithTrackedHistory: Set<String>
    ) -> [Violation] {
        let trackedBefore = Set(old.hierarchies.filter(\.usesTrackStep).map(\.id))
        return new.hierarchies.enumerated()
            .filter { _, hierarchy in
                !hierarchy.usesTrackStep && trackedBefore.contains(hierarchy.id)
                    && hierarchiesWithTrackedHistory.contains(hierarchy.id)
            }
            .map { index, hierarchy in
                Violation(
                    rule: .c10, entity: EntityName.of(.hierarchy, id: hierarchy.id, index: index),
                    field: "usesTrackStep",
                    message: "track step cannot be turned off once the hierarchy has tracked history",
                    russianMessage: "отслеживание шага нельзя выключить: у иерархии уже есть история отслеживания")
            }
    }

    /// C9 on import: a purpose that contacts use must stay in the configuration.
    static func droppedPurposeViolations(
        in configuration: CollectionsConfiguration, purposesInUseByContacts: Set<String>
    ) -> [Violation] {
        let defined = Set(configuration.purposes.map(\.id))
        return purposesInUseByContacts.subtracting(defined).sorted().map { id in
            Violation(
                rule: .c9, entity: ConfigurationItem.purpose(id).description, field: "purposes",
                message: "it cannot be removed while contacts have it",
                russianMessage: "нельзя удалить, пока она есть у контактов")
        }
    }

    /// `step H line N` for every step of `hierarchies` that satisfies `isUser`.
    private static func stepNames(
        in hierarchies: [ProcessHierarchy], where isUser: (ProcessStep) -> Bool
    ) -> [String] {
        hierarchies.enumerated().flatMap { index, hierarchy in
            hierarchy.steps.filter(isUser).map {
                EntityName.step(line: $0.line, of: hierarchy, index: index)
            }
        }
    }
}

/// Validates a collections configuration against the configuration rules C1–C10, the
/// placeholders of its templates (R15) and the basic field and reference checks, without I/O.
///
/// Every function returns every violation it finds, not only the first, so that a credit
/// manager can fix a whole configuration document in one pass. An empty result means valid.
public enum ConfigurationValidator {
    /// Every violation of C1–C8, of R15 (the placeholders of email messages and letter texts), of
    /// the references between entities and of the basic field checks in `configuration`.
    ///
    /// The order is deterministic: entities in configuration order (parameters, purposes, pools,
    /// activity templates, email templates, letter sequences, then each hierarchy followed by its
    /// steps), and within one entity by rule (C1…C8, R15, then references, then fields).
    ///
    /// Empty references (`""`) count as absent. Pool criteria are checked by the criteria parser,
    /// not here.
    public static func violations(in configuration: CollectionsConfiguration) -> [Violation] {
        let context = ValidationContext(configuration)
        var violations = parameterViolations(context)
        let purposeIDs = configuration.purposes.map(\.id)
        for index in purposeIDs.indices {
            violations += idViolations(at: index, among: purposeIDs, kind: .purpose)
        }
        let poolIDs = configuration.pools.map(\.id)
        for index in poolIDs.indices {
            violations += idViolations(at: index, among: poolIDs, kind: .pool)
            violations += criterionViolations(ofPoolAt: index, configuration.pools)
        }
        for index in configuration.activityTemplates.indices {
            violations += activityTemplateViolations(at: index, context)
        }
        for index in configuration.emailTemplates.indices {
            violations += emailTemplateViolations(at: index, context)
        }
        for index in configuration.letterSequences.indices {
            violations += letterSequenceViolations(at: index, context)
        }
        for (index, hierarchy) in configuration.hierarchies.enumerated() {
            violations += hierarchyViolations(at: index, context)
            for stepIndex in hierarchy.steps.indices {
                violations += stepViolations(at: stepIndex, ofHierarchyAt: index, context)
            }
        }
        return violations
    }

    /// Every violation of importing `new` as a whole configuration document in place of `old`.
    ///
    /// That is all of ``violations(in:)`` for `new`; then C10 against `old` (when there is one);
    /// then C9 for each purpose that contacts still use but `new` does not define. Pools and
    /// templates that `new` drops while still referring to them are already dangling references.
    ///
    /// - Parameters:
    ///   - old: The configuration in force, or nil when there is none yet.
    ///   - new: The configuration to import.
    ///   - hierarchiesWithTrackedHistory: The ids of hierarchies that have tracked history.
    ///   - purposesInUseByContacts: The ids of purposes that at least one contact has.
    public static func violations(
        replacing old: CollectionsConfiguration?, with new: CollectionsConfiguration,
        hierarchiesWithTrackedHistory: Set<String>, purposesInUseByContacts: Set<String>
    ) -> [Violation] {
        var violations = violations(in: new)
        if let old {
            violations += trackStepViolations(
                from: old, to: new, hierarchiesWithTrackedHistory: hierarchiesWithTrackedHistory)
        }
        violations += droppedPurposeViolations(in: new, purposesInUseByContacts: purposesInUseByContacts)
        return violations
    }
}

import CollectaCore
import CollectaStore

/// Why a configuration change was not saved: every rule it breaks.
public struct ConfigurationRefusal: Error {
    public let violations: [Violation]
}

extension AppContext {
    /// The stored configuration.
    public func configuration() throws -> CollectionsConfiguration {
        guard let configuration = try database.loadConfiguration() else {
            throw StoreError.notInitialised(path: database.path)
        }
        return configuration
    }

    /// Applies `change` to the stored configuration and saves it if it keeps every rule
    /// (C1–C10, R15), in one transaction. Returns the violations — empty when saved; nothing is
    /// written otherwise.
    @discardableResult
    public func saveConfiguration(
        _ change: (inout CollectionsConfiguration) -> Void
    ) throws -> [Violation] {
        var updated = try configuration()
        change(&updated)
        let new = updated
        do {
            try database.replaceConfiguration(with: new) { current, db in
                let usage = try ConfigurationUsage.fetch(db)
                let violations = ConfigurationValidator.violations(
                    replacing: current, with: new,
                    hierarchiesWithTrackedHistory: usage.hierarchiesWithTrackedHistory,
                    purposesInUseByContacts: usage.purposesInUseByContacts)
                if !violations.isEmpty { throw ConfigurationRefusal(violations: violations) }
            }
            return []
        } catch let refusal as ConfigurationRefusal {
            return refusal.violations
        }
    }

    /// Deletes `item` unless something uses it (C9); returns the violations naming the users.
    @discardableResult
    public func delete(
        _ item: ConfigurationItem, _ removal: (inout CollectionsConfiguration) -> Void
    ) throws -> [Violation] {
        let violations = ConfigurationValidator.deletionViolations(of: item, in: try configuration())
        guard violations.isEmpty else { return violations }
        return try saveConfiguration(removal)
    }
}

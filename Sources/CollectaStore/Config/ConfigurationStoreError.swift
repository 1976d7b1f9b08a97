/// Why the store refused to replace the configuration, naming what is in the way.
public enum ConfigurationStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The new configuration drops a hierarchy that customers are assigned to by hand.
    case hierarchyAssignedManually(hierarchyID: String, customerAccounts: [String])
    /// The new configuration drops a purpose that contacts still have.
    case purposeInUse(purposeID: String, contactIDs: [String])
    /// The new configuration drops a letter sequence that customers still use.
    case letterSequenceInUse(sequenceID: String, customerAccounts: [String])
    /// The database refused one row (a schema rule such as a unique rank or a missing template).
    case rowRefused(row: String, reason: String)
    /// A stored value cannot be read back (the file was edited by hand or is damaged).
    case unreadableValue(table: String, column: String, value: String)

    public var description: String {
        switch self {
        case let .hierarchyAssignedManually(hierarchy, accounts):
            "hierarchy \(hierarchy) cannot be removed: customers are assigned to it by hand "
                + "(\(Self.list(accounts))); reassign them first"
        case let .purposeInUse(purpose, contacts):
            "purpose \(purpose) cannot be removed: contacts have it (\(Self.list(contacts)))"
        case let .letterSequenceInUse(sequence, accounts):
            "letter sequence \(sequence) cannot be removed: customers use it (\(Self.list(accounts)))"
        case let .rowRefused(row, reason):
            "\(row): \(reason)"
        case let .unreadableValue(table, column, value):
            "the database holds '\(value)' in \(table).\(column), which this Collecta cannot read"
        }
    }

    /// At most ten names, then how many more.
    private static func list(_ names: [String]) -> String {
        let shown = names.prefix(10).joined(separator: ", ")
        return names.count > 10 ? shown + " and \(names.count - 10) more" : shown
    }
}

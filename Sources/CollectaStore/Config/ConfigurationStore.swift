import CollectaCore
import GRDB

extension CollectaDatabase {
    /// The stored configuration, or nil when the database has none yet (no parameters row).
    ///
    /// Lists come back in a deterministic order: purposes, pools, templates and letter
    /// sequences by id; hierarchies by rank; criteria by position; steps by line; messages
    /// and texts by language.
    public func loadConfiguration() throws -> CollectionsConfiguration? {
        try writer.read { db in try ConfigurationReader.configuration(in: db) }
    }

    /// Replaces the whole configuration in one write transaction.
    ///
    /// Loads the current configuration, passes it to `validate` together with the open
    /// database (so that the check sees what the write will change), then writes `configuration`.
    /// Anything that throws — the validator, a usage check, a schema constraint — rolls back
    /// everything: the database is never left half-written.
    /// - Parameter validate: called with the current configuration (nil if none) and the
    ///   database; throws to refuse the change.
    /// - Throws: what `validate` throws, `ConfigurationStoreError` when the store refuses the
    ///   change (a dropped hierarchy with manual assignments, a constraint failure…), or a
    ///   database error.
    public func replaceConfiguration(
        with configuration: CollectionsConfiguration,
        validate: (CollectionsConfiguration?, Database) throws -> Void
    ) throws {
        try writer.write { db in
            let current = try ConfigurationReader.configuration(in: db)
            try validate(current, db)
            try ConfigurationWriter(db: db).replace(with: configuration)
        }
    }

    /// The ids of hierarchies that have tracked history (rows in `invoice_step_execution`):
    /// track step cannot be turned off for them (C10).
    public func hierarchiesWithTrackedHistory() throws -> Set<String> {
        try writer.read(ConfigurationUsage.hierarchiesWithTrackedHistory(in:))
    }

    /// The ids of purposes that contacts have: they cannot be deleted (C9).
    public func purposesInUseByContacts() throws -> Set<String> {
        try writer.read(ConfigurationUsage.purposesInUseByContacts(in:))
    }
}

/// What the rest of the database uses of the configuration: the facts that rules C9 and C10
/// need besides the configurations themselves.
public struct ConfigurationUsage: Hashable, Sendable {
    /// Hierarchies having rows in `invoice_step_execution`.
    public var hierarchiesWithTrackedHistory: Set<String>
    /// Purposes that some contact has.
    public var purposesInUseByContacts: Set<String>

    /// Reads the usage inside an open transaction, e.g. in a `replaceConfiguration` validator.
    public static func fetch(_ db: Database) throws -> ConfigurationUsage {
        ConfigurationUsage(
            hierarchiesWithTrackedHistory: try hierarchiesWithTrackedHistory(in: db),
            purposesInUseByContacts: try purposesInUseByContacts(in: db))
    }

    static func hierarchiesWithTrackedHistory(in db: Database) throws -> Set<String> {
        try String.fetchSet(db, sql: "SELECT DISTINCT hierarchy_id FROM invoice_step_execution")
    }

    static func purposesInUseByContacts(in db: Database) throws -> Set<String> {
        try String.fetchSet(db, sql: "SELECT DISTINCT purpose_id FROM contact_purpose_link")
    }
}

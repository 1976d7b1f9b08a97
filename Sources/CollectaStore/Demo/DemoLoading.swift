import CollectaCore
import GRDB

/// Why a demo dataset was not written.
public enum DemoLoadingError: Error, Equatable, CustomStringConvertible {
    /// The database already has customers or a configuration; the demo never mixes with them.
    case databaseNotEmpty(path: String)
    /// The generated configuration breaks a configuration rule (a bug in the generator).
    case invalidConfiguration([String])

    public var description: String {
        switch self {
        case .databaseNotEmpty(let path):
            "\(path) already holds data; the demo company goes into a new or empty database (use another --db)"
        case .invalidConfiguration(let violations):
            "the demo configuration breaks the rules: " + violations.joined(separator: "; ")
        }
    }
}

extension CollectaDatabase {
    /// Writes a whole demo company — configuration, agents, sales groups, customers, contacts
    /// and invoices — into an empty database, in one transaction: all of it or nothing.
    public func load(_ dataset: DemoDataset) throws {
        let violations = ConfigurationValidator.violations(in: dataset.configuration)
        guard violations.isEmpty else {
            throw DemoLoadingError.invalidConfiguration(violations.map(\.description))
        }
        try writer.write { db in
            let counts = try DatabaseCounts.fetch(db)
            guard counts.customers == 0, try ConfigurationReader.configuration(in: db) == nil else {
                throw DemoLoadingError.databaseNotEmpty(path: path)
            }
            try ConfigurationWriter(db: db).replace(with: dataset.configuration)
            try ReferenceDataWriter.upsert(dataset.agents, in: db)
            try ReferenceDataWriter.upsert(dataset.salesGroups, in: db)
            try ReferenceDataWriter.upsert(dataset.customers, in: db)
            try ReferenceDataWriter.upsert(dataset.contacts, in: db)
            try ReferenceDataWriter.upsert(dataset.invoices, in: db)
        }
    }
}

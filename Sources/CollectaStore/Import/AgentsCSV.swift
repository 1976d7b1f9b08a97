import CollectaCore
import GRDB

/// `agents.csv`: one collections agent per row, keyed by `id`.
final class AgentsCSV: CSVImportFormat {
    static let columns: [CSVColumn] = [
        .required("id"), .required("name"), .required("email"), .optional("phone"),
    ]
    static let table = "collections_agent"

    private let upserter: AgentUpserter
    private var ids = KeyRegistry()
    private(set) var writtenCount = 0

    init(_ db: Database) throws {
        upserter = try AgentUpserter(db)
    }

    func importRow(_ row: CSVRow) throws {
        if let id = row.optional("id") {
            ids.register(id, column: "id", row: row)
        }
        let id = row.required("id")
        let name = row.required("name")
        let email = row.email("email", required: true)
        guard let id, let name, let email, row.isValid else { return }
        let agent = CollectionsAgent(id: id, name: name, email: email, phone: row.optional("phone"))
        try write(line: row.line, row.issues) { try upserter.upsert(agent) }
        writtenCount += 1
    }

    /// The row export writes for `agent`, in `columns` order.
    static func fields(of agent: CollectionsAgent) -> [String] {
        [agent.id, agent.name, agent.email, agent.phone ?? ""]
    }
}

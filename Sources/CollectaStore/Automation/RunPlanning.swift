import CollectaCore
import GRDB

/// Why a run or a simulation cannot start. Each reads as one line.
public enum AutomationError: Error, Equatable, CustomStringConvertible {
    case unknownHierarchy(String)
    case inactiveHierarchy(String)
    /// The stored configuration breaks a rule; every violation is listed.
    case invalidConfiguration([String])
    /// R17: a run for a date before the hierarchy's last completed run.
    case dateBeforeLastRun(hierarchyID: String, runDate: LocalDate, lastCompleted: LocalDate)

    public var description: String {
        switch self {
        case .unknownHierarchy(let id):
            "there is no process hierarchy \(id)"
        case .inactiveHierarchy(let id):
            "process hierarchy \(id) is not active; activate it before running it"
        case .invalidConfiguration(let violations):
            "the configuration breaks \(violations.count) rule(s); fix it before running: "
                + violations.joined(separator: "; ")
        case .dateBeforeLastRun(let id, let runDate, let lastCompleted):
            "a run for \(runDate) is refused: hierarchy \(id) already completed a run for \(lastCompleted) (R17)"
        }
    }
}

/// What a run or a simulation covers: the hierarchies in scope and those already done (R17).
struct RunScope {
    let configuration: CollectionsConfiguration
    let runDate: LocalDate
    let hierarchyFilter: String?
    /// Active hierarchies the run processes, by rank.
    let hierarchyIDs: [String]
    /// Hierarchies in scope that already completed a run for `runDate`.
    let completed: Set<String>

    /// Hierarchies in scope still to be run.
    var pending: [String] { hierarchyIDs.filter { !completed.contains($0) } }

    /// Plans a run of `filter` (or every active hierarchy) for `runDate`.
    /// - Parameter refusingEarlierDates: R17's refusal of dates before a completed run (runs
    ///   only; a simulation may look at any date).
    static func plan(
        _ db: Database, configuration: CollectionsConfiguration, runDate: LocalDate,
        hierarchyFilter filter: String?, refusingEarlierDates: Bool
    ) throws -> RunScope {
        let violations = ConfigurationValidator.violations(in: configuration)
        guard violations.isEmpty else {
            throw AutomationError.invalidConfiguration(violations.map(\.description))
        }
        let active = configuration.hierarchies.sorted { $0.rank < $1.rank }.filter(\.isActive)
        if let filter {
            guard let hierarchy = configuration.hierarchies.first(where: { $0.id == filter }) else {
                throw AutomationError.unknownHierarchy(filter)
            }
            guard hierarchy.isActive else { throw AutomationError.inactiveHierarchy(filter) }
        }
        let ids = active.map(\.id).filter { filter == nil || $0 == filter }
        let lastCompleted = try lastCompletedDates(db)
        if refusingEarlierDates {
            for id in ids {
                if let last = lastCompleted[id], runDate < last {
                    throw AutomationError.dateBeforeLastRun(hierarchyID: id, runDate: runDate, lastCompleted: last)
                }
            }
        }
        let completed = try String.fetchSet(
            db, sql: "SELECT hierarchy_id FROM hierarchy_run WHERE run_date = ? AND status = 'completed'",
            arguments: [runDate.isoString])
        return RunScope(
            configuration: configuration, runDate: runDate, hierarchyFilter: filter,
            hierarchyIDs: ids, completed: completed.intersection(ids))
    }

    /// The engine's run context for this scope.
    func context(_ db: Database) throws -> RunContext {
        RunContext(
            configuration: configuration, runDate: runDate, hierarchyFilter: hierarchyFilter,
            completedHierarchies: completed,
            salesGroups: try Array(ReferenceDataReader.salesGroups(in: db)),
            agents: try Array(ReferenceDataReader.agents(in: db)))
    }

    private static func lastCompletedDates(_ db: Database) throws -> [String: LocalDate] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT hierarchy_id, max(run_date) FROM hierarchy_run WHERE status = 'completed'
            GROUP BY hierarchy_id
            """)
        var dates: [String: LocalDate] = [:]
        for row in rows {
            dates[row[0]] = try StoredDate.decode(row, 1, table: "hierarchy_run")
        }
        return dates
    }
}

import CollectaCore
import GRDB

/// What a simulation covered.
public struct SimulationSummary: Hashable, Sendable {
    public var runDate: LocalDate
    /// Hierarchies in scope, by rank.
    public var hierarchyIDs: [String]
    /// Hierarchies in scope that already ran for the date (R17).
    public var alreadyRan: [String]
    public var customersConsidered: Int
    public var actions: Int
}

extension CollectaDatabase {
    /// R19: the engine over every customer for `runDate`, with no side effects. Decisions are
    /// handed to `receive` page by page, in account order; with `hierarchyID`, only the customers
    /// that hierarchy processes are handed over.
    @discardableResult
    public func simulate(
        on runDate: LocalDate, hierarchyID: String? = nil, pageSize: Int = 1000,
        receive: ([CustomerDecision]) throws -> Void
    ) throws -> SimulationSummary {
        let (scope, context, loader) = try writer.read { db in
            guard let configuration = try ConfigurationReader.configuration(in: db) else {
                throw StoreError.notInitialised(path: path)
            }
            let scope = try RunScope.plan(
                db, configuration: configuration, runDate: runDate, hierarchyFilter: hierarchyID,
                refusingEarlierDates: false)
            return (scope, try scope.context(db), CaseLoader(pools: configuration.pools, runDate: runDate))
        }
        var summary = SimulationSummary(
            runDate: runDate, hierarchyIDs: scope.hierarchyIDs, alreadyRan: scope.hierarchyIDs.filter(scope.completed.contains),
            customersConsidered: 0, actions: 0)
        var cursor: String?
        while true {
            let cases = try writer.read { db in try loader.page(db, after: cursor, limit: pageSize) }
            guard let last = cases.last else { break }
            cursor = last.customer.account
            let decisions = cases.map { CollectionsEngine.decide($0, in: context) }
                .filter { hierarchyID == nil || $0.assignment?.hierarchyID == hierarchyID }
            summary.customersConsidered += decisions.count
            summary.actions += decisions.reduce(0) { $0 + $1.actions.count }
            try receive(decisions)
        }
        return summary
    }
}

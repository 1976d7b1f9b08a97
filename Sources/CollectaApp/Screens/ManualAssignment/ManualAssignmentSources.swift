import CollectaCore
import CollectaStore
import TerminalUI

/// The customers assigned by hand to one hierarchy (account, name, assigned by, assigned at):
/// a COUNT and a LIMIT/OFFSET query for the visible rows only; the grid's filter searches the
/// account and name like the search screen does.
struct ManualAssignmentSource: GridDataSource {
    let database: CollectaDatabase
    let hierarchyID: String?

    func rowCount(matching query: GridQuery) -> Int {
        guard let hierarchyID else { return 0 }
        return (try? database.countManualAssignments(toHierarchy: hierarchyID, searching: query.filter)) ?? 0
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        guard let hierarchyID, !range.isEmpty else { return [] }
        let rows = (try? database.manualAssignmentRows(
            toHierarchy: hierarchyID, searching: query.filter, offset: range.lowerBound, limit: range.count)) ?? []
        return rows.map { row in
            GridRow(id: row.assignment.customerAccount, cells: [
                row.assignment.customerAccount, row.name, row.assignment.assignedBy,
                Self.shortTimestamp(row.assignment.assignedAt),
            ])
        }
    }

    /// `2026-11-29T09:30:00Z` as `2026-11-29 09:30`.
    static func shortTimestamp(_ timestamp: String) -> String {
        String(timestamp.replacingOccurrences(of: "T", with: " ").prefix(16))
    }
}

/// Every customer whose account or name contains each typed word (any case, Cyrillic too):
/// a COUNT per keystroke and a LIMIT/OFFSET query for the visible rows only.
struct CustomerSearchSource: GridDataSource {
    let database: CollectaDatabase
    var counter: QueryCounter?

    func rowCount(matching query: GridQuery) -> Int {
        counter?.countAsked()
        return (try? database.countCustomers(searching: query.filter)) ?? 0
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        guard !range.isEmpty else { return [] }
        counter?.pageAsked(range.count)
        let hits = (try? database.searchCustomers(query.filter, offset: range.lowerBound, limit: range.count)) ?? []
        return hits.map { GridRow(id: $0.account, cells: [$0.account, $0.name, $0.manualHierarchyID ?? ""]) }
    }

    func rowIDs(matching query: GridQuery) -> [String] {
        (try? database.customerAccounts(searching: query.filter)) ?? []
    }
}

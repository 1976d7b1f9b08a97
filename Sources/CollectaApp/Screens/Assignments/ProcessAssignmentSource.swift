import CollectaCore
import CollectaStore
import TerminalUI

/// The customers assigned to a hierarchy (or to any), one page at a time: `rowCount` is one
/// COUNT, `rows(in:)` one LIMIT/OFFSET query for the visible range (plus one query each for the
/// page's leading invoices, executed steps and last actions). The filter and the sort of the
/// stored columns go to SQL; the computed columns (leading invoice, next step, last action) are
/// not sortable. The last page read is kept, so repeated renders of one range ask nothing.
struct ProcessAssignmentSource: GridDataSource {
    /// The sortable columns and the SQL sort each one asks for.
    static let sortKeys: [String: ProcessAssignmentSort] = [
        "account": .account, "name": .name, "hierarchy": .hierarchy, "source": .source,
        "open": .openBalance, "overdue": .overdueBalance,
    ]

    let database: CollectaDatabase
    let configuration: CollectionsConfiguration
    let asOf: LocalDate
    let hierarchyID: String?
    let language: Language
    /// Which columns: the steps (due date, next step, last action) or the balances.
    let showsSteps: Bool
    /// Counts the queries (shared by the copies of the source) and keeps the last page.
    let log: QueryLog

    init(database: CollectaDatabase, configuration: CollectionsConfiguration, asOf: LocalDate,
         hierarchyID: String?, language: Language, showsSteps: Bool = false, log: QueryLog = QueryLog()) {
        self.showsSteps = showsSteps
        self.database = database
        self.configuration = configuration
        self.asOf = asOf
        self.hierarchyID = hierarchyID
        self.language = language
        self.log = log
    }

    func storeQuery(_ query: GridQuery) -> ProcessAssignmentQuery {
        ProcessAssignmentQuery(
            hierarchyID: hierarchyID, text: query.filter,
            sort: query.sort.flatMap { Self.sortKeys[$0.columnID] },
            descending: query.sort?.direction == .descending)
    }

    func rowCount(matching query: GridQuery) -> Int {
        log.counts += 1
        return log.reading(0) {
            try database.countProcessAssignments(storeQuery(query), configuration: configuration, asOf: asOf)
        }
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        guard !range.isEmpty else { return [] }
        if let cached = log.cached, cached.query == query, cached.range.lowerBound <= range.lowerBound,
           range.upperBound <= cached.range.upperBound {
            let start = range.lowerBound - cached.range.lowerBound
            return Array(cached.rows.dropFirst(start).prefix(range.count))
        }
        log.pages += 1
        let found = log.reading([]) {
            try database.processAssignments(
                storeQuery(query), configuration: configuration, asOf: asOf,
                offset: range.lowerBound, limit: range.count)
        }
        let rows = found.map(gridRow)
        if range.count > 1 || log.cached?.query != query {
            log.cached = (query, range.lowerBound..<(range.lowerBound + rows.count), rows)
        }
        for customer in found { log.details[customer.account] = customer }
        if log.details.count > 1_000 { log.details = Dictionary(found.map { ($0.account, $0) }) { first, _ in first } }
        return rows
    }

    /// The cells of one customer, in the order of `ProcessAssignmentScreen.makeList`'s columns.
    func gridRow(_ row: ProcessAssignmentRow) -> GridRow {
        var cells = [row.account, row.name]
        if hierarchyID == nil { cells.append(row.hierarchyID) }
        if showsSteps {
            let next = nextStep(row)
            cells += [
                row.leadingDueDate?.isoString ?? "",
                next.map { "\($0.step.line) \($0.step.description)" } ?? "", next?.dueOn.isoString ?? "",
                row.lastAction.map { AssignmentsTexts.action($0)(language) } ?? "",
                row.lastActionDate?.isoString ?? "",
            ]
        } else {
            cells += [
                (row.source == .manual ? AssignmentsTexts.manual : AssignmentsTexts.pool)(language),
                row.openBalance.decimalString, row.overdueBalance.decimalString,
                row.leadingInvoiceID ?? "", row.leadingDueDate?.isoString ?? "",
            ]
        }
        return GridRow(id: row.account, cells: cells)
    }

    /// The next step of the customer's case (`NextStep.after`), when it has a leading invoice.
    func nextStep(_ row: ProcessAssignmentRow) -> NextStep? {
        guard let due = row.leadingDueDate,
              let hierarchy = configuration.hierarchies.first(where: { $0.id == row.hierarchyID })
        else { return nil }
        return NextStep.after(executedLines: row.executedStepLines, in: hierarchy, dueDate: due)
    }
}

/// What a paged source asked the database, shared by the copies of one source (tests count it),
/// and the last page it read.
final class QueryLog {
    /// COUNT queries.
    var counts = 0
    /// Page queries.
    var pages = 0
    var cached: (query: GridQuery, range: Range<Int>, rows: [GridRow])?
    /// The customers of the last page, by account (the details line of the cursor row).
    var details: [String: ProcessAssignmentRow] = [:]
    /// Why the last query failed (a malformed pool criterion, an unreadable database); nil when
    /// it did not.
    var failure: String?

    /// The result of `body`, or `fallback` with the failure remembered.
    func reading<T>(_ fallback: T, _ body: () throws -> T) -> T {
        do {
            let value = try body()
            failure = nil
            return value
        } catch {
            failure = String(describing: error)
            return fallback
        }
    }
}

import CollectaCore
import CollectaStore
import TerminalUI

/// The customers assigned to a hierarchy (or to any), one page at a time. R1 is evaluated once,
/// for every customer, into a `ProcessAssignmentIndex` shared by the copies of the source (and
/// by the lists of the other hierarchies and column sets of the screen): counting, filtering,
/// sorting and paging then run in memory. `rows(in:)` reads the visible page's balances, leading
/// invoices, executed steps and last actions (four queries over the page's accounts). The sorts
/// by balance read every customer's balances once. The computed columns (leading invoice, next
/// step, last action, prediction) are not sortable. The prediction columns cost one more query
/// per page (`customerPredictions`, aggregated per customer in SQL). The last page read is kept,
/// so repeated renders of one range ask nothing.
struct ProcessAssignmentSource: GridDataSource {
    /// The sortable columns and the sort each one asks for.
    static let sortKeys: [String: ProcessAssignmentSort] = [
        "account": .account, "name": .name, "hierarchy": .hierarchy, "source": .source,
        "open": .openBalance, "overdue": .overdueBalance,
    ]

    let database: CollectaDatabase
    let configuration: CollectionsConfiguration
    let asOf: LocalDate
    let hierarchyID: String?
    let language: Language
    /// Which columns: the balances, the steps or the predictions.
    let columnSet: AssignmentColumnSet
    /// Counts the queries (shared by the copies of the source) and keeps the last page.
    let log: QueryLog
    /// The index, the balances and the last ordering; shared across the screen's lists.
    let memory: ProcessAssignmentMemory

    init(database: CollectaDatabase, configuration: CollectionsConfiguration, asOf: LocalDate,
         hierarchyID: String?, language: Language, columnSet: AssignmentColumnSet = .balances,
         log: QueryLog = QueryLog(), memory: ProcessAssignmentMemory = ProcessAssignmentMemory()) {
        self.columnSet = columnSet
        self.database = database
        self.configuration = configuration
        self.asOf = asOf
        self.hierarchyID = hierarchyID
        self.language = language
        self.log = log
        self.memory = memory
    }

    func storeQuery(_ query: GridQuery) -> ProcessAssignmentQuery {
        ProcessAssignmentQuery(
            hierarchyID: hierarchyID, text: query.filter,
            sort: query.sort.flatMap { Self.sortKeys[$0.columnID] },
            descending: query.sort?.direction == .descending)
    }

    func rowCount(matching query: GridQuery) -> Int {
        positions(matching: query).count
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        guard !range.isEmpty else { return [] }
        if let cached = log.cached, cached.query == query, cached.range.lowerBound <= range.lowerBound,
           range.upperBound <= cached.range.upperBound {
            let start = range.lowerBound - cached.range.lowerBound
            return Array(cached.rows.dropFirst(start).prefix(range.count))
        }
        let positions = positions(matching: query)
        guard let index = memory.index, range.lowerBound < positions.count else { return [] }
        log.pages += 1
        let entries = positions[range.clamped(to: 0..<positions.count)].map { index.entries[$0] }
        let found = log.reading([]) { try database.processAssignmentRows(entries, asOf: asOf) }
        if columnSet == .predictions { readPredictions(of: found.map(\.account)) }
        let rows = found.map(gridRow)
        if range.count > 1 || log.cached?.query != query {
            log.cached = (query, range.lowerBound..<(range.lowerBound + rows.count), rows)
        }
        for customer in found { log.details[customer.account] = customer }
        if log.details.count > 1_000 { log.details = Dictionary(found.map { ($0.account, $0) }) { first, _ in first } }
        return rows
    }

    /// The positions in the index of the customers `query` keeps, in its order (the last
    /// ordering is kept; the index is read once, the balances once for a balance sort).
    private func positions(matching query: GridQuery) -> [Int] {
        let storeQuery = storeQuery(query)
        if let ordering = memory.ordering, ordering.query == storeQuery { return ordering.positions }
        guard let index = memory.index ?? readIndex() else { return [] }
        var balances: [String: CustomerBalances] = [:]
        if storeQuery.sort == .openBalance || storeQuery.sort == .overdueBalance {
            guard let read = memory.balances ?? log.reading(nil, { try database.customerBalances(asOf: asOf) })
            else { return [] }
            memory.balances = read
            balances = read
        }
        let positions = index.positions(matching: storeQuery, balances: balances)
        memory.ordering = (storeQuery, positions)
        return positions
    }

    private func readIndex() -> ProcessAssignmentIndex? {
        log.counts += 1
        memory.index = log.reading(nil) {
            try database.processAssignmentIndex(configuration: configuration, asOf: asOf)
        }
        return memory.index
    }

    /// Reads the predictions of the page's customers into the log (one query); a customer
    /// without one is removed from it.
    private func readPredictions(of accounts: [String]) {
        let found = log.reading([]) {
            try database.customerPredictions(ofCustomers: accounts, against: configuration.parameters.predictions)
        }
        if log.predictions.count > 1_000 { log.predictions = [:] }
        for account in accounts { log.predictions[account] = nil }
        for customer in found { log.predictions[customer.account] = customer }
    }

    /// The cells of one customer, in the order of `ProcessAssignmentScreen.makeList`'s columns.
    func gridRow(_ row: ProcessAssignmentRow) -> GridRow {
        var cells = [row.account, row.name]
        if hierarchyID == nil { cells.append(row.hierarchyID) }
        switch columnSet {
        case .predictions:
            let customer = log.predictions[row.account]
            let prediction = customer?.prediction
            let percent = { (basisPoints: Int?) in basisPoints.map { "\(CustomerPrediction.percent($0))%" } ?? "" }
            cells += [
                customer.map(PredictionWords(language: language).cell) ?? "", prediction?.invoiceID ?? "",
                percent(prediction?.onTimeBasisPoints), percent(prediction?.lateBasisPoints),
                percent(prediction?.veryLateBasisPoints),
            ]
        case .steps:
            let next = nextStep(row)
            cells += [
                row.leadingDueDate?.isoString ?? "",
                next.map { "\($0.step.line) \($0.step.description)" } ?? "", next?.dueOn.isoString ?? "",
                row.lastAction.map { AssignmentsTexts.action($0)(language) } ?? "",
                row.lastActionDate?.isoString ?? "",
            ]
        case .balances:
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

/// The column sets of the process assignment list, switched in turn with F9: the balances
/// (source, open, overdue, leading invoice), the steps (next step, last action) and the
/// predictions (the riskiest invoice's level and probabilities, R16).
enum AssignmentColumnSet: CaseIterable, Sendable {
    case balances, steps, predictions

    /// The set F9 switches to.
    var next: AssignmentColumnSet {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// What a process assignment list keeps in memory, shared by the lists of one screen: the index
/// of the assigned customers (nil until read, or when it could not be), every customer's
/// balances (read for the first sort by balance), and the last ordering computed.
final class ProcessAssignmentMemory {
    var index: ProcessAssignmentIndex?
    var balances: [String: CustomerBalances]?
    var ordering: (query: ProcessAssignmentQuery, positions: [Int])?
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
    /// The predictions of the last page read with the prediction columns, by account.
    var predictions: [String: CustomerPrediction] = [:]
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

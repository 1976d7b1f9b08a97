import CollectaCore
import GRDB

/// The columns a process assignment list can be sorted by in SQL (the others — leading invoice,
/// last action, next step — are computed for the page only and cannot be sorted).
public enum ProcessAssignmentSort: String, CaseIterable, Hashable, Sendable {
    case account, name, hierarchy, source, openBalance, overdueBalance
}

/// Which assigned customers a process assignment list shows, in which order.
public struct ProcessAssignmentQuery: Hashable, Sendable {
    /// Only the customers of this hierarchy; nil: every assigned customer.
    public var hierarchyID: String?
    /// When set, instead: the customers whose pool of this hierarchy matches but that another
    /// hierarchy (or none, when only inactive ones match) processes — "goes elsewhere".
    public var elsewhereFrom: String?
    /// Text the account or the name must contain (case-insensitive); empty: every customer.
    public var text: String
    /// The sort; nil: by account.
    public var sort: ProcessAssignmentSort?
    public var descending: Bool

    public init(hierarchyID: String? = nil, elsewhereFrom: String? = nil, text: String = "",
                sort: ProcessAssignmentSort? = nil, descending: Bool = false) {
        self.hierarchyID = hierarchyID
        self.elsewhereFrom = elsewhereFrom
        self.text = text
        self.sort = sort
        self.descending = descending
    }
}

/// One assigned customer as the process assignment list shows it.
public struct ProcessAssignmentRow: Hashable, Sendable {
    public var account: String
    public var name: String
    /// The hierarchy that processes the customer (R1); empty when none does.
    public var hierarchyID: String
    public var source: AssignmentSource
    public var openBalance: Money
    public var overdueBalance: Money
    /// The leading invoice (R5: open, not disputed nor promised; earliest due date, then invoice
    /// date, then id) and its due date; nil when it has no eligible invoice.
    public var leadingInvoiceID: String?
    public var leadingDueDate: LocalDate?
    /// The steps the leading invoice has had in the customer's hierarchy.
    public var executedStepLines: Set<Int>
    /// The last action in the history (kind as stored: activity, email, letter, …) and its date.
    public var lastAction: String?
    public var lastActionDate: LocalDate?
}

extension CollectaDatabase {
    /// How many customers `query` keeps on `asOf` under `configuration` — one COUNT query.
    public func countProcessAssignments(
        _ query: ProcessAssignmentQuery, configuration: CollectionsConfiguration, asOf: LocalDate
    ) throws -> Int {
        let sql = try ProcessAssignmentSQL(query: query, configuration: configuration, asOf: asOf)
        return try translatedRead { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(sql.base)) a \(sql.conditions.whereClause)",
                             arguments: sql.baseArguments + sql.conditions.arguments) ?? 0
        }
    }

    /// The customers at positions `offset ..< offset + limit` of those `query` keeps, in its
    /// order: one query for the page (LIMIT/OFFSET), then one each for its leading invoices,
    /// their executed steps and the last actions.
    public func processAssignments(
        _ query: ProcessAssignmentQuery, configuration: CollectionsConfiguration, asOf: LocalDate,
        offset: Int, limit: Int
    ) throws -> [ProcessAssignmentRow] {
        guard limit > 0 else { return [] }
        let sql = try ProcessAssignmentSQL(query: query, configuration: configuration, asOf: asOf)
        return try translatedRead { db in
            var rows = try Row.fetchAll(db, sql: sql.page, arguments: sql.pageArguments(offset: offset, limit: limit))
                .map { row in
                    ProcessAssignmentRow(
                        account: row[0], name: row[1], hierarchyID: (row[2] as String?) ?? "",
                        source: (row[3] as String) == "manual" ? .manual : .pool,
                        openBalance: Money(minorUnits: row[4]), overdueBalance: Money(minorUnits: row[5]),
                        executedStepLines: [])
                }
            try ProcessAssignmentSQL.addDetails(to: &rows, in: db)
            return rows
        }
    }
}

extension CollectaDatabase {
    /// Every customer R1 assigns on `asOf` under `configuration`, by account, for a list to
    /// count, filter, sort and page in memory — one query. The customers no hierarchy takes are
    /// left out here rather than in SQL, where the R1 `CASE` would be evaluated twice per
    /// customer (once for the WHERE, once for the column).
    public func processAssignmentIndex(
        configuration: CollectionsConfiguration, asOf: LocalDate
    ) throws -> ProcessAssignmentIndex {
        let sql = try ProcessAssignmentSQL(query: ProcessAssignmentQuery(), configuration: configuration, asOf: asOf)
        let entries = try translatedRead { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT a.account, a.name, a.hierarchy_id, a.source FROM (\(sql.base)) a ORDER BY a.account",
                arguments: sql.baseArguments)
            var entries: [ProcessAssignmentIndex.Entry] = []
            while let row = try rows.next() {
                guard let hierarchyID = row[2] as String? else { continue }
                entries.append(ProcessAssignmentIndex.Entry(
                    account: row[0], name: row[1], hierarchyID: hierarchyID,
                    source: (row[3] as String) == "manual" ? .manual : .pool))
            }
            return entries
        }
        return ProcessAssignmentIndex(entries: entries)
    }

    /// The open and overdue balance on `asOf` of every customer with open invoices (the sorts by
    /// balance) — one query.
    public func customerBalances(asOf: LocalDate) throws -> [String: CustomerBalances] {
        try translatedRead { db in
            var balances: [String: CustomerBalances] = [:]
            let rows = try Row.fetchCursor(db, sql: ProcessAssignmentSQL.balances(where: ""), arguments: [asOf.isoString])
            while let row = try rows.next() {
                balances[row[0]] = CustomerBalances(open: Money(minorUnits: row[1]), overdue: Money(minorUnits: row[2]))
            }
            return balances
        }
    }

    /// The customers `entries` (a page of an index) as the list shows them, in the same order:
    /// their balances on `asOf`, leading invoices, executed steps and last actions — four
    /// queries over the page's accounts.
    public func processAssignmentRows(
        _ entries: [ProcessAssignmentIndex.Entry], asOf: LocalDate
    ) throws -> [ProcessAssignmentRow] {
        guard !entries.isEmpty else { return [] }
        let accounts = entries.map(\.account)
        return try translatedRead { db in
            var balances: [String: (open: Int64, overdue: Int64)] = [:]
            let sql = ProcessAssignmentSQL.balances(
                where: "AND customer_account IN (\(databaseQuestionMarks(count: accounts.count)))")
            for row in try Row.fetchAll(db, sql: sql, arguments: [asOf.isoString] + StatementArguments(accounts)) {
                balances[row[0]] = (row[1], row[2])
            }
            var rows = entries.map { entry in
                ProcessAssignmentRow(
                    account: entry.account, name: entry.name, hierarchyID: entry.hierarchyID, source: entry.source,
                    openBalance: Money(minorUnits: balances[entry.account]?.open ?? 0),
                    overdueBalance: Money(minorUnits: balances[entry.account]?.overdue ?? 0), executedStepLines: [])
            }
            try ProcessAssignmentSQL.addDetails(to: &rows, in: db)
            return rows
        }
    }
}

/// The SQL of the process assignment list: R1 as a CASE over the manual assignment and the
/// pools of the active hierarchies in rank order.
struct ProcessAssignmentSQL {
    let base: String
    let baseArguments: StatementArguments
    let conditions: QueryConditions
    let query: ProcessAssignmentQuery
    let asOf: LocalDate

    init(query: ProcessAssignmentQuery, configuration: CollectionsConfiguration, asOf: LocalDate) throws {
        let compiler = CriteriaCompiler(asOf: asOf)
        var cases = "WHEN m.hierarchy_id IS NOT NULL THEN m.hierarchy_id"
        var arguments = StatementArguments()
        let active = configuration.hierarchies.filter(\.isActive).sorted { $0.rank < $1.rank }
        for hierarchy in active {
            guard let pool = configuration.pools.first(where: { $0.id == hierarchy.poolID }) else { continue }
            let condition = try compiler.condition(for: pool)
            cases += " WHEN (\(condition.sql)) THEN ?"
            arguments += condition.statementArguments
            arguments += [hierarchy.id]
        }
        var claim = "0"
        if let from = query.elsewhereFrom,
           let poolID = configuration.hierarchies.first(where: { $0.id == from })?.poolID,
           let pool = configuration.pools.first(where: { $0.id == poolID }) {
            let condition = try compiler.condition(for: pool)
            claim = "(\(condition.sql))"
            arguments += condition.statementArguments
        }
        base = """
            SELECT c.account, c.name, CASE \(cases) END AS hierarchy_id, \(claim) AS claims,
                   CASE WHEN m.hierarchy_id IS NOT NULL THEN 'manual' ELSE 'pool' END AS source
            FROM customer c LEFT JOIN manual_assignment m ON m.customer_account = c.account
            """
        baseArguments = arguments
        var conditions = QueryConditions()
        if let from = query.elsewhereFrom {
            conditions.add("a.claims AND (a.hierarchy_id IS NULL OR a.hierarchy_id <> ?)", from)
        } else {
            conditions.add("a.hierarchy_id IS NOT NULL")
            if let hierarchyID = query.hierarchyID { conditions.add("a.hierarchy_id = ?", hierarchyID) }
        }
        conditions.append(CustomerSearchSQL.condition(for: query.text, account: "a.account", name: "a.name"))
        self.conditions = conditions
        self.query = query
        self.asOf = asOf
    }

    /// The page: the base rows with their balances, filtered and ordered, LIMIT ? OFFSET ?.
    var page: String {
        let direction = query.descending ? "DESC" : "ASC"
        let order: String = switch query.sort ?? .account {
        case .account: "a.account \(direction)"
        case .name: "a.name \(direction), a.account"
        case .hierarchy: "a.hierarchy_id \(direction), a.account"
        case .source: "a.source \(direction), a.account"
        case .openBalance: "open_balance \(direction), a.account"
        case .overdueBalance: "overdue_balance \(direction), a.account"
        }
        return """
            SELECT a.account, a.name, a.hierarchy_id, a.source,
              (SELECT coalesce(sum(i.open_amount_company), 0) FROM invoice i
                WHERE i.customer_account = a.account AND i.open_amount > 0) AS open_balance,
              (SELECT coalesce(sum(i.open_amount_company), 0) FROM invoice i
                WHERE i.customer_account = a.account AND i.open_amount > 0 AND i.due_date < ?) AS overdue_balance
            FROM (\(base)) a \(conditions.whereClause)
            ORDER BY \(order) LIMIT ? OFFSET ?
            """
    }

    func pageArguments(offset: Int, limit: Int) -> StatementArguments {
        [asOf.isoString] + baseArguments + conditions.arguments + [limit, max(0, offset)]
    }

    /// The open and overdue balance per customer with open invoices, `extra` narrowing the
    /// invoices (`AND …`); the one argument is the as-of date. The same sums as `page`'s.
    static func balances(where extra: String) -> String {
        """
        SELECT customer_account, coalesce(sum(open_amount_company), 0),
          coalesce(sum(CASE WHEN due_date < ? THEN open_amount_company END), 0)
        FROM invoice WHERE open_amount > 0 \(extra) GROUP BY customer_account
        """
    }

    /// Fills the leading invoice, its executed steps and the last action of `rows`.
    static func addDetails(to rows: inout [ProcessAssignmentRow], in db: Database) throws {
        guard !rows.isEmpty else { return }
        let accounts = rows.map(\.account)
        let marks = databaseQuestionMarks(count: accounts.count)
        var leading: [String: (id: String, due: String)] = [:]
        let invoices = """
            SELECT customer_account, id, due_date FROM invoice
            WHERE customer_account IN (\(marks)) AND open_amount > 0
              AND status NOT IN ('disputed', 'promisedToPay')
            ORDER BY customer_account, due_date, invoice_date, id
            """
        for row in try Row.fetchAll(db, sql: invoices, arguments: StatementArguments(accounts)) {
            let account: String = row[0]
            if leading[account] == nil { leading[account] = (row[1], row[2]) }
        }
        let invoiceIDs = leading.values.map(\.id)
        var executed: [String: [(hierarchy: String, line: Int)]] = [:]
        if !invoiceIDs.isEmpty {
            let steps = """
                SELECT invoice_id, hierarchy_id, step_line FROM invoice_step_execution
                WHERE invoice_id IN (\(databaseQuestionMarks(count: invoiceIDs.count)))
                """
            for row in try Row.fetchAll(db, sql: steps, arguments: StatementArguments(invoiceIDs)) {
                executed[row[0], default: []].append((row[1], row[2]))
            }
        }
        var last: [String: (action: String, date: String)] = [:]
        let history = """
            SELECT customer_account, action, run_date FROM history WHERE id IN
              (SELECT max(id) FROM history WHERE customer_account IN (\(marks)) GROUP BY customer_account)
            """
        for row in try Row.fetchAll(db, sql: history, arguments: StatementArguments(accounts)) {
            last[row[0]] = (row[1], row[2])
        }
        for index in rows.indices {
            let account = rows[index].account
            if let invoice = leading[account] {
                rows[index].leadingInvoiceID = invoice.id
                rows[index].leadingDueDate = LocalDate(iso: invoice.due)
                rows[index].executedStepLines = Set((executed[invoice.id] ?? [])
                    .filter { $0.hierarchy == rows[index].hierarchyID }.map(\.line))
            }
            if let action = last[account] {
                rows[index].lastAction = action.action
                rows[index].lastActionDate = LocalDate(iso: action.date)
            }
        }
    }
}

extension CollectaDatabase {
    /// The customers `accounts` with their R1 assignments and candidates on `asOf` (one page of
    /// a list: one query for the pools, one for the manual assignments, one for the names), in
    /// account order; unknown accounts are left out.
    public func assignments(
        ofCustomers accounts: [String], configuration: CollectionsConfiguration, asOf: LocalDate
    ) throws -> [CustomerAssignment] {
        guard !accounts.isEmpty else { return [] }
        let query = AssignmentQuery(configuration: configuration, asOf: asOf)
        return try translatedRead { db in
            let memberships = try PoolMembership.fetch(db, pools: query.pools, asOf: asOf, accounts: accounts)
            return try query.customers(memberships, in: db)
        }
    }

    /// The position of customer `account` among all customers by account (how many come before).
    public func customerPosition(of account: String) throws -> Int {
        try translatedRead { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM customer WHERE account < ?", arguments: [account]) ?? 0
        }
    }

    /// How many customers have `text` in their account or name — one COUNT query.
    public func countCustomers(containing text: String) throws -> Int {
        let (clause, arguments) = Self.containing(text)
        return try translatedRead { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM customer \(clause)", arguments: arguments) ?? 0
        }
    }

    /// The accounts and names at positions `offset ..< offset + limit` of the customers that
    /// have `text` in their account or name, by account — one LIMIT/OFFSET query.
    public func customers(
        containing text: String, offset: Int, limit: Int
    ) throws -> [(account: String, name: String)] {
        let (clause, arguments) = Self.containing(text)
        return try translatedRead { db in
            try Row.fetchAll(
                db, sql: "SELECT account, name FROM customer \(clause) ORDER BY account LIMIT ? OFFSET ?",
                arguments: arguments + [limit, max(0, offset)]
            ).map { ($0[0], $0[1]) }
        }
    }

    private static func containing(_ text: String) -> (String, StatementArguments) {
        let conditions = CustomerSearchSQL.condition(for: text)
        return (conditions.whereClause, conditions.arguments)
    }
}

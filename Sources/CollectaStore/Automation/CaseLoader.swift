import CollectaCore
import GRDB

/// Loads the engine's input for a page of customers: one query per kind of fact, each limited to
/// the page, so that memory depends on the page size and not on the database size.
struct CaseLoader {
    /// Every pool of the configuration: R1 ranks all hierarchies, whatever the run's scope.
    let pools: [CustomerPool]
    let runDate: LocalDate

    /// The customers after `account` in account order, at most `limit`, as engine cases.
    func page(_ db: Database, after account: String?, limit: Int) throws -> [CustomerCase] {
        let memberships = try PoolMembership.fetchPage(
            db, pools: pools, asOf: runDate, after: account, limit: limit)
        return try cases(db, memberships: memberships)
    }

    /// The cases of `accounts` (unknown accounts are left out).
    func cases(_ db: Database, accounts: [String]) throws -> [CustomerCase] {
        let memberships = try PoolMembership.fetch(db, pools: pools, asOf: runDate, accounts: accounts)
        return try cases(db, memberships: memberships)
    }

    private func cases(_ db: Database, memberships: [PoolMembership]) throws -> [CustomerCase] {
        let accounts = memberships.map(\.account)
        guard !accounts.isEmpty else { return [] }
        let customers = try fetch(db, ReferenceDataReader.customerSelection, "account", accounts,
                                  ReferenceDataReader.customer(from:))
        let invoices = try fetch(
            db, ReferenceDataReader.invoiceSelection, "open_amount > 0 AND customer_account", accounts,
            ReferenceDataReader.invoice(from:))
        let invoiceIDs = invoices.map(\.id)
        let facts = PageFacts(
            manual: try manualAssignments(db, accounts),
            invoices: Dictionary(grouping: invoices, by: \.customerAccount),
            executions: Dictionary(grouping: try executions(db, invoiceIDs), by: \.invoiceID),
            predictions: Dictionary(grouping: try predictions(db, invoiceIDs), by: \.invoiceID),
            marks: Dictionary(grouping: try marks(db, invoiceIDs), by: \.invoiceID),
            contacts: Dictionary(grouping: try fetch(
                db, ReferenceDataReader.contactSelection, "customer_account", accounts,
                ReferenceDataReader.contact(from:)), by: \.customerAccount),
            states: try states(db, accounts))
        let customersByAccount = Dictionary(uniqueKeysWithValues: customers.map { ($0.account, $0) })
        // In the memberships' (SQLite's) account order, so that every run processes alike.
        return memberships.compactMap { membership in
            customersByAccount[membership.account].map {
                facts.customerCase(for: $0, pools: membership.poolIDs)
            }
        }
    }

    /// Rows of `selection` whose `column` is one of `keys`, decoded.
    private func fetch<Value>(
        _ db: Database, _ selection: String, _ column: String, _ keys: [String],
        _ decode: (Row) throws -> Value
    ) throws -> [Value] {
        let sql = "\(selection) WHERE \(column) IN (\(databaseQuestionMarks(count: keys.count)))"
        return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(keys)).map(decode)
    }

    private func manualAssignments(_ db: Database, _ accounts: [String]) throws -> [String: String] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT customer_account, hierarchy_id FROM manual_assignment WHERE customer_account IN (\(databaseQuestionMarks(count: accounts.count)))",
            arguments: StatementArguments(accounts))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[1]) })
    }

    private func executions(_ db: Database, _ invoiceIDs: [String]) throws -> [InvoiceStepExecution] {
        try rows(db, "SELECT invoice_id, hierarchy_id, step_line, executed_on FROM invoice_step_execution", invoiceIDs)
            .map { row in
                InvoiceStepExecution(
                    invoiceID: row[0], hierarchyID: row[1], stepLine: row[2],
                    executedOn: try StoredDate.decode(row, 3, table: "invoice_step_execution"))
            }
    }

    private func predictions(_ db: Database, _ invoiceIDs: [String]) throws -> [PaymentPrediction] {
        try rows(db, "SELECT invoice_id, on_time_bp, late_bp, very_late_bp, computed_on FROM payment_prediction", invoiceIDs)
            .map { row in
                PaymentPrediction(
                    invoiceID: row[0], onTimeBasisPoints: row[1], lateBasisPoints: row[2],
                    veryLateBasisPoints: row[3],
                    computedOn: try StoredDate.decode(row, 4, table: "payment_prediction"))
            }
    }

    private func marks(_ db: Database, _ invoiceIDs: [String]) throws -> [PredictionMark] {
        try rows(db, "SELECT invoice_id, level FROM prediction_action", invoiceIDs).compactMap { row in
            PredictionLevel(rawValue: row[1]).map { PredictionMark(invoiceID: row[0], level: $0) }
        }
    }

    private func states(_ db: Database, _ accounts: [String]) throws -> [String: (LocalDate?, Int)] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT customer_account, last_contact_date, letter_level FROM customer_automation_state WHERE customer_account IN (\(databaseQuestionMarks(count: accounts.count)))",
            arguments: StatementArguments(accounts))
        var states: [String: (LocalDate?, Int)] = [:]
        for row in rows {
            let lastContact = try (row[1] as String?).map { _ in
                try StoredDate.decode(row, 1, table: "customer_automation_state")
            }
            states[row[0]] = (lastContact, row[2])
        }
        return states
    }

    /// Rows of `selection` whose `invoice_id` is one of `invoiceIDs`.
    private func rows(_ db: Database, _ selection: String, _ invoiceIDs: [String]) throws -> [Row] {
        guard !invoiceIDs.isEmpty else { return [] }
        return try Row.fetchAll(
            db, sql: "\(selection) WHERE invoice_id IN (\(databaseQuestionMarks(count: invoiceIDs.count)))",
            arguments: StatementArguments(invoiceIDs))
    }
}

/// The facts of one page, grouped by customer or invoice.
private struct PageFacts {
    var manual: [String: String]
    var invoices: [String: [Invoice]]
    var executions: [String: [InvoiceStepExecution]]
    var predictions: [String: [PaymentPrediction]]
    var marks: [String: [PredictionMark]]
    var contacts: [String: [Contact]]
    var states: [String: (LocalDate?, Int)]

    func customerCase(for customer: Customer, pools: Set<String>) -> CustomerCase {
        let invoices = self.invoices[customer.account] ?? []
        let state = states[customer.account]
        return CustomerCase(
            customer: customer, matchingPoolIDs: pools, manualHierarchyID: manual[customer.account],
            openInvoices: invoices, executions: invoices.flatMap { executions[$0.id] ?? [] },
            predictions: invoices.flatMap { predictions[$0.id] ?? [] },
            predictionMarks: invoices.flatMap { marks[$0.id] ?? [] },
            contacts: contacts[customer.account] ?? [], lastContactDate: state?.0 ?? nil,
            letterLevel: state?.1 ?? 0)
    }
}

/// Decoding ISO dates stored as text, refusing text that is not one.
enum StoredDate {
    static func decode(_ row: Row, _ index: Int, table: String) throws -> LocalDate {
        let text: String = try row.decode(atIndex: index)
        guard let date = LocalDate(iso: text) else {
            throw StoredValueError(table: table, key: "\(row[0] as DatabaseValue)", column: "#\(index)", value: text)
        }
        return date
    }
}

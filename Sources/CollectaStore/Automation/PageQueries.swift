import CollectaCore
import GRDB

/// A page of customers in account order, each with whether it meets the stored-field criteria
/// of each pool (computed fields are tested on the invoices, see `PoolTest`).
struct PageCustomers: Sendable {
    struct Row: Sendable {
        var customer: Customer
        /// Per pool with criteria SQL tests, in `storedPositions` order.
        var storedMatches: [Bool]
        /// Whether the customer's fields read as stored, so that Swift tests criteria on them as
        /// SQL would (see `ColumnReader.isExactText`).
        var isExact: Bool
    }

    var rows: [Row] = []
    /// Per pool, the position of its stored condition in `storedMatches`; nil when it has none.
    let storedPositions: [Int?]

    /// At most `limit` customers after `account` (and up to `last`, when given; `limit` -1 for
    /// no limit), their tags left for `PageFacts`.
    static func fetch(
        _ db: Database, tests: [PoolTest], after account: String, through last: String? = nil, limit: Int
    ) throws -> PageCustomers {
        var columns = ""
        var arguments = StatementArguments()
        var positions: [Int?] = []
        var count = 0
        for test in tests {
            guard let condition = test.storedCondition else {
                positions.append(nil)
                continue
            }
            columns += ", (\(condition.sql))"
            arguments += condition.statementArguments
            positions.append(count)
            count += 1
        }
        let sql = """
            SELECT c.account, c.name, c.customer_group, c.currency, c.language, c.country,
                c.sales_group_id, c.agent_id, c.credit_limit, c.on_hold, c.letter_sequence_id\(columns)
            FROM customer c WHERE c.account > ?\(last == nil ? "" : " AND c.account <= ?") ORDER BY c.account LIMIT ?
            """
        var page = PageCustomers(storedPositions: positions)
        let (textColumns, integerColumns) = testedColumns(tests)
        var interners = ReferenceDataReader.CustomerInterners()
        arguments += [account]
        if let last { arguments += [last] }
        try db.forEachRow(sql: sql, arguments: arguments + [limit], table: "customer") { row in
            let customer = try ReferenceDataReader.customer(from: row, tags: [], interners: &interners)
            // A condition is met when it is true: NULL and 0 are not.
            let matches = (0..<CInt(count)).map { (row.optionalInteger(11 + $0) ?? 0) != 0 }
            let isExact = textColumns.allSatisfy(row.isExactText) && integerColumns.allSatisfy(row.isInteger)
            page.rows.append(Row(customer: customer, storedMatches: matches, isExact: isExact))
        }
        return page
    }

    /// Every `size`-th account after `account`, in account order: where the pages of `size`
    /// customers that `fetch` reads one after the other end (but the last page, which runs to
    /// the end). One scan of the customer key's index.
    static func pageEnds(_ db: Database, after account: String, size: Int) throws -> [String] {
        var ends: [String] = []
        var position = 0
        try db.forEachRow(
            sql: "SELECT account FROM customer WHERE account > ? ORDER BY account", arguments: [account],
            table: "customer"
        ) { row in
            position += 1
            if position == size {
                ends.append(try row.text(0, "account"))
                position = 0
            }
        }
        return ends
    }

    /// The text and integer columns of the query above that Swift tests criteria on.
    private static func testedColumns(_ tests: [PoolTest]) -> (text: [CInt], integer: [CInt]) {
        let fields = tests.reduce(into: Set<CustomerField>()) { $0.formUnion($1.testedFields) }
        let text: [(CustomerField, CInt)] = [
            (.account, 0), (.name, 1), (.group, 2), (.currency, 3), (.language, 4), (.country, 5),
            (.salesGroup, 6), (.agent, 7), (.letterSequence, 10),
        ]
        let integer: [(CustomerField, CInt)] = [(.creditLimit, 8), (.onHold, 9)]
        return (text.filter { fields.contains($0.0) }.map(\.1), integer.filter { fields.contains($0.0) }.map(\.1))
    }
}

/// Everything else the engine reads about a page's customers, each kind in account order.
struct PageFacts: Sendable {
    var tags = AccountGroups<String>()
    /// Accounts with a tag that does not read as stored (see `ColumnReader.isExactText`).
    var inexactTagAccounts: [String] = []
    var invoices = AccountGroups<Invoice>()
    var contacts = AccountGroups<Contact>()
    var manualAssignments = AccountGroups<String>()
    var states = AccountGroups<(lastContact: LocalDate?, letterLevel: Int)>()
    var executions = AccountGroups<InvoiceStepExecution>()
    var predictions = AccountGroups<PaymentPrediction>()
    var marks = AccountGroups<PredictionMark>()

    /// The facts of the customers in `range`; contacts only with `recipientPurposes`; predictions
    /// and prediction activities only when `predictions` (some hierarchy uses them), and without
    /// their factors (the engine does not use them, and reading them is most of reading the
    /// predictions; explanations read them with `customerPredictions(ofCustomers:against:)`).
    static func fetch(
        _ db: Database, range: AccountRange, recipientPurposes: [String], predictions: Bool
    ) throws -> PageFacts {
        var facts = PageFacts()
        try facts.readCustomerFacts(db, range)
        try facts.readContacts(db, range, purposes: recipientPurposes)
        try facts.readInvoices(db, range)
        try facts.readInvoiceFacts(db, range, predictions: predictions)
        return facts
    }

    private mutating func readCustomerFacts(_ db: Database, _ range: AccountRange) throws {
        try db.forEachRow(
            sql: "SELECT customer_account, tag FROM customer_tag \(Self.inRange) ORDER BY customer_account, tag",
            arguments: range.arguments, table: "customer_tag"
        ) { row in
            let account = try row.text(0, "customer_account")
            tags.append(try row.text(1, "tag"), account: account)
            if !row.isExactText(1) { inexactTagAccounts.append(account) }
        }
        try db.forEachRow(
            sql: "SELECT customer_account, hierarchy_id FROM manual_assignment \(Self.inRange) ORDER BY customer_account",
            arguments: range.arguments, table: "manual_assignment"
        ) { row in
            manualAssignments.append(try row.text(1, "hierarchy_id"), account: try row.text(0, "customer_account"))
        }
        try db.forEachRow(
            sql: """
                SELECT customer_account, last_contact_date, letter_level FROM customer_automation_state
                \(Self.inRange) ORDER BY customer_account
                """,
            arguments: range.arguments, table: "customer_automation_state"
        ) { row in
            let state = (try row.optionalDate(1, "last_contact_date"), try row.int(2, "letter_level"))
            states.append(state, account: try row.text(0, "customer_account"))
        }
    }

    /// Contacts with one of `purposes`, each with those of its purposes, by id within a customer
    /// (ids and purposes in SQLite's order, by their bytes).
    private mutating func readContacts(_ db: Database, _ range: AccountRange, purposes: [String]) throws {
        guard !purposes.isEmpty else { return }
        let sql = """
            SELECT c.id, c.customer_account, c.name, c.email, c.phone, l.purpose_id
            FROM contact c CROSS JOIN contact_purpose_link l ON l.contact_id = c.id
            WHERE c.customer_account > ? AND c.customer_account <= ?
                AND l.purpose_id IN (\(databaseQuestionMarks(count: purposes.count)))
            ORDER BY c.customer_account
            """
        // One customer's contacts at a time; a contact with several of the purposes comes in
        // several rows.
        var customerContacts: [Contact] = []
        var lastPurpose: String?
        func flush() {
            if customerContacts.count > 1 {
                customerContacts.sort { BinaryCollation.compare($0.id, $1.id) < 0 }
            }
            // The customer's first contact starts its group; the others join it.
            for (index, contact) in customerContacts.enumerated() {
                contacts.append(contact, account: contact.customerAccount, isLastAccount: index > 0)
            }
            customerContacts.removeAll(keepingCapacity: true)
        }
        try db.forEachRow(sql: sql, arguments: range.arguments + StatementArguments(purposes), table: "contact") { row in
            let purpose = try row.text(5, "purpose_id", reusing: lastPurpose)
            lastPurpose = purpose
            if let index = customerContacts.firstIndex(where: { row.hasText(0, equalTo: $0.id) }) {
                // Contact's initializer keeps purposes sorted and unique.
                let contact = customerContacts[index]
                customerContacts[index] = Contact(
                    id: contact.id, customerAccount: contact.customerAccount, name: contact.name,
                    email: contact.email, phone: contact.phone, purposeIDs: contact.purposeIDs + [purpose])
                return
            }
            let previousAccount = customerContacts.first?.customerAccount
            let isSameCustomer = previousAccount.map { row.hasText(1, equalTo: $0) } ?? false
            if !isSameCustomer { flush() }
            var contact = Contact(
                id: try row.text(0, "id"),
                customerAccount: try isSameCustomer ? previousAccount! : row.text(1, "customer_account"),
                name: try row.text(2, "name"), email: row.optionalText(3), phone: row.optionalText(4))
            // One purpose is sorted and unique as it is.
            contact.purposeIDs = [purpose]
            customerContacts.append(contact)
        }
        flush()
    }

    /// Open invoices (open amount > 0), by the partial index `invoice_open_by_customer`.
    private mutating func readInvoices(_ db: Database, _ range: AccountRange) throws {
        var currency: String?
        try db.forEachRow(
            sql: ReferenceDataReader.invoiceSelection
                + " WHERE open_amount > 0 AND customer_account > ? AND customer_account <= ? ORDER BY customer_account",
            arguments: range.arguments, table: "invoice"
        ) { row in
            let lastAccount = invoices.lastAccount
            let isLastAccount = lastAccount.map { row.hasText(1, equalTo: $0) } ?? false
            let account = try isLastAccount ? lastAccount! : row.text(1, "customer_account")
            let invoice = try ReferenceDataReader.invoice(from: row, customerAccount: account, currency: currency)
            currency = invoice.currency
            invoices.append(invoice, account: account, isLastAccount: isLastAccount)
        }
    }

    /// Step executions, predictions and prediction activities of the open invoices: each table
    /// is looked up invoice by invoice, so an empty table is not looked at.
    private mutating func readInvoiceFacts(_ db: Database, _ range: AccountRange, predictions wanted: Bool) throws {
        var present = (executions: false, predictions: false, marks: false)
        try db.forEachRow(
            sql: """
                SELECT EXISTS (SELECT 1 FROM invoice_step_execution), EXISTS (SELECT 1 FROM payment_prediction),
                    EXISTS (SELECT 1 FROM prediction_action)
                """,
            table: "invoice_step_execution"
        ) { row in
            let predictions = try row.bool(1, "predictions")
            let marks = try row.bool(2, "marks")
            present = (try row.bool(0, "executions"), wanted && predictions, wanted && marks)
        }
        if present.executions {
            try readOpenInvoiceRows(db, range, "e.invoice_id, e.hierarchy_id, e.step_line, e.executed_on",
                                    "invoice_step_execution e ON e.invoice_id") { row in
                executions.append(
                    InvoiceStepExecution(
                        invoiceID: try row.text(1, "invoice_id"), hierarchyID: try row.text(2, "hierarchy_id"),
                        stepLine: try row.int(3, "step_line"), executedOn: try row.date(4, "executed_on")),
                    account: try row.text(0, "customer_account"))
            }
        }
        if present.predictions {
            let columns = PredictionWriting.columns.dropLast().map { "p." + $0 }.joined(separator: ", ")
            try readOpenInvoiceRows(db, range, columns, "payment_prediction p ON p.invoice_id") { row in
                predictions.append(
                    try PredictionWriting.prediction(from: row, at: 1), account: try row.text(0, "customer_account"))
            }
        }
        if present.marks {
            try readOpenInvoiceRows(db, range, "m.invoice_id, m.level", "prediction_action m ON m.invoice_id") { row in
                guard let level = PredictionLevel(rawValue: try row.text(2, "level")) else { return }
                marks.append(
                    PredictionMark(invoiceID: try row.text(1, "invoice_id"), level: level),
                    account: try row.text(0, "customer_account"))
            }
        }
    }

    /// `SELECT i.customer_account, <columns> FROM invoice i CROSS JOIN <join> = i.id` over the
    /// open invoices of `range`: the invoices lead (CROSS JOIN keeps that order), so each table
    /// is probed by its invoice key, never scanned.
    private func readOpenInvoiceRows(
        _ db: Database, _ range: AccountRange, _ columns: String, _ join: String,
        _ body: (ColumnReader) throws -> Void
    ) throws {
        let table = String(join.prefix { $0 != " " })
        try db.forEachRow(
            sql: """
                SELECT i.customer_account, \(columns) FROM invoice i CROSS JOIN \(join) = i.id
                WHERE i.open_amount > 0 AND i.customer_account > ? AND i.customer_account <= ?
                ORDER BY i.customer_account
                """,
            arguments: range.arguments, table: table, keyIndex: 1, body)
    }

    private static let inRange = "WHERE customer_account > ? AND customer_account <= ?"
}

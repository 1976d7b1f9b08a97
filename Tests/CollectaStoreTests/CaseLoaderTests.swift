import CollectaCore
import GRDB
import Testing

@testable import CollectaStore

/// The case loader's pages against a plain reading of every table, customer by customer.
@Suite("Case loading by account ranges")
struct CaseLoaderTests {
    static let today = LocalDate(iso: "2026-11-29")!

    /// A demo company after two runs, with predictions, prediction activities and manual
    /// assignments added, and pools on every computed field added to its configuration.
    static func company(seed: UInt64) throws -> (CollectaDatabase, CollectionsConfiguration) {
        let database = try RunnerTests.company(seed: seed)
        for date in [today, today.adding(days: 9)] {
            try database.run(RunOptions(runDate: date, startedAt: "2026-11-29T06:00:00Z", pageSize: 13))
        }
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT OR REPLACE INTO payment_prediction (invoice_id, on_time_bp, late_bp, very_late_bp, computed_on, factors)
                    SELECT id, 2000, 3000, 5000, '2026-11-20',
                        CASE WHEN rowid % 2 = 0 THEN 'lateHistory=7/9:+1.20;alreadyOverdue=12:' ELSE '' END
                    FROM invoice WHERE open_amount > 0 AND rowid % 3 = 0;
                INSERT OR IGNORE INTO prediction_action (invoice_id, level, created_on)
                    SELECT id, 'veryLate', '2026-11-21' FROM invoice WHERE open_amount > 0 AND rowid % 6 = 0;
                INSERT OR REPLACE INTO manual_assignment (customer_account, hierarchy_id, assigned_by, assigned_at)
                    SELECT account, (SELECT id FROM process_hierarchy ORDER BY rank DESC LIMIT 1), 'tester', '2026-11-01'
                    FROM customer WHERE rowid % 7 = 0;
                """)
        }
        var configuration = try #require(try database.loadConfiguration())
        configuration.pools += Self.computedPools
        return (database, configuration)
    }

    /// Pools testing every field: computed ones, text with wildcards and Cyrillic, missing ids,
    /// money, yes/no and tags.
    static let computedPools: [CustomerPool] = [
        pool("BAL", [(.openBalance, ">1000")]), pool("BAL2", [(.openBalance, "500..20000,!1000")]),
        pool("OVD", [(.overdueBalance, "<=0")]), pool("OVD2", [(.overdueBalance, ">100"), (.country, "RU")]),
        pool("DAYS", [(.maxDaysOverdue, "30..")]), pool("DAYS2", [(.maxDaysOverdue, "0"), (.tags, "*VIP*")]),
        pool("COUNT", [(.openInvoiceCount, ">=3")]), pool("COUNT2", [(.openInvoiceCount, "!0,!1")]),
        pool("ALL", []), pool("NAME", [(.name, "*ООО*,*llc*,!*а*")]), pool("NAME2", [(.name, "А..М")]),
        pool("LANG", [(.language, "RU*"), (.group, "!RETAIL")]), pool("TAGS", [(.tags, "!\"\"")]),
        pool("NOTAG", [(.tags, "\"\""), (.salesGroup, "!\"\"")]), pool("AGENT", [(.agent, "\"\",*1")]),
        pool("CREDIT", [(.creditLimit, ">=100000"), (.onHold, "no")]), pool("HOLD", [(.onHold, "yes")]),
        pool("ACCOUNT", [(.account, "..C-000020,C-000040..")]), pool("LETTERS", [(.letterSequence, "?*")]),
        pool("CUR", [(.currency, "<RUB"), (.country, "!RU,!DE")]), pool("TAG2", [(.tags, "!VIP,!new")]),
    ]

    private static func pool(_ id: String, _ criteria: [(CustomerField, String)]) -> CustomerPool {
        CustomerPool(id: id, description: "", criteria: criteria.map { PoolCriterion(field: $0, range: $1) })
    }

    @Test("pages hold what reading every table customer by customer gives", arguments: [3, 11] as [UInt64])
    func pagesMatchPlainReading(seed: UInt64) throws {
        let (database, configuration) = try Self.company(seed: seed)
        for date in [Self.today, Self.today.adding(days: 20)] {
            let loader = CaseLoader(configuration: configuration, runDate: date)
            let loaded = try database.writer.read { db in try Self.allPages(loader, db, pageSize: 7) }
            let expected = try database.writer.read { db in
                try PlainCases.read(db, pools: configuration.pools, asOf: date)
            }
            #expect(loaded.map(\.customer) == expected.map(\.customer))
            for (case1, case2) in zip(loaded, expected) {
                let account = case1.customer.account
                #expect(case1.matchingPoolIDs == case2.matchingPoolIDs, "\(account) \(date)")
                #expect(case1.manualHierarchyID == case2.manualHierarchyID, "\(account)")
                #expect(Set(case1.openInvoices) == Set(case2.openInvoices), "\(account)")
                #expect(case1.openInvoices.count == case2.openInvoices.count, "\(account)")
                #expect(Set(case1.executions) == Set(case2.executions), "\(account)")
                #expect(Set(case1.predictions) == Set(case2.predictions), "\(account)")
                #expect(Set(case1.predictionMarks) == Set(case2.predictionMarks), "\(account)")
                #expect(case1.lastContactDate == case2.lastContactDate, "\(account)")
                #expect(case1.letterLevel == case2.letterLevel, "\(account)")
                #expect(case1.contacts == Self.recipients(case2.contacts, loader.recipientPurposes), "\(account)")
            }
            #expect(loaded.contains { !$0.executions.isEmpty } && loaded.contains { !$0.predictions.isEmpty })
            #expect(loaded.contains { $0.manualHierarchyID != nil } && loaded.contains { $0.lastContactDate != nil })
        }
    }

    @Test("the engine decides alike on loaded pages and on every contact", arguments: [3, 11] as [UInt64])
    func decisionsMatchPlainReading(seed: UInt64) throws {
        let (database, configuration) = try Self.company(seed: seed)
        let date = Self.today.adding(days: 20)
        let loader = CaseLoader(configuration: configuration, runDate: date)
        let (loaded, expected, context) = try database.writer.read { db in
            let context = RunContext(
                configuration: configuration, runDate: date,
                salesGroups: try Array(ReferenceDataReader.salesGroups(in: db)),
                agents: try Array(ReferenceDataReader.agents(in: db)))
            return (try Self.allPages(loader, db, pageSize: 5), try PlainCases.read(db, pools: configuration.pools, asOf: date),
                    context)
        }
        let decisions = loaded.map { CollectionsEngine.decide($0, in: context) }
        #expect(decisions == expected.map { CollectionsEngine.decide($0, in: context) })
        #expect(decisions.contains { $0.actions.contains { $0.kind == .email && !$0.recipients.isEmpty } })
    }

    @Test("random pools: the loader finds the pools SQL finds", arguments: [3, 11] as [UInt64])
    func randomPools(seed: UInt64) throws {
        let database = try RunnerTests.company(seed: seed)
        var configuration = try #require(try database.loadConfiguration())
        var random = SeededGenerator(seed: seed)
        let values = try database.writer.read { db in try FieldValues.read(db) }
        configuration.pools = (0..<60).map { index in
            let criteria = (0..<Int.random(in: 1...3, using: &random)).map { _ in
                values.criterion(using: &random)
            }
            return CustomerPool(id: "R\(index)", description: "", criteria: criteria)
        }
        for date in [Self.today, Self.today.adding(days: 40)] {
            let loader = CaseLoader(configuration: configuration, runDate: date)
            let (loaded, expected) = try database.writer.read { db in
                (try Self.allPages(loader, db, pageSize: 11),
                 try PoolMembership.fetch(db, pools: configuration.pools, asOf: date,
                                          accounts: try String.fetchAll(db, sql: "SELECT account FROM customer")))
            }
            #expect(loaded.map(\.customer.account) == expected.map(\.account))
            for (loadedCase, membership) in zip(loaded, expected) {
                #expect(loadedCase.matchingPoolIDs == membership.poolIDs, "\(membership.account) \(date)")
            }
            #expect(expected.contains { $0.poolIDs.count > 3 } && expected.contains { $0.poolIDs.count < 57 })
        }
    }

    @Test("a customer whose text does not read as stored gets its pools from SQL")
    func inexactText() throws {
        let database = try RunnerTests.company(seed: 3)
        let configuration = try #require(try database.loadConfiguration())
        let pools = [Self.pool("BYTES", [(.name, "*b*")]), Self.pool("MORE", [(.name, ">A")])]
        var extended = configuration
        extended.pools += pools
        let account = try database.writer.write { db in
            // "A", a NUL byte, "b": read back as "A", but SQL compares all three bytes.
            try db.execute(sql: "UPDATE customer SET name = CAST(x'410062' AS TEXT) WHERE rowid = 5")
            return try String.fetchOne(db, sql: "SELECT account FROM customer WHERE rowid = 5")!
        }
        let loader = CaseLoader(configuration: extended, runDate: Self.today)
        let cases = try database.writer.read { db in try Self.allPages(loader, db, pageSize: 8) }
        let expected = try database.poolMemberships(of: extended.pools, asOf: Self.today, accounts: [account])
        let loaded = try #require(cases.first { $0.customer.account == account })
        #expect(loaded.customer.name == "A")
        #expect(loaded.matchingPoolIDs == expected.first?.poolIDs)
        #expect(loaded.matchingPoolIDs.contains("MORE"))
    }

    @Test("values of accounts with no customer on the page are passed over")
    func groupsSkipOrphans() {
        var groups = AccountGroups<Int>()
        for (account, value) in [("A", 1), ("B", 2), ("B", 3), ("C", 4), ("E", 5), ("e\u{301}", 6), ("é", 7)] {
            groups.append(value, account: account)
        }
        #expect(groups.take(for: "B") == [2, 3])
        #expect(groups.take(for: "D") == [])
        #expect(groups.take(for: "E") == [5])
        // Canonically equal but different bytes: different accounts to SQLite.
        #expect(groups.take(for: "é") == [7])
    }

    @Test("stored dates: what LocalDate(iso:) reads, and nothing else", arguments: [
        "2026-11-29", "2024-02-29", "0001-01-01", "9999-12-31", "2026-02-29", "2026-13-01", "2026-00-10",
        "2026-04-31", "2026-1-01", "2026/11/29", "20261129", "2026-11-29 ", " 2026-11-29", "２026-11-29",
        "2026-11-2x", "", "0000-01-01", "2026-11-29T00:00", "-026-11-29", "+026-11-29",
    ])
    func storedDates(text: String) {
        #expect(StoredDate.parse(text) == LocalDate(iso: text))
    }

    @Test("an unreadable date names its table, row and column")
    func unreadableDate() throws {
        let database = try RunnerTests.company(seed: 3)
        try database.writer.write { db in
            // The schema's GLOB check lets a day that does not exist through.
            try db.execute(sql: """
                UPDATE invoice SET due_date = '2026-02-30' WHERE id = (SELECT min(id) FROM invoice WHERE open_amount > 0)
                """)
        }
        let configuration = try #require(try database.loadConfiguration())
        let loader = CaseLoader(configuration: configuration, runDate: Self.today)
        #expect {
            try database.writer.read { db in try Self.allPages(loader, db, pageSize: 50) }
        } throws: { error in
            let error = error as? StoredValueError
            return error?.table == "invoice" && error?.column == "due_date" && error?.value == "2026-02-30"
        }
    }

    @Test("the loader reads the open invoices' stored predictions, leaving their factors out")
    func predictionsWithoutFactors() throws {
        let (database, configuration) = try Self.company(seed: 3)
        let loader = CaseLoader(configuration: configuration, runDate: Self.today)
        let loaded = try database.writer.read { db in try Self.allPages(loader, db, pageSize: 9) }
        let open = Set(loaded.flatMap(\.openInvoices).map(\.id))
        let stored = try database.storedPredictions().filter { open.contains($0.invoiceID) }
        #expect(stored.contains { !$0.factors.isEmpty })
        let stripped = stored.map { prediction in
            var stripped = prediction
            stripped.factors = []
            return stripped
        }
        #expect(Set(loaded.flatMap(\.predictions)) == Set(stripped))
        #expect(!stripped.isEmpty)
    }

    @Test("R16: without an active hierarchy using predictions, none are read")
    func noPredictionsWithoutUse() throws {
        var (database, configuration) = try Self.company(seed: 3)
        let using = CaseLoader(configuration: configuration, runDate: Self.today)
        #expect(try database.writer.read { db in try Self.allPages(using, db, pageSize: 9) }
            .contains { !$0.predictions.isEmpty && !$0.predictionMarks.isEmpty })
        for index in configuration.hierarchies.indices where configuration.hierarchies[index].usesPredictions {
            configuration.hierarchies[index].isActive = false
        }
        let loader = CaseLoader(configuration: configuration, runDate: Self.today)
        let loaded = try database.writer.read { db in try Self.allPages(loader, db, pageSize: 9) }
        #expect(!loaded.isEmpty)
        #expect(loaded.allSatisfy { $0.predictions.isEmpty && $0.predictionMarks.isEmpty })
    }

    static func allPages(_ loader: CaseLoader, _ db: Database, pageSize: Int) throws -> [CustomerCase] {
        var cases: [CustomerCase] = []
        while true {
            let page = try loader.page(db, after: cases.last?.customer.account, limit: pageSize)
            guard !page.isEmpty else { return cases }
            #expect(page.count <= pageSize)
            cases += page
        }
    }

    /// The contacts that can receive customer emails, with only those purposes.
    static func recipients(_ contacts: [Contact], _ purposes: [String]) -> [Contact] {
        contacts.compactMap { contact in
            var contact = contact
            contact.purposeIDs = contact.purposeIDs.filter(purposes.contains)
            return contact.purposeIDs.isEmpty ? nil : contact
        }
    }
}

/// Values found in the database, to draw criteria from.
private struct FieldValues {
    var text: [CustomerField: [String]] = [:]

    static func read(_ db: Database) throws -> FieldValues {
        var values = FieldValues()
        let columns: [(CustomerField, String)] = [
            (.account, "account"), (.name, "name"), (.group, "customer_group"), (.currency, "currency"),
            (.language, "language"), (.country, "country"), (.salesGroup, "coalesce(sales_group_id, '')"),
            (.agent, "coalesce(agent_id, '')"), (.letterSequence, "coalesce(letter_sequence_id, '')"),
        ]
        for (field, column) in columns {
            values.text[field] = try String.fetchAll(db, sql: "SELECT DISTINCT \(column) FROM customer ORDER BY 1")
        }
        values.text[.tags] = try String.fetchAll(db, sql: "SELECT DISTINCT tag FROM customer_tag ORDER BY 1")
        return values
    }

    /// A random criterion the parser accepts.
    func criterion(using random: inout SeededGenerator) -> PoolCriterion {
        while true {
            let criterion = anyCriterion(using: &random)
            if (try? RangeExpression(parsing: criterion)) != nil { return criterion }
        }
    }

    private func anyCriterion(using random: inout SeededGenerator) -> PoolCriterion {
        let field = CustomerField.allCases.randomElement(using: &random)!
        switch field.kind {
        case .money: return PoolCriterion(field: field, range: numberRange(scale: 100_000, using: &random))
        case .integer: return PoolCriterion(field: field, range: numberRange(scale: 60, using: &random))
        case .boolean: return PoolCriterion(field: field, range: Bool.random(using: &random) ? "yes" : "no")
        case .text: break
        }
        let known = text[field] ?? []
        let alternatives = (0..<Int.random(in: 1...3, using: &random)).map { _ in
            textAlternative(known.randomElement(using: &random) ?? "", using: &random)
        }
        return PoolCriterion(field: field, range: alternatives.joined(separator: ","))
    }

    private func textAlternative(_ value: String, using random: inout SeededGenerator) -> String {
        let quoted = "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        let prefix = "\"" + String(value.prefix(2)).replacingOccurrences(of: "\"", with: "\"\"") + "\""
        switch Int.random(in: 0...9, using: &random) {
        case 0: return quoted
        case 1: return "!" + quoted
        case 2: return prefix + "*"
        case 3: return "*" + "\"" + String(value.dropFirst(2).prefix(2)).uppercased() + "\"" + "*"
        case 4: return "!" + prefix + "*"
        case 5: return "\"\""
        case 6: return "!\"\""
        case 7: return ">" + quoted
        case 8: return "<=" + quoted
        default: return prefix + "?*"
        }
    }

    private func numberRange(scale: Int, using random: inout SeededGenerator) -> String {
        let a = Int.random(in: 0...scale, using: &random)
        let b = a + Int.random(in: 0...scale, using: &random)
        switch Int.random(in: 0...5, using: &random) {
        case 0: return ">\(a)"
        case 1: return "<=\(a)"
        case 2: return "\(a)..\(b)"
        case 3: return "!\(a),!0"
        case 4: return "0,\(a)..\(b)"
        default: return "\(a).."
        }
    }
}

/// Every table read whole and grouped by customer: the loader's oracle.
private enum PlainCases {
    static func read(_ db: Database, pools: [CustomerPool], asOf: LocalDate) throws -> [CustomerCase] {
        let customers = try Array(ReferenceDataReader.customers(in: db))
        let memberships = try PoolMembership.fetch(db, pools: pools, asOf: asOf, accounts: customers.map(\.account))
        let invoices = try Array(ReferenceDataReader.invoices(in: db)).filter(\.isOpen)
        let contacts = try Array(ReferenceDataReader.contacts(in: db))
        let executions = try Row.fetchAll(db, sql: "SELECT * FROM invoice_step_execution").map {
            InvoiceStepExecution(
                invoiceID: $0["invoice_id"], hierarchyID: $0["hierarchy_id"], stepLine: $0["step_line"],
                executedOn: LocalDate(iso: $0["executed_on"] as String)!)
        }
        let predictions = try Row.fetchAll(db, sql: "SELECT * FROM payment_prediction").map {
            PaymentPrediction(
                invoiceID: $0["invoice_id"], onTimeBasisPoints: $0["on_time_bp"], lateBasisPoints: $0["late_bp"],
                veryLateBasisPoints: $0["very_late_bp"], computedOn: LocalDate(iso: $0["computed_on"] as String)!)
        }
        let marks = try Row.fetchAll(db, sql: "SELECT * FROM prediction_action").map {
            PredictionMark(invoiceID: $0["invoice_id"], level: PredictionLevel(rawValue: $0["level"])!)
        }
        let manual = try Row.fetchAll(db, sql: "SELECT * FROM manual_assignment")
        let states = try Row.fetchAll(db, sql: "SELECT * FROM customer_automation_state")
        return zip(customers, memberships).map { customer, membership in
            let open = invoices.filter { $0.customerAccount == customer.account }
            let ids = Set(open.map(\.id))
            let state = states.first { $0["customer_account"] == customer.account }
            return CustomerCase(
                customer: customer, matchingPoolIDs: membership.poolIDs,
                manualHierarchyID: manual.first { $0["customer_account"] == customer.account }?["hierarchy_id"],
                openInvoices: open, executions: executions.filter { ids.contains($0.invoiceID) },
                predictions: predictions.filter { ids.contains($0.invoiceID) },
                predictionMarks: marks.filter { ids.contains($0.invoiceID) },
                contacts: contacts.filter { $0.customerAccount == customer.account },
                lastContactDate: (state?["last_contact_date"] as String?).flatMap { LocalDate(iso: $0) },
                letterLevel: state?["letter_level"] ?? 0)
        }
    }
}

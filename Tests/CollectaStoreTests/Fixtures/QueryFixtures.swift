import CollectaCore
import GRDB
@testable import CollectaStore

/// A small company for the query tests: five customers, three hierarchies (one inactive) and
/// rows of run artefacts written with SQL, as a run would write them.
enum QueryFixtures {
    /// BIG (open balance > 1000) rank 1, RETAIL (group RETAIL) rank 2, FOREIGN (country not RU)
    /// rank 3 and inactive.
    static let configuration = CollectionsConfiguration(
        parameters: AutomationParameters(companyName: "ООО «Ромашка»", companyCurrency: "RUB"),
        pools: [
            CustomerPool(id: "BIG", description: "", criteria: [.init(field: .openBalance, range: ">1000")]),
            CustomerPool(id: "RETAIL", description: "", criteria: [.init(field: .group, range: "RETAIL")]),
            CustomerPool(id: "FOREIGN", description: "", criteria: [.init(field: .country, range: "!RU")]),
            CustomerPool(id: "UNUSED", description: "", criteria: [.init(field: .group, range: "*")]),
        ],
        hierarchies: [
            ProcessHierarchy(id: "H-BIG", description: "Large balances", rank: 1, poolID: "BIG"),
            ProcessHierarchy(id: "H-RETAIL", description: "Retail", rank: 2, poolID: "RETAIL"),
            ProcessHierarchy(
                id: "H-FOREIGN", description: "Abroad", rank: 3, poolID: "FOREIGN", isActive: false),
        ])

    static let asOf = LocalDate(iso: "2026-03-01")!

    /// C1 retail and big; C2 retail; C3 wholesale abroad; C4 wholesale in Russia (no pool);
    /// C5 retail abroad.
    static func database() throws -> CollectaDatabase {
        let database = try CollectaDatabase.inMemory()
        try database.replaceConfiguration(with: configuration) { _, _ in }
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO customer (account, name, customer_group, currency, language, country) VALUES
                    ('C1', 'ООО «Ромашка»', 'RETAIL', 'RUB', 'ru', 'RU'),
                    ('C2', 'ИП Петров', 'RETAIL', 'RUB', 'ru', 'RU'),
                    ('C3', 'Acme Ltd', 'WHOLESALE', 'GBP', 'en', 'GB'),
                    ('C4', 'ООО «Вектор»', 'WHOLESALE', 'RUB', 'ru', 'RU'),
                    ('C5', 'Beta GmbH', 'RETAIL', 'EUR', 'de', 'DE');
                INSERT INTO invoice (id, customer_account, voucher, origin, invoice_date, due_date,
                    amount, open_amount, currency, open_amount_company)
                VALUES ('I1', 'C1', 'V1', 'salesOrder', '2026-01-01', '2026-01-31', 500000, 500000, 'RUB', 500000);
                """)
        }
        return database
    }

    /// Inserts run 1 (and its history rows `rows`: date, hierarchy, customer, action, status).
    static func insertHistory(
        _ rows: [(date: String, hierarchy: String, customer: String, action: String, status: String)],
        into database: CollectaDatabase
    ) throws {
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO automation_run (id, run_date, started_at, status)
                VALUES (1, '2026-01-01', '2026-01-01T06:00:00Z', 'completed')
                """)
            for row in rows {
                try db.execute(
                    sql: """
                        INSERT INTO history (run_id, run_date, hierarchy_id, step_line, action,
                            document_id, customer_account, invoice_id, voucher, due_date,
                            days_from_due, is_pre_dunning, recipients, language, created_record,
                            status, message)
                        VALUES (1, ?, ?, 2, ?, 'REMINDER', ?, 'I1', 'V1', '2026-01-31', 3, 0,
                            'a@example.com;b@example.com', 'ru', 'email:1', ?, '')
                        """,
                    arguments: [row.date, row.hierarchy, row.action, row.customer, row.status])
            }
        }
    }
}

import CollectaCore
import Testing
@testable import CollectaStore

@Suite("Pool membership pages")
struct PoolMembershipTests {
    @Test("Every pool is evaluated per customer in one page query, in account order")
    func membershipsByPage() throws {
        let database = try CollectaDatabase.inMemory()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO customer (account, name, customer_group, currency, language, country) VALUES
                    ('C1', 'ООО «Ромашка»', 'RETAIL', 'RUB', 'ru', 'RU'),
                    ('C2', 'Acme Ltd', 'WHOLESALE', 'GBP', 'en', 'GB'),
                    ('C3', 'Beta GmbH', 'RETAIL', 'EUR', 'de', 'DE');
                INSERT INTO invoice (id, customer_account, voucher, origin, invoice_date, due_date,
                    amount, open_amount, currency, open_amount_company)
                VALUES ('I1', 'C3', 'V1', 'salesOrder', '2026-01-01', '2026-01-31', 500000, 500000, 'EUR', 500000);
                """)
        }
        let pools = [
            CustomerPool(id: "RETAIL", description: "", criteria: [.init(field: .group, range: "RETAIL")]),
            CustomerPool(id: "FOREIGN", description: "", criteria: [.init(field: .country, range: "!RU")]),
            CustomerPool(id: "BIG", description: "", criteria: [.init(field: .openBalance, range: ">1000")]),
        ]
        let asOf = LocalDate(iso: "2026-03-01")!
        let first = try database.poolMemberships(of: pools, asOf: asOf, after: nil, limit: 2)
        #expect(first == [
            PoolMembership(account: "C1", poolIDs: ["RETAIL"]),
            PoolMembership(account: "C2", poolIDs: ["FOREIGN"]),
        ])
        let second = try database.poolMemberships(of: pools, asOf: asOf, after: "C2", limit: 2)
        #expect(second == [PoolMembership(account: "C3", poolIDs: ["RETAIL", "FOREIGN", "BIG"])])
        let chosen = try database.poolMemberships(of: pools, asOf: asOf, accounts: ["C3", "NOPE", "C1"])
        #expect(chosen.map(\.account) == ["C1", "C3"])
    }
}

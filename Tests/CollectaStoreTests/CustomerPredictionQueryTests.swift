import CollectaCore
import GRDB
import Testing

@testable import CollectaStore

/// The prediction of a customer as the screens show it (R16 benchmarks): per customer, in SQL,
/// the worst level among its open invoices and the riskiest invoice's prediction.
@Suite("Customer predictions")
struct CustomerPredictionQueryTests {
    /// Late at 60 % (P(late) + P(very late)), very late at 50 % (P(very late)).
    static let benchmarks = PredictionParameters(lateBenchmarkPercent: 60, veryLateBenchmarkPercent: 50)

    /// The query fixtures' five customers, with open invoices `invoices` (id, customer, due date,
    /// open amount) and their predictions (id, on time, late, very late in basis points, factors).
    static func database(
        invoices: [(String, String, String, Int)], predictions: [(String, Int, Int, Int, String)]
    ) throws -> CollectaDatabase {
        let database = try QueryFixtures.database()
        try database.writer.write { db in
            for (id, account, due, open) in invoices {
                try db.execute(
                    sql: """
                        INSERT INTO invoice (id, customer_account, voucher, origin, invoice_date, due_date,
                            amount, open_amount, currency, open_amount_company, settled_date)
                        VALUES (?, ?, ?, 'salesOrder', '2026-01-01', ?, 1000, ?, 'RUB', ?, ?)
                        """,
                    arguments: [id, account, "V-\(id)", due, open, open, open == 0 ? due : nil])
            }
            for (id, onTime, late, veryLate, factors) in predictions {
                try db.execute(
                    sql: """
                        INSERT INTO payment_prediction (invoice_id, on_time_bp, late_bp, very_late_bp, computed_on, factors)
                        VALUES (?, ?, ?, ?, '2026-02-28', ?)
                        """,
                    arguments: [id, onTime, late, veryLate, factors])
            }
        }
        return database
    }

    static func byAccount(_ database: CollectaDatabase, _ accounts: [String] = ["C1", "C2", "C3", "C4", "C5"])
        throws -> [String: CustomerPrediction] {
        Dictionary(uniqueKeysWithValues: try database.customerPredictions(ofCustomers: accounts, against: benchmarks)
            .map { ($0.account, $0) })
    }

    @Test("R16: very late is checked first, and the worst level wins over a higher late probability")
    func worstLevel() throws {
        let database = try Self.database(
            invoices: [("A", "C2", "2026-02-01", 100), ("B", "C2", "2026-02-02", 100), ("C", "C2", "2026-02-03", 100)],
            predictions: [
                ("A", 500, 9000, 500, ""),      // late 95 %
                ("B", 3000, 1500, 5500, ""),    // very late 55 % (and late 70 %)
                ("C", 1000, 3000, 6000, ""),    // very late 60 %
            ])
        let found = try #require(try Self.byAccount(database)["C2"])
        #expect(found.level == .veryLate)
        #expect(found.prediction.invoiceID == "C")
        #expect(found.percent == 60)
    }

    @Test("R16: the benchmarks are reached at equality (≥), and not one basis point below")
    func benchmarkBoundary() throws {
        let database = try Self.database(
            invoices: [("VL", "C2", "2026-02-01", 100), ("L", "C3", "2026-02-01", 100),
                       ("NOT-VL", "C4", "2026-02-01", 100), ("NOT-L", "C5", "2026-02-01", 100)],
            predictions: [
                ("VL", 2000, 3000, 5000, ""),       // P(very late) = 50 %: very late
                ("L", 4000, 5000, 1000, ""),        // P(late) + P(very late) = 60 %: late
                ("NOT-VL", 1001, 4000, 4999, ""),   // 49.99 % very late, but 89.99 % late: late
                ("NOT-L", 4001, 1000, 4999, ""),    // 59.99 %: no level
            ])
        let found = try Self.byAccount(database)
        #expect(found["C2"]?.level == .veryLate)
        #expect(found["C2"]?.percent == 50)
        #expect(found["C3"]?.level == .late)
        #expect(found["C3"]?.percent == 60)
        #expect(found["C4"]?.level == .late)
        #expect(found["C5"]?.level == nil)
        #expect(found["C5"]?.percent == 40)
        for customer in found.values {
            #expect(customer.level == customer.prediction.level(against: Self.benchmarks), "\(customer.account)")
        }
    }

    @Test("Without a level, the invoice with the lowest chance of being paid on time")
    func lowestOnTime() throws {
        let database = try Self.database(
            invoices: [("A", "C2", "2026-02-01", 100), ("B", "C2", "2026-02-02", 100)],
            predictions: [("A", 8100, 1500, 400, ""), ("B", 7000, 2600, 400, "")])
        let found = try #require(try Self.byAccount(database)["C2"])
        #expect(found.level == nil)
        #expect(found.prediction.invoiceID == "B")
        #expect(found.percent == 70)
    }

    @Test("Customers without a predicted open invoice are left out; settled invoices do not count")
    func blankWithoutPredictions() throws {
        let database = try Self.database(
            invoices: [("PAID", "C2", "2026-02-01", 0), ("OPEN", "C3", "2026-02-01", 100)],
            predictions: [("PAID", 0, 0, 10000, "")])
        #expect(try Self.byAccount(database).isEmpty)
        #expect(try database.customerPredictions(ofCustomers: [], against: Self.benchmarks).isEmpty)
    }

    @Test("One page of customers: only the accounts asked for, in account order, with their factors")
    func paging() throws {
        let factors = [
            PredictionFactor(kind: .lateHistory, facts: ["7", "9"], contribution: 1.25),
            PredictionFactor(kind: .paymentTerms, facts: ["30"], contribution: -0.5),
        ]
        let database = try Self.database(
            invoices: [("A", "C2", "2026-02-01", 100), ("B", "C3", "2026-02-01", 100), ("C", "C5", "2026-02-01", 100)],
            predictions: [
                ("A", 1000, 2000, 7000, PredictionFactor.storedText(of: factors)),
                ("B", 1000, 2000, 7000, ""), ("C", 1000, 2000, 7000, ""),
            ])
        let page = try database.customerPredictions(ofCustomers: ["C5", "C1", "C2"], against: Self.benchmarks)
        #expect(page.map(\.account) == ["C2", "C5"])
        #expect(page[0].prediction.factors == factors)
        #expect(page[0].prediction.computedOn == LocalDate(iso: "2026-02-28"))
        #expect(page[0].prediction.lateBasisPoints == 2000)
    }

    @Test("The predictions of given invoices, with their factors")
    func invoicePredictions() throws {
        let database = try Self.database(
            invoices: [("A", "C2", "2026-02-01", 100), ("B", "C3", "2026-02-01", 100)],
            predictions: [("A", 1000, 2000, 7000, "alreadyOverdue=12:"), ("B", 9000, 500, 500, "")])
        let found = try database.paymentPredictions(ofInvoices: ["B", "A", "NONE"])
        #expect(found.map(\.invoiceID) == ["A", "B"])
        #expect(found[0].factors == [PredictionFactor(kind: .alreadyOverdue, facts: ["12"], contribution: nil)])
        #expect(try database.paymentPredictions(ofInvoices: []).isEmpty)
    }
}

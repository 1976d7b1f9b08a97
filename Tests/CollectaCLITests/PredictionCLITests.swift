import Foundation
import GRDB
import Testing

/// The payment prediction (R16) where `preview` and `simulate --explain` print per-customer
/// reasons, through the real binary, on a demo company with predictions written with SQL.
@Suite("collecta preview and simulate --explain: predictions")
struct PredictionCLITests {
    private let workspace: DemoWorkspace
    private let asOf = ["--as-of", "2026-11-29"]
    private static let factors = "lateHistory=7/9:+1.20;paymentTerms=30:-0.30"

    init() throws {
        workspace = try DemoWorkspace(name: "predictions")
    }

    private func collecta(_ arguments: [String]) throws -> ProcessResult {
        try workspace.collecta(arguments)
    }

    private func json(_ arguments: [String]) throws -> Any {
        try workspace.json(arguments)
    }

    /// The first customer of `hierarchy` with an open sales-order invoice, and that invoice,
    /// given a prediction of very late 72 % (on time 10 %, late 18 %).
    private func predict(inHierarchy hierarchy: String) throws -> (account: String, invoice: String) {
        let rows = try #require(try json(["assignments"] + asOf) as? [[String: Any]])
        let accounts = rows.filter { $0["hierarchy"] as? String == hierarchy }.compactMap { $0["account"] as? String }
        let database = try DatabaseQueue(path: workspace.databasePath)
        return try database.write { db in
            for account in accounts {
                guard let invoice = try String.fetchOne(db, sql: """
                    SELECT id FROM invoice WHERE customer_account = ? AND open_amount > 0 AND origin = 'salesOrder'
                      AND status NOT IN ('disputed', 'promisedToPay') ORDER BY due_date, id LIMIT 1
                    """, arguments: [account])
                else { continue }
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO payment_prediction
                            (invoice_id, on_time_bp, late_bp, very_late_bp, computed_on, factors)
                        VALUES (?, 1000, 1800, 7200, '2026-11-29', ?)
                        """,
                    arguments: [invoice, Self.factors])
                return (account, invoice)
            }
            throw CocoaError(.featureUnsupported)
        }
    }

    @Test("preview customer: the riskiest invoice's prediction in JSON and under the table's heading")
    func previewCustomer() throws {
        defer { workspace.remove() }
        let (account, invoice) = try predict(inHierarchy: "RU")
        let preview = try #require(try json(["preview", "customer", account] + asOf) as? [String: Any])
        let prediction = try #require(preview["prediction"] as? [String: Any])
        #expect(prediction["invoice"] as? String == invoice)
        #expect(prediction["level"] as? String == "veryLate")
        #expect(prediction["percent"] as? Int == 72 && prediction["onTimePercent"] as? Int == 10)
        #expect(prediction["factors"] as? [String] == ["+ paid late 7 of 9 earlier invoices", "- payment terms of 30 days"])
        let table = try collecta(["preview", "customer", account, "--db", "demo.sqlite"] + asOf).standardOutput
        #expect(table.contains("Prediction: Very late 72% — \(invoice): on time 10%, late 18%, very late 72%\n"
            + "  + paid late 7 of 9 earlier invoices\n"))
    }

    @Test("preview process: the prediction column; null and no factors without a prediction")
    func previewProcess() throws {
        defer { workspace.remove() }
        let (account, invoice) = try predict(inHierarchy: "RU")
        let rows = try #require(try json(["preview", "process", "RU"] + asOf) as? [[String: Any]])
        let row = try #require(rows.first { $0["account"] as? String == account })
        #expect(row["prediction"] as? String == "very late 72%")
        #expect(row["predictionInvoice"] as? String == invoice)
        #expect((row["predictionFactors"] as? [String])?.count == 2)
        let other = try #require(rows.first { $0["account"] as? String != account })
        #expect(other["prediction"] is NSNull && (other["predictionFactors"] as? [String])?.isEmpty == true)
    }

    @Test("simulate --explain: a prediction activity's prediction; none where the hierarchy does not use them")
    func explain() throws {
        defer { workspace.remove() }
        let (account, invoice) = try predict(inHierarchy: "INTL")
        let (russian, _) = try predict(inHierarchy: "RU")
        let customers = try #require(try json(["simulate", "--explain"] + asOf) as? [[String: Any]])
        let customer = try #require(customers.first { $0["customer"] as? String == account })
        let actions = try #require(customer["actions"] as? [[String: Any]])
        #expect(actions.contains { $0["action"] as? String == "prediction-activity" && $0["invoice"] as? String == invoice })
        #expect(customer["prediction"] as? String == "very late 72%")
        #expect(customer["predictionInvoice"] as? String == invoice)
        #expect(customer["predictionFactors"] as? [String] == ["+ paid late 7 of 9 earlier invoices", "- payment terms of 30 days"])
        let other = try #require(customers.first { $0["customer"] as? String == russian })
        #expect(other["prediction"] is NSNull)
        let table = try collecta(["simulate", "--explain", "--db", "demo.sqlite"] + asOf).standardOutput
        #expect(table.split(separator: "\n").first?.contains("prediction") == true)
    }
}

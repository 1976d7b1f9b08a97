import CollectaCore
import GRDB

/// A customer's payment prediction as the screens show it: the prediction of its riskiest open
/// invoice against the benchmarks (R16) — the worst level reached, very late checked first, and
/// of that level the highest probability; when no invoice reaches a benchmark, the lowest
/// chance of being paid on time.
public struct CustomerPrediction: Hashable, Sendable {
    public var account: String
    /// The riskiest open invoice's prediction, with its factors.
    public var prediction: PaymentPrediction
    /// The level it reaches; nil when no open invoice reaches a benchmark.
    public var level: PredictionLevel?

    public init(account: String, prediction: PaymentPrediction, level: PredictionLevel?) {
        self.account = account
        self.prediction = prediction
        self.level = level
    }

    /// The probability that goes with the level, in basis points: P(very late) for very late,
    /// P(late) + P(very late) for late (the sums the benchmarks are compared with), P(on time)
    /// when no benchmark is reached.
    public var basisPoints: Int {
        switch level {
        case .veryLate: prediction.veryLateBasisPoints
        case .late: prediction.lateBasisPoints + prediction.veryLateBasisPoints
        case nil: prediction.onTimeBasisPoints
        }
    }

    /// `basisPoints` as a whole percentage, rounded half up.
    public var percent: Int { Self.percent(basisPoints) }

    /// Basis points as a whole percentage, rounded half up: 7150 → 72.
    public static func percent(_ basisPoints: Int) -> Int { (basisPoints + 50) / 100 }
}

extension CollectaDatabase {
    /// The predictions of customers `accounts` (one page of a list) against `benchmarks`, in
    /// account order; customers without a predicted open invoice are left out. One query,
    /// aggregated per customer in SQL: each open invoice's level (very late first), then the
    /// customer's riskiest invoice — the worst level, its highest probability (for no level,
    /// the lowest P(on time)), then the earliest due date and the invoice id.
    public func customerPredictions(
        ofCustomers accounts: [String], against benchmarks: PredictionParameters
    ) throws -> [CustomerPrediction] {
        guard !accounts.isEmpty else { return [] }
        let sql = """
            SELECT account, invoice_id, on_time_bp, late_bp, very_late_bp, computed_on, factors, level
            FROM (
              SELECT r.*, row_number() OVER (
                PARTITION BY r.account ORDER BY r.level DESC,
                  CASE r.level WHEN 2 THEN r.very_late_bp WHEN 1 THEN r.late_bp + r.very_late_bp
                    ELSE -r.on_time_bp END DESC,
                  r.due_date, r.invoice_id) AS position
              FROM (
                SELECT i.customer_account AS account, i.due_date, p.invoice_id, p.on_time_bp, p.late_bp,
                  p.very_late_bp, p.computed_on, p.factors,
                  CASE WHEN p.very_late_bp >= ? THEN 2 WHEN p.late_bp + p.very_late_bp >= ? THEN 1
                    ELSE 0 END AS level
                FROM invoice i JOIN payment_prediction p ON p.invoice_id = i.id
                WHERE i.open_amount > 0 AND i.customer_account IN (\(databaseQuestionMarks(count: accounts.count)))
              ) r
            ) WHERE position = 1 ORDER BY account
            """
        let arguments: StatementArguments = [
            benchmarks.veryLateBenchmarkPercent * 100, benchmarks.lateBenchmarkPercent * 100,
        ] + StatementArguments(accounts)
        return try translatedRead { db in
            var found: [CustomerPrediction] = []
            try db.forEachRow(sql: sql, arguments: arguments, table: "payment_prediction", keyIndex: 1) { row in
                let level = try row.int(7, "level")
                found.append(CustomerPrediction(
                    account: try row.text(0, "customer_account"), prediction: try PredictionWriting.prediction(from: row, at: 1),
                    level: level == 2 ? .veryLate : level == 1 ? .late : nil))
            }
            return found
        }
    }

    /// Whether any payment prediction is stored — one query.
    public func hasPaymentPredictions() throws -> Bool {
        try translatedRead { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM payment_prediction)") ?? false
        }
    }

    /// The stored predictions of invoices `ids`, with their factors, in invoice order; invoices
    /// without one are left out. One query.
    public func paymentPredictions(ofInvoices ids: [String]) throws -> [PaymentPrediction] {
        guard !ids.isEmpty else { return [] }
        let sql = """
            SELECT invoice_id, on_time_bp, late_bp, very_late_bp, computed_on, factors FROM payment_prediction
            WHERE invoice_id IN (\(databaseQuestionMarks(count: ids.count))) ORDER BY invoice_id
            """
        return try translatedRead { db in
            var found: [PaymentPrediction] = []
            try db.forEachRow(sql: sql, arguments: StatementArguments(ids), table: "payment_prediction") { row in
                found.append(try PredictionWriting.prediction(from: row, at: 0))
            }
            return found
        }
    }
}

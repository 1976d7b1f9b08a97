import CollectaCore
import GRDB

/// Writes payment predictions: the whole table at once, inside the caller's write transaction,
/// so that a failure part way leaves the predictions stored before untouched.
enum PredictionWriting {
    static let columns = ["invoice_id", "on_time_bp", "late_bp", "very_late_bp", "computed_on", "factors"]

    /// Deletes every stored prediction, then inserts those `produce` hands to its argument, many
    /// rows per statement. Call inside a write transaction: thrown errors roll it all back.
    /// - Returns: how many predictions were stored.
    static func replaceAll(
        _ db: Database, _ produce: (_ store: (PaymentPrediction) throws -> Void) throws -> Void
    ) throws -> Int {
        try db.execute(sql: "DELETE FROM payment_prediction")
        let inserter = try BatchInserter(db, table: "payment_prediction", columns: columns)
        var count = 0
        do {
            try produce { prediction in
                count += 1
                try inserter.insert(tag: count) { row in append(prediction, to: &row) }
            }
            try inserter.flush()
        } catch let refused as BatchInsertError {
            throw StoreError.constraintViolated(
                "prediction \(refused.tag) of the new ones: \(refused.error.message ?? "constraint failed")")
        }
        return count
    }

    private static func append(_ prediction: PaymentPrediction, to row: inout RowValues) {
        row.append(prediction.invoiceID)
        row.append(Int64(prediction.onTimeBasisPoints))
        row.append(Int64(prediction.lateBasisPoints))
        row.append(Int64(prediction.veryLateBasisPoints))
        row.append(prediction.computedOn)
        row.append(PredictionFactor.storedText(of: prediction.factors))
    }

    /// Whether predictions computed on `date` are stored.
    static func hasPredictions(computedOn date: LocalDate, _ db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM payment_prediction WHERE computed_on = ?)",
            arguments: [date.isoString]) ?? false
    }

    /// Every stored prediction, by invoice id.
    static func all(_ db: Database) throws -> [PaymentPrediction] {
        var predictions: [PaymentPrediction] = []
        try db.forEachRow(
            sql: """
                SELECT invoice_id, on_time_bp, late_bp, very_late_bp, computed_on, factors
                FROM payment_prediction ORDER BY invoice_id
                """,
            table: "payment_prediction"
        ) { row in predictions.append(try prediction(from: row, at: 0)) }
        return predictions
    }

    /// The prediction in the columns of `row` from `first` on, in `columns` order; without
    /// factors when the statement has only the five columns before them.
    static func prediction(from row: ColumnReader, at first: CInt) throws -> PaymentPrediction {
        PaymentPrediction(
            invoiceID: try row.text(first, "invoice_id"), onTimeBasisPoints: try row.int(first + 1, "on_time_bp"),
            lateBasisPoints: try row.int(first + 2, "late_bp"), veryLateBasisPoints: try row.int(first + 3, "very_late_bp"),
            computedOn: try row.date(first + 4, "computed_on"),
            factors: first + 5 < row.columnCount
                ? PredictionFactor.factors(fromStoredText: row.optionalText(first + 5) ?? "") : [])
    }
}

extension CollectaDatabase {
    /// Every stored payment prediction, by invoice id.
    public func storedPredictions() throws -> [PaymentPrediction] {
        try writer.read { db in try PredictionWriting.all(db) }
    }

    /// Whether predictions computed on `date` are stored (a run computes them once per date).
    public func hasPredictions(computedOn date: LocalDate) throws -> Bool {
        try writer.read { db in try PredictionWriting.hasPredictions(computedOn: date, db) }
    }
}

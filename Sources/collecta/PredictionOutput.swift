import CollectaApp
import CollectaCore
import CollectaStore

/// A customer's payment prediction (R16) in command output, in English: `prediction` (the level
/// and its probability, `very late 72%`; `on time 81%` when no benchmark is reached), and for
/// JSON and CSV the invoice it is about and its factors in words.
enum PredictionOutput {
    static let columns: [OutputColumn] = [
        OutputColumn("prediction"), .hidden("predictionInvoice"), .hidden("predictionFactors"),
    ]

    /// The values of `columns`; null and empty without a prediction.
    static func values(_ customer: CustomerPrediction?) -> [OutputValue] {
        let words = PredictionWords()
        return [
            .text(customer.map { words.summary($0).lowercased() }), .text(customer?.prediction.invoiceID),
            .list(customer.map { words.factors($0.prediction) } ?? []),
        ]
    }

    /// The prediction as one JSON object (`preview customer`).
    static func object(_ customer: CustomerPrediction) -> OutputObject {
        let prediction = customer.prediction
        let percent = { (basisPoints: Int) in OutputValue.integer(CustomerPrediction.percent(basisPoints)) }
        return OutputObject([
            ("invoice", .text(prediction.invoiceID)), ("level", .text(customer.level?.rawValue)),
            ("percent", .integer(customer.percent)), ("onTimePercent", percent(prediction.onTimeBasisPoints)),
            ("latePercent", percent(prediction.lateBasisPoints)),
            ("veryLatePercent", percent(prediction.veryLateBasisPoints)), ("computedOn", .date(prediction.computedOn)),
            ("factors", .list(PredictionWords().factors(prediction))),
        ])
    }
}

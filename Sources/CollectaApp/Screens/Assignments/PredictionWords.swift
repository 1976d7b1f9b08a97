import CollectaCore
import CollectaStore
import TerminalUI

/// A payment prediction in words (R16), in English or Russian: the grid cell of a customer, the
/// probabilities of an invoice and its factors. Shared by the assignment and simulation screens
/// and the command line, whose English it is.
public struct PredictionWords: Sendable {
    private let language: Language

    public init(language: Language = .english) {
        self.language = language
    }

    /// The level in a word or two: `Very late`, `Late`, or `On time` when none is reached.
    public func level(_ level: PredictionLevel?) -> String {
        Self.levelText(level)(language)
    }

    /// A grid cell: the level, then the probability that goes with it, the levels padded to one
    /// width so that the percentages align — `Very late  72%`, `On time    81%`.
    public func cell(_ customer: CustomerPrediction) -> String {
        let width = [nil, .late, .veryLate].map { DisplayWidth.of(level($0)) }.max() ?? 0
        let name = level(customer.level)
        let percent = "\(customer.percent)%"
        return name + String(repeating: " ", count: width - DisplayWidth.of(name) + 5 - percent.count) + percent
    }

    /// `Very late 72%`: the level and the probability that goes with it.
    public func summary(_ customer: CustomerPrediction) -> String {
        "\(level(customer.level)) \(customer.percent)%"
    }

    /// `INV-1: on time 10%, late 18%, very late 72%`.
    public func probabilities(_ prediction: PaymentPrediction) -> String {
        let parts = [
            (Self.onTime, prediction.onTimeBasisPoints), (Self.late, prediction.lateBasisPoints),
            (Self.veryLate, prediction.veryLateBasisPoints),
        ].map { text, basisPoints in "\(text(language).lowercased()) \(CustomerPrediction.percent(basisPoints))%" }
        return "\(prediction.invoiceID): " + parts.joined(separator: ", ")
    }

    /// The factors, strongest first, each a phrase such as `+ paid late 7 of 9 earlier invoices`.
    public func factors(_ prediction: PaymentPrediction) -> [String] {
        prediction.factors.map { $0.sentence(language: language.rawValue) }
    }

    /// The prediction as lines: `Prediction: Very late 72% — INV-1: on time 10%, late 18%, very
    /// late 72%`, then each factor indented.
    public func lines(_ customer: CustomerPrediction) -> [String] {
        let heading = "\(Self.prediction(language)): \(summary(customer)) — \(probabilities(customer.prediction))"
        return [heading] + factors(customer.prediction).map { "  " + $0 }
    }

    static let prediction = LocalizedText("Prediction", "Прогноз")
    static let onTime = LocalizedText("On time", "В срок")
    static let late = LocalizedText("Late", "Поздно")
    static let veryLate = LocalizedText("Very late", "Оч. поздно")

    static func levelText(_ level: PredictionLevel?) -> LocalizedText {
        switch level {
        case .veryLate: veryLate
        case .late: late
        case nil: onTime
        }
    }
}

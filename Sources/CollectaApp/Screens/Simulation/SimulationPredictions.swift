import CollectaCore
import CollectaStore

/// The payment predictions behind a simulation's decisions (R16): for a customer with a
/// prediction activity, the prediction of that activity's invoice at the level that raised it;
/// for another customer of a hierarchy that uses predictions, that of its riskiest open invoice.
/// Shared by the Simulation screen (the row at the cursor, kept until the cursor moves) and
/// `collecta simulate --explain` (a page at a time).
public final class SimulationPredictions {
    private let database: CollectaDatabase
    private let parameters: PredictionParameters
    private let words: PredictionWords
    /// The active hierarchies that use predictions.
    public let hierarchyIDs: Set<String>
    /// Whether the database holds predictions (when it was opened for the simulation).
    let hasPredictions: Bool
    private var last: (key: String, lines: [String])?

    public init(database: CollectaDatabase, configuration: CollectionsConfiguration, language: Language = .english) {
        self.database = database
        parameters = configuration.parameters.predictions
        words = PredictionWords(language: language)
        hierarchyIDs = Set(configuration.hierarchies.filter { $0.isActive && $0.usesPredictions }.map(\.id))
        hasPredictions = !hierarchyIDs.isEmpty && ((try? database.hasPaymentPredictions()) ?? false)
    }

    /// The predictions of `decisions` (with their actions) by customer account; customers
    /// without one are left out. Two queries: the invoices of the prediction activities, and
    /// the other customers of hierarchies that use predictions.
    public func predictions(of decisions: [CustomerDecision]) throws -> [String: CustomerPrediction] {
        var activities: [String: (account: String, level: PredictionLevel?)] = [:]
        var accounts: [String] = []
        for decision in decisions {
            if let action = decision.actions.first(where: { $0.kind == .predictionActivity }) {
                activities[action.invoice.id] = (decision.customerAccount, action.predictionLevel)
            } else if let id = decision.assignment?.hierarchyID, hierarchyIDs.contains(id) {
                accounts.append(decision.customerAccount)
            }
        }
        var found: [String: CustomerPrediction] = [:]
        for prediction in try database.paymentPredictions(ofInvoices: activities.keys.sorted()) {
            guard let activity = activities[prediction.invoiceID] else { continue }
            found[activity.account] = CustomerPrediction(
                account: activity.account, prediction: prediction,
                level: activity.level ?? prediction.level(against: parameters))
        }
        for customer in try database.customerPredictions(ofCustomers: accounts, against: parameters) {
            found[customer.account] = customer
        }
        return found
    }

    /// The lines for `action` of `customer`: the prediction of a prediction activity's invoice;
    /// none for other actions.
    func lines(for action: ProposedAction, of customer: String) -> [String] {
        guard action.kind == .predictionActivity else { return [] }
        let decision = CustomerDecision(
            customerAccount: customer, assignment: nil, actions: [action], reason: .acted, explanation: "")
        return lines(for: decision, key: "action \(action.invoice.id)")
    }

    /// The lines for `decision`, whose actions are dropped: with its prediction activity
    /// `predictionAction`, if it has one.
    func lines(for decision: CustomerDecision, predictionAction: ProposedAction?) -> [String] {
        var decision = decision
        decision.actions = predictionAction.map { [$0] } ?? []
        return lines(for: decision, key: "customer \(decision.customerAccount)")
    }

    /// The prediction of `decision` in lines, kept for `key`; a failed read says why in one line.
    private func lines(for decision: CustomerDecision, key: String) -> [String] {
        if let last, last.key == key { return last.lines }
        let lines: [String]
        do {
            lines = try predictions(of: [decision])[decision.customerAccount].map(words.lines) ?? []
        } catch {
            lines = ["\(error)"]
        }
        last = (key, lines)
        return lines
    }
}

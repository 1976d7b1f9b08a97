import CollectaCore
import CollectaStore
import Foundation
import TerminalUI

/// One action a simulation proposes, for a customer.
struct SimulatedAction: Sendable {
    let customer: String
    let action: ProposedAction

    /// `planned`, or `failed` when the action cannot be executed (as `collecta simulate`).
    var status: String { action.isExecutable ? "planned" : "failed" }
}

/// What a simulation found, kept in memory as compact arrays: the actions, and every customer
/// considered with the engine's reason (its actions dropped, only their number kept).
///
/// Holding the result in memory is acceptable for a simulation: on 100,000 customers it is a
/// few tens of megabytes at most, and the grids format only the visible rows.
struct SimulationResult: Sendable {
    var date: LocalDate
    var actions: [SimulatedAction] = []
    var customers: [CustomerDecision] = []
    var actionCounts: [Int] = []
    /// The index in `actions` of a customer's prediction activity, by the customer's index.
    var predictionActions: [Int: Int] = [:]
    var summary: SimulationSummary?

    /// Runs the store's simulation page by page into compact arrays.
    static func compute(
        _ database: CollectaDatabase, on date: LocalDate, hierarchyID: String?, pageSize: Int = 1000
    ) throws -> SimulationResult {
        var result = SimulationResult(date: date)
        result.summary = try database.simulate(on: date, hierarchyID: hierarchyID, pageSize: pageSize) { decisions in
            result.append(decisions)
        }
        return result
    }

    /// Adds a page of decisions: their actions, and each decision without its actions.
    mutating func append(_ decisions: [CustomerDecision]) {
        for decision in decisions {
            if let offset = decision.actions.firstIndex(where: { $0.kind == .predictionActivity }) {
                predictionActions[customers.count] = actions.count + offset
            }
            actions += decision.actions.map { SimulatedAction(customer: decision.customerAccount, action: $0) }
            var compact = decision
            compact.actions = []
            customers.append(compact)
            actionCounts.append(decision.actions.count)
        }
    }

    /// The CSV header of `collecta simulate --format csv`.
    static let csvHeader = [
        "date", "hierarchy", "customer", "step", "action", "invoice", "dueDate", "daysFromDue",
        "preDunning", "document", "recipients", "language", "status", "reason", "letterLevel",
        "predictionLevel", "createdRecord",
    ]

    /// The CSV fields of `action`, as `collecta simulate --format csv` writes them.
    func csvFields(_ item: SimulatedAction) -> [String] {
        let action = item.action
        return [
            date.isoString, action.hierarchyID, item.customer, action.stepLine.map(String.init) ?? "",
            action.kind.externalName, action.invoice.id, action.invoice.dueDate.isoString,
            String(action.daysFromDue), action.isPreDunning ? "yes" : "no",
            action.documentID ?? action.letterSequenceID ?? "", action.recipients.joined(separator: ";"),
            action.language ?? "", item.status, action.failure ?? action.stepDescription,
            action.letterLevel.map(String.init) ?? "", action.predictionLevel?.rawValue ?? "", "",
        ]
    }

    /// The actions as CSV text (header first), through the store's CSV writer.
    func csv() throws -> Data {
        var data = Data()
        var output = CSVOutput { data.append($0) }
        try output.write(row: Self.csvHeader)
        for item in actions { try output.write(row: csvFields(item)) }
        try output.flush()
        return data
    }
}

/// The actions tab's grid source: rows formatted from the compact array, only when shown.
struct SimulatedActionSource: GridDataSource {
    var result: SimulationResult
    var language: Language

    /// The columns of the grid; the date (the same on every row, in the header) and the
    /// language are in the line under the grid, with the recipients in full.
    static let columnIDs = [
        "hierarchy", "customer", "step", "action", "invoice", "dueDate", "days", "preDunning",
        "document", "status", "recipients",
    ]

    func rowCount(matching query: GridQuery) -> Int {
        query.filter.isEmpty ? result.actions.count : matchingIndices(query).count
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        guard !query.filter.isEmpty else { return range.clamped(to: result.actions.indices).map(row) }
        let indices = matchingIndices(query)
        return range.clamped(to: 0..<indices.count).map { row(indices[$0]) }
    }

    private func matchingIndices(_ query: GridQuery) -> [Int] {
        guard !query.filter.isEmpty else { return Array(result.actions.indices) }
        let filter = query.filter.lowercased()
        return result.actions.indices.filter { result.actions[$0].customer.lowercased().contains(filter) }
    }

    private func row(_ index: Int) -> GridRow {
        let item = result.actions[index]
        let action = item.action
        let status = action.isExecutable ? SimulationTexts.planned : SimulationTexts.failed
        return GridRow(id: String(index), cells: [
            action.hierarchyID, item.customer, action.stepLine.map(String.init) ?? "",
            SimulationTexts.kind(action.kind)(language), action.invoice.id, action.invoice.dueDate.isoString,
            String(action.daysFromDue), (action.isPreDunning ? SimulationTexts.yes : SimulationTexts.no)(language),
            action.documentID ?? action.letterSequenceID ?? "", status(language),
            action.recipients.joined(separator: ", "),
        ])
    }

    /// The prediction lines for the action at `index`: a prediction activity's (`SimulationPredictions`).
    func predictionLines(_ index: Int, from predictions: SimulationPredictions) -> [String] {
        guard result.actions.indices.contains(index) else { return [] }
        return predictions.lines(for: result.actions[index].action, of: result.actions[index].customer)
    }

    /// The line under the grid for the action at `index`: date, language, recipients, and the
    /// step's description or the failure.
    func detail(_ index: Int) -> String {
        guard result.actions.indices.contains(index) else { return "" }
        let action = result.actions[index].action
        return "\(SimulationTexts.date(language)): \(result.date.isoString) · "
            + "\(SimulationTexts.language(language)) \(action.language ?? "—") · "
            + "\(SimulationTexts.recipients(language)): \(action.recipients.joined(separator: ", ")) · "
            + (action.failure ?? action.stepDescription)
    }
}

/// The customers tab's grid source: every customer considered with the engine's reason.
struct SimulatedCustomerSource: GridDataSource {
    var result: SimulationResult
    var language: Language

    static let columnIDs = ["customer", "hierarchy", "reason", "until", "leading", "actions", "explanation"]

    func rowCount(matching query: GridQuery) -> Int {
        query.filter.isEmpty ? result.customers.count : matchingIndices(query).count
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        guard !query.filter.isEmpty else { return range.clamped(to: result.customers.indices).map(row) }
        let indices = matchingIndices(query)
        return range.clamped(to: 0..<indices.count).map { row(indices[$0]) }
    }

    private func matchingIndices(_ query: GridQuery) -> [Int] {
        guard !query.filter.isEmpty else { return Array(result.customers.indices) }
        let filter = query.filter.lowercased()
        return result.customers.indices.filter { result.customers[$0].customerAccount.lowercased().contains(filter) }
    }

    private func row(_ index: Int) -> GridRow {
        let decision = result.customers[index]
        var until = ""
        if case .quietDays(let date) = decision.reason { until = date.isoString }
        return GridRow(id: String(index), cells: [
            decision.customerAccount, decision.assignment?.hierarchyID ?? "",
            SimulationTexts.reason(decision.reason)(language), until, decision.leadingInvoiceID ?? "",
            String(result.actionCounts[index]), decision.explanation,
        ])
    }

    /// The line under the grid for the customer at `index`: the engine's explanation in full.
    func detail(_ index: Int) -> String {
        guard result.customers.indices.contains(index) else { return "" }
        let decision = result.customers[index]
        return "\(decision.customerAccount): \(decision.explanation)"
    }

    /// The prediction lines for the customer at `index` (`SimulationPredictions`).
    func predictionLines(_ index: Int, from predictions: SimulationPredictions) -> [String] {
        guard result.customers.indices.contains(index) else { return [] }
        let action = result.predictionActions[index].map { result.actions[$0].action }
        return predictions.lines(for: result.customers[index], predictionAction: action)
    }
}

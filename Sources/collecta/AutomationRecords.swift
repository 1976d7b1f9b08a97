import CollectaCore
import CollectaStore

/// One action of a simulation or a run, as scripts read it (docs/cli.md).
struct ActionRecord: OutputRecord {
    static let columns: [OutputColumn] = [
        OutputColumn("date"), OutputColumn("hierarchy"), OutputColumn("customer"),
        OutputColumn("step", alignment: .trailing), OutputColumn("action"), OutputColumn("invoice"),
        OutputColumn("dueDate", title: "due date"),
        OutputColumn("daysFromDue", title: "days", alignment: .trailing),
        OutputColumn("preDunning", title: "pre-dunning"), OutputColumn("document"),
        OutputColumn("recipients"), OutputColumn("language"), OutputColumn("status"),
        OutputColumn("reason"), .hidden("letterLevel"), .hidden("predictionLevel"),
        .hidden("createdRecord"),
    ]

    let date: LocalDate
    let customer: String
    let action: ProposedAction
    /// `planned` or `failed` in a simulation; `executed` or `failed` in a run.
    let status: String
    let reason: String
    let createdRecord: String?

    var values: [OutputValue] {
        [
            .date(date), .text(action.hierarchyID), .text(customer), .integer(action.stepLine),
            .text(action.kind.externalName), .text(action.invoice.id), .date(action.invoice.dueDate),
            .integer(action.daysFromDue), .boolean(action.isPreDunning),
            .text(action.documentID ?? action.letterSequenceID), .list(action.recipients),
            .text(action.language), .text(status), .text(reason), .integer(action.letterLevel),
            .text(action.predictionLevel?.rawValue), .text(createdRecord),
        ]
    }

    /// An action a simulation proposes.
    init(proposed action: ProposedAction, customer: String, date: LocalDate) {
        self.date = date
        self.customer = customer
        self.action = action
        self.status = action.isExecutable ? "planned" : "failed"
        self.reason = action.failure ?? action.stepDescription
        self.createdRecord = nil
    }

    /// An action a run executed or recorded as failed.
    init(executed result: ExecutedAction, date: LocalDate) {
        self.date = date
        self.customer = result.customerAccount
        var action = result.action
        // Not printed; a run's report holds many records until the run ends.
        action.overdueInvoices = []
        self.action = action
        self.status = result.status.rawValue
        self.reason = result.message
        self.createdRecord = result.createdRecord
    }
}

/// One customer a simulation considered, with the engine's reason (R19).
struct ExplanationRecord: OutputRecord {
    static let columns: [OutputColumn] = [
        OutputColumn("date"), OutputColumn("customer"), OutputColumn("hierarchy"),
        OutputColumn("source"), OutputColumn("reason"), OutputColumn("until"),
        OutputColumn("leadingInvoice", title: "leading invoice"),
        OutputColumn("actionCount", title: "actions", alignment: .trailing),
        OutputColumn("explanation"),
    ] + PredictionOutput.columns + [.hidden("actions")]

    let date: LocalDate
    let decision: CustomerDecision
    /// The prediction behind its prediction activity, or of its riskiest invoice when its
    /// hierarchy uses predictions (`SimulationPredictions`).
    let prediction: CustomerPrediction?

    var values: [OutputValue] {
        var until: LocalDate?
        if case .quietDays(let date) = decision.reason { until = date }
        return [
            .date(date), .text(decision.customerAccount), .text(decision.assignment?.hierarchyID),
            .text(decision.assignment?.source.rawValue), .text(decision.reason.code), .date(until),
            .text(decision.leadingInvoiceID), .integer(decision.actions.count),
            .text(decision.explanation),
        ] + PredictionOutput.values(prediction) + [
            .objects(decision.actions.map {
                ActionRecord(proposed: $0, customer: decision.customerAccount, date: date).object
            }),
        ]
    }
}

/// An action the engine proposes for a customer: what a run executes and a simulation lists.
public struct ProposedAction: Hashable, Sendable {
    public var kind: ActionKind
    public var hierarchyID: String
    /// The step's line; nil for prediction activities.
    public var stepLine: Int?
    public var stepDescription: String
    /// The activity or email template (for prediction activities, the parameters' template).
    public var documentID: String?
    /// The invoice the action is about: the leading invoice, or the pre-dunning or predicted one.
    public var invoice: Invoice
    /// d of R4 for `invoice`.
    public var daysFromDue: Int
    public var isPreDunning: Bool
    /// Every overdue eligible invoice of the customer, oldest due first: what a letter covers
    /// (R11; the leading invoice when none is overdue) and what templates list (R15).
    public var overdueInvoices: [Invoice]
    /// Email recipients (R13).
    public var recipients: [String]
    /// The contact the email is addressed to, when the recipient is the customer.
    public var contactName: String?
    /// The language of the email or letter (R14).
    public var language: String?
    /// For letters: the sequence and the level this letter has.
    public var letterSequenceID: String?
    public var letterLevel: Int?
    /// For prediction activities: the level that raised it.
    public var predictionLevel: PredictionLevel?
    /// Why the action cannot be executed (no address, no letter sequence…): it is recorded as
    /// Failed and tried again on the next run (R13). nil when it can be executed.
    public var failure: String?

    public init(
        kind: ActionKind, hierarchyID: String, stepLine: Int?, stepDescription: String,
        documentID: String?, invoice: Invoice, daysFromDue: Int, isPreDunning: Bool = false,
        overdueInvoices: [Invoice] = [], recipients: [String] = [], contactName: String? = nil,
        language: String? = nil, letterSequenceID: String? = nil, letterLevel: Int? = nil,
        predictionLevel: PredictionLevel? = nil, failure: String? = nil
    ) {
        self.kind = kind
        self.hierarchyID = hierarchyID
        self.stepLine = stepLine
        self.stepDescription = stepDescription
        self.documentID = documentID
        self.invoice = invoice
        self.daysFromDue = daysFromDue
        self.isPreDunning = isPreDunning
        self.overdueInvoices = overdueInvoices
        self.recipients = recipients
        self.contactName = contactName
        self.language = language
        self.letterSequenceID = letterSequenceID
        self.letterLevel = letterLevel
        self.predictionLevel = predictionLevel
        self.failure = failure
    }

    /// Whether the action will be executed (it has everything it needs).
    public var isExecutable: Bool { failure == nil }
}

/// Why the engine does, or does nothing, for a customer (R19's reasons).
public enum DecisionReason: Hashable, Sendable {
    /// Actions were proposed.
    case acted
    /// No hierarchy processes the customer, or not the one the run is limited to.
    case notAssigned
    /// The customer's hierarchy is not active (a manual assignment to an inactive hierarchy).
    case hierarchyInactive
    /// The hierarchy already completed a run for the date (R17).
    case alreadyRan
    /// No open invoice is eligible (R2, R12).
    case noEligibleInvoice
    /// Skipped by the hierarchy's exclusion rule (R3).
    case excluded
    /// Within quiet days after the last contact: nothing before the date given (R9).
    case quietDays(until: LocalDate)
    /// The leading invoice has reached no step yet (R6, R7).
    case noStepReached
    /// The step reached was already done for the leading invoice (R8).
    case stepAlreadyDone

    /// The stable code scripts see.
    public var code: String {
        switch self {
        case .acted: "acted"
        case .notAssigned: "not-assigned"
        case .hierarchyInactive: "hierarchy-inactive"
        case .alreadyRan: "already-ran"
        case .noEligibleInvoice: "no-eligible-invoice"
        case .excluded: "excluded"
        case .quietDays: "quiet-days"
        case .noStepReached: "no-step-reached"
        case .stepAlreadyDone: "step-already-done"
        }
    }
}

/// The engine's answer for one customer: its hierarchy, the actions, and the reason in words.
public struct CustomerDecision: Hashable, Sendable {
    public var customerAccount: String
    public var assignment: Assignment?
    public var actions: [ProposedAction]
    public var reason: DecisionReason
    /// The reason in English words, with the figures that decided it.
    public var explanation: String {
        get { words.text }
        set { words = DecisionWords(newValue) }
    }
    /// The leading invoice (R5), when there was one.
    public var leadingInvoiceID: String?
    private var words: DecisionWords

    public init(
        customerAccount: String, assignment: Assignment?, actions: [ProposedAction],
        reason: DecisionReason, explanation: String, leadingInvoiceID: String? = nil
    ) {
        self.init(
            customerAccount: customerAccount, assignment: assignment, actions: actions, reason: reason,
            words: DecisionWords(explanation), leadingInvoiceID: leadingInvoiceID)
    }

    init(
        customerAccount: String, assignment: Assignment?, actions: [ProposedAction],
        reason: DecisionReason, words: DecisionWords, leadingInvoiceID: String? = nil
    ) {
        self.customerAccount = customerAccount
        self.assignment = assignment
        self.actions = actions
        self.reason = reason
        self.words = words
        self.leadingInvoiceID = leadingInvoiceID
    }
}

/// An explanation put into words when it is read: the engine explains every customer it
/// decides, and most callers (runs, the action list) never read the words. Two explanations are
/// equal when their words are.
struct DecisionWords: Hashable, Sendable, ExpressibleByStringLiteral {
    private let words: @Sendable () -> String

    init(_ text: String) {
        words = { text }
    }

    init(stringLiteral text: String) {
        self.init(text)
    }

    /// Words that `words` makes from what it captured.
    init(_ words: @escaping @Sendable () -> String) {
        self.words = words
    }

    var text: String { words() }

    /// The explanations' words joined by `separator`.
    static func joined(_ parts: [DecisionWords], separator: String) -> DecisionWords {
        DecisionWords { parts.map(\.text).joined(separator: separator) }
    }

    static func == (lhs: DecisionWords, rhs: DecisionWords) -> Bool {
        lhs.text == rhs.text
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }
}

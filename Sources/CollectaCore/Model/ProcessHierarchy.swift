/// How a hierarchy leaves out small balances (R3).
public enum ExclusionRule: String, CaseIterable, Hashable, Sendable, Codable {
    case none
    /// Skip the customer when its eligible open balance is below the amount.
    case customerAgingBalance
    /// Ignore eligible invoices whose open amount is below the amount.
    case invoiceAmount
}

/// A collections strategy: which customers (through its pool) and which steps.
public struct ProcessHierarchy: Hashable, Sendable, Codable {
    public var id: String
    public var description: String
    /// Lower wins when several pools match a customer (C1, R1).
    public var rank: Int
    public var poolID: String
    /// Days without a new contact after the automation acted on a customer (R9).
    public var quietDays: Int
    public var exclusionRule: ExclusionRule
    /// The exclusion threshold in the company currency (C7).
    public var exclusionAmount: Money
    public var usesPredictions: Bool
    public var usesTrackStep: Bool
    /// The invoice origins the hierarchy acts on (R2), sorted by declaration order.
    public var includedOrigins: [InvoiceOrigin]
    /// Whether pre-dunning runs even when the customer already has an overdue invoice (R10).
    public var preDunsWhenOverdue: Bool
    public var isActive: Bool
    /// The steps ("process details"), ordered by line.
    public var steps: [ProcessStep]

    public init(
        id: String, description: String, rank: Int, poolID: String, quietDays: Int = 0,
        exclusionRule: ExclusionRule = .none, exclusionAmount: Money = .zero,
        usesPredictions: Bool = false, usesTrackStep: Bool = false,
        includedOrigins: [InvoiceOrigin] = InvoiceOrigin.allCases,
        preDunsWhenOverdue: Bool = false, isActive: Bool = true, steps: [ProcessStep] = []
    ) {
        self.id = id
        self.description = description
        self.rank = rank
        self.poolID = poolID
        self.quietDays = quietDays
        self.exclusionRule = exclusionRule
        self.exclusionAmount = exclusionAmount
        self.usesPredictions = usesPredictions
        self.usesTrackStep = usesTrackStep
        self.includedOrigins = InvoiceOrigin.allCases.filter(includedOrigins.contains)
        self.preDunsWhenOverdue = preDunsWhenOverdue
        self.isActive = isActive
        self.steps = steps
    }
}

/// What a step does.
public enum ActionType: String, CaseIterable, Hashable, Sendable, Codable {
    case activity, email, letter
}

/// Whether a step's days count before or after the due date (R4).
public enum StepTiming: String, CaseIterable, Hashable, Sendable, Codable {
    case before, after
}

/// Who receives a step's email (R13).
public enum RecipientKind: String, CaseIterable, Hashable, Sendable, Codable {
    case customer, salesGroup, collectionsAgent
}

/// One line of a hierarchy's process details.
public struct ProcessStep: Hashable, Sendable, Codable {
    /// The line number, unique within the hierarchy.
    public var line: Int
    public var description: String
    public var action: ActionType
    /// The activity or email template; nil for letters (C4).
    public var documentID: String?
    public var timing: StepTiming
    public var days: Int
    public var isPreDunning: Bool
    public var recipient: RecipientKind?
    /// For Customer recipients: the purpose their contacts must have (C5).
    public var contactPurposeID: String?

    public init(
        line: Int, description: String, action: ActionType, documentID: String? = nil,
        timing: StepTiming = .after, days: Int, isPreDunning: Bool = false,
        recipient: RecipientKind? = nil, contactPurposeID: String? = nil
    ) {
        self.line = line
        self.description = description
        self.action = action
        self.documentID = documentID
        self.timing = timing
        self.days = days
        self.isPreDunning = isPreDunning
        self.recipient = recipient
        self.contactPurposeID = contactPurposeID
    }

    /// The signed day t of the step: +days after the due date, −days before it (R4).
    public var signedOffset: Int {
        timing == .after ? days : -days
    }
}

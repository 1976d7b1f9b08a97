/// Company-wide settings of the collections automation.
public struct AutomationParameters: Hashable, Sendable, Codable {
    public var companyName: String
    /// The company's postal address, printed under its name at the head of collection letters;
    /// lines separated by line breaks.
    public var companyAddress: String
    /// The company (accounting) currency: balances and exclusion amounts are in it.
    public var companyCurrency: String
    /// Post collection letters at once instead of leaving them Created (R11).
    public var postsLettersAutomatically: Bool
    /// Give every email and letter a closed activity as a record (R11).
    public var createsActivitiesForAutomations: Bool
    /// History older than this many days is purged at the start of a run (R18).
    public var historyRetentionDays: Int
    /// An invoice that received the last step is no longer eligible (R12).
    public var excludesInvoiceAfterLastStep: Bool
    /// The letter sequence for customers that name none.
    public var defaultLetterSequenceID: String?
    public var predictions: PredictionParameters

    public init(
        companyName: String, companyAddress: String = "", companyCurrency: String,
        postsLettersAutomatically: Bool = false,
        createsActivitiesForAutomations: Bool = false, historyRetentionDays: Int = 365,
        excludesInvoiceAfterLastStep: Bool = false, defaultLetterSequenceID: String? = nil,
        predictions: PredictionParameters = PredictionParameters()
    ) {
        self.companyName = companyName
        self.companyAddress = companyAddress
        self.companyCurrency = companyCurrency
        self.postsLettersAutomatically = postsLettersAutomatically
        self.createsActivitiesForAutomations = createsActivitiesForAutomations
        self.historyRetentionDays = historyRetentionDays
        self.excludesInvoiceAfterLastStep = excludesInvoiceAfterLastStep
        self.defaultLetterSequenceID = defaultLetterSequenceID
        self.predictions = predictions
    }
}

extension AutomationParameters {
    private enum CodingKeys: String, CodingKey {
        case companyName, companyAddress, companyCurrency, postsLettersAutomatically
        case createsActivitiesForAutomations, historyRetentionDays, excludesInvoiceAfterLastStep
        case defaultLetterSequenceID, predictions
    }

    /// Decodes the parameters; `companyAddress` may be absent (documents written before it existed).
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            companyName: try values.decode(String.self, forKey: .companyName),
            companyAddress: try values.decodeIfPresent(String.self, forKey: .companyAddress) ?? "",
            companyCurrency: try values.decode(String.self, forKey: .companyCurrency),
            postsLettersAutomatically: try values.decode(Bool.self, forKey: .postsLettersAutomatically),
            createsActivitiesForAutomations: try values.decode(Bool.self, forKey: .createsActivitiesForAutomations),
            historyRetentionDays: try values.decode(Int.self, forKey: .historyRetentionDays),
            excludesInvoiceAfterLastStep: try values.decode(Bool.self, forKey: .excludesInvoiceAfterLastStep),
            defaultLetterSequenceID: try values.decodeIfPresent(String.self, forKey: .defaultLetterSequenceID),
            predictions: try values.decode(PredictionParameters.self, forKey: .predictions))
    }
}

/// Benchmarks and templates for prediction-driven activities (R16).
public struct PredictionParameters: Hashable, Sendable, Codable {
    /// P(late) + P(very late) at or above this percentage makes an invoice "late".
    public var lateBenchmarkPercent: Int
    /// P(very late) at or above this percentage makes an invoice "very late".
    public var veryLateBenchmarkPercent: Int
    public var lateActivityTemplateID: String?
    public var veryLateActivityTemplateID: String?
    public var lateNote: String
    public var veryLateNote: String
    /// An invoice paid more than this many days after due counts as very late.
    public var veryLatePeriodDays: Int

    public init(
        lateBenchmarkPercent: Int = 60, veryLateBenchmarkPercent: Int = 50,
        lateActivityTemplateID: String? = nil, veryLateActivityTemplateID: String? = nil,
        lateNote: String = "", veryLateNote: String = "", veryLatePeriodDays: Int = 30
    ) {
        self.lateBenchmarkPercent = lateBenchmarkPercent
        self.veryLateBenchmarkPercent = veryLateBenchmarkPercent
        self.lateActivityTemplateID = lateActivityTemplateID
        self.veryLateActivityTemplateID = veryLateActivityTemplateID
        self.lateNote = lateNote
        self.veryLateNote = veryLateNote
        self.veryLatePeriodDays = veryLatePeriodDays
    }
}

/// A customer put into a hierarchy by hand; it wins over pools (R1).
public struct ManualAssignment: Hashable, Sendable, Codable {
    public var customerAccount: String
    public var hierarchyID: String
    public var assignedBy: String
    /// When, as an ISO 8601 timestamp in UTC.
    public var assignedAt: String

    public init(customerAccount: String, hierarchyID: String, assignedBy: String, assignedAt: String) {
        self.customerAccount = customerAccount
        self.hierarchyID = hierarchyID
        self.assignedBy = assignedBy
        self.assignedAt = assignedAt
    }
}

/// The whole configuration a credit manager edits: what `config export` writes.
public struct CollectionsConfiguration: Hashable, Sendable, Codable {
    public var parameters: AutomationParameters
    public var purposes: [ContactPurpose]
    public var pools: [CustomerPool]
    public var activityTemplates: [ActivityTemplate]
    public var emailTemplates: [EmailTemplate]
    public var letterSequences: [LetterSequence]
    /// Hierarchies in rank order.
    public var hierarchies: [ProcessHierarchy]

    public init(
        parameters: AutomationParameters, purposes: [ContactPurpose] = [],
        pools: [CustomerPool] = [], activityTemplates: [ActivityTemplate] = [],
        emailTemplates: [EmailTemplate] = [], letterSequences: [LetterSequence] = [],
        hierarchies: [ProcessHierarchy] = []
    ) {
        self.parameters = parameters
        self.purposes = purposes
        self.pools = pools
        self.activityTemplates = activityTemplates
        self.emailTemplates = emailTemplates
        self.letterSequences = letterSequences
        self.hierarchies = hierarchies
    }
}

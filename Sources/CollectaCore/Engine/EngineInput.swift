/// What is fixed for a whole run: the configuration, the date and the run's scope.
///
/// Held in one shared object: the engine copies the context for every customer it decides.
public struct RunContext: Sendable {
    public var configuration: CollectionsConfiguration { storage.configuration }
    /// The run date D.
    public var runDate: LocalDate { storage.runDate }
    /// The hierarchy the run is limited to; nil runs every active hierarchy.
    public var hierarchyFilter: String? { storage.hierarchyFilter }
    /// Hierarchies that already completed a run for `runDate` (R17).
    public var completedHierarchies: Set<String> { storage.completedHierarchies }
    public var salesGroups: [String: SalesGroup] { storage.salesGroups }
    public var agents: [String: CollectionsAgent] { storage.agents }
    /// The configuration indexed for lookups, built once per run.
    var index: ConfigurationIndex { storage.index }

    private let storage: Storage

    public init(
        configuration: CollectionsConfiguration, runDate: LocalDate, hierarchyFilter: String? = nil,
        completedHierarchies: Set<String> = [], salesGroups: [SalesGroup] = [],
        agents: [CollectionsAgent] = []
    ) {
        storage = Storage(
            configuration: configuration, runDate: runDate, hierarchyFilter: hierarchyFilter,
            completedHierarchies: completedHierarchies,
            salesGroups: Dictionary(salesGroups.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
            agents: Dictionary(agents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
            index: ConfigurationIndex(configuration))
    }

    private final class Storage: Sendable {
        let configuration: CollectionsConfiguration
        let runDate: LocalDate
        let hierarchyFilter: String?
        let completedHierarchies: Set<String>
        let salesGroups: [String: SalesGroup]
        let agents: [String: CollectionsAgent]
        let index: ConfigurationIndex

        init(
            configuration: CollectionsConfiguration, runDate: LocalDate, hierarchyFilter: String?,
            completedHierarchies: Set<String>, salesGroups: [String: SalesGroup],
            agents: [String: CollectionsAgent], index: ConfigurationIndex
        ) {
            self.configuration = configuration
            self.runDate = runDate
            self.hierarchyFilter = hierarchyFilter
            self.completedHierarchies = completedHierarchies
            self.salesGroups = salesGroups
            self.agents = agents
            self.index = index
        }
    }
}

/// Everything the engine needs to know about one customer on the run date.
public struct CustomerCase: Sendable {
    public var customer: Customer
    /// The pools whose criteria the customer meets on the run date.
    public var matchingPoolIDs: Set<String>
    /// The hierarchy the customer is assigned to by hand, if any (R1).
    public var manualHierarchyID: String?
    /// The customer's open invoices (open amount > 0), in any order.
    public var openInvoices: [Invoice]
    /// The steps its invoices already had (R7, R8).
    public var executions: [InvoiceStepExecution]
    /// Stored predictions of its open invoices (R16), without their factors (the engine does not
    /// use them).
    public var predictions: [PaymentPrediction]
    /// Prediction activities already created for its invoices (R16).
    public var predictionMarks: [PredictionMark]
    public var contacts: [Contact]
    /// The last date the automation acted on the customer (R9).
    public var lastContactDate: LocalDate?
    /// The level of the last collection letter sent (0 = none yet).
    public var letterLevel: Int

    public init(
        customer: Customer, matchingPoolIDs: Set<String> = [], manualHierarchyID: String? = nil,
        openInvoices: [Invoice] = [], executions: [InvoiceStepExecution] = [],
        predictions: [PaymentPrediction] = [], predictionMarks: [PredictionMark] = [],
        contacts: [Contact] = [], lastContactDate: LocalDate? = nil, letterLevel: Int = 0
    ) {
        self.customer = customer
        self.matchingPoolIDs = matchingPoolIDs
        self.manualHierarchyID = manualHierarchyID
        self.openInvoices = openInvoices
        self.executions = executions
        self.predictions = predictions
        self.predictionMarks = predictionMarks
        self.contacts = contacts
        self.lastContactDate = lastContactDate
        self.letterLevel = letterLevel
    }
}

/// The configuration arranged for the engine's lookups; built once per run.
struct ConfigurationIndex: Sendable {
    let resolver: AssignmentResolver
    let hierarchies: [String: HierarchyPlan]
    let activityTemplates: [String: ActivityTemplate]
    let emailTemplates: [String: EmailTemplate]
    let letterSequences: [String: LetterSequence]

    init(_ configuration: CollectionsConfiguration) {
        resolver = AssignmentResolver(configuration: configuration)
        hierarchies = Self.byID(configuration.hierarchies.map(HierarchyPlan.init), \.hierarchy.id)
        activityTemplates = Self.byID(configuration.activityTemplates, \.id)
        emailTemplates = Self.byID(configuration.emailTemplates, \.id)
        letterSequences = Self.byID(configuration.letterSequences, \.id)
    }

    private static func byID<Value>(_ values: [Value], _ id: KeyPath<Value, String>) -> [String: Value] {
        Dictionary(values.map { ($0[keyPath: id], $0) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A hierarchy with its steps sorted for step selection (an object: every decision refers to
/// its customer's plan).
final class HierarchyPlan: Sendable {
    let hierarchy: ProcessHierarchy
    /// The non-pre-dunning steps by signed offset t, ascending (R6, R7).
    let steps: [ProcessStep]
    /// The pre-dunning step, if any (R10).
    let preDunningStep: ProcessStep?
    /// The origins the hierarchy acts on (R2).
    let includedOrigins: [InvoiceOrigin]

    init(_ hierarchy: ProcessHierarchy) {
        self.hierarchy = hierarchy
        steps = hierarchy.steps.filter { !$0.isPreDunning }.sorted { $0.signedOffset < $1.signedOffset }
        preDunningStep = hierarchy.steps.first(where: \.isPreDunning)
        includedOrigins = hierarchy.includedOrigins
    }

    /// The hierarchy's last step: the one with the largest t (R12).
    var lastStep: ProcessStep? { steps.last }
}

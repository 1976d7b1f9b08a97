import Testing

@testable import CollectaCore

/// The violations of the sample configuration after `change`.
func validationViolations(after change: (inout CollectionsConfiguration) -> Void) -> [Violation] {
    var configuration = SampleConfiguration.configuration
    change(&configuration)
    return ConfigurationValidator.violations(in: configuration)
}

/// Breaks C1, C2, C5–C8, a reference and two field checks of the sample configuration.
func breakSeveralRules(_ configuration: inout CollectionsConfiguration) {
    configuration.parameters.historyRetentionDays = 0
    configuration.emailTemplates[1].senderEmail = "collections at severnaya"
    configuration.emailTemplates[1].messages.removeAll { $0.language == "ru" }
    configuration.updateHierarchy(SampleConfiguration.retailID) {
        $0.rank = 1
        $0.poolID = "POOL-B2B"
        $0.exclusionAmount = .zero
        $0.quietDays = -1
    }
    configuration.updateStep(line: 30, of: SampleConfiguration.b2bID) {
        $0.recipient = nil
        $0.days = 1
    }
    configuration.updateStep(line: 50, of: SampleConfiguration.b2bID) { $0.documentID = "NOPE" }
}

/// Rule, entity and field of each violation, e.g. `C6 step COLL-B2B line 50, steps[50].days`.
func locations(_ violations: [Violation]) -> [String] {
    violations.map { "\($0.rule) \($0.entity), \($0.field)" }
}

@Suite("Configuration validation")
struct ValidationTests {
    @Test("The sample configuration is valid")
    func sampleIsValid() {
        #expect(ConfigurationValidator.violations(in: SampleConfiguration.configuration).isEmpty)
    }

    @Test("An empty configuration with valid parameters is valid")
    func emptyConfigurationIsValid() {
        let configuration = CollectionsConfiguration(
            parameters: AutomationParameters(companyName: "Acme", companyCurrency: "EUR"))
        #expect(ConfigurationValidator.violations(in: configuration).isEmpty)
    }

    @Test("A violation describes itself as rule, entity, field and message")
    func description() {
        let violation = Violation(
            rule: .c5, entity: "step COLL-B2B line 30", field: "steps[30].recipient",
            message: "an email step needs a recipient", russianMessage: "шагу «Эл. почта» нужен получатель")
        #expect(
            violation.description
                == "C5 step COLL-B2B line 30, steps[30].recipient: an email step needs a recipient")
        #expect(
            violation.description(russian: true)
                == "C5 step COLL-B2B line 30, steps[30].recipient: шагу «Эл. почта» нужен получатель")
        #expect(ConfigurationRule.reference.description == "REF")
        #expect(ConfigurationRule.field.description == "FIELD")
        #expect(ConfigurationRule.c10.description == "C10")
    }

    @Test("A configuration breaking several rules yields every violation, in entity then rule order")
    func everyViolationInOrder() {
        let violations = validationViolations(after: breakSeveralRules)
        #expect(
            locations(violations) == [
                "FIELD parameters, historyRetentionDays",
                "C8 email template REMIND, messages",
                "C8 email template REMIND, senderEmail",
                "C5 step COLL-B2B line 30, steps[30].recipient",
                "C6 step COLL-B2B line 30, steps[30].days",
                "REF step COLL-B2B line 50, steps[50].documentID",
                "C1 hierarchy COLL-RETAIL, rank",
                "C2 hierarchy COLL-RETAIL, poolID",
                "C7 hierarchy COLL-RETAIL, exclusionAmount",
                "FIELD hierarchy COLL-RETAIL, quietDays",
            ])
    }

    @Test("Validating twice gives the same violations in the same order")
    func deterministic() {
        var configuration = SampleConfiguration.configuration
        configuration.hierarchies[1].rank = 1
        configuration.hierarchies[1].steps[0].recipient = nil
        configuration.pools.append(configuration.pools[0])
        let first = ConfigurationValidator.violations(in: configuration)
        #expect(first.count == 3)
        #expect(ConfigurationValidator.violations(in: configuration) == first)
    }
}

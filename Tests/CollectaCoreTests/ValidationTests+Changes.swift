import Testing

@testable import CollectaCore

/// C9 (deleting what is in use), C10 (turning track step off) and whole-document imports.
@Suite("Configuration rules C9–C10 and imports")
struct ValidationChangeTests {
    let sample = SampleConfiguration.configuration

    @Test("C9: deleting a pool in use is refused with its hierarchy")
    func c9PoolInUse() {
        let violations = ConfigurationValidator.deletionViolations(of: .pool("POOL-B2B"), in: sample)
        #expect(locations(violations) == ["C9 pool POOL-B2B, id"])
        #expect(violations.first?.message == "it cannot be deleted while in use by hierarchy COLL-B2B")
    }

    @Test("C9: deleting an email template lists every step using it")
    func c9EmailTemplateUsers() {
        let users = ConfigurationValidator.users(of: .emailTemplate("REMIND"), in: sample)
        #expect(users == ["step COLL-B2B line 20", "step COLL-B2B line 30", "step COLL-RETAIL line 10"])
        let violations = ConfigurationValidator.deletionViolations(of: .emailTemplate("REMIND"), in: sample)
        #expect(
            violations.map(\.description) == [
                "C9 email template REMIND, id: it cannot be deleted while in use by "
                    + "step COLL-B2B line 20, step COLL-B2B line 30, step COLL-RETAIL line 10"
            ])
    }

    @Test("C9: activity templates are used by activity steps and the prediction parameters")
    func c9ActivityTemplateUsers() {
        #expect(ConfigurationValidator.users(of: .activityTemplate("CALL"), in: sample) == ["step COLL-B2B line 50"])
        #expect(
            ConfigurationValidator.users(of: .activityTemplate("PRED-LATE"), in: sample)
                == ["parameters (late prediction activity template)"])
        #expect(
            ConfigurationValidator.users(of: .activityTemplate("PRED-VLATE"), in: sample)
                == ["parameters (very-late prediction activity template)"])
    }

    @Test("C9: a template is used only by steps of its own action type")
    func c9UsersMatchActionType() {
        // An activity template may share its id with an email template.
        var configuration = sample
        configuration.activityTemplates.append(ActivityTemplate(id: "REMIND", name: "Remind by phone"))
        #expect(ConfigurationValidator.users(of: .activityTemplate("REMIND"), in: configuration).isEmpty)
    }

    @Test("C9: the default letter sequence is in use by the parameters")
    func c9LetterSequence() {
        let violations = ConfigurationValidator.deletionViolations(of: .letterSequence("STANDARD"), in: sample)
        #expect(locations(violations) == ["C9 letter sequence STANDARD, id"])
        #expect(violations.first?.message.hasSuffix("parameters (default letter sequence)") == true)
    }

    @Test("C9: purposes are used by the steps that name them")
    func c9Purpose() {
        let violations = ConfigurationValidator.deletionViolations(of: .purpose("Collections"), in: sample)
        #expect(violations.first?.message == "it cannot be deleted while in use by step COLL-B2B line 20")
    }

    @Test("C9: deleting something unused is allowed")
    func c9Unused() {
        for item: ConfigurationItem in [.purpose("Payment"), .pool("POOL-OLD"), .activityTemplate("NOPE")] {
            #expect(ConfigurationValidator.deletionViolations(of: item, in: sample).isEmpty)
        }
    }

    @Test("C10: turning track step off is refused once tracked history exists")
    func c10TurnOffWithHistory() {
        var new = sample
        new.updateHierarchy(SampleConfiguration.b2bID) { $0.usesTrackStep = false }
        let violations = ConfigurationValidator.trackStepViolations(
            from: sample, to: new, hierarchiesWithTrackedHistory: [SampleConfiguration.b2bID])
        #expect(locations(violations) == ["C10 hierarchy COLL-B2B, usesTrackStep"])
    }

    @Test("C10: turning track step off without tracked history is allowed")
    func c10TurnOffWithoutHistory() {
        var new = sample
        new.updateHierarchy(SampleConfiguration.b2bID) { $0.usesTrackStep = false }
        let violations = ConfigurationValidator.trackStepViolations(
            from: sample, to: new, hierarchiesWithTrackedHistory: [SampleConfiguration.retailID])
        #expect(violations.isEmpty)
    }

    @Test("C10: turning track step on for a hierarchy with history is allowed")
    func c10TurnOn() {
        var new = sample
        new.updateHierarchy(SampleConfiguration.retailID) { $0.usesTrackStep = true }
        let violations = ConfigurationValidator.trackStepViolations(
            from: sample, to: new, hierarchiesWithTrackedHistory: [SampleConfiguration.retailID])
        #expect(violations.isEmpty)
    }

    @Test("Import: a valid replacement has no violations")
    func importValid() {
        let violations = ConfigurationValidator.violations(
            replacing: sample, with: sample,
            hierarchiesWithTrackedHistory: [SampleConfiguration.b2bID],
            purposesInUseByContacts: ["Business", "Invoice"])
        #expect(violations.isEmpty)
    }

    @Test("Import: configuration rules, C10 and purposes dropped while contacts use them")
    func importCombined() {
        var new = sample
        new.updateHierarchy(SampleConfiguration.b2bID) { $0.usesTrackStep = false }
        new.updateHierarchy(SampleConfiguration.retailID) { $0.rank = 1 }
        new.purposes.removeAll { ["Payment", "Invoice"].contains($0.id) }
        let violations = ConfigurationValidator.violations(
            replacing: sample, with: new,
            hierarchiesWithTrackedHistory: [SampleConfiguration.b2bID],
            purposesInUseByContacts: ["Payment", "Business"])
        #expect(
            locations(violations) == [
                "REF step COLL-B2B line 10, steps[10].contactPurposeID",
                "C1 hierarchy COLL-RETAIL, rank",
                "C10 hierarchy COLL-B2B, usesTrackStep",
                "C9 purpose Payment, purposes",
            ])
    }

    @Test("Import: a first import has no track step history to compare with")
    func importFirst() {
        let violations = ConfigurationValidator.violations(
            replacing: nil, with: sample, hierarchiesWithTrackedHistory: [],
            purposesInUseByContacts: ["Remit-to"])
        #expect(locations(violations) == ["C9 purpose Remit-to, purposes"])
    }
}

import Testing

@testable import CollectaCore

/// One focused test per configuration rule C1–C8, with its edge cases.
@Suite("Configuration rules C1–C8")
struct ValidationRuleTests {
    let b2b = SampleConfiguration.b2bID
    let retail = SampleConfiguration.retailID

    @Test("C1: two hierarchies with the same rank are refused")
    func c1DuplicateRank() {
        let violations = validationViolations { $0.updateHierarchy(retail) { $0.rank = 1 } }
        #expect(locations(violations) == ["C1 hierarchy COLL-RETAIL, rank"])
        #expect(violations.first?.message == "rank 1 is already taken by hierarchy COLL-B2B")
    }

    @Test("C1: a rank below 1 is refused", arguments: [0, -3])
    func c1RankNotPositive(rank: Int) {
        let violations = validationViolations { $0.updateHierarchy(retail) { $0.rank = rank } }
        #expect(locations(violations) == ["C1 hierarchy COLL-RETAIL, rank"])
    }

    @Test("C2: a pool used by two hierarchies is refused on the second")
    func c2SharedPool() {
        let violations = validationViolations { $0.updateHierarchy(retail) { $0.poolID = "POOL-B2B" } }
        #expect(locations(violations) == ["C2 hierarchy COLL-RETAIL, poolID"])
    }

    @Test("C3: a second pre-dunning step is refused")
    func c3SecondPreDunningStep() {
        let violations = validationViolations {
            $0.updateStep(line: 20, of: b2b) {
                $0.isPreDunning = true
                $0.timing = .before
                $0.days = 2
            }
        }
        #expect(locations(violations) == ["C3 step COLL-B2B line 20, steps[20].isPreDunning"])
    }

    @Test("C3: a pre-dunning letter step is refused")
    func c3PreDunningLetter() {
        let violations = validationViolations {
            $0.updateStep(line: 20, of: retail) {
                $0.isPreDunning = true
                $0.timing = .before
            }
        }
        #expect(locations(violations) == ["C3 step COLL-RETAIL line 20, steps[20].action"])
    }

    @Test("C3: a pre-dunning activity step is allowed")
    func c3PreDunningActivity() {
        let violations = validationViolations {
            $0.updateStep(line: 30, of: retail) {
                $0.isPreDunning = true
                $0.timing = .before
                $0.days = 3
            }
        }
        #expect(violations.isEmpty)
    }

    @Test("R10: a pre-dunning step after the due date or on it is refused", arguments: [
        (StepTiming.after, 3), (StepTiming.before, 0),
    ])
    func preDunningMustBeBeforeDue(timing: StepTiming, days: Int) {
        let violations = validationViolations {
            $0.updateStep(line: 30, of: retail) {
                $0.isPreDunning = true
                $0.timing = timing
                $0.days = days
            }
        }
        #expect(locations(violations) == ["FIELD step COLL-RETAIL line 30, steps[30].days"])
    }

    @Test("C4: an activity step naming an email template is refused")
    func c4ActivityWithEmailTemplate() {
        let violations = validationViolations {
            $0.updateStep(line: 50, of: b2b) { $0.documentID = "REMIND" }
        }
        #expect(locations(violations) == ["C4 step COLL-B2B line 50, steps[50].documentID"])
        #expect(
            violations.first?.message
                == "REMIND is an email template; an activity step needs an activity template")
    }

    @Test("C4: an email step without a template is refused")
    func c4EmailWithoutTemplate() {
        for documentID in [nil, ""] {
            let violations = validationViolations {
                $0.updateStep(line: 20, of: b2b) { $0.documentID = documentID }
            }
            #expect(locations(violations) == ["C4 step COLL-B2B line 20, steps[20].documentID"])
        }
    }

    @Test("C4: a letter step with a business document is refused")
    func c4LetterWithDocument() {
        let violations = validationViolations {
            $0.updateStep(line: 40, of: b2b) { $0.documentID = "CALL" }
        }
        #expect(locations(violations) == ["C4 step COLL-B2B line 40, steps[40].documentID"])
    }

    @Test("C5: an email step without a recipient is refused")
    func c5EmailWithoutRecipient() {
        let violations = validationViolations {
            $0.updateStep(line: 30, of: b2b) { $0.recipient = nil }
        }
        #expect(locations(violations) == ["C5 step COLL-B2B line 30, steps[30].recipient"])
        #expect(
            violations.first?.description
                == "C5 step COLL-B2B line 30, steps[30].recipient: an email step needs a recipient")
    }

    @Test("C5: a Customer recipient without a business contact purpose is refused")
    func c5CustomerWithoutPurpose() {
        let violations = validationViolations {
            $0.updateStep(line: 20, of: b2b) { $0.contactPurposeID = nil }
        }
        #expect(locations(violations) == ["C5 step COLL-B2B line 20, steps[20].contactPurposeID"])
    }

    @Test("C5: an activity step needs no recipient")
    func c5ActivityWithoutRecipient() {
        let violations = validationViolations {
            $0.updateStep(line: 50, of: b2b) { $0.recipient = nil }
        }
        #expect(violations.isEmpty)
    }

    @Test("C6: two steps with the same signed offset are refused")
    func c6SameSignedOffset() {
        let violations = validationViolations {
            $0.updateStep(line: 50, of: b2b) { $0.days = 14 }
        }
        #expect(locations(violations) == ["C6 step COLL-B2B line 50, steps[50].days"])
        #expect(
            violations.first?.message
                == "line 40 already runs on day +14 from the due date; two steps cannot share a day")
    }

    @Test("C6: Before 0 and After 0 are the same day")
    func c6BeforeZeroAndAfterZeroCollide() {
        let violations = validationViolations {
            $0.updateStep(line: 20, of: b2b) { $0.days = 0 }
            $0.updateStep(line: 30, of: b2b) {
                $0.timing = .before
                $0.days = 0
            }
        }
        #expect(locations(violations) == ["C6 step COLL-B2B line 30, steps[30].days"])
    }

    @Test("C6: Before 7 and After 7 are different days")
    func c6BeforeAndAfterDiffer() {
        let violations = validationViolations {
            $0.updateStep(line: 20, of: b2b) {
                $0.timing = .before
                $0.days = 7
            }
        }
        #expect(violations.isEmpty)
    }

    @Test("C6: a pre-dunning step does not count")
    func c6PreDunningDoesNotCount() {
        // Line 10 is the pre-dunning step, 5 days before due.
        let violations = validationViolations {
            $0.updateStep(line: 20, of: b2b) {
                $0.timing = .before
                $0.days = 5
            }
        }
        #expect(violations.isEmpty)
    }

    @Test("C6: the same offset in two different hierarchies is allowed")
    func c6OtherHierarchy() {
        let violations = validationViolations {
            $0.updateStep(line: 10, of: retail) { $0.days = 1 }
        }
        #expect(violations.isEmpty)
    }

    @Test("C7: an exclusion rule without a positive amount is refused", arguments: [0, -100])
    func c7ExclusionWithoutAmount(minorUnits: Int64) {
        let violations = validationViolations {
            $0.updateHierarchy(retail) { $0.exclusionAmount = Money(minorUnits: minorUnits) }
        }
        #expect(locations(violations) == ["C7 hierarchy COLL-RETAIL, exclusionAmount"])
    }

    @Test("C7: no exclusion rule needs no amount")
    func c7NoExclusion() {
        let violations = validationViolations {
            $0.updateHierarchy(retail) {
                $0.exclusionRule = .none
                $0.exclusionAmount = .zero
            }
        }
        #expect(violations.isEmpty)
    }

    @Test("C8: an email template without a message in its default language is refused")
    func c8NoDefaultMessage() {
        let violations = validationViolations { $0.emailTemplates[1].defaultLanguage = "de" }
        #expect(locations(violations) == ["C8 email template REMIND, messages"])
    }

    @Test("C8: an en-US message satisfies default en-US but not en")
    func c8RegionalMessage() {
        func violations(defaultLanguage: String) -> [Violation] {
            validationViolations {
                $0.emailTemplates[1].messages = [
                    EmailMessage(language: "en-US", subject: "Overdue", htmlBody: "<p>Pay</p>")
                ]
                $0.emailTemplates[1].defaultLanguage = defaultLanguage
            }
        }
        #expect(violations(defaultLanguage: "en-US").isEmpty)
        #expect(locations(violations(defaultLanguage: "en")) == ["C8 email template REMIND, messages"])
    }

    @Test("C8: an invalid sender email is refused")
    func c8InvalidSenderEmail() {
        let violations = validationViolations {
            $0.emailTemplates[0].senderEmail = "collections@severnaya"
        }
        #expect(locations(violations) == ["C8 email template PRE-DUE, senderEmail"])
    }

    @Test(
        "C8: sender email check accepts plausible addresses",
        arguments: ["a@b.co", "first.last+tag@mail.severnaya.example", "отдел@пример.рф"])
    func c8PlausibleEmail(address: String) {
        #expect(FieldSyntax.isPlausibleEmailAddress(address))
    }

    @Test(
        "C8: sender email check refuses implausible addresses",
        arguments: [
            "", "collections", "@example.com", "a@@example.com", "a@b@example.com", "a@example",
            "a@.example.com", "a@example.com.", "a@example..com", "a b@example.com",
            "a@example.com ", "a@exa\tmple.com",
        ])
    func c8ImplausibleEmail(address: String) {
        #expect(!FieldSyntax.isPlausibleEmailAddress(address))
    }
}

import Testing

@testable import CollectaCore

/// The basic field checks and the references between entities.
@Suite("Configuration field and reference checks")
struct ValidationFieldTests {
    let b2b = SampleConfiguration.b2bID
    let retail = SampleConfiguration.retailID

    @Test("Ids must be unique per entity kind and not empty")
    func ids() {
        let violations = validationViolations {
            $0.purposes.append(ContactPurpose(id: "Invoice", description: "Again"))
            $0.pools[1].id = ""
            $0.activityTemplates.append(ActivityTemplate(id: "CALL", name: "Again"))
            $0.emailTemplates.append($0.emailTemplates[0])
            $0.letterSequences.append($0.letterSequences[0])
            $0.hierarchies.append($0.hierarchies[0])
            $0.hierarchies[2].id = ""
            $0.hierarchies[2].rank = 3
            $0.hierarchies[2].poolID = "POOL-RETAIL"
        }
        #expect(
            locations(violations).filter { $0.hasPrefix("FIELD") } == [
                "FIELD purpose Invoice, id",
                "FIELD pool #2, id",
                "FIELD activity template CALL, id",
                "FIELD email template PRE-DUE, id",
                "FIELD letter sequence STANDARD, id",
                "FIELD hierarchy #3, id",
            ])
    }

    @Test("An activity template may share its id with an email template")
    func idsPerKind() {
        let violations = validationViolations {
            $0.activityTemplates.append(ActivityTemplate(id: "REMIND", name: "Remind by phone"))
        }
        #expect(violations.isEmpty)
    }

    @Test("Negative days, quiet days and days to complete are refused")
    func negativeNumbers() {
        let violations = validationViolations {
            $0.activityTemplates[0].daysToComplete = -1
            $0.updateHierarchy(retail) { $0.quietDays = -2 }
            $0.updateStep(line: 20, of: retail) { $0.days = -10 }
        }
        #expect(
            locations(violations) == [
                "FIELD activity template CALL, daysToComplete",
                "FIELD hierarchy COLL-RETAIL, quietDays",
                "FIELD step COLL-RETAIL line 20, steps[20].days",
            ])
    }

    @Test("Step lines are positive and unique within a hierarchy")
    func stepLines() {
        let violations = validationViolations {
            $0.updateStep(line: 30, of: retail) { $0.line = 20 }
            $0.updateStep(line: 10, of: retail) { $0.line = 0 }
        }
        #expect(
            locations(violations) == [
                "FIELD step COLL-RETAIL line 0, steps[0].line",
                "FIELD step COLL-RETAIL line 20, steps[20].line",
            ])
    }

    @Test("A hierarchy needs an existing pool and at least one invoice origin")
    func hierarchyPoolAndOrigins() {
        let violations = validationViolations {
            $0.updateHierarchy(b2b) { $0.poolID = "" }
            $0.updateHierarchy(retail) {
                $0.poolID = "POOL-GONE"
                $0.includedOrigins = []
            }
        }
        #expect(
            locations(violations) == [
                "FIELD hierarchy COLL-B2B, poolID",
                "REF hierarchy COLL-RETAIL, poolID",
                "FIELD hierarchy COLL-RETAIL, includedOrigins",
            ])
    }

    @Test("Steps must name templates and purposes that exist")
    func stepReferences() {
        let violations = validationViolations {
            $0.updateStep(line: 20, of: b2b) { $0.documentID = "GONE" }
            $0.updateStep(line: 30, of: b2b) { $0.contactPurposeID = "Remit-to" }
            $0.updateStep(line: 50, of: b2b) { $0.documentID = "PHONE" }
        }
        #expect(
            locations(violations) == [
                "REF step COLL-B2B line 20, steps[20].documentID",
                "REF step COLL-B2B line 30, steps[30].contactPurposeID",
                "REF step COLL-B2B line 50, steps[50].documentID",
            ])
        #expect(violations.first?.message == "there is no email template GONE")
    }

    @Test("Parameters: currency, retention, benchmarks, period and references")
    func parameters() {
        let violations = validationViolations {
            $0.parameters.companyCurrency = "rub"
            $0.parameters.historyRetentionDays = 0
            $0.parameters.defaultLetterSequenceID = "GONE"
            $0.parameters.predictions.lateBenchmarkPercent = 101
            $0.parameters.predictions.veryLateBenchmarkPercent = -1
            $0.parameters.predictions.veryLatePeriodDays = 0
            $0.parameters.predictions.lateActivityTemplateID = "GONE"
            $0.parameters.predictions.veryLateActivityTemplateID = nil
        }
        #expect(
            locations(violations) == [
                "REF parameters, defaultLetterSequenceID",
                "REF parameters, predictions.lateActivityTemplateID",
                "FIELD parameters, companyCurrency",
                "FIELD parameters, historyRetentionDays",
                "FIELD parameters, predictions.lateBenchmarkPercent",
                "FIELD parameters, predictions.veryLateBenchmarkPercent",
                "FIELD parameters, predictions.veryLatePeriodDays",
            ])
    }

    @Test("Benchmarks 0 and 100 are allowed")
    func benchmarkBounds() {
        let violations = validationViolations {
            $0.parameters.predictions.lateBenchmarkPercent = 0
            $0.parameters.predictions.veryLateBenchmarkPercent = 100
        }
        #expect(violations.isEmpty)
    }

    @Test("Currency codes are three capital letters", arguments: ["RUB", "USD", "EUR"])
    func validCurrency(code: String) {
        #expect(FieldSyntax.isCurrencyCode(code))
    }

    @Test("Malformed currency codes are refused", arguments: ["", "rub", "RU", "RUBL", "R1B", "РУБ"])
    func invalidCurrency(code: String) {
        #expect(!FieldSyntax.isCurrencyCode(code))
    }

    @Test("Language tags like ru and en-US are accepted", arguments: ["ru", "en-US", "zh-Hant-TW", "es-419", "ast"])
    func validLanguageTag(tag: String) {
        #expect(FieldSyntax.isLanguageTag(tag))
    }

    @Test(
        "Malformed language tags are refused",
        arguments: ["", "e", "english", "en_US", "en-", "-en", "en--US", "ru1", "en-toolongtag", "ру"])
    func invalidLanguageTag(tag: String) {
        #expect(!FieldSyntax.isLanguageTag(tag))
    }

    @Test("Email templates: language tags of the default and of every message, one message per language")
    func emailTemplateLanguages() {
        let violations = validationViolations {
            $0.emailTemplates[0].defaultLanguage = "russian"
            $0.emailTemplates[1].messages.append(
                EmailMessage(language: "en", subject: "Again", htmlBody: "<p>Again</p>"))
            $0.emailTemplates[1].messages.append(
                EmailMessage(language: "en_GB", subject: "Overdue", htmlBody: "<p>Pay</p>"))
        }
        #expect(
            locations(violations) == [
                "FIELD email template PRE-DUE, defaultLanguage",
                "FIELD email template REMIND, messages[en].language",
                "FIELD email template REMIND, messages[en_GB].language",
            ])
    }

    @Test("Letter sequences: levels 1 to n without gaps")
    func letterLevelsContiguous() {
        let violations = validationViolations { $0.letterSequences[0].levels[2].level = 4 }
        #expect(locations(violations) == ["FIELD letter sequence STANDARD, levels"])
        #expect(
            violations.first?.message
                == "levels must be numbered 1 to 3 without gaps or repeats, not 1, 2, 4")
    }

    @Test("Letter sequences: at least one level")
    func letterLevelsNotEmpty() {
        let violations = validationViolations { $0.letterSequences[0].levels = [] }
        #expect(locations(violations) == ["FIELD letter sequence STANDARD, levels"])
    }

    @Test("Letter sequences: only the last level may be final")
    func letterFinalLevel() {
        let violations = validationViolations {
            $0.letterSequences[0].levels[1].isFinal = true
            $0.letterSequences[0].levels[2].isFinal = false
        }
        #expect(locations(violations) == ["FIELD letter sequence STANDARD, levels[2].isFinal"])
    }

    @Test("Letter sequences: a sequence whose last level is not final is allowed")
    func letterNoFinalLevel() {
        let violations = validationViolations { $0.letterSequences[0].levels[2].isFinal = false }
        #expect(violations.isEmpty)
    }

    @Test("Letter sequences: every level has a text, in valid and distinct languages")
    func letterTexts() {
        let violations = validationViolations {
            $0.letterSequences[0].levels[0].texts = []
            $0.letterSequences[0].levels[1].texts.append(LetterText(language: "ru", title: "Again", body: ""))
            $0.letterSequences[0].levels[2].texts[0].language = "EN!"
        }
        #expect(
            locations(violations) == [
                "FIELD letter sequence STANDARD, levels[1].texts",
                "FIELD letter sequence STANDARD, levels[2].texts[ru].language",
                "FIELD letter sequence STANDARD, levels[3].texts[EN!].language",
            ])
    }

    @Test("Levels out of order in a decoded document are judged by their numbers")
    func letterLevelsOutOfOrder() {
        let violations = validationViolations { $0.letterSequences[0].levels.reverse() }
        #expect(violations.isEmpty)
    }

    @Test("A malformed pool criterion is reported with the criterion and position")
    func malformedCriterion() {
        let violations = validationViolations {
            $0.pools[1].criteria[1].range = ">"
        }
        #expect(locations(violations) == ["FIELD pool POOL-RETAIL, criteria[1].range"])
        #expect(violations.first?.message.contains("position 1") == true)
    }
}

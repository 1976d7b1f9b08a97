import Testing
@testable import CollectaCore

/// The demo company's configuration satisfies the configuration rules C1–C8.
@Suite struct DemoConfigurationTests {
    let configuration = DemoCompany.makeDataset(
        customers: 1, today: LocalDate(year: 2026, month: 3, day: 16)!
    ).configuration

    @Test func ranksAreUniqueAndPoolsBelongToOneHierarchy() {
        let ranks = configuration.hierarchies.map(\.rank)
        #expect(ranks == [1, 2, 3])  // C1, in rank order
        let pools = configuration.hierarchies.map(\.poolID)
        #expect(Set(pools).count == pools.count)  // C2
        #expect(Set(pools) == Set(configuration.pools.map(\.id)))
    }

    @Test func stepDocumentsExistAndMatchTheirActionType() {
        let activities = Set(configuration.activityTemplates.map(\.id))
        let emails = Set(configuration.emailTemplates.map(\.id))
        for step in configuration.hierarchies.flatMap(\.steps) {
            switch step.action {  // C4
            case .activity: #expect(step.documentID.map(activities.contains) == true)
            case .email: #expect(step.documentID.map(emails.contains) == true)
            case .letter: #expect(step.documentID == nil)
            }
        }
        let prediction = configuration.parameters.predictions
        #expect(prediction.lateActivityTemplateID.map(activities.contains) == true)
        #expect(prediction.veryLateActivityTemplateID.map(activities.contains) == true)
        let sequences = configuration.letterSequences.map(\.id)
        #expect(configuration.parameters.defaultLetterSequenceID.map(sequences.contains) == true)
    }

    @Test func stepsFollowTheDunningRules() {
        let purposes = Set(configuration.purposes.map(\.id))
        for hierarchy in configuration.hierarchies {
            let preDunning = hierarchy.steps.filter(\.isPreDunning)
            #expect(preDunning.count <= 1)  // C3
            #expect(preDunning.allSatisfy { $0.action != .letter && $0.timing == .before })
            for step in hierarchy.steps where step.action == .email {  // C5
                #expect(step.recipient != nil)
                if step.recipient == .customer {
                    #expect(step.contactPurposeID.map(purposes.contains) == true)
                }
            }
            let offsets = hierarchy.steps.filter { !$0.isPreDunning }.map(\.signedOffset)
            #expect(Set(offsets).count == offsets.count)  // C6
            #expect(Set(hierarchy.steps.map(\.line)).count == hierarchy.steps.count)
            if hierarchy.exclusionRule != .none {  // C7
                #expect(hierarchy.exclusionAmount > .zero)
            }
        }
    }

    @Test func everyKindOfStepAndRecipientIsUsed() {
        let steps = configuration.hierarchies.flatMap(\.steps)
        #expect(Set(steps.map(\.action)) == Set(ActionType.allCases))
        #expect(Set(steps.compactMap(\.recipient)) == Set(RecipientKind.allCases))
        #expect(steps.contains { $0.isPreDunning && $0.timing == .before && $0.days == 5 })
        #expect(configuration.hierarchies.contains { $0.usesTrackStep })
        #expect(configuration.hierarchies.contains {
            $0.exclusionRule == .customerAgingBalance
                && $0.exclusionAmount == Money(decimal: "1000.00")
        })
        #expect(configuration.hierarchies.allSatisfy { (3...7).contains($0.quietDays) })
    }

    @Test func emailTemplatesHaveADefaultMessageAndAValidSender() {
        for template in configuration.emailTemplates {  // C8
            #expect(template.messages.contains { $0.language == template.defaultLanguage })
            #expect(Set(template.messages.map(\.language)) == ["en", "ru"])
            let parts = template.senderEmail.split(separator: "@")
            #expect(parts.count == 2 && parts[1].contains("."))
            for message in template.messages {
                #expect(!message.subject.isEmpty && message.htmlBody.hasPrefix("<!DOCTYPE html>"))
                #expect(message.htmlBody.contains("{{agent.name}}"))
            }
        }
    }

    @Test func placeholdersAreTheDocumentedOnes() {
        let documented: Set<String> = [
            "company.name", "customer.name", "customer.account", "contact.name", "invoice.id",
            "invoice.dueDate", "invoice.openAmount", "invoice.currency", "#overdueInvoices",
            "/overdueInvoices", "id", "dueDate", "daysOverdue", "openAmount", "currency",
            "#totals", "/totals", "amount", "agent.name", "agent.email",
        ]
        var texts = configuration.emailTemplates.flatMap(\.messages)
            .flatMap { [$0.subject, $0.htmlBody] }
        texts += configuration.letterSequences.flatMap(\.levels).flatMap(\.texts)
            .flatMap { [$0.title, $0.body] }
        for text in texts {
            #expect(placeholders(in: text).isSubset(of: documented))
        }
    }

    @Test func letterSequenceHasThreeLevelsEndingFinal() {
        let levels = configuration.letterSequences.first?.levels ?? []
        #expect(levels.map(\.level) == [1, 2, 3])
        #expect(levels.map(\.isFinal) == [false, false, true])
        #expect(levels.allSatisfy { Set($0.texts.map(\.language)) == ["en", "ru"] })
    }

    @Test func parametersAreTheDemoDefaults() {
        let parameters = configuration.parameters
        #expect(parameters.companyCurrency == "RUB")
        #expect(!parameters.postsLettersAutomatically)
        #expect(parameters.createsActivitiesForAutomations)
        #expect(parameters.historyRetentionDays == 365)
        #expect(parameters.excludesInvoiceAfterLastStep)
        #expect(parameters.predictions.lateBenchmarkPercent == 60)
        #expect(parameters.predictions.veryLateBenchmarkPercent == 50)
    }

    /// The names between `{{` and `}}` in `text`.
    private func placeholders(in text: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{"),
              let close = rest[open.upperBound...].firstRange(of: "}}")
        {
            names.insert(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return names
    }
}

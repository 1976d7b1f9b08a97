/// R11, R13, R14 and R16: what each proposed action holds.
extension CaseEvaluation {
    var customer: Customer { customerCase.customer }

    /// The action of `step` for `leading` (the leading invoice, or a pre-dunning invoice).
    func stepAction(_ step: ProcessStep, leading: Invoice, eligible: [Invoice]) -> ProposedAction {
        var action = ProposedAction(
            kind: ActionKind(step.action), hierarchyID: hierarchy.id, stepLine: step.line,
            stepDescription: step.description, documentID: step.documentID, invoice: leading,
            daysFromDue: daysFromDue(leading), isPreDunning: step.isPreDunning,
            overdueInvoices: eligible.filter { daysFromDue($0) > 0 }.sorted(by: Invoice.leadsBefore))
        switch step.action {
        case .activity:
            if context.index.activityTemplates[step.documentID ?? ""] == nil {
                action.failure = "activity template \(step.documentID ?? "-") does not exist"
            }
        case .email:
            addEmailDetails(of: step, to: &action)
        case .letter:
            addLetterDetails(to: &action)
        }
        return action
    }

    /// R13 recipients and R14 language of an email step.
    private func addEmailDetails(of step: ProcessStep, to action: inout ProposedAction) {
        guard let template = context.index.emailTemplates[step.documentID ?? ""] else {
            action.failure = "email template \(step.documentID ?? "-") does not exist"
            return
        }
        action.language = LanguageChoice.language(
            for: customer.language, available: template.messages.map(\.language),
            defaultLanguage: template.defaultLanguage)
        let (recipients, contactName, missing) = self.recipients(of: step)
        action.recipients = recipients
        action.contactName = contactName
        if recipients.isEmpty { action.failure = missing() }
    }

    /// R13: the addresses a step's email goes to, the contact's name, and why there are none
    /// (put into words only when there are none).
    private func recipients(of step: ProcessStep) -> ([String], String?, () -> String) {
        let account = customer.account
        switch step.recipient {
        case .customer, nil:
            let purpose = step.contactPurposeID ?? ""
            let contacts = customerCase.contacts
                .filter { $0.purposeIDs.contains(purpose) && !($0.email ?? "").isEmpty }
                .sorted { $0.id < $1.id }
            return (contacts.compactMap(\.email), contacts.first?.name,
                    { "no contact of customer \(account) has purpose \(purpose) and an email address" })
        case .salesGroup:
            let group = customer.salesGroupID.flatMap { context.salesGroups[$0] }
            return ((group?.members ?? []).map(\.email), nil, {
                group == nil ? "customer \(account) has no sales group" : "sales group \(group!.id) has no members"
            })
        case .collectionsAgent:
            let agent = customer.agentID.flatMap { context.agents[$0] }
            return (agent.map { [$0.email] } ?? [], agent?.name, { "customer \(account) has no collections agent" })
        }
    }

    /// R11: a letter covers every overdue eligible invoice, at the customer's next level.
    private func addLetterDetails(to action: inout ProposedAction) {
        if action.overdueInvoices.isEmpty { action.overdueInvoices = [action.invoice] }
        let parameters = context.configuration.parameters
        guard let sequenceID = customer.letterSequenceID ?? parameters.defaultLetterSequenceID,
              let sequence = context.index.letterSequences[sequenceID], !sequence.levels.isEmpty
        else {
            action.failure = "customer \(customer.account) has no letter sequence and the "
                + "parameters name no default one"
            return
        }
        // After the last (final) level, the final letter is sent again.
        let level = sequence.levels[min(customerCase.letterLevel, sequence.levels.count - 1)]
        action.letterSequenceID = sequence.id
        action.letterLevel = level.level
        let languages = level.texts.map(\.language)
        action.language = LanguageChoice.language(
            for: customer.language, available: languages,
            defaultLanguage: languages.first ?? customer.language)
    }

    /// R16: one activity at the worst predicted level among eligible invoices that have not had
    /// an activity at their level; the earliest-due invoice of that level.
    func predictionAction(_ eligible: [Invoice]) -> ProposedAction? {
        guard hierarchy.usesPredictions, !customerCase.predictions.isEmpty else { return nil }
        let parameters = context.configuration.parameters.predictions
        let predictions = Dictionary(
            customerCase.predictions.map { ($0.invoiceID, $0) }, uniquingKeysWith: { a, _ in a })
        let marks = Set(customerCase.predictionMarks)
        let candidates = eligible.sorted(by: Invoice.leadsBefore).compactMap { invoice in
            predictions[invoice.id]?.level(against: parameters).flatMap { level in
                marks.contains(PredictionMark(invoiceID: invoice.id, level: level)) ? nil : (invoice, level)
            }
        }
        guard let worst = candidates.map(\.1).max(),
              let (invoice, level) = candidates.first(where: { $0.1 == worst })
        else { return nil }
        let templateID = level == .veryLate
            ? parameters.veryLateActivityTemplateID : parameters.lateActivityTemplateID
        var action = ProposedAction(
            kind: .predictionActivity, hierarchyID: hierarchy.id, stepLine: nil,
            stepDescription: level == .veryLate ? parameters.veryLateNote : parameters.lateNote,
            documentID: templateID, invoice: invoice, daysFromDue: daysFromDue(invoice),
            predictionLevel: level)
        if templateID.flatMap({ context.index.activityTemplates[$0] }) == nil {
            action.failure = "the parameters name no activity template for \(level.words) predictions"
        }
        return action
    }
}

import CollectaCore
import GRDB

/// One action as a run executed it (or recorded its failure).
public struct ExecutedAction: Hashable, Sendable {
    public var customerAccount: String
    public var action: ProposedAction
    public var status: ActionStatus
    /// The failure's reason, or what was done (the email's subject, the letter's title…).
    public var message: String
    /// What was created, e.g. `email:12`.
    public var createdRecord: String?
}

/// Executes the engine's actions for one customer inside a page's transaction (R11, R18), with
/// the emails and letters already rendered (`RunPagePreparer`).
struct ActionExecutor {
    var writer: ArtefactWriter
    let runID: Int64
    let runDate: LocalDate
    /// `runDate` as stored.
    let runDay: String
    let parameters: AutomationParameters
    let documents: DocumentLookup

    /// Executes `decision`'s actions: records, history, step state and last contact.
    mutating func execute(_ decision: PreparedDecision) throws -> [ExecutedAction] {
        let customer = decision.customer
        var results: [ExecutedAction] = []
        results.reserveCapacity(decision.actions.count)
        var contacted = false
        var letterLevel: Int?
        for prepared in decision.actions {
            let result = try execute(prepared, of: customer)
            writer.insertHistory(result, runID: runID, runDate: runDay)
            if result.status == .executed {
                contacted = true
                if let level = result.action.letterLevel { letterLevel = max(letterLevel ?? level, level) }
            }
            results.append(result)
        }
        if contacted {
            writer.recordContact(with: customer.account, on: runDay, letterLevel: letterLevel)
        }
        return results
    }

    private mutating func execute(_ prepared: PreparedAction, of customer: Customer) throws -> ExecutedAction {
        let action = prepared.action
        var result = ExecutedAction(
            customerAccount: customer.account, action: action, status: .failed,
            message: action.failure ?? "", createdRecord: nil)
        guard action.isExecutable else { return result }
        switch prepared.document {
        case .unrenderable(let reason):
            result.message = reason
            return result
        case .none:
            let id = try insertActivity(for: action, of: customer)
            (result.createdRecord, result.message) = ("activity:\(id)", action.stepDescription)
        case .email(let rendered):
            (result.createdRecord, result.message) = try insertEmail(rendered, action, customer)
        case .letter(let rendered):
            (result.createdRecord, result.message) = try insertLetter(rendered, action, customer)
        }
        result.status = .executed
        writer.recordStep(of: action, on: runDay)
        return result
    }

    private func insertActivity(for action: ProposedAction, of customer: Customer) throws -> Int64 {
        guard let template = documents.activityTemplates[action.documentID ?? ""] else {
            preconditionFailure("the engine proposed activity template \(action.documentID ?? "-"), which does not exist")
        }
        let isPrediction = action.kind == .predictionActivity
        let details = isPrediction && !action.stepDescription.isEmpty
            ? action.stepDescription + (template.details.isEmpty ? "" : "\n" + template.details)
            : template.details
        return try writer.insertActivity(Activity(
            customerAccount: customer.account, invoiceID: action.invoice.id, templateID: template.id,
            type: template.type, purpose: template.purpose, description: template.name,
            details: details, ownerAgentID: customer.agentID, createdDate: runDate,
            dueDate: runDate.adding(days: template.daysToComplete)))
    }

    private mutating func insertEmail(
        _ rendered: RenderedEmail, _ action: ProposedAction, _ customer: Customer
    ) throws -> (String, String) {
        guard let template = documents.emailTemplates[action.documentID ?? ""] else {
            preconditionFailure("the engine proposed email template \(action.documentID ?? "-"), which does not exist")
        }
        let id = try writer.insertEmail(OutboxEmail(
            customerAccount: customer.account, templateID: template.id, language: rendered.language,
            senderName: template.senderName, senderEmail: template.senderEmail,
            recipients: action.recipients, subject: rendered.subject, htmlBody: rendered.htmlBody,
            createdDate: runDate))
        try recordAutomationActivity("Email: \(rendered.subject)", action, customer)
        return ("email:\(id)", rendered.subject)
    }

    private mutating func insertLetter(
        _ rendered: RenderedLetter, _ action: ProposedAction, _ customer: Customer
    ) throws -> (String, String) {
        guard let sequenceID = action.letterSequenceID, let level = action.letterLevel else {
            preconditionFailure("the engine proposed a letter without its sequence")
        }
        let id = try writer.insertLetter(CollectionLetter(
            customerAccount: customer.account, sequenceID: sequenceID, level: level,
            language: rendered.language, letterDate: runDate,
            status: parameters.postsLettersAutomatically ? .posted : .created, title: rendered.title,
            bodyText: rendered.bodyText, bodyHTML: rendered.bodyHTML,
            documentText: rendered.documentText, invoiceIDs: action.overdueInvoices.map(\.id),
            postedOn: parameters.postsLettersAutomatically ? runDate : nil))
        try recordAutomationActivity("Collection letter \(level): \(rendered.title)", action, customer)
        return ("letter:\(id)", rendered.title)
    }

    /// R11: with *create activities for automations*, a closed activity records the email or letter.
    private func recordAutomationActivity(
        _ description: String, _ action: ProposedAction, _ customer: Customer
    ) throws {
        guard parameters.createsActivitiesForAutomations else { return }
        _ = try writer.insertActivity(Activity(
            customerAccount: customer.account, invoiceID: action.invoice.id, templateID: nil,
            type: .action, purpose: action.stepDescription, description: description,
            details: action.recipients.joined(separator: ", "), ownerAgentID: customer.agentID,
            createdDate: runDate, dueDate: runDate, isClosed: true))
    }
}

/// The business documents of the configuration by id.
struct DocumentLookup {
    let activityTemplates: [String: ActivityTemplate]
    let emailTemplates: [String: EmailTemplate]
    let letterSequences: [String: LetterSequence]

    init(_ configuration: CollectionsConfiguration) {
        activityTemplates = Dictionary(configuration.activityTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        emailTemplates = Dictionary(configuration.emailTemplates.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        letterSequences = Dictionary(configuration.letterSequences.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }
}

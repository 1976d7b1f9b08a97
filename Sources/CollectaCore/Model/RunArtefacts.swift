/// The state of an automation run.
public enum RunStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case running, completed, failed
}

/// One automation run: one hierarchy, or all, on one date (R17).
public struct AutomationRun: Hashable, Sendable, Codable {
    public var id: Int64?
    public var runDate: LocalDate
    /// nil when the run covered every active hierarchy.
    public var hierarchyID: String?
    /// ISO 8601 timestamps in UTC.
    public var startedAt: String
    public var finishedAt: String?
    public var status: RunStatus
    /// The last customer account of the last committed page: a rerun resumes after it.
    public var resumeAfter: String?
    public var customersDone: Int
    public var actionsExecuted: Int
    public var actionsFailed: Int

    public init(
        id: Int64? = nil, runDate: LocalDate, hierarchyID: String?, startedAt: String,
        finishedAt: String? = nil, status: RunStatus = .running, resumeAfter: String? = nil,
        customersDone: Int = 0, actionsExecuted: Int = 0, actionsFailed: Int = 0
    ) {
        self.id = id
        self.runDate = runDate
        self.hierarchyID = hierarchyID
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.resumeAfter = resumeAfter
        self.customersDone = customersDone
        self.actionsExecuted = actionsExecuted
        self.actionsFailed = actionsFailed
    }
}

/// What an automation action does: a step's action, or an activity raised by a prediction (R16).
public enum ActionKind: String, CaseIterable, Hashable, Sendable, Codable {
    case activity, email, letter, predictionActivity

    /// The kind of a step's action.
    public init(_ action: ActionType) {
        switch action {
        case .activity: self = .activity
        case .email: self = .email
        case .letter: self = .letter
        }
    }

    /// The name scripts see in JSON and CSV output: `prediction-activity` for predictions.
    public var externalName: String {
        self == .predictionActivity ? "prediction-activity" : rawValue
    }
}

/// The outcome recorded for one action.
public enum ActionStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case executed, failed
}

/// One row of collections process history (R18).
public struct HistoryEntry: Hashable, Sendable, Codable {
    public var id: Int64?
    public var runID: Int64
    public var runDate: LocalDate
    public var hierarchyID: String
    /// The step line; nil for prediction activities.
    public var stepLine: Int?
    public var action: ActionKind
    public var documentID: String?
    public var customerAccount: String
    public var invoiceID: String?
    public var voucher: String?
    public var dueDate: LocalDate?
    /// d of R4: run date − due date.
    public var daysFromDue: Int?
    public var isPreDunning: Bool
    /// Recipient addresses, for emails.
    public var recipients: [String]
    /// The language of the email or letter (R14).
    public var language: String?
    /// What was created, e.g. `activity:42`, `email:7`, `letter:3`.
    public var createdRecord: String?
    public var status: ActionStatus
    public var message: String
    /// Where the created email or letter stands, as read with the row; nil for activities,
    /// failures and rows not read from the database.
    public var delivery: CreatedRecordDelivery?

    public init(
        id: Int64? = nil, runID: Int64, runDate: LocalDate, hierarchyID: String, stepLine: Int?,
        action: ActionKind, documentID: String?, customerAccount: String, invoiceID: String?,
        voucher: String?, dueDate: LocalDate?, daysFromDue: Int?, isPreDunning: Bool,
        recipients: [String], language: String? = nil, createdRecord: String?,
        status: ActionStatus, message: String, delivery: CreatedRecordDelivery? = nil
    ) {
        self.id = id
        self.runID = runID
        self.runDate = runDate
        self.hierarchyID = hierarchyID
        self.stepLine = stepLine
        self.action = action
        self.documentID = documentID
        self.customerAccount = customerAccount
        self.invoiceID = invoiceID
        self.voucher = voucher
        self.dueDate = dueDate
        self.daysFromDue = daysFromDue
        self.isPreDunning = isPreDunning
        self.recipients = recipients
        self.language = language
        self.createdRecord = createdRecord
        self.status = status
        self.message = message
        self.delivery = delivery
    }
}

/// A to-do for a collector, created by a step, a prediction or as a record of an automation.
public struct Activity: Hashable, Sendable, Codable {
    public var id: Int64?
    public var customerAccount: String
    public var invoiceID: String?
    public var templateID: String?
    public var type: ActivityType
    public var purpose: String
    public var description: String
    public var details: String
    /// The collections agent who owns it.
    public var ownerAgentID: String?
    public var createdDate: LocalDate
    public var dueDate: LocalDate
    public var isClosed: Bool

    public init(
        id: Int64? = nil, customerAccount: String, invoiceID: String?, templateID: String?,
        type: ActivityType, purpose: String, description: String, details: String,
        ownerAgentID: String?, createdDate: LocalDate, dueDate: LocalDate, isClosed: Bool = false
    ) {
        self.id = id
        self.customerAccount = customerAccount
        self.invoiceID = invoiceID
        self.templateID = templateID
        self.type = type
        self.purpose = purpose
        self.description = description
        self.details = details
        self.ownerAgentID = ownerAgentID
        self.createdDate = createdDate
        self.dueDate = dueDate
        self.isClosed = isClosed
    }
}

/// Delivery state of an outbox email.
public enum EmailStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case queued, sent, failed, retrying
}

/// A rendered email waiting in (or gone from) the outbox.
public struct OutboxEmail: Hashable, Sendable, Codable {
    public var id: Int64?
    public var customerAccount: String
    public var templateID: String
    public var language: String
    public var senderName: String
    public var senderEmail: String
    public var recipients: [String]
    public var subject: String
    public var htmlBody: String
    public var createdDate: LocalDate
    public var status: EmailStatus
    /// What delivery attempts have happened so far.
    public var delivery: EmailDelivery

    public init(
        id: Int64? = nil, customerAccount: String, templateID: String, language: String,
        senderName: String, senderEmail: String, recipients: [String], subject: String,
        htmlBody: String, createdDate: LocalDate, status: EmailStatus = .queued,
        delivery: EmailDelivery = EmailDelivery()
    ) {
        self.id = id
        self.customerAccount = customerAccount
        self.templateID = templateID
        self.language = language
        self.senderName = senderName
        self.senderEmail = senderEmail
        self.recipients = recipients
        self.subject = subject
        self.htmlBody = htmlBody
        self.createdDate = createdDate
        self.status = status
        self.delivery = delivery
    }
}

/// The delivery record of an outbox email: attempts, the server's last reply, when to try
/// again and when it was sent. Timestamps are ISO 8601 in UTC (`2026-11-29T06:00:00Z`).
public struct EmailDelivery: Hashable, Sendable, Codable {
    /// Attempts made so far, successful or not.
    public var attempts: Int
    /// The server's last reply (or the connection error), as the server wrote it.
    public var lastReply: String
    /// When a `retrying` email is due for its next attempt.
    public var nextAttemptAt: String?
    /// When the whole message was handed to the server in the latest attempt (docs/delivery.md:
    /// an email handed over without an answer is never sent again automatically).
    public var handedOverAt: String?
    /// When the server accepted the email.
    public var sentAt: String?
    /// The Message-ID header, without angle brackets; fixed at the first attempt.
    public var messageID: String?

    public init(
        attempts: Int = 0, lastReply: String = "", nextAttemptAt: String? = nil,
        handedOverAt: String? = nil, sentAt: String? = nil, messageID: String? = nil
    ) {
        self.attempts = attempts
        self.lastReply = lastReply
        self.nextAttemptAt = nextAttemptAt
        self.handedOverAt = handedOverAt
        self.sentAt = sentAt
        self.messageID = messageID
    }
}

/// Whether a collection letter has been posted.
public enum LetterStatus: String, CaseIterable, Hashable, Sendable, Codable {
    case created, posted
}

/// A collection letter for one customer, covering its overdue eligible invoices (R11).
public struct CollectionLetter: Hashable, Sendable, Codable {
    public var id: Int64?
    public var customerAccount: String
    public var sequenceID: String
    public var level: Int
    public var language: String
    public var letterDate: LocalDate
    public var status: LetterStatus
    public var title: String
    public var bodyText: String
    /// The printable document: HTML with print CSS, the company header, the overdue invoices
    /// and their totals.
    public var bodyHTML: String
    /// The same document as plain text (empty for letters created before Collecta kept it).
    public var documentText: String
    public var invoiceIDs: [String]
    /// The day the letter was posted; nil while it is `created`.
    public var postedOn: LocalDate?

    public init(
        id: Int64? = nil, customerAccount: String, sequenceID: String, level: Int,
        language: String, letterDate: LocalDate, status: LetterStatus, title: String,
        bodyText: String, bodyHTML: String, documentText: String = "", invoiceIDs: [String],
        postedOn: LocalDate? = nil
    ) {
        self.id = id
        self.customerAccount = customerAccount
        self.sequenceID = sequenceID
        self.level = level
        self.language = language
        self.letterDate = letterDate
        self.status = status
        self.title = title
        self.bodyText = bodyText
        self.bodyHTML = bodyHTML
        self.documentText = documentText
        self.invoiceIDs = invoiceIDs
        self.postedOn = postedOn
    }
}

/// That a step was executed for an invoice: R8 (no repeats) and R7 (track step) read it.
public struct InvoiceStepExecution: Hashable, Sendable, Codable {
    public var invoiceID: String
    public var hierarchyID: String
    public var stepLine: Int
    public var executedOn: LocalDate

    public init(invoiceID: String, hierarchyID: String, stepLine: Int, executedOn: LocalDate) {
        self.invoiceID = invoiceID
        self.hierarchyID = hierarchyID
        self.stepLine = stepLine
        self.executedOn = executedOn
    }
}

/// What the automation remembers per customer: its last contact (R9) and letter level (R11).
public struct CustomerAutomationState: Hashable, Sendable, Codable {
    public var customerAccount: String
    public var lastContactDate: LocalDate?
    public var letterLevel: Int

    public init(customerAccount: String, lastContactDate: LocalDate?, letterLevel: Int) {
        self.customerAccount = customerAccount
        self.lastContactDate = lastContactDate
        self.letterLevel = letterLevel
    }
}

import CollectaCore
import GRDB

/// Inserts what runs create: activities, outbox emails, collection letters, history (R18), step
/// state and last contacts.
///
/// A run inserts tens of thousands of rows of each kind, so every statement is prepared once per
/// connection (GRDB's statement cache) and only bound and stepped per row: parsing the SQL of
/// each insert anew cost more than the insert itself. Rows whose ids nobody needs are batched
/// (``BatchedRows``) until ``flush()``, at the end of each page.
struct ArtefactWriter {
    private let db: Database
    private let activity: Statement
    private let email: Statement
    private let letter: Statement
    private var letterInvoices = BatchedRows(into: "collection_letter_invoice", columns: ["letter_id", "invoice_id"])
    private var history = BatchedRows(into: "history", columns: [
        "run_id", "run_date", "hierarchy_id", "step_line", "action", "document_id", "customer_account",
        "invoice_id", "voucher", "due_date", "days_from_due", "is_pre_dunning", "recipients", "language",
        "created_record", "status", "message",
    ])
    private var stepExecutions = BatchedRows(
        into: "invoice_step_execution", columns: ["invoice_id", "hierarchy_id", "step_line", "executed_on"])
    private var predictionActions = BatchedRows(into: "prediction_action", columns: ["invoice_id", "level", "created_on"])
    private var contacts = BatchedRows(
        into: "customer_automation_state", columns: ["customer_account", "last_contact_date", "letter_level"],
        suffix: """
             ON CONFLICT(customer_account) DO UPDATE SET last_contact_date = excluded.last_contact_date,
                letter_level = max(letter_level, excluded.letter_level)
            """)

    /// The writer of `db`'s current transaction; the statements come from the connection's cache.
    init(_ db: Database) throws {
        self.db = db
        activity = try db.cachedStatement(sql: """
            INSERT INTO activity (customer_account, invoice_id, template_id, type, purpose, description,
                details, owner_agent_id, created_date, due_date, is_closed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        email = try db.cachedStatement(sql: """
            INSERT INTO outbox_email (customer_account, template_id, language, sender_name, sender_email,
                recipients, subject, html_body, created_date, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        letter = try db.cachedStatement(sql: """
            INSERT INTO collection_letter (customer_account, sequence_id, level, language, letter_date,
                status, title, body_text, body_html, document_text, posted_on)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Inserts `activity`; returns its id.
    func insertActivity(_ activity: Activity) throws -> Int64 {
        try self.activity.executeBinding([
            BoundValue(activity.customerAccount), BoundValue(activity.invoiceID), BoundValue(activity.templateID),
            BoundValue(activity.type.rawValue), BoundValue(activity.purpose), BoundValue(activity.description),
            BoundValue(activity.details), BoundValue(activity.ownerAgentID), BoundValue(activity.createdDate.isoString),
            BoundValue(activity.dueDate.isoString), BoundValue(activity.isClosed),
        ])
        return db.lastInsertedRowID
    }

    /// Queues `email` in the outbox; returns its id.
    func insertEmail(_ email: OutboxEmail) throws -> Int64 {
        try self.email.executeBinding([
            BoundValue(email.customerAccount), BoundValue(email.templateID), BoundValue(email.language),
            BoundValue(email.senderName), BoundValue(email.senderEmail), BoundValue(RecipientList.encode(email.recipients)),
            BoundValue(email.subject), BoundValue(email.htmlBody), BoundValue(email.createdDate.isoString),
            BoundValue(email.status.rawValue),
        ])
        return db.lastInsertedRowID
    }

    /// Inserts `letter` and the invoices it covers; returns its id.
    mutating func insertLetter(_ letter: CollectionLetter) throws -> Int64 {
        try self.letter.executeBinding([
            BoundValue(letter.customerAccount), BoundValue(letter.sequenceID), BoundValue(letter.level),
            BoundValue(letter.language), BoundValue(letter.letterDate.isoString), BoundValue(letter.status.rawValue),
            BoundValue(letter.title), BoundValue(letter.bodyText), BoundValue(letter.bodyHTML),
            BoundValue(letter.documentText), BoundValue(letter.postedOn?.isoString),
        ])
        let id = db.lastInsertedRowID
        for invoiceID in letter.invoiceIDs {
            letterInvoices.append(BoundValue(id), BoundValue(invoiceID))
        }
        return id
    }

    /// R18: the history row of `result`.
    mutating func insertHistory(_ result: ExecutedAction, runID: Int64, runDate: String) {
        let action = result.action
        history.append(
            BoundValue(runID), BoundValue(runDate), BoundValue(action.hierarchyID), BoundValue(action.stepLine),
            BoundValue(action.kind.rawValue), BoundValue(action.documentID ?? action.letterSequenceID),
            BoundValue(result.customerAccount), BoundValue(action.invoice.id), BoundValue(action.invoice.voucher),
            BoundValue(action.invoice.dueDate.isoString), BoundValue(action.daysFromDue), BoundValue(action.isPreDunning),
            BoundValue(RecipientList.encode(action.recipients)), BoundValue(action.language),
            BoundValue(result.createdRecord), BoundValue(result.status.rawValue), BoundValue(result.message))
    }

    /// R7/R8 for steps, R16 for predictions: what the invoice has had.
    mutating func recordStep(of action: ProposedAction, on runDate: String) {
        if let line = action.stepLine {
            stepExecutions.append(BoundValue(action.invoice.id), BoundValue(action.hierarchyID), BoundValue(line), BoundValue(runDate))
        }
        if let level = action.predictionLevel {
            predictionActions.append(BoundValue(action.invoice.id), BoundValue(level.rawValue), BoundValue(runDate))
        }
    }

    /// R9 and R11: the customer was contacted on `runDate`; a letter raises its level.
    mutating func recordContact(with account: String, on runDate: String, letterLevel: Int?) {
        contacts.append(BoundValue(account), BoundValue(runDate), BoundValue(letterLevel ?? 0))
    }

    /// Inserts the rows kept for the end of the page. Call it before the page commits.
    mutating func flush() throws {
        try letterInvoices.flush(db)
        try history.flush(db)
        try stepExecutions.flush(db)
        try predictionActions.flush(db)
        try contacts.flush(db)
    }
}

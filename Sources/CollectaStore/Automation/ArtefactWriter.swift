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
                status, title, body_text, body_html)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Inserts `activity`; returns its id.
    func insertActivity(_ activity: Activity) throws -> Int64 {
        try self.activity.execute(arguments: [
            activity.customerAccount, activity.invoiceID, activity.templateID,
            activity.type.rawValue, activity.purpose, activity.description, activity.details,
            activity.ownerAgentID, activity.createdDate.isoString, activity.dueDate.isoString,
            activity.isClosed,
        ])
        return db.lastInsertedRowID
    }

    /// Queues `email` in the outbox; returns its id.
    func insertEmail(_ email: OutboxEmail) throws -> Int64 {
        try self.email.execute(arguments: [
            email.customerAccount, email.templateID, email.language, email.senderName,
            email.senderEmail, RecipientList.encode(email.recipients), email.subject,
            email.htmlBody, email.createdDate.isoString, email.status.rawValue,
        ])
        return db.lastInsertedRowID
    }

    /// Inserts `letter` and the invoices it covers; returns its id.
    mutating func insertLetter(_ letter: CollectionLetter) throws -> Int64 {
        try self.letter.execute(arguments: [
            letter.customerAccount, letter.sequenceID, letter.level, letter.language,
            letter.letterDate.isoString, letter.status.rawValue, letter.title, letter.bodyText,
            letter.bodyHTML,
        ])
        let id = db.lastInsertedRowID
        for invoiceID in letter.invoiceIDs {
            letterInvoices.append([id, invoiceID])
        }
        return id
    }

    /// R18: the history row of `result`.
    mutating func insertHistory(_ result: ExecutedAction, runID: Int64, runDate: String) {
        let action = result.action
        history.append([
            runID, runDate, action.hierarchyID, action.stepLine, action.kind.rawValue,
            action.documentID ?? action.letterSequenceID, result.customerAccount,
            action.invoice.id, action.invoice.voucher, action.invoice.dueDate.isoString,
            action.daysFromDue, action.isPreDunning, RecipientList.encode(action.recipients),
            action.language, result.createdRecord, result.status.rawValue, result.message,
        ])
    }

    /// R7/R8 for steps, R16 for predictions: what the invoice has had.
    mutating func recordStep(of action: ProposedAction, on runDate: String) {
        if let line = action.stepLine {
            stepExecutions.append([action.invoice.id, action.hierarchyID, line, runDate])
        }
        if let level = action.predictionLevel {
            predictionActions.append([action.invoice.id, level.rawValue, runDate])
        }
    }

    /// R9 and R11: the customer was contacted on `runDate`; a letter raises its level.
    mutating func recordContact(with account: String, on runDate: String, letterLevel: Int?) {
        contacts.append([account, runDate, letterLevel ?? 0])
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

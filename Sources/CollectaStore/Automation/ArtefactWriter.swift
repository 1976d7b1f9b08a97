import CollectaCore
import GRDB

/// Inserts what runs create: activities, outbox emails, collection letters, history (R18), step
/// state and last contacts.
///
/// A run inserts tens of thousands of rows of each kind, so every statement is prepared once per
/// connection (GRDB's statement cache) and only bound and stepped per row: parsing the SQL of
/// each insert anew cost more than the insert itself.
struct ArtefactWriter {
    private let db: Database
    private let activity: Statement
    private let email: Statement
    private let letter: Statement
    private let letterInvoice: Statement
    private let history: Statement
    private let stepExecution: Statement
    private let predictionAction: Statement
    private let contact: Statement

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
        letterInvoice = try db.cachedStatement(
            sql: "INSERT INTO collection_letter_invoice (letter_id, invoice_id) VALUES (?, ?)")
        history = try db.cachedStatement(sql: """
            INSERT INTO history (run_id, run_date, hierarchy_id, step_line, action, document_id,
                customer_account, invoice_id, voucher, due_date, days_from_due, is_pre_dunning,
                recipients, language, created_record, status, message)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        stepExecution = try db.cachedStatement(sql: """
            INSERT INTO invoice_step_execution (invoice_id, hierarchy_id, step_line, executed_on)
            VALUES (?, ?, ?, ?)
            """)
        predictionAction = try db.cachedStatement(
            sql: "INSERT INTO prediction_action (invoice_id, level, created_on) VALUES (?, ?, ?)")
        contact = try db.cachedStatement(sql: """
            INSERT INTO customer_automation_state (customer_account, last_contact_date, letter_level)
            VALUES (?, ?, ?)
            ON CONFLICT(customer_account) DO UPDATE SET last_contact_date = excluded.last_contact_date,
                letter_level = max(letter_level, excluded.letter_level)
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
    func insertLetter(_ letter: CollectionLetter) throws -> Int64 {
        try self.letter.execute(arguments: [
            letter.customerAccount, letter.sequenceID, letter.level, letter.language,
            letter.letterDate.isoString, letter.status.rawValue, letter.title, letter.bodyText,
            letter.bodyHTML,
        ])
        let id = db.lastInsertedRowID
        for invoiceID in letter.invoiceIDs {
            try letterInvoice.execute(arguments: [id, invoiceID])
        }
        return id
    }

    /// R18: the history row of `result`.
    func insertHistory(_ result: ExecutedAction, runID: Int64, runDate: String) throws {
        let action = result.action
        try history.execute(arguments: [
            runID, runDate, action.hierarchyID, action.stepLine, action.kind.rawValue,
            action.documentID ?? action.letterSequenceID, result.customerAccount,
            action.invoice.id, action.invoice.voucher, action.invoice.dueDate.isoString,
            action.daysFromDue, action.isPreDunning, RecipientList.encode(action.recipients),
            action.language, result.createdRecord, result.status.rawValue, result.message,
        ])
    }

    /// R7/R8 for steps, R16 for predictions: what the invoice has had.
    func recordStep(of action: ProposedAction, on runDate: String) throws {
        if let line = action.stepLine {
            try stepExecution.execute(arguments: [action.invoice.id, action.hierarchyID, line, runDate])
        }
        if let level = action.predictionLevel {
            try predictionAction.execute(arguments: [action.invoice.id, level.rawValue, runDate])
        }
    }

    /// R9 and R11: the customer was contacted on `runDate`; a letter raises its level.
    func recordContact(with account: String, on runDate: String, letterLevel: Int?) throws {
        try contact.execute(arguments: [account, runDate, letterLevel ?? 0])
    }
}

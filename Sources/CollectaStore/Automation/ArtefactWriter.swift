import CollectaCore
import GRDB

/// Inserts what runs create: activities, outbox emails and collection letters.
enum ArtefactWriter {
    /// Inserts `activity`; returns its id.
    static func insertActivity(_ activity: Activity, in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO activity (customer_account, invoice_id, template_id, type, purpose, description,
                details, owner_agent_id, created_date, due_date, is_closed)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                activity.customerAccount, activity.invoiceID, activity.templateID,
                activity.type.rawValue, activity.purpose, activity.description, activity.details,
                activity.ownerAgentID, activity.createdDate.isoString, activity.dueDate.isoString,
                activity.isClosed,
            ])
        return db.lastInsertedRowID
    }

    /// Queues `email` in the outbox; returns its id.
    static func insertEmail(_ email: OutboxEmail, in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO outbox_email (customer_account, template_id, language, sender_name, sender_email,
                recipients, subject, html_body, created_date, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                email.customerAccount, email.templateID, email.language, email.senderName,
                email.senderEmail, RecipientList.encode(email.recipients), email.subject,
                email.htmlBody, email.createdDate.isoString, email.status.rawValue,
            ])
        return db.lastInsertedRowID
    }

    /// Inserts `letter` and the invoices it covers; returns its id.
    static func insertLetter(_ letter: CollectionLetter, in db: Database) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO collection_letter (customer_account, sequence_id, level, language, letter_date,
                status, title, body_text, body_html)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                letter.customerAccount, letter.sequenceID, letter.level, letter.language,
                letter.letterDate.isoString, letter.status.rawValue, letter.title, letter.bodyText,
                letter.bodyHTML,
            ])
        let id = db.lastInsertedRowID
        let statement = try db.makeStatement(
            sql: "INSERT INTO collection_letter_invoice (letter_id, invoice_id) VALUES (?, ?)")
        for invoiceID in letter.invoiceIDs {
            try statement.execute(arguments: [id, invoiceID])
        }
        return id
    }
}

/// Writes history rows (R18).
enum HistoryWriter {
    static func insert(_ result: ExecutedAction, runID: Int64, runDate: LocalDate, in db: Database) throws {
        let action = result.action
        try db.execute(sql: """
            INSERT INTO history (run_id, run_date, hierarchy_id, step_line, action, document_id,
                customer_account, invoice_id, voucher, due_date, days_from_due, is_pre_dunning,
                recipients, language, created_record, status, message)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                runID, runDate.isoString, action.hierarchyID, action.stepLine, action.kind.rawValue,
                action.documentID ?? action.letterSequenceID, result.customerAccount,
                action.invoice.id, action.invoice.voucher, action.invoice.dueDate.isoString,
                action.daysFromDue, action.isPreDunning, RecipientList.encode(action.recipients),
                action.language, result.createdRecord, result.status.rawValue, result.message,
            ])
    }
}

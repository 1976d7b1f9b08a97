import CollectaCore
import GRDB

/// Replaces the stored configuration with a new one, inside the caller's transaction.
///
/// Top-level entities (purposes, pools, templates, sequences, parameters) are upserted so that
/// rows referring to them stay valid; their details (criteria, messages, levels, texts) are
/// deleted and re-inserted. Hierarchies are deleted and re-inserted with their steps — which
/// lets ranks and pools be swapped past the UNIQUE constraints — and their manual assignments
/// are put back. Entities the new configuration drops are deleted last, after a check that
/// nothing still uses them. Foreign keys stay on throughout.
struct ConfigurationWriter {
    let db: Database

    func replace(with configuration: CollectionsConfiguration) throws {
        let assignments = try manualAssignments(keeping: Set(configuration.hierarchies.map(\.id)))
        try upsertTopLevel(of: configuration)
        try upsert(configuration.parameters)
        try replaceDetails(of: configuration)
        try replaceHierarchies(with: configuration.hierarchies, restoring: assignments)
        try deleteEntities(droppedBy: configuration)
    }

    // MARK: - Top-level entities

    private func upsertTopLevel(of configuration: CollectionsConfiguration) throws {
        for purpose in configuration.purposes {
            try upsert("contact_purpose", row: "purpose \(purpose.id)", [
                "id": purpose.id, "description": purpose.description,
            ])
        }
        for pool in configuration.pools {
            try upsert("customer_pool", row: "pool \(pool.id)", [
                "id": pool.id, "description": pool.description,
            ])
        }
        for template in configuration.activityTemplates {
            try upsert("activity_template", row: "activity template \(template.id)", [
                "id": template.id, "name": template.name, "type": template.type.rawValue,
                "purpose": template.purpose, "days_to_complete": template.daysToComplete,
                "details": template.details,
            ])
        }
        for template in configuration.emailTemplates {
            try upsert("email_template", row: "email template \(template.id)", [
                "id": template.id, "description": template.description,
                "default_language": template.defaultLanguage, "sender_name": template.senderName,
                "sender_email": template.senderEmail,
            ])
        }
        for sequence in configuration.letterSequences {
            try upsert("letter_sequence", row: "letter sequence \(sequence.id)", [
                "id": sequence.id, "description": sequence.description,
            ])
        }
    }

    private func upsert(_ parameters: AutomationParameters) throws {
        let predictions = parameters.predictions
        try upsert("automation_parameters", row: "parameters", [
            "id": 1, "company_name": parameters.companyName, "company_address": parameters.companyAddress,
            "company_currency": parameters.companyCurrency,
            "posts_letters_automatically": parameters.postsLettersAutomatically,
            "creates_activities_for_automations": parameters.createsActivitiesForAutomations,
            "history_retention_days": parameters.historyRetentionDays,
            "excludes_invoice_after_last_step": parameters.excludesInvoiceAfterLastStep,
            "default_letter_sequence_id": parameters.defaultLetterSequenceID,
            "late_benchmark_percent": predictions.lateBenchmarkPercent,
            "very_late_benchmark_percent": predictions.veryLateBenchmarkPercent,
            "late_activity_template_id": predictions.lateActivityTemplateID,
            "very_late_activity_template_id": predictions.veryLateActivityTemplateID,
            "late_note": predictions.lateNote, "very_late_note": predictions.veryLateNote,
            "very_late_period_days": predictions.veryLatePeriodDays,
        ])
    }

    // MARK: - Details of top-level entities

    private func replaceDetails(of configuration: CollectionsConfiguration) throws {
        try db.execute(sql: "DELETE FROM pool_criterion; DELETE FROM email_message")
        try db.execute(sql: "DELETE FROM letter_text; DELETE FROM letter_level")
        for pool in configuration.pools {
            for (offset, criterion) in pool.criteria.enumerated() {
                try insert("pool_criterion", row: "pool \(pool.id) criterion \(offset + 1)", [
                    "pool_id": pool.id, "position": offset + 1,
                    "field": criterion.field.rawValue, "range": criterion.range,
                ])
            }
        }
        for template in configuration.emailTemplates {
            for message in template.messages {
                let name = "email template \(template.id) message \(message.language)"
                try insert("email_message", row: name, [
                    "template_id": template.id, "language": message.language,
                    "subject": message.subject, "html_body": message.htmlBody,
                ])
            }
        }
        for sequence in configuration.letterSequences {
            try insertLevels(of: sequence)
        }
    }

    private func insertLevels(of sequence: LetterSequence) throws {
        for level in sequence.levels {
            let name = "letter sequence \(sequence.id) level \(level.level)"
            try insert("letter_level", row: name, [
                "sequence_id": sequence.id, "level": level.level, "is_final": level.isFinal,
            ])
            for text in level.texts {
                try insert("letter_text", row: name + " text \(text.language)", [
                    "sequence_id": sequence.id, "level": level.level, "language": text.language,
                    "title": text.title, "body": text.body,
                ])
            }
        }
    }

    // MARK: - Hierarchies

    /// The manual assignments to put back, after refusing to drop a hierarchy that has any.
    private func manualAssignments(keeping hierarchyIDs: Set<String>) throws -> [ManualAssignment] {
        let assignments = try Row.fetchAll(
            db, sql: "SELECT * FROM manual_assignment ORDER BY hierarchy_id, customer_account"
        ).map {
            ManualAssignment(
                customerAccount: $0["customer_account"], hierarchyID: $0["hierarchy_id"],
                assignedBy: $0["assigned_by"], assignedAt: $0["assigned_at"])
        }
        if let orphan = assignments.first(where: { !hierarchyIDs.contains($0.hierarchyID) }) {
            let accounts = assignments.filter { $0.hierarchyID == orphan.hierarchyID }.map(\.customerAccount)
            throw ConfigurationStoreError.hierarchyAssignedManually(
                hierarchyID: orphan.hierarchyID, customerAccounts: accounts)
        }
        return assignments
    }

    private func replaceHierarchies(
        with hierarchies: [ProcessHierarchy], restoring assignments: [ManualAssignment]
    ) throws {
        try db.execute(sql: "DELETE FROM manual_assignment; DELETE FROM process_step")
        try db.execute(sql: "DELETE FROM process_hierarchy")
        for hierarchy in hierarchies {
            try insert(hierarchy)
        }
        for assignment in assignments {
            try insert("manual_assignment", row: "manual assignment of \(assignment.customerAccount)", [
                "customer_account": assignment.customerAccount, "hierarchy_id": assignment.hierarchyID,
                "assigned_by": assignment.assignedBy, "assigned_at": assignment.assignedAt,
            ])
        }
    }

    private func insert(_ hierarchy: ProcessHierarchy) throws {
        let origins = InvoiceOrigin.allCases.filter(hierarchy.includedOrigins.contains)
        try insert("process_hierarchy", row: "hierarchy \(hierarchy.id)", [
            "id": hierarchy.id, "description": hierarchy.description, "rank": hierarchy.rank,
            "pool_id": hierarchy.poolID, "quiet_days": hierarchy.quietDays,
            "exclusion_rule": hierarchy.exclusionRule.rawValue,
            "exclusion_amount": hierarchy.exclusionAmount.minorUnits,
            "uses_predictions": hierarchy.usesPredictions, "uses_track_step": hierarchy.usesTrackStep,
            "included_origins": origins.map(\.rawValue).joined(separator: ","),
            "pre_duns_when_overdue": hierarchy.preDunsWhenOverdue, "is_active": hierarchy.isActive,
        ])
        for step in hierarchy.steps {
            try insert(step, of: hierarchy.id)
        }
    }

    /// Writes a step; an email step's document goes to the email template column, any other
    /// step's to the activity template column (a letter with a document then breaks C4's CHECK).
    private func insert(_ step: ProcessStep, of hierarchyID: String) throws {
        let isEmail = step.action == .email
        try insert("process_step", row: "hierarchy \(hierarchyID) step \(step.line)", [
            "hierarchy_id": hierarchyID, "line": step.line, "description": step.description,
            "action": step.action.rawValue,
            "activity_template_id": isEmail ? nil : step.documentID,
            "email_template_id": isEmail ? step.documentID : nil,
            "timing": step.timing.rawValue, "days": step.days, "is_pre_dunning": step.isPreDunning,
            "recipient": step.recipient?.rawValue, "contact_purpose_id": step.contactPurposeID,
        ])
    }

    // MARK: - Dropped entities

    private func deleteEntities(droppedBy configuration: CollectionsConfiguration) throws {
        try deleteDropped("contact_purpose", keeping: configuration.purposes.map(\.id), named: "purpose") {
            let contacts = try String.fetchAll(
                db, sql: "SELECT contact_id FROM contact_purpose_link WHERE purpose_id = ? ORDER BY 1",
                arguments: [$0])
            if !contacts.isEmpty {
                throw ConfigurationStoreError.purposeInUse(purposeID: $0, contactIDs: contacts)
            }
        }
        try deleteDropped(
            "letter_sequence", keeping: configuration.letterSequences.map(\.id), named: "letter sequence"
        ) {
            let customers = try String.fetchAll(
                db, sql: "SELECT account FROM customer WHERE letter_sequence_id = ? ORDER BY 1",
                arguments: [$0])
            if !customers.isEmpty {
                throw ConfigurationStoreError.letterSequenceInUse(sequenceID: $0, customerAccounts: customers)
            }
        }
        try deleteDropped("customer_pool", keeping: configuration.pools.map(\.id), named: "pool")
        try deleteDropped(
            "activity_template", keeping: configuration.activityTemplates.map(\.id),
            named: "activity template")
        try deleteDropped(
            "email_template", keeping: configuration.emailTemplates.map(\.id), named: "email template")
    }

    /// Deletes the rows of `table` whose ids `kept` does not name, after `checkUnused` (which
    /// throws when something outside the configuration still uses the row).
    private func deleteDropped(
        _ table: String, keeping kept: [String], named name: String,
        checkUnused: (String) throws -> Void = { _ in }
    ) throws {
        for id in try dropped(table, keeping: kept) {
            try checkUnused(id)
            try run("\(name) \(id)", sql: "DELETE FROM \(table) WHERE id = ?", arguments: [id])
        }
    }

    /// The ids stored in `table` that `kept` does not name, sorted.
    private func dropped(_ table: String, keeping kept: [String]) throws -> [String] {
        let stored = try String.fetchSet(db, sql: "SELECT id FROM \(table)")
        return stored.subtracting(kept).sorted()
    }

    // MARK: - Statements

    /// Column names and values of one row; the first column is the key for upserts.
    private typealias Values = KeyValuePairs<String, (any DatabaseValueConvertible)?>

    private func upsert(_ table: String, row: String, _ values: Values) throws {
        let columns = values.map(\.key)
        let updates = columns.dropFirst().map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        let sql = insertSQL(table, columns) + " ON CONFLICT(\(columns[0])) DO UPDATE SET \(updates)"
        try run(row, sql: sql, arguments: StatementArguments(values.map(\.value)))
    }

    private func insert(_ table: String, row: String, _ values: Values) throws {
        let sql = insertSQL(table, values.map(\.key))
        try run(row, sql: sql, arguments: StatementArguments(values.map(\.value)))
    }

    private func insertSQL(_ table: String, _ columns: [String]) -> String {
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))"
    }

    /// Runs one statement; a constraint failure names the row it was about.
    private func run(_ row: String, sql: String, arguments: StatementArguments) throws {
        do {
            try db.execute(sql: sql, arguments: arguments)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw ConfigurationStoreError.rowRefused(row: row, reason: error.message ?? "constraint failed")
        }
    }
}

import CollectaCore
import GRDB

/// Reads the configuration tables in a deterministic order: purposes, pools, templates and
/// sequences by id; hierarchies by rank; criteria by position; steps by line; messages and
/// texts by language.
enum ConfigurationReader {
    /// The stored configuration, or nil when no parameters row exists yet.
    static func configuration(in db: Database) throws -> CollectionsConfiguration? {
        guard let parameters = try parameters(in: db) else { return nil }
        return CollectionsConfiguration(
            parameters: parameters, purposes: try purposes(in: db), pools: try pools(in: db),
            activityTemplates: try activityTemplates(in: db),
            emailTemplates: try emailTemplates(in: db), letterSequences: try letterSequences(in: db),
            hierarchies: try hierarchies(in: db))
    }

    static func parameters(in db: Database) throws -> AutomationParameters? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM automation_parameters WHERE id = 1")
        else { return nil }
        let predictions = PredictionParameters(
            lateBenchmarkPercent: row["late_benchmark_percent"],
            veryLateBenchmarkPercent: row["very_late_benchmark_percent"],
            lateActivityTemplateID: row["late_activity_template_id"],
            veryLateActivityTemplateID: row["very_late_activity_template_id"],
            lateNote: row["late_note"], veryLateNote: row["very_late_note"],
            veryLatePeriodDays: row["very_late_period_days"])
        return AutomationParameters(
            companyName: row["company_name"], companyAddress: row["company_address"],
            companyCurrency: row["company_currency"],
            postsLettersAutomatically: row["posts_letters_automatically"],
            createsActivitiesForAutomations: row["creates_activities_for_automations"],
            historyRetentionDays: row["history_retention_days"],
            excludesInvoiceAfterLastStep: row["excludes_invoice_after_last_step"],
            defaultLetterSequenceID: row["default_letter_sequence_id"], predictions: predictions)
    }

    static func purposes(in db: Database) throws -> [ContactPurpose] {
        try Row.fetchAll(db, sql: "SELECT id, description FROM contact_purpose ORDER BY id").map {
            ContactPurpose(id: $0["id"], description: $0["description"])
        }
    }

    static func pools(in db: Database) throws -> [CustomerPool] {
        let criteria = try grouped(
            db, sql: "SELECT * FROM pool_criterion ORDER BY pool_id, position", by: "pool_id"
        ) { row in
            PoolCriterion(field: try row.enumValue("field", of: "pool_criterion"), range: row["range"])
        }
        return try Row.fetchAll(db, sql: "SELECT id, description FROM customer_pool ORDER BY id").map {
            CustomerPool(id: $0["id"], description: $0["description"], criteria: criteria[$0["id"]] ?? [])
        }
    }

    static func activityTemplates(in db: Database) throws -> [ActivityTemplate] {
        try Row.fetchAll(db, sql: "SELECT * FROM activity_template ORDER BY id").map { row in
            ActivityTemplate(
                id: row["id"], name: row["name"], type: try row.enumValue("type", of: "activity_template"),
                purpose: row["purpose"], daysToComplete: row["days_to_complete"], details: row["details"])
        }
    }

    static func emailTemplates(in db: Database) throws -> [EmailTemplate] {
        let messages = try grouped(
            db, sql: "SELECT * FROM email_message ORDER BY template_id, language", by: "template_id"
        ) { row in
            EmailMessage(language: row["language"], subject: row["subject"], htmlBody: row["html_body"])
        }
        return try Row.fetchAll(db, sql: "SELECT * FROM email_template ORDER BY id").map { row in
            EmailTemplate(
                id: row["id"], description: row["description"], defaultLanguage: row["default_language"],
                senderName: row["sender_name"], senderEmail: row["sender_email"],
                messages: messages[row["id"]] ?? [])
        }
    }

    static func letterSequences(in db: Database) throws -> [LetterSequence] {
        let texts = try grouped(
            db, sql: "SELECT * FROM letter_text ORDER BY sequence_id, level, language",
            by: { (row: Row) in LevelKey(sequenceID: row["sequence_id"], level: row["level"]) }
        ) { row in
            LetterText(language: row["language"], title: row["title"], body: row["body"])
        }
        let levels = try grouped(
            db, sql: "SELECT * FROM letter_level ORDER BY sequence_id, level", by: "sequence_id"
        ) { row in
            let key = LevelKey(sequenceID: row["sequence_id"], level: row["level"])
            return LetterLevel(level: key.level, isFinal: row["is_final"], texts: texts[key] ?? [])
        }
        return try Row.fetchAll(db, sql: "SELECT id, description FROM letter_sequence ORDER BY id").map {
            LetterSequence(id: $0["id"], description: $0["description"], levels: levels[$0["id"]] ?? [])
        }
    }

    static func hierarchies(in db: Database) throws -> [ProcessHierarchy] {
        let steps = try grouped(
            db, sql: "SELECT * FROM process_step ORDER BY hierarchy_id, line", by: "hierarchy_id",
            step(from:))
        return try Row.fetchAll(db, sql: "SELECT * FROM process_hierarchy ORDER BY rank").map { row in
            ProcessHierarchy(
                id: row["id"], description: row["description"], rank: row["rank"],
                poolID: row["pool_id"], quietDays: row["quiet_days"],
                exclusionRule: try row.enumValue("exclusion_rule", of: "process_hierarchy"),
                exclusionAmount: Money(minorUnits: row["exclusion_amount"]),
                usesPredictions: row["uses_predictions"], usesTrackStep: row["uses_track_step"],
                includedOrigins: try origins(from: row["included_origins"]),
                preDunsWhenOverdue: row["pre_duns_when_overdue"], isActive: row["is_active"],
                steps: steps[row["id"]] ?? [])
        }
    }

    private static func step(from row: Row) throws -> ProcessStep {
        let recipient: String? = row["recipient"]
        let activityTemplateID: String? = row["activity_template_id"]
        let emailTemplateID: String? = row["email_template_id"]
        return ProcessStep(
            line: row["line"], description: row["description"],
            action: try row.enumValue("action", of: "process_step"),
            documentID: activityTemplateID ?? emailTemplateID,
            timing: try row.enumValue("timing", of: "process_step"), days: row["days"],
            isPreDunning: row["is_pre_dunning"],
            recipient: try recipient.map { try storedCase($0, table: "process_step", column: "recipient") },
            contactPurposeID: row["contact_purpose_id"])
    }

    /// Origins from their comma-separated stored form.
    private static func origins(from text: String) throws -> [InvoiceOrigin] {
        try text.split(separator: ",").map {
            try storedCase(String($0), table: "process_hierarchy", column: "included_origins")
        }
    }

    /// Fetches rows and groups the values made from them by a column, keeping the SQL order.
    private static func grouped<Key: Hashable, Value>(
        _ db: Database, sql: String, by key: (Row) -> Key, _ makeValue: (Row) throws -> Value
    ) throws -> [Key: [Value]] {
        var groups: [Key: [Value]] = [:]
        for row in try Row.fetchAll(db, sql: sql) {
            groups[key(row), default: []].append(try makeValue(row))
        }
        return groups
    }

    private static func grouped<Value>(
        _ db: Database, sql: String, by column: String, _ makeValue: (Row) throws -> Value
    ) throws -> [String: [Value]] {
        try grouped(db, sql: sql, by: { (row: Row) -> String in row[column] }, makeValue)
    }

    private struct LevelKey: Hashable {
        var sequenceID: String
        var level: Int
    }
}

/// The enumeration case stored as `raw` in `table.column`, or an error naming the bad value.
private func storedCase<Value: RawRepresentable>(
    _ raw: String, table: String, column: String
) throws -> Value where Value.RawValue == String {
    guard let value = Value(rawValue: raw) else {
        throw ConfigurationStoreError.unreadableValue(table: table, column: column, value: raw)
    }
    return value
}

extension Row {
    /// The enumeration case stored in `column`.
    fileprivate func enumValue<Value: RawRepresentable>(_ column: String, of table: String) throws -> Value
    where Value.RawValue == String {
        try storedCase(self[column], table: table, column: column)
    }
}

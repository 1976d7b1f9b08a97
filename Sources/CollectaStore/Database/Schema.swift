import GRDB

/// The schema, as one migrator. Migrations are named and never edited once released: later
/// changes are new migrations appended here.
enum Schema {
    /// The application id written to the file header: tells a Collecta database from others.
    static let applicationID: Int32 = 0x436F_6C6C  // "Coll"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-reference-data") { db in
            try db.execute(sql: referenceData)
        }
        migrator.registerMigration("v1-configuration") { db in
            try db.execute(sql: configuration)
        }
        migrator.registerMigration("v1-run-artefacts") { db in
            try db.execute(sql: runArtefacts)
        }
        migrator.registerMigration("v2-operations") { db in
            try db.execute(sql: operations)
        }
        // Immediate checks: the migration touches no foreign key, and deferred checks would
        // check every foreign key of the database once (seconds on a large one).
        migrator.registerMigration("v3-import-invoice-check-lists", foreignKeyChecks: .immediate) { db in
            try rewriteInvoiceCheckLists(db)
        }
        migrator.registerMigration("v4-delivery", foreignKeyChecks: .immediate) { db in
            try db.execute(sql: delivery)
        }
        migrator.registerMigration("v5-delivery-sending", foreignKeyChecks: .immediate) { db in
            try db.execute(sql: deliverySending)
        }
        return migrator
    }

    /// Customers, contacts, sales groups, agents and invoices.
    static let referenceData = """
        CREATE TABLE contact_purpose (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE collections_agent (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            name TEXT NOT NULL,
            email TEXT NOT NULL CHECK (email LIKE '%_@_%'),
            phone TEXT
        );
        CREATE TABLE sales_group (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            name TEXT NOT NULL
        );
        CREATE TABLE sales_group_member (
            sales_group_id TEXT NOT NULL REFERENCES sales_group(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            email TEXT NOT NULL CHECK (email LIKE '%_@_%'),
            PRIMARY KEY (sales_group_id, position),
            UNIQUE (sales_group_id, email)
        );
        CREATE TABLE letter_sequence (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE customer (
            account TEXT PRIMARY KEY NOT NULL CHECK (length(account) > 0),
            name TEXT NOT NULL,
            customer_group TEXT NOT NULL DEFAULT '',
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            language TEXT NOT NULL CHECK (length(language) >= 2),
            country TEXT NOT NULL DEFAULT '',
            sales_group_id TEXT REFERENCES sales_group(id) ON DELETE RESTRICT,
            agent_id TEXT REFERENCES collections_agent(id) ON DELETE RESTRICT,
            credit_limit INTEGER NOT NULL DEFAULT 0 CHECK (credit_limit >= 0),
            on_hold INTEGER NOT NULL DEFAULT 0 CHECK (on_hold IN (0, 1)),
            letter_sequence_id TEXT REFERENCES letter_sequence(id) ON DELETE RESTRICT
        );
        CREATE INDEX customer_name ON customer(name);
        CREATE TABLE customer_tag (
            customer_account TEXT NOT NULL REFERENCES customer(account) ON DELETE CASCADE,
            tag TEXT NOT NULL CHECK (length(tag) > 0),
            PRIMARY KEY (customer_account, tag)
        ) WITHOUT ROWID;
        CREATE INDEX customer_tag_by_tag ON customer_tag(tag);
        CREATE TABLE contact (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            customer_account TEXT NOT NULL REFERENCES customer(account) ON DELETE CASCADE,
            name TEXT NOT NULL,
            email TEXT CHECK (email IS NULL OR email LIKE '%_@_%'),
            phone TEXT
        );
        CREATE INDEX contact_by_customer ON contact(customer_account);
        CREATE TABLE contact_purpose_link (
            contact_id TEXT NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
            purpose_id TEXT NOT NULL REFERENCES contact_purpose(id) ON DELETE RESTRICT,
            PRIMARY KEY (contact_id, purpose_id)
        ) WITHOUT ROWID;
        CREATE TABLE invoice (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            customer_account TEXT NOT NULL REFERENCES customer(account) ON DELETE RESTRICT,
            voucher TEXT NOT NULL,
            origin TEXT NOT NULL
                CHECK (origin IN ('salesOrder', 'freeText', 'project', 'generalJournal')),
            invoice_date TEXT NOT NULL CHECK (invoice_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
            due_date TEXT NOT NULL CHECK (due_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
            amount INTEGER NOT NULL CHECK (amount > 0),
            open_amount INTEGER NOT NULL CHECK (open_amount >= 0 AND open_amount <= amount),
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            open_amount_company INTEGER NOT NULL CHECK (open_amount_company >= 0),
            status TEXT NOT NULL DEFAULT 'notDisputed'
                CHECK (status IN ('notDisputed', 'disputed', 'promisedToPay', 'resolved', 'promiseBroken')),
            settled_date TEXT CHECK (settled_date IS NULL OR settled_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
            CHECK ((open_amount = 0) = (settled_date IS NOT NULL))
        );
        -- The engine's per-customer query: open invoices of a customer, oldest due first.
        CREATE INDEX invoice_open_by_customer
            ON invoice(customer_account, due_date, open_amount_company) WHERE open_amount > 0;
        CREATE INDEX invoice_by_customer ON invoice(customer_account);
        """

    /// Pools, templates, letter sequences, hierarchies, steps, parameters, manual assignments.
    static let configuration = """
        CREATE TABLE customer_pool (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE pool_criterion (
            pool_id TEXT NOT NULL REFERENCES customer_pool(id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 1),
            field TEXT NOT NULL,
            range TEXT NOT NULL,
            PRIMARY KEY (pool_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE activity_template (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            name TEXT NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('task', 'appointment', 'event', 'action')),
            purpose TEXT NOT NULL DEFAULT '',
            days_to_complete INTEGER NOT NULL DEFAULT 0 CHECK (days_to_complete >= 0),
            details TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE email_template (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            description TEXT NOT NULL DEFAULT '',
            default_language TEXT NOT NULL CHECK (length(default_language) >= 2),
            sender_name TEXT NOT NULL,
            sender_email TEXT NOT NULL CHECK (sender_email LIKE '%_@_%')
        );
        CREATE TABLE email_message (
            template_id TEXT NOT NULL REFERENCES email_template(id) ON DELETE CASCADE,
            language TEXT NOT NULL CHECK (length(language) >= 2),
            subject TEXT NOT NULL,
            html_body TEXT NOT NULL,
            PRIMARY KEY (template_id, language)
        ) WITHOUT ROWID;
        CREATE TABLE letter_level (
            sequence_id TEXT NOT NULL REFERENCES letter_sequence(id) ON DELETE CASCADE,
            level INTEGER NOT NULL CHECK (level >= 1),
            is_final INTEGER NOT NULL DEFAULT 0 CHECK (is_final IN (0, 1)),
            PRIMARY KEY (sequence_id, level)
        ) WITHOUT ROWID;
        CREATE TABLE letter_text (
            sequence_id TEXT NOT NULL,
            level INTEGER NOT NULL,
            language TEXT NOT NULL CHECK (length(language) >= 2),
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            PRIMARY KEY (sequence_id, level, language),
            FOREIGN KEY (sequence_id, level) REFERENCES letter_level(sequence_id, level) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE TABLE process_hierarchy (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
            description TEXT NOT NULL DEFAULT '',
            rank INTEGER NOT NULL UNIQUE CHECK (rank >= 1),                              -- C1
            pool_id TEXT NOT NULL UNIQUE REFERENCES customer_pool(id) ON DELETE RESTRICT, -- C2
            quiet_days INTEGER NOT NULL DEFAULT 0 CHECK (quiet_days >= 0),
            exclusion_rule TEXT NOT NULL DEFAULT 'none'
                CHECK (exclusion_rule IN ('none', 'customerAgingBalance', 'invoiceAmount')),
            exclusion_amount INTEGER NOT NULL DEFAULT 0
                CHECK (exclusion_rule = 'none' OR exclusion_amount > 0),                 -- C7
            uses_predictions INTEGER NOT NULL DEFAULT 0 CHECK (uses_predictions IN (0, 1)),
            uses_track_step INTEGER NOT NULL DEFAULT 0 CHECK (uses_track_step IN (0, 1)),
            included_origins TEXT NOT NULL CHECK (length(included_origins) > 0),
            pre_duns_when_overdue INTEGER NOT NULL DEFAULT 0 CHECK (pre_duns_when_overdue IN (0, 1)),
            is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1))
        );
        CREATE TABLE process_step (
            hierarchy_id TEXT NOT NULL REFERENCES process_hierarchy(id) ON DELETE CASCADE,
            line INTEGER NOT NULL CHECK (line >= 1),
            description TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL CHECK (action IN ('activity', 'email', 'letter')),
            activity_template_id TEXT REFERENCES activity_template(id) ON DELETE RESTRICT,
            email_template_id TEXT REFERENCES email_template(id) ON DELETE RESTRICT,
            timing TEXT NOT NULL CHECK (timing IN ('before', 'after')),
            days INTEGER NOT NULL CHECK (days >= 0),
            is_pre_dunning INTEGER NOT NULL DEFAULT 0 CHECK (is_pre_dunning IN (0, 1)),
            recipient TEXT CHECK (recipient IS NULL OR recipient IN ('customer', 'salesGroup', 'collectionsAgent')),
            contact_purpose_id TEXT REFERENCES contact_purpose(id) ON DELETE RESTRICT,
            PRIMARY KEY (hierarchy_id, line),
            CHECK ((action = 'activity' AND activity_template_id IS NOT NULL AND email_template_id IS NULL)
                OR (action = 'email' AND email_template_id IS NOT NULL AND activity_template_id IS NULL)
                OR (action = 'letter' AND activity_template_id IS NULL AND email_template_id IS NULL)), -- C4
            CHECK (action <> 'email' OR recipient IS NOT NULL),                          -- C5
            CHECK (recipient IS NOT 'customer' OR contact_purpose_id IS NOT NULL),       -- C5
            CHECK (is_pre_dunning = 0 OR action IN ('activity', 'email'))                -- C3
        ) WITHOUT ROWID;
        -- C3: at most one pre-dunning step per hierarchy.
        CREATE UNIQUE INDEX process_step_one_pre_dunning
            ON process_step(hierarchy_id) WHERE is_pre_dunning = 1;
        -- C6: no two non-pre-dunning steps with the same signed offset.
        CREATE UNIQUE INDEX process_step_unique_offset
            ON process_step(hierarchy_id, (CASE timing WHEN 'before' THEN -days ELSE days END))
            WHERE is_pre_dunning = 0;
        CREATE TABLE automation_parameters (
            id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
            company_name TEXT NOT NULL,
            company_currency TEXT NOT NULL CHECK (length(company_currency) = 3),
            posts_letters_automatically INTEGER NOT NULL CHECK (posts_letters_automatically IN (0, 1)),
            creates_activities_for_automations INTEGER NOT NULL CHECK (creates_activities_for_automations IN (0, 1)),
            history_retention_days INTEGER NOT NULL CHECK (history_retention_days >= 1),
            excludes_invoice_after_last_step INTEGER NOT NULL CHECK (excludes_invoice_after_last_step IN (0, 1)),
            default_letter_sequence_id TEXT REFERENCES letter_sequence(id) ON DELETE RESTRICT,
            late_benchmark_percent INTEGER NOT NULL CHECK (late_benchmark_percent BETWEEN 0 AND 100),
            very_late_benchmark_percent INTEGER NOT NULL CHECK (very_late_benchmark_percent BETWEEN 0 AND 100),
            late_activity_template_id TEXT REFERENCES activity_template(id) ON DELETE RESTRICT,
            very_late_activity_template_id TEXT REFERENCES activity_template(id) ON DELETE RESTRICT,
            late_note TEXT NOT NULL DEFAULT '',
            very_late_note TEXT NOT NULL DEFAULT '',
            very_late_period_days INTEGER NOT NULL CHECK (very_late_period_days >= 1)
        );
        CREATE TABLE manual_assignment (
            customer_account TEXT PRIMARY KEY NOT NULL REFERENCES customer(account) ON DELETE CASCADE,
            hierarchy_id TEXT NOT NULL REFERENCES process_hierarchy(id) ON DELETE RESTRICT,
            assigned_by TEXT NOT NULL,
            assigned_at TEXT NOT NULL
        );
        CREATE INDEX manual_assignment_by_hierarchy ON manual_assignment(hierarchy_id);
        """

    /// What runs write: runs, history, activities, outbox, letters, step and contact state.
    static let runArtefacts = """
        CREATE TABLE automation_run (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_date TEXT NOT NULL,
            hierarchy_id TEXT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
            -- The last customer account whose page was committed: a rerun resumes after it.
            resume_after TEXT,
            customers_done INTEGER NOT NULL DEFAULT 0,
            actions_executed INTEGER NOT NULL DEFAULT 0,
            actions_failed INTEGER NOT NULL DEFAULT 0
        );
        -- R17: one completed run per hierarchy and date.
        CREATE TABLE hierarchy_run (
            hierarchy_id TEXT NOT NULL,
            run_date TEXT NOT NULL,
            run_id INTEGER NOT NULL REFERENCES automation_run(id),
            status TEXT NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
            PRIMARY KEY (hierarchy_id, run_date)
        ) WITHOUT ROWID;
        CREATE TABLE history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER NOT NULL REFERENCES automation_run(id),
            run_date TEXT NOT NULL,
            hierarchy_id TEXT NOT NULL,
            step_line INTEGER,
            action TEXT NOT NULL CHECK (action IN ('activity', 'email', 'letter', 'predictionActivity')),
            document_id TEXT,
            customer_account TEXT NOT NULL,
            invoice_id TEXT,
            voucher TEXT,
            due_date TEXT,
            days_from_due INTEGER,
            is_pre_dunning INTEGER NOT NULL CHECK (is_pre_dunning IN (0, 1)),
            recipients TEXT NOT NULL DEFAULT '',
            language TEXT,
            created_record TEXT,
            status TEXT NOT NULL CHECK (status IN ('executed', 'failed')),
            message TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX history_by_hierarchy ON history(hierarchy_id, run_date);
        CREATE INDEX history_by_customer ON history(customer_account, run_date);
        CREATE INDEX history_by_date ON history(run_date);
        CREATE TABLE activity (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_account TEXT NOT NULL REFERENCES customer(account) ON DELETE CASCADE,
            invoice_id TEXT REFERENCES invoice(id) ON DELETE SET NULL,
            template_id TEXT,
            type TEXT NOT NULL CHECK (type IN ('task', 'appointment', 'event', 'action')),
            purpose TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '',
            owner_agent_id TEXT,
            created_date TEXT NOT NULL,
            due_date TEXT NOT NULL,
            is_closed INTEGER NOT NULL DEFAULT 0 CHECK (is_closed IN (0, 1))
        );
        CREATE INDEX activity_open_by_due ON activity(due_date) WHERE is_closed = 0;
        CREATE INDEX activity_by_customer ON activity(customer_account);
        CREATE TABLE outbox_email (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_account TEXT NOT NULL REFERENCES customer(account) ON DELETE CASCADE,
            template_id TEXT NOT NULL,
            language TEXT NOT NULL,
            sender_name TEXT NOT NULL,
            sender_email TEXT NOT NULL,
            recipients TEXT NOT NULL CHECK (length(recipients) > 0),
            subject TEXT NOT NULL,
            html_body TEXT NOT NULL,
            created_date TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed', 'retrying'))
        );
        CREATE INDEX outbox_email_by_status ON outbox_email(status);
        CREATE TABLE collection_letter (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_account TEXT NOT NULL REFERENCES customer(account) ON DELETE CASCADE,
            sequence_id TEXT NOT NULL,
            level INTEGER NOT NULL CHECK (level >= 1),
            language TEXT NOT NULL,
            letter_date TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('created', 'posted')),
            title TEXT NOT NULL,
            body_text TEXT NOT NULL,
            body_html TEXT NOT NULL
        );
        CREATE TABLE collection_letter_invoice (
            letter_id INTEGER NOT NULL REFERENCES collection_letter(id) ON DELETE CASCADE,
            invoice_id TEXT NOT NULL,
            PRIMARY KEY (letter_id, invoice_id)
        ) WITHOUT ROWID;
        -- R7/R8: which steps each invoice has had.
        CREATE TABLE invoice_step_execution (
            invoice_id TEXT NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
            hierarchy_id TEXT NOT NULL,
            step_line INTEGER NOT NULL,
            executed_on TEXT NOT NULL,
            PRIMARY KEY (invoice_id, hierarchy_id, step_line)
        ) WITHOUT ROWID;
        -- R16: stored payment predictions (probabilities in basis points) …
        CREATE TABLE payment_prediction (
            invoice_id TEXT PRIMARY KEY NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
            on_time_bp INTEGER NOT NULL CHECK (on_time_bp BETWEEN 0 AND 10000),
            late_bp INTEGER NOT NULL CHECK (late_bp BETWEEN 0 AND 10000),
            very_late_bp INTEGER NOT NULL CHECK (very_late_bp BETWEEN 0 AND 10000),
            computed_on TEXT NOT NULL,
            factors TEXT NOT NULL DEFAULT '',
            CHECK (on_time_bp + late_bp + very_late_bp BETWEEN 9990 AND 10010)
        );
        -- … and the prediction activities already created: never twice per invoice and level.
        CREATE TABLE prediction_action (
            invoice_id TEXT NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
            level TEXT NOT NULL CHECK (level IN ('late', 'veryLate')),
            created_on TEXT NOT NULL,
            PRIMARY KEY (invoice_id, level)
        ) WITHOUT ROWID;
        -- R9 and R11: last contact date and letter level per customer.
        CREATE TABLE customer_automation_state (
            customer_account TEXT PRIMARY KEY NOT NULL REFERENCES customer(account) ON DELETE CASCADE,
            last_contact_date TEXT,
            letter_level INTEGER NOT NULL DEFAULT 0 CHECK (letter_level >= 0)
        );
        """

    /// Manual assignment changes (who, when) and closing activities with a note.
    static let operations = """
        CREATE TABLE assignment_change (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            customer_account TEXT NOT NULL,
            from_hierarchy_id TEXT,
            to_hierarchy_id TEXT,
            changed_by TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            CHECK (from_hierarchy_id IS NOT NULL OR to_hierarchy_id IS NOT NULL)
        );
        CREATE INDEX assignment_change_by_customer ON assignment_change(customer_account, id);
        CREATE INDEX assignment_change_by_hierarchy ON assignment_change(to_hierarchy_id, id);
        ALTER TABLE activity ADD COLUMN closed_on TEXT;
        ALTER TABLE activity ADD COLUMN closing_note TEXT NOT NULL DEFAULT '';
        CREATE INDEX activity_open_by_owner ON activity(owner_agent_id, due_date) WHERE is_closed = 0;
        """
}

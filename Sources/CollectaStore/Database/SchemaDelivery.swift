import GRDB

extension Schema {
    /// Email delivery and letter printing (issue 8): the mail server, the delivery record of
    /// each outbox email and its attempts, the company's address, the letter's plain-text
    /// document and posting day.
    static let delivery = """
        CREATE TABLE mail_server (
            id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
            host TEXT NOT NULL,
            port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
            security TEXT NOT NULL CHECK (security IN ('starttls', 'tls', 'none')),
            user TEXT NOT NULL,
            credentials_file TEXT NOT NULL
        );
        ALTER TABLE automation_parameters ADD COLUMN company_address TEXT NOT NULL DEFAULT '';
        ALTER TABLE outbox_email ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0);
        ALTER TABLE outbox_email ADD COLUMN last_reply TEXT NOT NULL DEFAULT '';
        ALTER TABLE outbox_email ADD COLUMN next_attempt_at TEXT;
        ALTER TABLE outbox_email ADD COLUMN handed_over_at TEXT;
        ALTER TABLE outbox_email ADD COLUMN sent_at TEXT;
        ALTER TABLE outbox_email ADD COLUMN message_id TEXT;
        -- Every delivery attempt of an email, with the server's reply.
        CREATE TABLE email_delivery_attempt (
            email_id INTEGER NOT NULL REFERENCES outbox_email(id) ON DELETE CASCADE,
            attempt INTEGER NOT NULL CHECK (attempt >= 1),
            attempted_at TEXT NOT NULL,
            outcome TEXT NOT NULL
                CHECK (outcome IN ('sent', 'temporary', 'permanent', 'connection', 'uncertain', 'interrupted')),
            reply TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (email_id, attempt)
        ) WITHOUT ROWID;
        ALTER TABLE collection_letter ADD COLUMN document_text TEXT NOT NULL DEFAULT '';
        ALTER TABLE collection_letter ADD COLUMN posted_on TEXT
            CHECK (posted_on IS NULL OR posted_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]');
        UPDATE collection_letter SET posted_on = letter_date WHERE status = 'posted';
        CREATE INDEX collection_letter_by_status ON collection_letter(status);
        """
}

extension Schema {
    /// The outbox's sending loop: the emails still to send, in id order, without reading the
    /// sent ones; and the attempts an email had before an operator sent it again (its retries
    /// are counted from there).
    static let deliverySending = """
        CREATE INDEX outbox_email_unsent ON outbox_email(id) WHERE status IN ('queued', 'retrying');
        ALTER TABLE outbox_email ADD COLUMN attempts_before_requeue INTEGER NOT NULL DEFAULT 0
            CHECK (attempts_before_requeue >= 0);
        """
}

import CollectaCore
import GRDB
import Testing
@testable import CollectaStore

@Suite("Outbox list, delivery attempts and the delivery of history rows")
struct OutboxQueryTests {
    /// Five emails (1 sent, 2 queued, 3 failed, 4 retrying, 5 queued), two letters (1 posted,
    /// 2 created), attempts of emails 3 and 4 written as the sending loop writes them.
    private func database() throws -> CollectaDatabase {
        let database = try QueryFixtures.database()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO outbox_email (customer_account, template_id, language, sender_name,
                    sender_email, recipients, subject, html_body, created_date, status, attempts,
                    last_reply, next_attempt_at, sent_at) VALUES
                    ('C1', 'R', 'ru', 'Отдел', 'c@example.com', 'a@example.com', 'S1', '<p>1</p>', '2026-02-01', 'sent', 1, '250 OK', NULL, '2026-02-01T06:00:05Z'),
                    ('C2', 'R', 'ru', 'Отдел', 'c@example.com', 'b@example.com', 'S2', '<p>2</p>', '2026-02-02', 'queued', 0, '', NULL, NULL),
                    ('C3', 'R', 'en', 'Dept', 'c@example.com', 'd@example.com', 'S3', '<p>3</p>', '2026-02-03', 'failed', 2, '550 No such user', NULL, NULL),
                    ('C1', 'R', 'ru', 'Отдел', 'c@example.com', 'a@example.com', 'S4', '<p>4</p>', '2026-02-04', 'retrying', 1, '451 Try later', '2026-02-04T06:05:00Z', NULL),
                    ('C2', 'R', 'ru', 'Отдел', 'c@example.com', 'b@example.com', 'S5', '<p>5</p>', '2026-02-05', 'queued', 0, '', NULL, NULL);
                INSERT INTO email_delivery_attempt (email_id, attempt, attempted_at, outcome, reply) VALUES
                    (3, 2, '2026-02-03T06:10:00Z', 'permanent', '550 No such user'),
                    (3, 1, '2026-02-03T06:00:00Z', 'connection', 'Connection refused'),
                    (4, 1, '2026-02-04T06:00:00Z', 'temporary', '451 Try later');
                INSERT INTO collection_letter (customer_account, sequence_id, level, language,
                    letter_date, status, title, body_text, body_html, posted_on) VALUES
                    ('C1', 'STD', 1, 'ru', '2026-02-01', 'posted', 'Письмо 1', 'Текст', '<p>Текст</p>', '2026-02-02'),
                    ('C1', 'STD', 2, 'ru', '2026-02-15', 'created', 'Письмо 2', 'Текст', '<p>Текст</p>', NULL);
                """)
        }
        return database
    }

    @Test("The outbox is counted and read newest first from any row, by status")
    func outboxPages() throws {
        let database = try database()
        #expect(try database.countOutboxEmails() == 5)
        #expect(try database.countOutboxEmails(status: .queued) == 2)
        #expect(try database.countOutboxEmails(status: .sent) == 1)
        #expect(try database.outboxEmails(offset: 0, limit: 2).map(\.id) == [5, 4])
        #expect(try database.outboxEmails(offset: 2, limit: 10).map(\.id) == [3, 2, 1])
        #expect(try database.outboxEmails(status: .queued, offset: 1, limit: 10).map(\.id) == [2])
        #expect(try database.outboxEmails(offset: 0, limit: 0).isEmpty)
        let retrying = try #require(try database.outboxEmails(status: .retrying, offset: 0, limit: 1).first)
        #expect(retrying.delivery.lastReply == "451 Try later")
        #expect(retrying.delivery.nextAttemptAt == "2026-02-04T06:05:00Z")
        // The keyset version the CLI pages with is unchanged.
        #expect(try database.outboxEmails(after: 4, limit: 2).map(\.id) == [3, 2])
    }

    @Test("An email's delivery attempts come oldest first with their outcomes and replies")
    func attempts() throws {
        let database = try database()
        let attempts = try database.deliveryAttempts(ofEmail: 3)
        #expect(attempts == [
            DeliveryAttempt(emailID: 3, number: 1, attemptedAt: "2026-02-03T06:00:00Z", outcome: .connection,
                            reply: "Connection refused"),
            DeliveryAttempt(emailID: 3, number: 2, attemptedAt: "2026-02-03T06:10:00Z", outcome: .permanent,
                            reply: "550 No such user"),
        ])
        #expect(try database.deliveryAttempts(ofEmail: 2).isEmpty)
        #expect(try database.deliveryAttempts(ofEmail: 99).isEmpty)
    }

    @Test("Each history row carries the status of the email or letter it created, in every page query")
    func historyDelivery() throws {
        let database = try database()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO automation_run (id, run_date, started_at, status)
                VALUES (1, '2026-02-01', '2026-02-01T06:00:00Z', 'completed');
                INSERT INTO history (id, run_id, run_date, hierarchy_id, action, customer_account,
                    is_pre_dunning, created_record, status, message) VALUES
                    (1, 1, '2026-02-01', 'H-BIG', 'email', 'C1', 0, 'email:1', 'executed', ''),
                    (2, 1, '2026-02-01', 'H-BIG', 'email', 'C3', 0, 'email:3', 'executed', ''),
                    (3, 1, '2026-02-01', 'H-BIG', 'letter', 'C1', 0, 'letter:1', 'executed', ''),
                    (4, 1, '2026-02-01', 'H-BIG', 'letter', 'C1', 0, 'letter:2', 'executed', ''),
                    (5, 1, '2026-02-01', 'H-BIG', 'activity', 'C1', 0, 'activity:1', 'executed', ''),
                    (6, 1, '2026-02-01', 'H-BIG', 'email', 'C1', 0, NULL, 'failed', 'no address'),
                    (7, 1, '2026-02-01', 'H-BIG', 'email', 'C1', 0, 'email:42', 'executed', ''),
                    (8, 1, '2026-02-01', 'H-BIG', 'email', 'C1', 0, 'email:4', 'executed', '');
                """)
        }
        let expected: [Int64: CreatedRecordDelivery?] = [
            8: .email(.retrying), 7: nil, 6: nil, 5: nil, 4: .letter(.created), 3: .letter(.posted),
            2: .email(.failed), 1: .email(.sent),
        ]
        func deliveries(_ entries: [HistoryEntry]) -> [Int64: CreatedRecordDelivery?] {
            Dictionary(uniqueKeysWithValues: entries.map { ($0.id!, $0.delivery) })
        }
        #expect(deliveries(try database.history(limit: 10)) == expected)
        #expect(deliveries(try database.history(matching: HistoryFilter(), after: nil, skipping: 0, limit: 10))
            == expected)
        #expect(deliveries(try database.history(matching: HistoryFilter(), skippingOldest: 0, limit: 10))
            == expected)
        // A filter on the history's own status is not confused with the email's status.
        let failed = try database.history(matching: HistoryFilter(status: .failed), limit: 10)
        #expect(failed.map(\.id) == [6])
        #expect(try database.countHistory(matching: HistoryFilter(customerAccount: "C3")) == 1)
        #expect(CreatedRecordDelivery.email(.retrying).statusName == "retrying")
        #expect(CreatedRecordDelivery.letter(.posted).statusName == "posted")
    }
}

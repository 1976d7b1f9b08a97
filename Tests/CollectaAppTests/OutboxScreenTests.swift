import CollectaCore
import CollectaStore
import GRDB
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("Outbox screen")
struct OutboxScreenTests {
    /// The demo company after a run, its emails in every state as the sending loop leaves them
    /// (set by SQL): the oldest sent, the next failed after two attempts, the next retrying
    /// after one, the rest queued.
    static func deliveredDatabase() throws -> CollectaDatabase {
        let database = try HistoryScreenTests.ranDatabase()
        try database.writer.write { db in
            // The run's emails once more, so that some stay queued.
            let columns = "customer_account, template_id, language, sender_name, sender_email, recipients, "
                + "subject, html_body, created_date, status"
            try db.execute(sql: "INSERT INTO outbox_email (\(columns)) SELECT \(columns) FROM outbox_email ORDER BY id")
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM outbox_email ORDER BY id")
            try #require(ids.count >= 4)
            try db.execute(sql: """
                UPDATE outbox_email SET status = 'sent', attempts = 1, last_reply = '250 2.0.0 Ok: queued as 4XyZ',
                    handed_over_at = '2026-11-29T09:00:04Z', sent_at = '2026-11-29T09:00:05Z',
                    message_id = '1.20261129090004@collecta.example' WHERE id = ?;
                INSERT INTO email_delivery_attempt (email_id, attempt, attempted_at, outcome, reply)
                    VALUES (?, 1, '2026-11-29T09:00:03Z', 'sent', '250 2.0.0 Ok: queued as 4XyZ');
                UPDATE outbox_email SET status = 'failed', attempts = 2,
                    last_reply = '550 5.1.1 Нет такого почтового ящика', message_id = '2.20261129090006@collecta.example'
                    WHERE id = ?;
                INSERT INTO email_delivery_attempt (email_id, attempt, attempted_at, outcome, reply) VALUES
                    (?, 1, '2026-11-29T09:00:06Z', 'connection', 'Failed to connect to mail.example port 587'),
                    (?, 2, '2026-11-29T09:10:00Z', 'permanent', '550 5.1.1 Нет такого почтового ящика');
                UPDATE outbox_email SET status = 'retrying', attempts = 1, last_reply = '451 4.7.1 Greylisted, try later',
                    next_attempt_at = '2026-11-29T09:15:07Z' WHERE id = ?;
                INSERT INTO email_delivery_attempt (email_id, attempt, attempted_at, outcome, reply)
                    VALUES (?, 1, '2026-11-29T09:00:07Z', 'temporary', '451 4.7.1 Greylisted, try later');
                """, arguments: [ids[0], ids[0], ids[1], ids[1], ids[1], ids[2], ids[2]])
        }
        return database
    }

    static func outbox(
        language: Language = .english, size: Size = Size(width: 100, height: 30)
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        let (driver, context) = try AppTestHarness.driver(language: language, size: size, database: try deliveredDatabase())
        driver.send(.function(3))
        driver.type(OutboxTexts.title(language))
        driver.send(.enter)
        return (driver, context)
    }

    /// The row of the email `id` in the list on screen.
    static func row(of id: Int64, in lines: [String]) -> String? {
        lines.first { $0.hasPrefix("│") && $0.dropFirst().trimmingPrefix(while: { $0 == " " }).hasPrefix("\(id) ") }
    }

    @Test("The outbox lists every email newest first with its delivery (golden, both languages)",
          arguments: [Language.english, .russian])
    func golden(language: Language) throws {
        let (driver, _) = try Self.outbox(language: language)
        driver.assertMatchesGolden(named: "outbox-\(language.rawValue)")
    }

    @Test("Each state reads in the user's language with its reply, next attempt or sending time; Cyrillic aligns",
          arguments: [Language.english, .russian])
    func states(language: Language) throws {
        let (driver, context) = try Self.outbox(language: language, size: Size(width: 160, height: 30))
        let ids = try context.database.outboxEmails(offset: 0, limit: 100).compactMap(\.id).sorted()
        let sent = try #require(Self.row(of: ids[0], in: driver.lines))
        #expect(sent.contains(OutboxTexts.sent(language)) && sent.contains("2026-11-29 09:00 UTC"))
        let failed = try #require(Self.row(of: ids[1], in: driver.lines))
        #expect(failed.contains(OutboxTexts.failed(language)) && failed.contains("550 5.1.1"))
        let retrying = try #require(Self.row(of: ids[2], in: driver.lines))
        #expect(retrying.contains(OutboxTexts.retrying(language)))
        #expect(retrying.contains(OutboxTexts.next(language) + " 2026-11-29 09:15 UTC · 451 4.7.1 Greylist"))
        let queued = try #require(Self.row(of: ids[3], in: driver.lines))
        #expect(queued.contains(OutboxTexts.queued(language)))
        // Every row ends in the frame's column: Russian statuses and subjects do not shift it.
        let rows = driver.lines.filter { $0.hasPrefix("│") }
        #expect(Set(rows.map(DisplayWidth.of)).count == 1)
        let statuses: [(row: String, status: EmailStatus)] = [
            (sent, .sent), (failed, .failed), (retrying, .retrying), (queued, .queued),
        ]
        let statusColumns = try statuses.map { row, status in
            let name = try #require(row.range(of: OutboxTexts.statusName(status)(language)))
            return DisplayWidth.of(String(row[..<name.lowerBound]))
        }
        #expect(Set(statusColumns).count == 1, "\(statusColumns)")
    }

    @Test("→ and ← step through the statuses, F3 filters by one, Ctrl-R shows all again")
    func statusFilter() throws {
        let (driver, context) = try Self.outbox()
        let all = try context.database.countOutboxEmails()
        #expect(driver.lines[2].contains("Status: All"))
        driver.send(.right)
        #expect(driver.lines[2].contains("Status: Queued"))
        let queued = try context.database.countOutboxEmails(status: .queued)
        #expect(driver.lines.contains { $0.contains("/\(queued)│") })
        driver.send(.left, .left)
        #expect(driver.lines[2].contains("Status: Retrying"))
        #expect(driver.lines.contains { $0.contains("1/1│") })
        driver.send(.function(3))
        #expect(driver.lines.contains { $0.contains("Outbox filter") })
        driver.send(.left)
        driver.send(.function(2))
        #expect(driver.lines[2].contains("Status: Failed"))
        #expect(driver.lines.filter { $0.contains("Failed") }.count == 2)
        driver.send(.control("r"))
        #expect(driver.lines[2].contains("Status: All"))
        #expect(driver.lines.contains { $0.contains("/\(all)│") })
    }

    @Test("Enter opens the email: header, delivery record, every attempt, then the text (golden, both languages)",
          arguments: [Language.english, .russian])
    func detailGolden(language: Language) throws {
        let (driver, _) = try Self.outbox(language: language)
        driver.send(.right, .right, .right)
        driver.send(.enter)
        #expect(driver.lines[1].contains(OutboxTexts.detailTitle(language)))
        driver.assertMatchesGolden(named: "outbox-email-\(language.rawValue)")
        driver.send(.escape)
        #expect(driver.lines[1].contains(OutboxTexts.title(language)))
    }

    @Test("The detail names the Message-ID, each attempt's outcome and reply, and reads the body as text")
    func detailLines() throws {
        let database = try Self.deliveredDatabase()
        let (_, context) = try AppTestHarness.driver(database: database)
        let failed = try #require(try database.outboxEmails(status: .failed, offset: 0, limit: 1).first)
        let lines = OutboxDetailText.lines(for: failed, context: context)
        #expect(lines.contains("Message-ID: <2.20261129090006@collecta.example>"))
        #expect(lines.contains("Delivery: Failed   Attempts: 2"))
        #expect(lines.contains("Last reply: 550 5.1.1 Нет такого почтового ящика"))
        #expect(lines.contains("  1. 2026-11-29 09:00:06 UTC  Connection failure — Failed to connect to mail.example port 587"))
        #expect(lines.contains("  2. 2026-11-29 09:10:00 UTC  Permanent failure — 550 5.1.1 Нет такого почтового ящика"))
        #expect(!lines.contains { $0.contains("<p>") || $0.contains("<html") })
        let sent = try #require(try database.outboxEmails(status: .sent, offset: 0, limit: 1).first)
        let sentLines = OutboxDetailText.lines(for: sent, context: context)
        #expect(sentLines.contains("Handed over: 2026-11-29 09:00:04 UTC"))
        #expect(sentLines.contains("Sent: 2026-11-29 09:00:05 UTC"))
        #expect(!sentLines.contains { $0.hasPrefix("Next attempt") })
        let queued = try #require(try database.outboxEmails(status: .queued, offset: 0, limit: 1).first)
        let queuedLines = OutboxDetailText.lines(for: queued, context: context)
        #expect(queuedLines.contains("Message-ID: —"))
        #expect(queuedLines.contains("No delivery attempts yet."))
    }

    @Test("The outbox and the email fit 80×24", arguments: [Language.english, .russian])
    func fits(language: Language) throws {
        let (driver, _) = try Self.outbox(language: language, size: Size(width: 80, height: 24))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        driver.send(.enter)
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        driver.send(.escape, .function(3))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
    }

    @Test("Sorting and the grid's own search are refused with a reason; Enter on an empty list is refused")
    func refusals() throws {
        let (driver, _) = try Self.outbox()
        driver.send(.function(6))
        #expect(driver.lines.contains { $0.contains("The outbox is always newest first.") })
        driver.send(.character("/"))
        #expect(driver.lines.contains { $0.contains("Press F3 to filter.") })
        let (empty, _) = try AppTestHarness.open(OutboxTexts.title)
        #expect(empty.lines.contains { $0.contains("No emails in the outbox match the filter.") })
        empty.send(.enter)
        #expect(empty.lines.contains { $0.contains("There is no email here.") })
    }

    @Test("The outbox of 100,000 emails reads one count and only the visible rows")
    func pagingCountsQueries() throws {
        let database = try AppTestHarness.demoDatabase()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO outbox_email (customer_account, template_id, language, sender_name, sender_email,
                    recipients, subject, html_body, created_date, status)
                SELECT 'C-000001', 'R', 'en', 'Dept', 'ar@example.com', 'a@example.com', 'Reminder ' || i,
                    '<p>' || i || '</p>', '2026-11-29', CASE i % 4 WHEN 0 THEN 'sent' ELSE 'queued' END
                FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) SELECT i FROM n);
                """)
        }
        let context = AppContext(database: database, language: .english, today: AppTestHarness.today)
        var screen = OutboxScreen(context: context)
        var buffer = ScreenBuffer(size: Size(width: 100, height: 30))
        let area = Rect(x: 0, y: 0, width: 100, height: 30)
        screen.render(into: &buffer, in: area, theme: .monochrome)
        #expect(screen.list.rowCount == 100_000)
        _ = screen.perform(GridCommand.end)
        screen.render(into: &buffer, in: area, theme: .monochrome)
        #expect(buffer.lines.contains { $0.contains("Reminder 1 ") })
        #expect(buffer.lines.contains { $0.contains("100000/100000") })
        #expect(screen.list.source.counter.counts == 1)
        #expect(screen.list.source.counter.largestPage <= 30)
    }
}

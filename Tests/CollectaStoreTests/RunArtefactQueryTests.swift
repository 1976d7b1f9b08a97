import CollectaCore
import Foundation
import Testing
@testable import CollectaStore

@Suite("Activity, outbox and letter queries")
struct RunArtefactQueryTests {
    private func database() throws -> CollectaDatabase {
        let database = try QueryFixtures.database()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO activity (customer_account, invoice_id, template_id, type, purpose,
                    description, details, owner_agent_id, created_date, due_date, is_closed) VALUES
                    ('C1', 'I1', 'CALL', 'task', 'Call', 'Call C1', '', 'AG1', '2026-02-01', '2026-02-03', 0),
                    ('C2', NULL, 'CALL', 'task', 'Call', 'Call C2', '', 'AG2', '2026-02-02', '2026-02-04', 1),
                    ('C3', NULL, NULL, 'action', '', 'Email sent', '', 'AG1', '2026-02-03', '2026-02-03', 1),
                    ('C5', NULL, 'VISIT', 'appointment', '', 'Visit C5', '', 'AG1', '2026-02-04', '2026-02-14', 0);
                INSERT INTO outbox_email (customer_account, template_id, language, sender_name,
                    sender_email, recipients, subject, html_body, created_date, status) VALUES
                    ('C1', 'REMINDER', 'ru', 'Отдел', 'c@example.com', 'a@example.com', 'S1', '<p>1</p>', '2026-02-01', 'sent'),
                    ('C2', 'REMINDER', 'ru', 'Отдел', 'c@example.com', 'b@example.com; c@example.com', 'S2', '<p>2</p>', '2026-02-02', 'queued'),
                    ('C3', 'REMINDER', 'en', 'Dept', 'c@example.com', 'd@example.com', 'S3', '<p>3</p>', '2026-02-03', 'queued');
                INSERT INTO collection_letter (customer_account, sequence_id, level, language,
                    letter_date, status, title, body_text, body_html) VALUES
                    ('C1', 'STD', 1, 'ru', '2026-02-01', 'posted', 'Письмо 1', 'Текст', '<p>Текст</p>'),
                    ('C1', 'STD', 2, 'ru', '2026-02-15', 'created', 'Письмо 2', 'Текст', '<p>Текст</p>');
                INSERT INTO collection_letter_invoice (letter_id, invoice_id) VALUES (2, 'I9'), (2, 'I1'), (1, 'I1');
                """)
        }
        return database
    }

    @Test("Activities newest first, open only and by owner, page by page")
    func activities() throws {
        let database = try database()
        #expect(try database.activities(limit: 10).map(\.id) == [4, 3, 2, 1])
        #expect(try database.activities(matching: ActivityFilter(openOnly: true), limit: 10).map(\.id) == [4, 1])
        #expect(try database.activities(matching: ActivityFilter(ownerAgentID: "AG1"), limit: 10).map(\.id) == [4, 3, 1])
        #expect(try database.activities(
            matching: ActivityFilter(openOnly: true, ownerAgentID: "AG2"), limit: 10).isEmpty)
        #expect(try database.activities(after: 3, limit: 1).map(\.id) == [2])
        let visit = try #require(try database.activities(limit: 1).first)
        #expect(visit.type == .appointment && visit.dueDate == LocalDate(iso: "2026-02-14") && !visit.isClosed)
    }

    @Test("Outbox emails newest first, by status, with their recipients")
    func outbox() throws {
        let database = try database()
        #expect(try database.outboxEmails(limit: 10).map(\.id) == [3, 2, 1])
        let queued = try database.outboxEmails(status: .queued, limit: 10)
        #expect(queued.map(\.id) == [3, 2])
        #expect(queued.last?.recipients == ["b@example.com", "c@example.com"])
        #expect(try database.outboxEmails(status: .queued, after: 3, limit: 10).map(\.id) == [2])
        #expect(try database.outboxEmails(status: .failed, limit: 10).isEmpty)
    }

    @Test("Letters newest first, by status, with their invoices")
    func letters() throws {
        let database = try database()
        let letters = try database.collectionLetters(limit: 10)
        #expect(letters.map(\.id) == [2, 1])
        #expect(letters.first?.invoiceIDs == ["I1", "I9"])
        #expect(try database.collectionLetters(status: .posted, limit: 10).map(\.level) == [1])
        #expect(try database.collectionLetters(limit: 1).count == 1)
    }
}

@Suite("Letters to print and posting")
struct LetterPrintingQueryTests {
    private func database() throws -> CollectaDatabase {
        let database = try QueryFixtures.database()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO collection_letter (customer_account, sequence_id, level, language,
                    letter_date, status, title, body_text, body_html, document_text, posted_on) VALUES
                    ('C1', 'STD', 1, 'ru', '2026-02-01', 'posted', 'Письмо 1', 'Т', '<p>Т</p>', 'Т', '2026-02-02'),
                    ('C1', 'STD', 2, 'ru', '2026-02-15', 'created', 'Письмо 2', 'Т', '<p>Т</p>', 'Документ 2', NULL),
                    ('C2', 'STD', 1, 'en', '2026-02-15', 'created', 'Letter 3', 'T', '<p>T</p>', 'Document 3', NULL),
                    ('C3', 'STD', 1, 'en', '2026-02-16', 'created', 'Letter 4', 'T', '<p>T</p>', 'Document 4', NULL);
                """)
        }
        return database
    }

    @Test("Letters to print: created ones only, oldest first, page by page")
    func toPrint() throws {
        let database = try database()
        #expect(try database.lettersToPrint(limit: 10).map(\.id) == [2, 3, 4])
        #expect(try database.lettersToPrint(after: 2, limit: 1).map(\.id) == [3])
        #expect(try database.lettersToPrint(limit: 10).first?.documentText == "Документ 2")
        #expect(try database.lettersToPrint(limit: 0).isEmpty)
    }

    @Test("Letters by id, whatever their status; unknown ids left out")
    func byID() throws {
        let database = try database()
        #expect(try database.collectionLetters(ids: [4, 1, 99]).map(\.id) == [1, 4])
        #expect(try database.collectionLetters(ids: []).isEmpty)
    }

    @Test("Counts and offset pages for a list on screen, newest first")
    func pages() throws {
        let database = try database()
        #expect(try database.countCollectionLetters() == 4)
        #expect(try database.countCollectionLetters(status: .created) == 3)
        #expect(try database.collectionLetters(offset: 1, limit: 2).map(\.id) == [3, 2])
        #expect(try database.collectionLetters(status: .posted, offset: 0, limit: 5).map(\.id) == [1])
    }

    @Test("Posting marks created letters posted on the day; posted ones keep their day")
    func posting() throws {
        let database = try database()
        let day = LocalDate(iso: "2026-03-01")!
        #expect(try database.markLettersPosted(ids: [1, 2, 3, 3, 99], on: day) == 2)
        let letters = try database.collectionLetters(ids: [1, 2, 3, 4])
        #expect(letters.map(\.status) == [.posted, .posted, .posted, .created])
        #expect(letters.map(\.postedOn) == [LocalDate(iso: "2026-02-02"), day, day, nil])
        // Idempotent: posting again changes nothing, not even the day.
        #expect(try database.markLettersPosted(ids: [2, 3], on: LocalDate(iso: "2026-04-01")!) == 0)
        #expect(try database.collectionLetters(ids: [2]).first?.postedOn == day)
    }

    @Test("Posting is one transaction: a failure part-way posts nothing")
    func atomic() throws {
        let database = try database()
        try database.writer.write { db in
            try db.execute(sql: """
                CREATE TRIGGER refuse_letter_4 BEFORE UPDATE ON collection_letter
                WHEN OLD.id = 4 BEGIN SELECT RAISE(ABORT, 'refused'); END;
                """)
        }
        #expect(throws: (any Error).self) {
            try database.markLettersPosted(ids: [2, 3, 4], on: LocalDate(iso: "2026-03-01")!)
        }
        #expect(try database.countCollectionLetters(status: .created) == 3)
    }
}

@Suite("Printing letters into files")
struct LetterFileTests {
    private func database() throws -> CollectaDatabase {
        let database = try QueryFixtures.database()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO customer (account, name, currency, language) VALUES ('C2/Б', 'Б', 'RUB', 'ru');
                INSERT INTO collection_letter (customer_account, sequence_id, level, language,
                    letter_date, status, title, body_text, body_html, document_text) VALUES
                    ('C1', 'STD', 1, 'ru', '2026-02-15', 'created', 'Письмо', 'Текст', '<p>1</p>', 'Документ 1'),
                    ('C2/Б', 'STD', 1, 'en', '2026-02-15', 'created', 'Letter', 'Body', '<p>2</p>', ''),
                    ('C3', 'STD', 1, 'en', '2026-02-15', 'created', 'Letter', 'Body', '<p>3</p>', 'Document 3');
                """)
        }
        return database
    }

    private func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-letter-files-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test("Every created letter is written whole, with a safe name, then all are posted")
    func writesAndPosts() throws {
        let database = try database()
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let writer = try LetterFileWriter(directory: root + "/a/b")
        let result = try database.printLetters(ids: nil, with: writer, postingOn: LocalDate(iso: "2026-03-01")!)
        #expect(result.files.map(\.letterID) == [1, 2, 3] && result.posted == 3)
        let names = try FileManager.default.contentsOfDirectory(atPath: root + "/a/b").sorted()
        #expect(names == [
            "letter-1-C1.html", "letter-1-C1.txt", "letter-2-C2_Б.html", "letter-2-C2_Б.txt",
            "letter-3-C3.html", "letter-3-C3.txt",
        ])
        #expect(try String(contentsOfFile: root + "/a/b/letter-1-C1.txt", encoding: .utf8) == "Документ 1")
        // A letter without a stored text document gets its title and body text.
        #expect(try String(contentsOfFile: root + "/a/b/letter-2-C2_Б.txt", encoding: .utf8) == "Letter\n\nBody")
        #expect(try database.countCollectionLetters(status: .created) == 0)
    }

    @Test("A file that cannot be written stops printing: nothing posted, no temporary file left")
    func failurePostsNothing() throws {
        let database = try database()
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // A directory where the second letter's HTML file should go: the rename onto it fails.
        try FileManager.default.createDirectory(
            atPath: root + "/letter-2-C2_Б.html/inside", withIntermediateDirectories: true)
        let writer = try LetterFileWriter(directory: root)
        #expect(throws: LetterPrintingError.self) {
            try database.printLetters(ids: nil, with: writer, postingOn: LocalDate(iso: "2026-03-01")!)
        }
        #expect(try database.countCollectionLetters(status: .created) == 3)
        let names = try FileManager.default.contentsOfDirectory(atPath: root).sorted()
        #expect(names == ["letter-1-C1.html", "letter-1-C1.txt", "letter-2-C2_Б.html"])
    }

    @Test("Unknown ids are refused before anything is written")
    func unknownIDs() throws {
        let database = try database()
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let writer = try LetterFileWriter(directory: root)
        #expect(throws: LetterPrintingError.unknownLetters([7, 9])) {
            try database.printLetters(ids: [1, 9, 7], with: writer, postingOn: nil)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).isEmpty)
    }

    @Test("A file in the way of the directory is refused by name")
    func notADirectory() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        FileManager.default.createFile(atPath: root + "/file", contents: Data("x".utf8))
        #expect(throws: LetterPrintingError.notADirectory(path: root + "/file")) {
            try LetterFileWriter(directory: root + "/file/letters")
        }
    }
}

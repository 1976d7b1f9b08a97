import Foundation
import Testing

@testable import CollectaCore

/// The MIME form of outgoing emails (issue 8): encoded words for Russian headers, a plain-text
/// and an HTML alternative, lines that every mail server accepts.
@Suite("Delivery: MIME messages")
struct MailMessageTests {
    static let message = MailMessage(
        from: Mailbox(name: "Северный ветер · Credit Control", address: "credit.control@severny-veter.ru"),
        to: [Mailbox(name: "Анна \"Кредит\" Петрова", address: "anna@example.ru"),
             Mailbox(name: "O'Neil, \"Jim\"", address: "jim@example.com"), Mailbox(address: "ap@example.com")],
        subject: "Напоминание: срок оплаты счёта INV-2026-0000187 истёк 29 дней назад — просим оплатить",
        htmlBody: "<p>Уважаемая Анна,</p><p>счёт <b>INV-1</b> просрочен.</p>",
        messageID: "42.20261129@collecta.severny-veter.ru",
        date: Date(timeIntervalSince1970: 1_795_932_000))  // 2026-11-29 06:00:00 UTC

    static let formatted = message.formatted(boundary: "=_collecta_42")

    @Test("Lines end in CRLF, are ASCII and at most 78 characters long")
    func lineRules() {
        let text = Self.formatted
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").unicodeScalars.contains("\n"))
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.count <= 78, "\(line)")
        }
    }

    @Test("A Russian subject and display names are encoded words that decode back")
    func encodedHeaders() throws {
        let headers = Self.unfoldedHeaders(Self.formatted)
        #expect(Self.decodeWords(try #require(headers["Subject"])) == Self.message.subject)
        #expect(Self.decodeWords(try #require(headers["From"]))
            == "Северный ветер · Credit Control <credit.control@severny-veter.ru>")
        #expect(Self.decodeWords(try #require(headers["To"]))
            == "Анна \"Кредит\" Петрова <anna@example.ru>, \"O'Neil, \\\"Jim\\\"\" <jim@example.com>, <ap@example.com>")
        // A display name is one encoded word: some parsers keep the blank between two.
        #expect(try #require(headers["From"]).components(separatedBy: "=?UTF-8?B?").count == 2)
        #expect(headers["Date"] == "Sun, 29 Nov 2026 06:00:00 +0000")
        #expect(headers["Message-ID"] == "<42.20261129@collecta.severny-veter.ru>")
        #expect(headers["MIME-Version"] == "1.0")
    }

    @Test("An ASCII subject stays as it is")
    func asciiSubject() {
        var message = Self.message
        message.subject = "Invoice INV-1 is overdue"
        #expect(Self.unfoldedHeaders(message.formatted(boundary: "=_b"))["Subject"] == "Invoice INV-1 is overdue")
    }

    @Test("The body is multipart/alternative: the HTML as text, then the HTML, both UTF-8 in base64")
    func alternativeParts() throws {
        let parts = Self.formatted.components(separatedBy: "--=_collecta_42")
        #expect(parts.count == 4)
        #expect(parts[3] == "--\r\n")
        #expect(Self.formatted.contains("Content-Type: multipart/alternative; boundary=\"=_collecta_42\""))
        var bodies: [(type: String, text: String)] = []
        for part in parts[1...2] {
            let sections = part.components(separatedBy: "\r\n\r\n")
            #expect(sections[0].contains("Content-Transfer-Encoding: base64"))
            let data = try #require(Data(base64Encoded: sections[1].replacingOccurrences(of: "\r\n", with: "")))
            bodies.append((sections[0], String(decoding: data, as: UTF8.self)))
        }
        #expect(bodies[0].type.contains("Content-Type: text/plain; charset=UTF-8"))
        #expect(bodies[0].text == "Уважаемая Анна,\n\nсчёт INV-1 просрочен.")
        #expect(bodies[1].type.contains("Content-Type: text/html; charset=UTF-8"))
        #expect(bodies[1].text == Self.message.htmlBody)
    }

    /// The header fields before the first blank line, continuation lines joined.
    static func unfoldedHeaders(_ text: String) -> [String: String] {
        let head = text.components(separatedBy: "\r\n\r\n")[0].replacingOccurrences(of: "\r\n ", with: " ")
        var fields: [String: String] = [:]
        for line in head.components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// RFC 2047: each `=?UTF-8?B?…?=` decoded; blanks between two encoded words dropped.
    static func decodeWords(_ value: String) -> String {
        var bytes: [UInt8] = []
        var rest = Substring(value)
        var afterWord = false
        while !rest.isEmpty {
            if rest.hasPrefix("=?UTF-8?B?"), let end = rest.range(of: "?=") {
                let payload = rest[rest.index(rest.startIndex, offsetBy: 10)..<end.lowerBound]
                bytes += Data(base64Encoded: String(payload)) ?? Data()
                rest = rest[end.upperBound...]
                afterWord = true
            } else if afterWord, rest.first == " ", rest.dropFirst().hasPrefix("=?UTF-8?B?") {
                rest = rest.dropFirst()
            } else {
                bytes += Array(String(rest.first!).utf8)
                rest = rest.dropFirst()
                afterWord = false
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

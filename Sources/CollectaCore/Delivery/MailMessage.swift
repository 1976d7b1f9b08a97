import Foundation

/// A mailbox as it appears in a header: a display name (possibly empty) and an address.
public struct Mailbox: Hashable, Sendable {
    public var name: String
    public var address: String

    public init(name: String = "", address: String) {
        self.name = name
        self.address = address
    }
}

/// An email as sent: RFC 5322 headers with RFC 2047 encoded words for text that is not ASCII,
/// and a MIME multipart/alternative body holding a plain-text rendering of the HTML body and the
/// HTML body itself, both UTF-8 in base64.
public struct MailMessage: Hashable, Sendable {
    public var from: Mailbox
    public var to: [Mailbox]
    public var subject: String
    public var htmlBody: String
    /// Without angle brackets, e.g. `42.20261129@collecta.example.com`.
    public var messageID: String
    public var date: Date

    public init(from: Mailbox, to: [Mailbox], subject: String, htmlBody: String, messageID: String, date: Date) {
        self.from = from
        self.to = to
        self.subject = subject
        self.htmlBody = htmlBody
        self.messageID = messageID
        self.date = date
    }

    /// The plain-text alternative: the HTML body as readable text.
    public var textBody: String { HTMLText.plainText(from: htmlBody) }

    /// The whole message with CRLF line ends, every line at most 78 characters, ASCII only.
    /// `boundary` separates the parts; it must not occur in base64 text (it contains `=_`).
    public func formatted(boundary: String) -> String {
        var lines = [
            MailHeader.line("Date", MailHeader.date(date)),
            MailHeader.line("From", MailHeader.mailbox(from)),
            MailHeader.line("To", to.map(MailHeader.mailbox).joined(separator: ", ")),
            MailHeader.line("Subject", MailHeader.encodedText(subject)),
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
            "",
        ]
        for (type, text) in [("text/plain", textBody), ("text/html", htmlBody)] {
            lines += [
                "--\(boundary)",
                "Content-Type: \(type); charset=UTF-8",
                "Content-Transfer-Encoding: base64",
                "",
            ]
            lines += MailHeader.base64Lines(Data(text.utf8))
        }
        lines.append("--\(boundary)--")
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}

/// How header fields are written: encoded words, folding, dates.
enum MailHeader {
    /// `Name: value`, folded before a space so that no line passes 78 characters.
    static func line(_ name: String, _ value: String) -> String {
        var lines: [String] = []
        var current = name + ":"
        for word in value.split(separator: " ", omittingEmptySubsequences: false) {
            if current.count + 1 + word.count > 78, current.count > name.count + 1 {
                lines.append(current)
                current = ""
            }
            current += " " + word
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// `"Anna Smith" <anna@example.com>`, the name as one encoded word when it is not ASCII;
    /// the address alone when there is no name.
    ///
    /// One word, however long: between two encoded words of a display name, Python's email
    /// parser and some mail programs keep the blank that RFC 2047 says to drop.
    static func mailbox(_ mailbox: Mailbox) -> String {
        let name = mailbox.name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return "<\(mailbox.address)>" }
        guard isPlainASCII(name) else {
            return encodedText(name, wordBytes: .max) + " <\(mailbox.address)>"
        }
        let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(quoted)\" <\(mailbox.address)>"
    }

    /// The text as it is when it is printable ASCII, else as RFC 2047 encoded words
    /// (`=?UTF-8?B?…?=`) separated by spaces, each of at most `wordBytes` bytes of whole
    /// characters (39 bytes: 52 base64 characters, 64 with `=?UTF-8?B?` and `?=`).
    static func encodedText(_ text: String, wordBytes maximumBytes: Int = 39) -> String {
        guard !isPlainASCII(text) || text.contains("=?") else { return text }
        var words: [String] = []
        var chunk = Data()
        for character in text {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > maximumBytes, !chunk.isEmpty {
                words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=")
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=") }
        return words.joined(separator: " ")
    }

    /// RFC 5322's date, in UTC: `Sun, 29 Nov 2026 06:00:00 +0000`.
    static func date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(weekdays[(parts.weekday ?? 1) - 1]), \(two(parts.day)) \(months[(parts.month ?? 1) - 1]) "
            + "\(parts.year ?? 1970) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) +0000"
    }

    /// Base64 in lines of 76 characters.
    static func base64Lines(_ data: Data) -> [String] {
        let encoded = data.base64EncodedString()
        var lines: [String] = []
        var start = encoded.startIndex
        while start < encoded.endIndex {
            let end = encoded.index(start, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[start..<end]))
            start = end
        }
        return lines
    }

    private static func isPlainASCII(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }
    }
}

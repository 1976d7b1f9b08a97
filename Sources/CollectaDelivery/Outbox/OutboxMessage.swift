import CollectaCore
import Foundation

/// The message of an outbox email, as it is sent and as a dry run writes it.
public enum OutboxMessage {
    /// A new Message-ID for `email` (without angle brackets): `<id>.<16 random hex digits>@<the
    /// sender's domain>`, so that it is unique without a counter shared between processes.
    public static func newMessageID(for email: OutboxEmail) -> String {
        let domain = email.senderEmail.split(separator: "@").last.map(String.init)
            .flatMap { $0.isEmpty || $0 == email.senderEmail ? nil : $0 } ?? "collecta.invalid"
        return "\(email.id ?? 0).\(randomHex())@\(domain)"
    }

    /// The email as a `MailMessage`: From the template's sender as stored on the email, To its
    /// recipients, dated `date`.
    public static func mailMessage(for email: OutboxEmail, messageID: String, date: Date) -> MailMessage {
        MailMessage(
            from: Mailbox(name: email.senderName, address: email.senderEmail),
            to: email.recipients.map { Mailbox(address: $0) }, subject: email.subject,
            htmlBody: email.htmlBody, messageID: messageID, date: date)
    }

    /// The whole message text, CRLF line ends, with a boundary that cannot occur in base64
    /// (it holds `=_`).
    public static func bytes(for email: OutboxEmail, messageID: String, date: Date) -> [UInt8] {
        let boundary = "=_collecta_\(email.id ?? 0)_\(randomHex())"
        return Array(mailMessage(for: email, messageID: messageID, date: date).formatted(boundary: boundary).utf8)
    }

    /// The SMTP envelope: from the sender's address to every recipient.
    public static func envelope(for email: OutboxEmail) -> MailEnvelope {
        MailEnvelope(sender: email.senderEmail, recipients: email.recipients)
    }

    private static func randomHex() -> String {
        String(format: "%016llx", UInt64.random(in: .min ... .max))
    }
}

import CollectaCore
import CollectaStore
import TerminalUI

/// One outbox email as readable text (TextReadingScreen): its header, delivery record, every
/// attempt and the plain-text body.
enum OutboxDetailScreen {
    static func make(context: AppContext, email: OutboxEmail) -> TextReadingScreen {
        TextReadingScreen(
            context: context, title: OutboxTexts.detailTitle, group: OutboxTexts.group,
            commandPrefix: "outboxDetail", lines: OutboxDetailText.lines(for: email, context: context))
    }
}

/// The text of an outbox email's detail.
enum OutboxDetailText {
    static func lines(for email: OutboxEmail, context: AppContext) -> [String] {
        let text = context.text
        var lines = [
            "\(text(OutboxTexts.sender)): \(email.senderName) <\(email.senderEmail)>",
            "\(text(OutboxTexts.to)): \(email.recipients.joined(separator: ", "))",
            "\(text(OutboxTexts.subject)): \(email.subject)",
            "\(text(OutboxTexts.language)): \(email.language)   \(text(OutboxTexts.customer)): \(email.customerAccount)"
                + "   \(text(OutboxTexts.template)): \(email.templateID)"
                + "   \(text(OutboxTexts.created)): \(email.createdDate.isoString)",
            "\(text(OutboxTexts.messageID)): \(email.delivery.messageID.map { "<\($0)>" } ?? "—")",
            "",
        ]
        lines += DeliveryText.record(email, context: context)
        let attempts = email.id.flatMap { try? context.database.deliveryAttempts(ofEmail: $0) } ?? []
        lines += DeliveryText.attempts(attempts, context: context)
        lines.append("")
        return lines + HTMLText.plainText(from: email.htmlBody).components(separatedBy: "\n")
    }
}

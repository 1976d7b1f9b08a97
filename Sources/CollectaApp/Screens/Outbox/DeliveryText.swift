import CollectaCore
import TerminalUI

/// How delivery states read on screen: the outbox list, the outbox email and the history.
enum DeliveryText {
    /// An ISO 8601 UTC timestamp (`2026-11-29T06:00:05Z`) as `2026-11-29 06:00:05 UTC`; any
    /// other text as it is.
    static func time(_ timestamp: String) -> String {
        guard timestamp.count == 20, timestamp.hasSuffix("Z"),
              let t = timestamp.firstIndex(of: "T")
        else { return timestamp }
        return String(timestamp[..<t]) + " " + String(timestamp[timestamp.index(after: t)...].dropLast()) + " UTC"
    }

    /// An ISO 8601 UTC timestamp to the minute (`2026-11-29 06:00 UTC`), for narrow columns.
    static func minute(_ timestamp: String) -> String {
        let full = time(timestamp)
        guard full != timestamp else { return timestamp }
        return String(full.dropLast(" UTC".count + 3)) + " UTC"
    }

    /// The status of what a history row created: the email's status or the letter's.
    static func name(_ delivery: CreatedRecordDelivery) -> LocalizedText {
        switch delivery {
        case .email(let status): OutboxTexts.statusName(status)
        case .letter(let status): OutboxTexts.letterStatusName(status)
        }
    }

    /// The outbox list's last column: when a sent email went, when a retrying one is tried
    /// next (and why), the server's last reply otherwise.
    static func replyOrNext(_ email: OutboxEmail, language: Language) -> String {
        let delivery = email.delivery
        switch email.status {
        case .sent:
            return delivery.sentAt.map(minute) ?? ""
        case .retrying:
            let next = delivery.nextAttemptAt.map { OutboxTexts.next(language) + " " + minute($0) }
            return [next, delivery.lastReply.isEmpty ? nil : delivery.lastReply].compactMap { $0 }
                .joined(separator: " · ")
        case .failed, .queued:
            return delivery.lastReply
        }
    }

    /// The delivery record of `email`: status and attempts, then the last reply, next attempt,
    /// handing-over and sending times that it has.
    static func record(_ email: OutboxEmail, context: AppContext) -> [String] {
        let text = context.text
        let delivery = email.delivery
        var lines = [
            "\(text(OutboxTexts.delivery)): \(text(OutboxTexts.statusName(email.status)))"
                + "   \(text(OutboxTexts.attemptCount)): \(delivery.attempts)",
        ]
        if !delivery.lastReply.isEmpty { lines.append("\(text(OutboxTexts.lastReply)): \(delivery.lastReply)") }
        let times: [(LocalizedText, String?)] = [
            (OutboxTexts.nextAttempt, email.status == .retrying ? delivery.nextAttemptAt : nil),
            (OutboxTexts.handedOver, delivery.handedOverAt), (OutboxTexts.sentAt, delivery.sentAt),
        ]
        for case let (label, value?) in times { lines.append("\(text(label)): \(time(value))") }
        return lines
    }

    /// Every attempt, one per line: number, time, outcome and the server's reply.
    static func attempts(_ attempts: [DeliveryAttempt], context: AppContext) -> [String] {
        guard !attempts.isEmpty else { return [context.text(OutboxTexts.noAttempts)] }
        return [context.text(OutboxTexts.attemptList)] + attempts.map { attempt in
            let outcome = context.text(OutboxTexts.outcomeName(attempt.outcome))
            let reply = attempt.reply.isEmpty ? "" : " — " + attempt.reply
            return "  \(attempt.number). \(time(attempt.attemptedAt))  \(outcome)\(reply)"
        }
    }
}

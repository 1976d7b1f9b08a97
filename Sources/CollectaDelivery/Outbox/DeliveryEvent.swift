import CollectaCore
import CollectaStore
import Foundation

/// What happened to one email in a send, as progress reports it.
public enum DeliveryEventOutcome: String, CaseIterable, Hashable, Sendable {
    /// The server accepted it.
    case sent
    /// The server answered 4xx.
    case temporary
    /// The server answered 5xx.
    case permanent
    /// The server could not be reached, or the connection broke before the end of the data.
    case connection
    /// No answer after the whole email was handed over: failed, not sent again automatically.
    case uncertain
    /// A process that handed it over died before writing the outcome: failed, not sent again
    /// automatically.
    case interrupted
    /// Another process was handing it over: left to that process.
    case skipped
    /// A dry run wrote it to a file.
    case written

    init(_ outcome: DeliveryAttemptOutcome) {
        switch outcome {
        case .sent: self = .sent
        case .temporary: self = .temporary
        case .permanent: self = .permanent
        case .connection: self = .connection
        case .uncertain: self = .uncertain
        case .interrupted: self = .interrupted
        }
    }
}

/// One email's attempt in a send (or its file in a dry run).
public struct DeliveryEvent: Hashable, Sendable {
    public var emailID: Int64
    public var recipients: [String]
    public var subject: String
    /// The attempt's number among all the email's attempts (1 for the first); 0 when nothing was
    /// attempted (skipped, written).
    public var attempt: Int
    public var outcome: DeliveryEventOutcome
    /// The email's status afterwards.
    public var status: EmailStatus
    /// The server's reply, or what the outbox now shows; for a dry run, the file written.
    public var reply: String
    /// When a `retrying` email is tried again.
    public var nextAttemptAt: Date?

    public init(
        emailID: Int64, recipients: [String], subject: String, attempt: Int, outcome: DeliveryEventOutcome,
        status: EmailStatus, reply: String, nextAttemptAt: Date? = nil
    ) {
        self.emailID = emailID
        self.recipients = recipients
        self.subject = subject
        self.attempt = attempt
        self.outcome = outcome
        self.status = status
        self.reply = reply
        self.nextAttemptAt = nextAttemptAt
    }

    /// The event of an email `recorded` as it is stored after an attempt.
    init(recorded email: OutboxEmail, outcome: DeliveryEventOutcome) {
        self.init(
            emailID: email.id ?? 0, recipients: email.recipients, subject: email.subject,
            attempt: email.delivery.attempts, outcome: outcome, status: email.status,
            reply: email.delivery.lastReply, nextAttemptAt: email.delivery.nextAttemptAt.flatMap(DeliveryTimestamp.date))
    }
}

/// One step of a send driven step by step (``OutboxSender/sendNext()``).
public enum DeliveryStep: Hashable, Sendable {
    /// An email was attempted (or recovered as interrupted, or skipped).
    case delivered(DeliveryEvent)
    /// Nothing is due now; a retry is due at this time: call again then.
    case waiting(until: Date)
    /// Nothing more to do in this send.
    case finished
}

/// How a send ended: the emails it attempted, by the status they were left in.
public struct DeliverySummary: Hashable, Sendable {
    public var sent = 0
    public var failed = 0
    public var retrying = 0
    /// Emails failed because a process died after handing them over (included in `failed`).
    public var interrupted = 0
    /// Emails left to another process that was handing them over.
    public var skipped = 0
    /// Whether the send stopped early because the server could not be reached.
    public var stoppedByConnectionFailure = false

    public init() {}

    /// Emails attempted (or recovered) in the send.
    public var emails: Int { sent + failed + retrying }

    /// Whether every email attempted was sent (true when nothing was due).
    public var allSent: Bool { failed == 0 && retrying == 0 }
}

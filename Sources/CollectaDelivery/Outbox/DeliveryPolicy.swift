import CollectaCore
import CollectaStore
import Foundation

/// When failed attempts are tried again (docs/delivery.md, "Retries").
///
/// A temporary refusal (4xx) or a connection failure makes the email `retrying`: its next
/// attempt comes ``firstRetryDelay`` later, then twice as late after each further failure, at
/// most ``maximumRetryDelay``. After ``maximumAttempts`` attempts it is `failed`. A send waits
/// for retries due within ``waitWindow`` of the end of its pass and makes them itself; later ones
/// are left to the next send.
public struct DeliveryPolicy: Hashable, Sendable {
    /// 8 attempts; retries after 1, 2, 4, 8, 16, 32 and 60 minutes (about two hours in all);
    /// a send waits up to 2 minutes for a retry.
    public static let standard = DeliveryPolicy()

    public var maximumAttempts: Int
    public var firstRetryDelay: TimeInterval
    public var maximumRetryDelay: TimeInterval
    public var waitWindow: TimeInterval

    public init(
        maximumAttempts: Int = 8, firstRetryDelay: TimeInterval = 60, maximumRetryDelay: TimeInterval = 3600,
        waitWindow: TimeInterval = 120
    ) {
        self.maximumAttempts = max(1, maximumAttempts)
        self.firstRetryDelay = max(0, firstRetryDelay)
        self.maximumRetryDelay = max(self.firstRetryDelay, maximumRetryDelay)
        self.waitWindow = max(0, waitWindow)
    }

    /// How long after its `attempt`th failed attempt (1 for the first) an email is tried again.
    public func retryDelay(afterAttempt attempt: Int) -> TimeInterval {
        let doublings = min(max(0, attempt - 1), 62)
        return min(firstRetryDelay * pow(2, Double(doublings)), maximumRetryDelay)
    }

    /// What an attempt's `outcome` makes of `email`, attempted at `now`; nil when the attempt
    /// was withdrawn (another process is sending the email) and nothing is to be written.
    /// - Parameter handedOver: whether this attempt passed the hand-over mark: a connection
    ///   failure after it leaves the delivery uncertain whatever the transport says.
    func record(
        for outcome: TransportOutcome, of email: DueEmail, handedOver: Bool, at now: Date
    ) -> DeliveryOutcomeRecord? {
        let id = email.id
        switch outcome {
        case .accepted(let reply):
            return DeliveryOutcomeRecord(emailID: id, outcome: .sent, status: .sent, reply: reply, attemptedAt: now)
        case .refused(let code, let reply) where Self.refusesTheSender.contains(code):
            return retryOrGiveUp(email, outcome: .connection, reply: reply.isEmpty ? String(code) : reply, at: now)
        case .refused(let code, let reply):
            let text = reply.isEmpty ? String(code) : reply
            guard (400..<500).contains(code) else {
                return DeliveryOutcomeRecord(
                    emailID: id, outcome: .permanent, status: .failed, reply: text, attemptedAt: now)
            }
            return retryOrGiveUp(email, outcome: .temporary, reply: text, at: now)
        case .connectionFailed(let reason) where handedOver:
            return uncertain(id, reason: reason, at: now)
        case .connectionFailed(let reason):
            return retryOrGiveUp(email, outcome: .connection, reply: reason, at: now)
        case .uncertain(let reason):
            return uncertain(id, reason: reason, at: now)
        case .withdrawn:
            return nil
        }
    }

    /// Refusals of Collecta's login or connection rather than of the email (530 authentication
    /// required, 534 mechanism too weak, 535 credentials invalid, 538 encryption required): the
    /// server cannot be used as configured, so they count as connection failures — the email
    /// retries and the send stops — instead of failing every email of the outbox in turn.
    static let refusesTheSender: Set<Int> = [530, 534, 535, 538]

    private func retryOrGiveUp(
        _ email: DueEmail, outcome: DeliveryAttemptOutcome, reply: String, at now: Date
    ) -> DeliveryOutcomeRecord {
        let attempts = email.attemptsSinceRequeue + 1
        guard attempts < maximumAttempts else {
            return DeliveryOutcomeRecord(
                emailID: email.id, outcome: outcome, status: .failed, reply: reply,
                lastReply: "gave up after \(attempts) attempts: \(reply)", attemptedAt: now)
        }
        let next = now.addingTimeInterval(retryDelay(afterAttempt: attempts))
        return DeliveryOutcomeRecord(
            emailID: email.id, outcome: outcome, status: .retrying, reply: reply,
            nextAttemptAt: DeliveryTimestamp.date(DeliveryTimestamp.text(next)) ?? next, attemptedAt: now)
    }

    private func uncertain(_ id: Int64, reason: String, at now: Date) -> DeliveryOutcomeRecord {
        DeliveryOutcomeRecord(
            emailID: id, outcome: .uncertain, status: .failed, reply: reason,
            lastReply: "no answer after the whole message was handed to the server (\(reason)); "
                + "it may have been delivered, so it is not sent again automatically",
            attemptedAt: now)
    }
}

/// The time a send reads and waits on; tests give one that waits without sleeping.
public protocol DeliveryClock {
    var now: Date { get }
    /// Returns at `date` or later.
    func wait(until date: Date)
}

/// The system's clock: waiting sleeps.
public struct SystemDeliveryClock: DeliveryClock {
    public init() {}

    public var now: Date { Date() }

    public func wait(until date: Date) {
        let interval = date.timeIntervalSinceNow
        if interval > 0 { Thread.sleep(forTimeInterval: interval) }
    }
}

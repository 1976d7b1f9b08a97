/// How one delivery attempt of an outbox email ended, as `email_delivery_attempt.outcome`
/// records it (docs/delivery.md).
public enum DeliveryAttemptOutcome: String, CaseIterable, Hashable, Sendable, Codable {
    /// The server accepted the email.
    case sent
    /// The server answered 4xx: try again later.
    case temporary
    /// The server answered 5xx: the email is failed with the reply.
    case permanent
    /// The server could not be reached, or the connection broke before the whole email was
    /// handed over: nothing was delivered; try again later.
    case connection
    /// The connection broke after the whole email was handed over and before the server
    /// answered: it may have been delivered, so it is never sent again automatically.
    case uncertain
    /// A process handed the whole email over and died before writing the outcome: found by the
    /// next send, failed, never sent again automatically.
    case interrupted
}

/// One recorded delivery attempt of an outbox email.
public struct DeliveryAttempt: Hashable, Sendable, Codable {
    public var emailID: Int64
    /// 1 for the first attempt.
    public var number: Int
    /// ISO 8601 in UTC (`2026-11-29T06:00:00Z`).
    public var attemptedAt: String
    public var outcome: DeliveryAttemptOutcome
    /// The server's reply, or why the attempt ended without one.
    public var reply: String

    public init(emailID: Int64, number: Int, attemptedAt: String, outcome: DeliveryAttemptOutcome, reply: String) {
        self.emailID = emailID
        self.number = number
        self.attemptedAt = attemptedAt
        self.outcome = outcome
        self.reply = reply
    }
}

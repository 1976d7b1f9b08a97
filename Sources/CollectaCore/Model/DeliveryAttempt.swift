/// How one delivery attempt of an outbox email ended.
public enum DeliveryOutcome: String, CaseIterable, Hashable, Sendable, Codable {
    /// The server accepted the email.
    case sent
    /// The server answered 4xx: the email is tried again later.
    case temporary
    /// The server answered 5xx: the email failed and is not tried again.
    case permanent
    /// No usable connection (refused, timed out, TLS or login failure): tried again later.
    case connection
    /// The email was handed over but no answer came: it may have been delivered, so it is not
    /// sent again automatically.
    case uncertain
    /// The program stopped during the attempt, before the email was handed over.
    case interrupted
}

/// One delivery attempt of an outbox email, as the sending loop recorded it.
public struct DeliveryAttempt: Hashable, Sendable, Codable {
    public var emailID: Int64
    /// 1 for the first attempt of the email.
    public var attempt: Int
    /// When the attempt started, ISO 8601 in UTC.
    public var attemptedAt: String
    public var outcome: DeliveryOutcome
    /// The server's reply, or the connection error; empty when there was none.
    public var reply: String

    public init(emailID: Int64, attempt: Int, attemptedAt: String, outcome: DeliveryOutcome, reply: String = "") {
        self.emailID = emailID
        self.attempt = attempt
        self.attemptedAt = attemptedAt
        self.outcome = outcome
        self.reply = reply
    }
}

/// Where the email or letter a history row created stands now: the email's delivery status,
/// or whether the letter was posted.
public enum CreatedRecordDelivery: Hashable, Sendable, Codable {
    case email(EmailStatus)
    case letter(LetterStatus)

    /// The status as scripts read it: `queued`, `sent`, `failed`, `retrying` for an email,
    /// `created` or `posted` for a letter.
    public var statusName: String {
        switch self {
        case .email(let status): status.rawValue
        case .letter(let status): status.rawValue
        }
    }
}

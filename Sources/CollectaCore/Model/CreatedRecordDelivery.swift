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

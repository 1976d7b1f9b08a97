/// How the connection to the mail server is protected.
public enum MailSecurity: String, CaseIterable, Hashable, Sendable, Codable {
    /// Plain connection upgraded with STARTTLS before logging in; refused if the server cannot.
    case starttls
    /// TLS from the first byte (SMTPS, usually port 465).
    case tls
    /// No encryption: only for a relay on the same machine or a test server.
    case none
}

/// Where outgoing email goes: the SMTP server and the account Collecta logs in with.
///
/// The password is never part of these settings: it comes from the environment variable
/// ``passwordVariable`` or from a credentials file only its owner can read (docs/delivery.md).
public struct MailServerSettings: Hashable, Sendable, Codable {
    /// The environment variable a password is read from first.
    public static let passwordVariable = "COLLECTA_SMTP_PASSWORD"

    /// Host name or address; empty means no server is configured.
    public var host: String
    public var port: Int
    public var security: MailSecurity
    /// The login; empty means the server is used without logging in.
    public var user: String
    /// A file holding the password, which must have mode 0600 (or stricter); empty means the
    /// default `~/.config/collecta/smtp-password`.
    public var credentialsFile: String

    public init(
        host: String = "", port: Int = 587, security: MailSecurity = .starttls, user: String = "",
        credentialsFile: String = ""
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.user = user
        self.credentialsFile = credentialsFile
    }

    /// Whether a server has been named.
    public var isConfigured: Bool { !host.trimmingCharacters(in: .whitespaces).isEmpty }
}

import CollectaCore
import Foundation

/// Why the mail server's password could not be had.
public enum MailCredentialsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A login is configured but neither the environment variable nor the file holds a password.
    case missing(user: String, variable: String, file: String)
    /// The credentials file can be read by others than its owner.
    case notPrivate(file: String, mode: Int)
    /// The credentials file exists but cannot be read.
    case unreadable(file: String, reason: String)
    /// The credentials file holds no password.
    case empty(file: String)

    public var description: String {
        switch self {
        case let .missing(user, variable, file):
            "no password for mail server user \(user): set \(variable) or write it to \(file) (mode 0600)"
        case let .notPrivate(file, mode):
            "\(file) has mode \(String(mode, radix: 8, uppercase: false).leftPadded(to: 4)): a credentials file "
                + "must be readable by its owner only (chmod 600 \(file))"
        case let .unreadable(file, reason):
            "cannot read the credentials file \(file): \(reason)"
        case let .empty(file):
            "the credentials file \(file) is empty"
        }
    }
}

/// Where the mail server's password comes from.
public enum PasswordSource: Hashable, Sendable {
    /// No login is configured.
    case notNeeded
    /// The environment variable ``MailServerSettings/passwordVariable``.
    case environment
    /// This private credentials file.
    case file(String)
    /// A login is configured but no usable password is found.
    case unavailable(MailCredentialsError)
}

/// The mail server's password: from the environment variable ``MailServerSettings/passwordVariable``,
/// else from the credentials file, which must not be readable by group or others. Never from
/// the database or the command line.
public enum MailCredentials {
    /// The credentials file used when the settings name none.
    public static func defaultFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return configHome + "/collecta/smtp-password"
    }

    /// The credentials file `settings` name, or the default one.
    public static func file(
        for settings: MailServerSettings, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        settings.credentialsFile.isEmpty ? defaultFile(environment: environment) : settings.credentialsFile
    }

    /// Where the password for `settings` comes from right now, or why it cannot be had; the
    /// password itself is read only to learn that, and goes nowhere.
    public static func source(
        for settings: MailServerSettings, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> PasswordSource {
        guard !settings.user.isEmpty else { return .notNeeded }
        if environment[MailServerSettings.passwordVariable]?.isEmpty == false { return .environment }
        do {
            _ = try password(for: settings, environment: environment)
            return .file(file(for: settings, environment: environment))
        } catch let error as MailCredentialsError {
            return .unavailable(error)
        } catch {
            return .unavailable(.unreadable(file: file(for: settings, environment: environment), reason: "\(error)"))
        }
    }

    /// The password for `settings`: nil when the server is used without logging in.
    /// - Throws: `MailCredentialsError` when a login is configured and no usable password is found.
    public static func password(
        for settings: MailServerSettings,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> String? {
        guard !settings.user.isEmpty else { return nil }
        if let password = environment[MailServerSettings.passwordVariable], !password.isEmpty {
            return password
        }
        let file = file(for: settings, environment: environment)
        guard FileManager.default.fileExists(atPath: file) else {
            throw MailCredentialsError.missing(
                user: settings.user, variable: MailServerSettings.passwordVariable, file: file)
        }
        return try password(inFile: file)
    }

    /// The first line of `file`, which must be private to its owner.
    static func password(inFile file: String) throws -> String {
        var status = stat()
        guard stat(file, &status) == 0 else {
            throw MailCredentialsError.unreadable(file: file, reason: String(cString: strerror(errno)))
        }
        let mode = Int(status.st_mode & 0o7777)
        guard mode & 0o077 == 0 else { throw MailCredentialsError.notPrivate(file: file, mode: mode) }
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw MailCredentialsError.unreadable(file: file, reason: error.localizedDescription)
        }
        let password = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        guard !password.isEmpty else { throw MailCredentialsError.empty(file: file) }
        return password
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

import ArgumentParser
import CollectaCore
import CollectaDelivery
import CollectaStore
import Foundation

extension MailSecurity: ExpressibleByArgument {}

/// `collecta mail-server`: shows the SMTP server settings, or changes the ones given.
struct MailServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mail-server",
        abstract: "Show or set the SMTP server that outbox emails are sent through.",
        discussion: """
            Without options, prints the settings. With options, changes those given and keeps the \
            others. The password is never stored or given here: collecta send reads it from \
            $\(MailServerSettings.passwordVariable) or from the credentials file, which must have \
            mode 0600 (docs/delivery.md).
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The SMTP server's host name or address.", valueName: "host"))
    var host: String?

    @Option(help: ArgumentHelp("The SMTP server's port (1-65535).", valueName: "port"))
    var port: Int?

    @Option(help: ArgumentHelp("starttls, tls or none.", valueName: "security"))
    var security: MailSecurity?

    @Option(help: ArgumentHelp("The login; \"\" for a server used without logging in.", valueName: "user"))
    var user: String?

    @Option(
        name: .customLong("credentials-file"),
        help: ArgumentHelp("The file the password is read from (mode 0600).", valueName: "file"))
    var credentialsFile: String?

    @Option(help: ArgumentHelp("The output format: table or json.", valueName: "format"))
    var format: OutputFormat = .table

    private var changes: Bool { host != nil || port != nil || security != nil || user != nil || credentialsFile != nil }

    func validate() throws {
        if let port, !(1...65_535).contains(port) {
            throw ValidationError("--port must be between 1 and 65535, not \(port)")
        }
        if let host, host.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--host must name a server")
        }
        guard format != .csv else { throw ValidationError("mail-server prints table or json, not csv") }
    }

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open(changes ? .readWrite : .readOnly)
            var settings = try store.mailServerSettings()
            if changes {
                host.map { settings.host = $0.trimmingCharacters(in: .whitespaces) }
                port.map { settings.port = $0 }
                security.map { settings.security = $0 }
                user.map { settings.user = $0 }
                credentialsFile.map { settings.credentialsFile = $0 }
                try store.saveMailServerSettings(settings)
            }
            try MailServerPrinter(settings: settings).print(as: format)
        }
    }
}

/// The mail server settings as `collecta mail-server` prints them.
struct MailServerPrinter {
    let settings: MailServerSettings

    /// The credentials file the password would be read from.
    private var credentialsFile: String { MailCredentials.file(for: settings) }

    /// Where the password comes from, or why it cannot be had; nil without a login.
    private var password: String? {
        switch MailCredentials.source(for: settings) {
        case .notNeeded: nil
        case .environment: "from $\(MailServerSettings.passwordVariable)"
        case .file(let file): "from \(file)"
        case .unavailable(let problem): "missing: \(problem)"
        }
    }

    func print(as format: OutputFormat) throws {
        if format == .json {
            try StandardOutput.writeJSON(OutputObject([
                (key: "configured", value: .boolean(settings.isConfigured)),
                (key: "host", value: .text(settings.host)), (key: "port", value: .integer(settings.port)),
                (key: "security", value: .text(settings.security.rawValue)),
                (key: "user", value: .text(settings.user)), (key: "credentialsFile", value: .text(credentialsFile)),
                (key: "password", value: .text(password)),
            ]))
            return
        }
        guard settings.isConfigured else {
            StandardOutput.write(lines: [
                "no mail server is configured: set one with "
                    + "`collecta mail-server --host HOST [--port 587] [--security starttls] [--user USER]`",
            ])
            return
        }
        StandardOutput.write(lines: [
            "host              \(settings.host)",
            "port              \(settings.port)",
            "security          \(settings.security.rawValue)",
            "user              \(settings.user.isEmpty ? "(none: no login)" : settings.user)",
            "credentials file  \(credentialsFile)",
            "password          \(password ?? "not needed without a login")",
        ])
    }
}

import ArgumentParser
import CollectaCore
import CollectaDelivery
import CollectaStore
import Foundation

/// `collecta send`: delivers the outbox's due emails through the configured SMTP server
/// (docs/delivery.md).
struct SendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Send the outbox's queued emails (and retries that are due) through the mail server.",
        discussion: """
            Emails are sent one at a time in the order they were created; each one's outcome is \
            recorded (see collecta outbox). 4xx answers and connection failures are retried \
            with backoff; 5xx answers fail the email; an email is never sent twice \
            (docs/delivery.md). --dry-run DIR writes DIR/<id>.eml per due email instead and \
            changes nothing. Exit status: 0 every email attempted was sent (or nothing was due), \
            1 some emails failed or are left for a retry, or an --again id was refused, 2 bad \
            usage or no usable mail server settings or password, 3 the database cannot be used \
            or another send is running.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(
        name: .customLong("dry-run"),
        help: ArgumentHelp("Write the messages as DIR/<id>.eml instead of sending them.", valueName: "dir"))
    var dryRun: String?

    @Option(help: ArgumentHelp("Take at most this many emails from the outbox.", valueName: "n"))
    var limit: Int?

    @Option(
        name: .customLong("again"), parsing: .upToNextOption,
        help: ArgumentHelp("Queue these failed emails again, then send.", valueName: "id"))
    var again: [Int64] = []

    @Option(
        name: .customLong("retry-delay"),
        help: ArgumentHelp("Seconds before the first retry of an email (default 60), doubling.", valueName: "seconds"))
    var retryDelay: Int?

    @Option(
        name: .customLong("max-attempts"),
        help: ArgumentHelp("Attempts before an email is failed (default 8).", valueName: "n"))
    var maxAttempts: Int?

    @Option(help: ArgumentHelp("The output format: table or json.", valueName: "format"))
    var format: OutputFormat = .table

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit)") }
        if let retryDelay, retryDelay < 0 {
            throw ValidationError("--retry-delay must be 0 or more seconds, not \(retryDelay)")
        }
        if let maxAttempts, maxAttempts < 1 {
            throw ValidationError("--max-attempts must be at least 1, not \(maxAttempts)")
        }
        if dryRun != nil, !again.isEmpty {
            throw ValidationError("--again changes the outbox and --dry-run changes nothing: give one of them")
        }
        if let dryRun, dryRun.isEmpty { throw ValidationError("--dry-run needs a directory") }
        guard format != .csv else { throw ValidationError("send prints table or json, not csv") }
    }

    private var policy: DeliveryPolicy {
        let standard = DeliveryPolicy.standard
        return DeliveryPolicy(
            maximumAttempts: maxAttempts ?? standard.maximumAttempts,
            firstRetryDelay: retryDelay.map(TimeInterval.init) ?? standard.firstRetryDelay,
            maximumRetryDelay: standard.maximumRetryDelay, waitWindow: standard.waitWindow)
    }

    func run() throws {
        var report = SendReport(format: format, dryRun: dryRun != nil)
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open()
            if let dryRun {
                let directory = URL(fileURLWithPath: dryRun)
                try refusingUnwritable(directory) {
                    report.written = try OutboxDryRun.write(from: store, to: directory, limit: limit) { report.add($0) }
                }
            } else {
                let transport = try SendSetup.transport(for: store)
                report.server = transport.serverName
                let sender = try SendSetup.sender(store: store, transport: transport, policy: policy, limit: limit)
                try SendSetup.requeue(again, in: store)
                report.summary = try sender.sendAll { report.add($0) }
            }
        }
        try report.finish()
        if !(report.summary?.allSent ?? true) { throw ExitCode(ExitStatus.refused) }
    }

    private func refusingUnwritable(_ directory: URL, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as StoreError {
            throw error
        } catch let error as CocoaError {
            printError("collecta: cannot write the messages into \(directory.path): \(error.localizedDescription)")
            throw ExitCode(ExitStatus.refused)
        }
    }
}

/// What `collecta send` needs before sending; each failure is a message and an exit status.
enum SendSetup {
    /// The transport to the stored mail server, with the password from the environment or the
    /// credentials file. Exit status 2 when there is no server or no usable password.
    static func transport(for store: CollectaDatabase) throws -> CurlMailTransport {
        let settings = try store.mailServerSettings()
        guard settings.isConfigured else {
            printError("collecta: no mail server is configured: set one with "
                + "`collecta mail-server --host HOST [--port 587] [--security starttls|tls|none] [--user USER]` "
                + "(docs/delivery.md)")
            throw ExitCode(ExitStatus.badUsage)
        }
        do {
            let password = try MailCredentials.password(for: settings)
            return try CurlMailTransport(settings: settings, password: password)
        } catch let error as MailCredentialsError {
            printError("collecta: \(error)")
            throw ExitCode(ExitStatus.badUsage)
        } catch let error as CurlMailTransportError {
            printError("collecta: \(error)")
            throw ExitCode(ExitStatus.badUsage)
        }
    }

    /// The sender; exit status 3 when another process is sending from the database.
    static func sender(
        store: CollectaDatabase, transport: CurlMailTransport, policy: DeliveryPolicy, limit: Int?
    ) throws -> OutboxSender {
        do {
            return try OutboxSender(database: store, transport: transport, policy: policy, limit: limit)
        } catch let error as DeliveryError {
            printError("collecta: \(error)")
            throw ExitCode(ExitStatus.databaseUnusable)
        }
    }

    /// Queues the `ids` again (all or none); exit status 1 when one cannot be.
    static func requeue(_ ids: [Int64], in store: CollectaDatabase) throws {
        guard !ids.isEmpty else { return }
        do {
            try store.requeueFailedEmails(ids: ids)
        } catch let error as RequeueError {
            printError("collecta: \(error); nothing was sent")
            throw ExitCode(ExitStatus.refused)
        }
    }
}

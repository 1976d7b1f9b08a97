import CollectaCore
import CollectaDelivery
import CollectaStore
import Foundation

/// What `collecta send` prints: a table line per attempt as it ends and a summary line, or one
/// JSON object at the end (docs/cli.md).
struct SendReport {
    let format: OutputFormat
    let dryRun: Bool
    /// `host:port` of the mail server sent through.
    var server: String?
    var summary: DeliverySummary?
    /// Files a dry run wrote.
    var written = 0
    private var table = RecordWriter<SendRow>(format: .table)
    private var records: [SendRow] = []

    init(format: OutputFormat, dryRun: Bool) {
        self.format = format
        self.dryRun = dryRun
    }

    mutating func add(_ event: DeliveryEvent) {
        let row = SendRow(event: event)
        if format == .json {
            records.append(row)
        } else {
            try? table.write([row])
        }
    }

    mutating func finish() throws {
        guard format == .json else {
            try table.finish()
            StandardOutput.write(lines: [headline])
            return
        }
        try StandardOutput.writeJSON(OutputObject([
            (key: "send", value: .object(summaryObject)),
            (key: "emails", value: .objects(records.map(\.object))),
        ]))
    }

    private var headline: String {
        if dryRun { return "wrote \(written) message\(written == 1 ? "" : "s") (nothing was sent or changed)" }
        guard let summary else { return "" }
        var line = "sent \(summary.sent), failed \(summary.failed), retrying \(summary.retrying)"
        if let server { line += " via \(server)" }
        if summary.interrupted > 0 { line += "; \(summary.interrupted) interrupted by an earlier send (failed)" }
        if summary.skipped > 0 { line += "; \(summary.skipped) left to another process" }
        if summary.stoppedByConnectionFailure {
            line += "; stopped: the mail server could not be reached, the rest stay queued"
        }
        return line
    }

    private var summaryObject: OutputObject {
        let summary = summary ?? DeliverySummary()
        return OutputObject([
            (key: "dryRun", value: .boolean(dryRun)), (key: "server", value: .text(server)),
            (key: "sent", value: .integer(summary.sent)), (key: "failed", value: .integer(summary.failed)),
            (key: "retrying", value: .integer(summary.retrying)),
            (key: "interrupted", value: .integer(summary.interrupted)),
            (key: "skipped", value: .integer(summary.skipped)), (key: "written", value: .integer(written)),
            (key: "stoppedByConnectionFailure", value: .boolean(summary.stoppedByConnectionFailure)),
        ])
    }
}

/// One attempt (or dry-run file) of `collecta send`.
struct SendRow: OutputRecord {
    let event: DeliveryEvent

    static let columns = [
        OutputColumn("id", alignment: .trailing), OutputColumn("attempt", alignment: .trailing),
        OutputColumn("recipients"), .hidden("subject"), OutputColumn("outcome"), OutputColumn("status"),
        OutputColumn("reply"), .hidden("nextAttemptAt"),
    ]

    var values: [OutputValue] {
        [
            .integer(Int(event.emailID)), .integer(event.attempt), .list(event.recipients), .text(event.subject),
            .text(event.outcome.rawValue), .text(event.status.rawValue), .text(event.reply),
            .text(event.nextAttemptAt.map(DeliveryTimestamp.text)),
        ]
    }
}

import ArgumentParser
import CollectaCore
import CollectaStore

/// `collecta activities`: activities created by runs, newest first.
struct ActivitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activities",
        abstract: "List activities (collectors' to-dos), the most recently created first.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var limit: LimitOptions

    @Flag(help: "Only activities that are not closed.")
    var open = false

    @Option(help: ArgumentHelp("Only the activities this collections agent owns.", valueName: "agent"))
    var agent: String?

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open(.readOnly)
            let filter = ActivityFilter(openOnly: open, ownerAgentID: agent)
            try printPages(
                of: ActivityRow.self, format: output.format, limit: limit.limit,
                fetch: { try store.activities(matching: filter, after: $0, limit: $1) },
                position: \.id, row: ActivityRow.init)
        }
    }
}

/// `collecta outbox`: emails placed in the outbox, newest first.
struct OutboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox", abstract: "List outbox emails, the most recently created first.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var limit: LimitOptions

    @Option(help: "Only emails in this state.")
    var status: EmailStatus?

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open(.readOnly)
            try printPages(
                of: OutboxRow.self, format: output.format, limit: limit.limit,
                fetch: { try store.outboxEmails(status: status, after: $0, limit: $1) },
                position: \.id, row: OutboxRow.init)
        }
    }
}

/// Prints up to `limit` items, read page by page, as rows of `Row`.
func printPages<Item, Row: OutputRecord>(
    of _: Row.Type, format: OutputFormat, limit: Int, fetch: (Int64?, Int) throws -> [Item],
    position: (Item) -> Int64?, row: (Item) -> Row
) throws {
    var writer = RecordWriter<Row>(format: format)
    try forEachPage(limit: limit, fetch: fetch, position: position) { try writer.write($0.map(row)) }
    try writer.finish()
}

/// One activity as printed.
struct ActivityRow: OutputRecord {
    let activity: Activity

    static let columns = [
        OutputColumn("id", alignment: .trailing), OutputColumn("createdDate", title: "created"),
        OutputColumn("dueDate", title: "due"), OutputColumn("customer"), OutputColumn("invoice"),
        .hidden("template"), OutputColumn("type"), .hidden("purpose"), OutputColumn("description"),
        .hidden("details"), OutputColumn("owner"), OutputColumn("closed"),
    ]

    var values: [OutputValue] {
        [
            .integer(activity.id.map(Int.init)), .date(activity.createdDate), .date(activity.dueDate),
            .text(activity.customerAccount), .text(activity.invoiceID), .text(activity.templateID),
            .text(activity.type.rawValue), .text(activity.purpose), .text(activity.description),
            .text(activity.details), .text(activity.ownerAgentID), .boolean(activity.isClosed),
        ]
    }
}

/// One outbox email as printed.
struct OutboxRow: OutputRecord {
    let email: OutboxEmail

    static let columns = [
        OutputColumn("id", alignment: .trailing), OutputColumn("createdDate", title: "created"),
        OutputColumn("customer"), .hidden("template"), OutputColumn("language"),
        .hidden("senderName"), .hidden("senderEmail"), OutputColumn("recipients"),
        OutputColumn("subject"), .hidden("htmlBody"), OutputColumn("status"),
        OutputColumn("attempts", alignment: .trailing), OutputColumn("lastReply"),
        OutputColumn("nextAttemptAt", title: "next attempt"), .hidden("sentAt"), .hidden("messageId"),
    ]

    var values: [OutputValue] {
        let delivery = email.delivery
        return [
            .integer(email.id.map(Int.init)), .date(email.createdDate), .text(email.customerAccount),
            .text(email.templateID), .text(email.language), .text(email.senderName),
            .text(email.senderEmail), .list(email.recipients), .text(email.subject),
            .text(email.htmlBody), .text(email.status.rawValue), .integer(delivery.attempts),
            .text(delivery.lastReply), .text(delivery.nextAttemptAt), .text(delivery.sentAt),
            .text(delivery.messageID),
        ]
    }
}

import CollectaCore
import CollectaStore
import TerminalUI

/// The outbox emails for the grid, newest first: a COUNT when the grid is made, then one
/// LIMIT/OFFSET query for the visible rows only.
struct OutboxSource: GridDataSource {
    let database: CollectaDatabase
    let status: EmailStatus?
    let language: Language
    let counter = QueryCounter()

    func rowCount(matching query: GridQuery) -> Int {
        counter.countAsked()
        return (try? database.countOutboxEmails(status: status)) ?? 0
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        emails(in: range).map { OutboxRowFormat.row($0, language: language) }
    }

    /// The emails at `range`.
    func emails(in range: Range<Int>) -> [OutboxEmail] {
        guard !range.isEmpty else { return [] }
        counter.pageAsked(range.count)
        return (try? database.outboxEmails(status: status, offset: range.lowerBound, limit: range.count)) ?? []
    }
}

/// The columns and cells of the outbox list.
enum OutboxRowFormat {
    static func columns(_ context: AppContext) -> [GridColumn] {
        let text = context.text
        return [
            GridColumn(id: "id", title: text(OutboxTexts.id), width: .fixed(5), alignment: .trailing),
            GridColumn(id: "created", title: text(OutboxTexts.created), width: .fixed(10)),
            GridColumn(id: "customer", title: text(OutboxTexts.customer), width: .fixed(8)),
            GridColumn(id: "recipients", title: text(OutboxTexts.recipients), width: .flexible(minimum: 10)),
            GridColumn(id: "subject", title: text(OutboxTexts.subject), width: .flexible(minimum: 10, share: 2)),
            GridColumn(id: "status", title: text(OutboxTexts.status), width: .fixed(10)),
            GridColumn(id: "attempts", title: text(OutboxTexts.attempts), width: .fixed(6), alignment: .trailing),
            GridColumn(id: "reply", title: text(OutboxTexts.replyOrNext), width: .flexible(minimum: 12, share: 3)),
        ]
    }

    static func row(_ email: OutboxEmail, language: Language) -> GridRow {
        GridRow(id: String(email.id ?? 0), cells: [
            String(email.id ?? 0), email.createdDate.isoString, email.customerAccount,
            email.recipients.joined(separator: "; "), email.subject, OutboxTexts.statusName(email.status)(language),
            String(email.delivery.attempts), DeliveryText.replyOrNext(email, language: language),
        ])
    }
}

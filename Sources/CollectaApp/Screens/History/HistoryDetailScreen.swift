import CollectaCore
import CollectaStore
import TerminalUI

/// What a history row created, as readable text (TextReadingScreen).
enum HistoryDetailScreen {
    static func make(context: AppContext, entry: HistoryEntry) -> TextReadingScreen {
        TextReadingScreen(
            context: context, title: HistoryTexts.detailTitle, group: HistoryTexts.group,
            commandPrefix: "historyDetail", lines: HistoryDetailText.lines(for: entry, context: context))
    }
}

/// The text of a history row's detail: the row itself, then the record it created.
enum HistoryDetailText {
    static func lines(for entry: HistoryEntry, context: AppContext) -> [String] {
        let text = context.text
        var lines = [
            "\(text(HistoryTexts.date)): \(entry.runDate.isoString)   \(text(HistoryTexts.hierarchy)): \(entry.hierarchyID)"
                + "   \(text(HistoryTexts.step)): \(entry.stepLine.map(String.init) ?? "—")",
            "\(text(HistoryTexts.customer)): \(entry.customerAccount)   \(text(HistoryTexts.invoice)): \(entry.invoiceID ?? "—")"
                + "   \(text(HistoryTexts.voucher)): \(entry.voucher ?? "—")",
            "\(text(HistoryTexts.dueDate)): \(entry.dueDate?.isoString ?? "—")"
                + "   \(text(HistoryTexts.days)): \(entry.daysFromDue.map(String.init) ?? "—")"
                + (entry.isPreDunning ? "   " + text(HistoryTexts.preDunning) : ""),
            "\(text(HistoryTexts.action)): \(text(HistoryTexts.actionName(entry.action)))"
                + "   \(text(HistoryTexts.document)): \(entry.documentID ?? "—")"
                + "   \(text(HistoryTexts.status)): \(text(HistoryTexts.statusName(entry.status)))",
        ]
        if !entry.recipients.isEmpty {
            lines.append("\(text(HistoryTexts.recipients)): \(entry.recipients.joined(separator: ", "))")
        }
        if !entry.message.isEmpty { lines.append("\(text(HistoryTexts.message)): \(entry.message)") }
        lines.append("")
        lines += record(entry, context: context)
        return lines
    }

    private static func record(_ entry: HistoryEntry, context: AppContext) -> [String] {
        guard let created = entry.createdRecord, let colon = created.firstIndex(of: ":"),
              let id = Int64(created[created.index(after: colon)...])
        else { return entry.status == .failed ? [] : [context.text(HistoryTexts.nothingCreated)] }
        let database = context.database
        let found: [String]?
        switch created[..<colon] {
        case "email": found = (try? database.outboxEmail(id: id))?.map { email(sending: $0, context: context) }
        case "letter": found = (try? database.collectionLetter(id: id))?.map { letter($0, context: context) }
        case "activity": found = (try? database.activity(id: id))?.map { activity($0, context: context) }
        default: found = nil
        }
        return found ?? [context.text(HistoryTexts.notFound)]
    }

    static func email(sending email: OutboxEmail, context: AppContext) -> [String] {
        let text = context.text
        return [
            "\(text(HistoryTexts.sender)): \(email.senderName) <\(email.senderEmail)>",
            "\(text(HistoryTexts.to2)): \(email.recipients.joined(separator: ", "))",
            "\(text(HistoryTexts.subject)): \(email.subject)",
            "\(text(HistoryTexts.language)): \(email.language)",
        ] + DeliveryText.record(email, context: context) + [""]
            + HTMLText.plainText(from: email.htmlBody).components(separatedBy: "\n")
    }

    static func letter(_ letter: CollectionLetter, context: AppContext) -> [String] {
        let text = context.text
        var posting = "\(text(HistoryTexts.status)): \(text(OutboxTexts.letterStatusName(letter.status)))"
        if let postedOn = letter.postedOn { posting += "   \(text(OutboxTexts.posted)): \(postedOn.isoString)" }
        return [
            "\(letter.title)   \(text(HistoryTexts.level)): \(letter.level)",
            "\(text(HistoryTexts.invoices)): \(letter.invoiceIDs.joined(separator: ", "))",
            posting,
            "",
        ] + letter.bodyText.components(separatedBy: "\n")
    }

    static func activity(_ activity: Activity, context: AppContext) -> [String] {
        let text = context.text
        var lines = [
            "\(text(HistoryTexts.description)): \(activity.description)",
            "\(text(HistoryTexts.type)): \(text(SetupLabels.activityType(activity.type)))   \(text(HistoryTexts.purpose)): \(activity.purpose)",
            "\(text(HistoryTexts.dueDate)): \(activity.dueDate.isoString)   \(text(HistoryTexts.agent)): \(activity.ownerAgentID ?? "—")",
        ]
        if activity.isClosed {
            let closing = activity.id.flatMap { try? context.database.activityClosing(id: $0) }
            lines.append("\(text(HistoryTexts.closed)): \(closing?.closedOn ?? "")  \(closing?.note ?? "")")
        }
        if !activity.details.isEmpty { lines += ["", activity.details] }
        return lines
    }
}

import CollectaCore
import CollectaStore
import TerminalUI

/// One outbox email as readable text: its header, delivery record, every attempt and the
/// plain-text body. ↑/↓ (j/k) and PgUp/PgDn scroll, Esc goes back.
struct OutboxDetailScreen: AppScreen, CommandProviding {
    static let upCommand: CommandID = "outboxDetail.up"
    static let downCommand: CommandID = "outboxDetail.down"
    static let pageUpCommand: CommandID = "outboxDetail.pageUp"
    static let pageDownCommand: CommandID = "outboxDetail.pageDown"
    /// Lines a page key scrolls.
    static let pageLines = 10

    private let context: AppContext
    let lines: [String]
    private var top = 0

    init(context: AppContext, email: OutboxEmail) {
        self.context = context
        self.lines = OutboxDetailText.lines(for: email, context: context)
    }

    var title: String { context.text(OutboxTexts.detailTitle) }

    var keymaps: [Keymap] {
        [Keymap(title, [
            .init(.up, Self.upCommand), .init(.character("k"), Self.upCommand),
            .init(.down, Self.downCommand, showsInHelpBar: true), .init(.character("j"), Self.downCommand),
            .init(.pageUp, Self.pageUpCommand), .init(.pageDown, Self.pageDownCommand, showsInHelpBar: true),
        ])]
    }

    var commands: [Command] {
        let group = context.text(OutboxTexts.group)
        let entries: [(CommandID, LocalizedText)] = [
            (Self.upCommand, OutboxTexts.scrollUp), (Self.downCommand, OutboxTexts.scrollDown),
            (Self.pageUpCommand, OutboxTexts.pageUp), (Self.pageDownCommand, OutboxTexts.pageDown),
        ]
        return entries.map {
            Command($0.0, title: context.text($0.1), group: group, help: context.text(OutboxTexts.scrollHelp))
        }
    }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case Self.upCommand: scroll(by: -1)
        case Self.downCommand: scroll(by: 1)
        case Self.pageUpCommand: scroll(by: -Self.pageLines)
        case Self.pageDownCommand: scroll(by: Self.pageLines)
        default: return .ignored
        }
        return .handled
    }

    private mutating func scroll(by lines: Int) {
        top = min(max(0, self.lines.count - 1), max(0, top + lines))
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        let wrapped = lines.flatMap { PreviewScreen.wrap($0, width: inside.width) }
        for (offset, line) in wrapped.dropFirst(top).prefix(inside.height).enumerated() {
            buffer.write(line, at: Point(x: inside.x, y: inside.y + offset), style: theme.style(.normal), clip: inside)
        }
    }
}

/// The text of an outbox email's detail.
enum OutboxDetailText {
    static func lines(for email: OutboxEmail, context: AppContext) -> [String] {
        let text = context.text
        var lines = [
            "\(text(OutboxTexts.sender)): \(email.senderName) <\(email.senderEmail)>",
            "\(text(OutboxTexts.to)): \(email.recipients.joined(separator: ", "))",
            "\(text(OutboxTexts.subject)): \(email.subject)",
            "\(text(OutboxTexts.language)): \(email.language)   \(text(OutboxTexts.customer)): \(email.customerAccount)"
                + "   \(text(OutboxTexts.template)): \(email.templateID)"
                + "   \(text(OutboxTexts.created)): \(email.createdDate.isoString)",
            "\(text(OutboxTexts.messageID)): \(email.delivery.messageID.map { "<\($0)>" } ?? "—")",
            "",
        ]
        lines += DeliveryText.record(email, context: context)
        let attempts = email.id.flatMap { try? context.database.deliveryAttempts(ofEmail: $0) } ?? []
        lines += DeliveryText.attempts(attempts, context: context)
        lines.append("")
        return lines + HTMLText.plainText(from: email.htmlBody).components(separatedBy: "\n")
    }
}

import CollectaCore
import CollectaDelivery
import CollectaStore
import Foundation
import TerminalUI

/// A send of the outbox in progress on the Outbox screen: one email per tick under a progress
/// dialog (Esc stops after the email in hand; the rest stay in the outbox for the next send).
struct OutboxSending {
    let sender: OutboxSender
    var dialog: ProgressDialog
    /// The emails reported so far.
    var done = 0
}

extension OutboxScreen {
    static let sendCommand: CommandID = "outbox.send"
    static let sendTag = "outbox.send"

    /// Why sending cannot start, or nil when it can.
    func sendingRefusal() -> String? {
        guard let settings = try? context.database.mailServerSettings(), settings.isConfigured else {
            return context.text(OutboxSendTexts.noServer)
        }
        return nil
    }

    /// Asks to send the emails due now through the configured server.
    mutating func askToSend() {
        do {
            let settings = try context.database.mailServerSettings()
            guard settings.isConfigured else {
                context.show(context.text(OutboxSendTexts.noServer), severity: .error)
                return
            }
            let due = try context.database.countDueEmails(at: context.now())
            guard due > 0 else {
                context.show(context.text(OutboxSendTexts.nothingDue))
                return
            }
            context.confirm(context.text(OutboxSendTexts.confirm(due, server: serverName(settings))), tag: Self.sendTag)
        } catch {
            context.show("\(error)", severity: .error)
        }
    }

    /// Opens the connection's transport and the sender; refusals go to the status line.
    mutating func startSending() {
        do {
            let settings = try context.database.mailServerSettings()
            let password = try MailCredentials.password(for: settings, environment: context.environment)
            let transport = try CurlMailTransport(settings: settings, password: password)
            let sender = try OutboxSender(database: context.database, transport: transport)
            let due = try context.database.countDueEmails(at: context.now())
            let dialog = ProgressDialog(
                title: context.text(OutboxSendTexts.sending), total: max(1, due),
                details: [context.text(OutboxSendTexts.server(serverName(settings))), ""],
                cancelLabel: context.text(OutboxSendTexts.stop), cancellingLabel: context.text(OutboxSendTexts.stopping))
            sending = OutboxSending(sender: sender, dialog: dialog)
        } catch let error as MailCredentialsError {
            context.show(context.text(MailServerTexts.problem(error)), severity: .error)
        } catch {
            context.show("\(error)", severity: .error)
        }
    }

    /// Sends the next email, or notes the retry being waited for, or ends the send.
    mutating func stepSending() {
        guard var sending else { return }
        if sending.dialog.isCancelRequested {
            finishSending(sending, stopped: true)
            return
        }
        do {
            switch try sending.sender.sendNext() {
            case .delivered(let event):
                sending.done += 1
                sending.dialog.completed = min(sending.done, sending.dialog.total)
                sending.dialog.details = [eventLine(event), countsLine(sending.sender.summary)]
            case .waiting(let date):
                sending.dialog.details = [
                    context.text(OutboxSendTexts.waiting(Self.clockTime(date))), countsLine(sending.sender.summary),
                ]
            case .finished:
                finishSending(sending, stopped: false)
                return
            }
            self.sending = sending
        } catch {
            self.sending = nil
            reloadKeepingCursor()
            context.show("\(error)", severity: .error)
        }
    }

    /// Ends the send (its lock goes with the sender), reloads the list and says how it went.
    private mutating func finishSending(_ finished: OutboxSending, stopped: Bool) {
        let summary = finished.sender.summary
        sending = nil
        reloadKeepingCursor()
        var message = countsLine(summary)
        if summary.stoppedByConnectionFailure { message += " " + context.text(OutboxSendTexts.unreachable) }
        if stopped { message = context.text(OutboxSendTexts.stopped) + " " + message }
        context.show(message, severity: summary.allSent && !stopped ? .info : .error)
    }

    private mutating func reloadKeepingCursor() {
        let cursor = list.cursorIndex
        list.reload()
        list.moveCursor(to: min(cursor, max(0, list.rowCount - 1)))
    }

    private func eventLine(_ event: DeliveryEvent) -> String {
        let status = context.text(OutboxTexts.statusName(event.status))
        let reply = event.reply.isEmpty ? "" : " · " + event.reply
        return "№\(event.emailID) \(event.recipients.joined(separator: ", ")): \(status)\(reply)"
    }

    private func countsLine(_ summary: DeliverySummary) -> String {
        context.text(OutboxSendTexts.counts(sent: summary.sent, failed: summary.failed, retrying: summary.retrying))
    }

    /// `host:port, STARTTLS` (or TLS, or the words for no encryption).
    func serverName(_ settings: MailServerSettings) -> String {
        let security = settings.security == .none
            ? context.text(OutboxSendTexts.unencrypted) : settings.security.rawValue.uppercased()
        return "\(settings.host):\(settings.port), \(security)"
    }

    /// `HH:MM:SS` in UTC.
    static func clockTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.hour, .minute, .second], from: date)
        return String(format: "%02d:%02d:%02d UTC", parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }
}

/// The words of sending the outbox, in English and Russian.
enum OutboxSendTexts {
    static let send = LocalizedText("Send outbox", "Отправить исходящие")
    static let sendHelp = LocalizedText(
        "Sends the emails that are due through the mail server; each keeps its status and the server's reply.",
        "Отправляет готовые к отправке сообщения через почтовый сервер; у каждого остаются статус и ответ сервера.")
    static let noServer = LocalizedText(
        "No mail server is configured: set it on the Mail server screen.",
        "Почтовый сервер не настроен: укажите его на экране «Почтовый сервер».")
    static let nothingDue = LocalizedText(
        "No email is due for sending now.", "Сейчас нет сообщений, готовых к отправке.")
    static let sending = LocalizedText("Sending the outbox", "Отправка исходящих")
    static let unencrypted = LocalizedText("no encryption", "без шифрования")
    static let stop = LocalizedText("Stop", "Остановить")
    static let stopping = LocalizedText("Stopping after this email…", "Остановка после текущего сообщения…")
    static let stopped = LocalizedText("Sending stopped.", "Отправка остановлена.")
    static let unreachable = LocalizedText(
        "The server could not be reached: the other emails stay queued.",
        "Сервер недоступен: остальные сообщения остаются в очереди.")

    static func confirm(_ count: Int, server: String) -> LocalizedText {
        LocalizedText(
            "Send \(count) email(s) through \(server)?",
            "Отправить сообщений: \(count) через \(server)?")
    }

    static func server(_ server: String) -> LocalizedText {
        LocalizedText("Server: \(server)", "Сервер: \(server)")
    }

    static func waiting(_ time: String) -> LocalizedText {
        LocalizedText("Waiting for a retry at \(time)…", "Ожидание повторной попытки в \(time)…")
    }

    static func counts(sent: Int, failed: Int, retrying: Int) -> LocalizedText {
        LocalizedText(
            "Sent \(sent), failed \(failed), to retry \(retrying).",
            "Отправлено: \(sent), ошибок: \(failed), к повтору: \(retrying).")
    }
}

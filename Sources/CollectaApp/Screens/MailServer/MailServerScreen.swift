import CollectaCore
import CollectaDelivery
import CollectaStore
import TerminalUI

/// The mail server settings: one form over `MailServerSettings` — host, port, security, user
/// and credentials file — saved with F2; Esc with edits asks before leaving. Under the form, a
/// line says where the password of the saved settings comes from now (never the password).
public struct MailServerScreen: AppScreen, CommandProviding {
    static let discardTag = "mailServer.discard"
    /// Rows under the form for the password line.
    static let passwordRows = 3

    private let context: AppContext
    private(set) var saved: MailServerSettings
    private(set) var form: Form<MailServerSettings>
    /// Where the password of the saved settings comes from, or why there is none.
    private(set) var passwordSource: String

    public init(context: AppContext) {
        self.context = context
        let settings: MailServerSettings
        do {
            settings = try context.database.mailServerSettings()
        } catch {
            context.show(String(describing: error), severity: .error)
            settings = MailServerSettings()
        }
        self.saved = settings
        self.form = MailServerForm.make(settings, context: context)
        self.passwordSource = PasswordSourceText.line(for: settings, context: context)
    }

    public var title: String { context.text(MailServerTexts.title) }

    public var keymaps: [Keymap] { [form.keymap] }

    public var acceptsTypedText: Bool { form.acceptsTypedText }

    public var commands: [Command] {
        let group = context.text(MailServerTexts.group)
        return [
            Command(FormCommand.submit, title: context.text(MailServerTexts.save), group: group,
                    help: context.text(MailServerTexts.saveHelp)),
            Command(FormCommand.cancel, title: context.text(MailServerTexts.back), group: group,
                    help: context.text(MailServerTexts.backHelp)),
        ] + FormCommand.table
    }

    /// Whether the form holds values other than the saved settings (or values it refuses).
    public var hasUnsavedChanges: Bool {
        var copy = form
        guard copy.submit().isEmpty else { return true }
        return MailServerForm.normalised(copy.draft) != saved
    }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case FormCommand.cancel:
            guard form.pickList == nil else { return form.perform(command) }
            goBack()
            return .handled
        case FormCommand.submit:
            let result = form.perform(command)
            if form.outcome == .submitted { save(MailServerForm.normalised(form.draft)) }
            return result
        default:
            return form.perform(command)
        }
    }

    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        form.handleUnbound(key)
    }

    public mutating func receive(_ result: OverlayResult) {
        if result.tag == Self.discardTag, result.value as? Bool == true { context.request(.pop) }
    }

    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        _ = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        let (formArea, below) = Self.areas(in: area)
        form.render(into: &buffer, in: formArea, theme: theme, isFocused: true)
        // Right under the fields when they leave room, else at the bottom.
        let fieldRows = form.fields.reduce(0) { $0 + ($1.message == nil ? 1 : 2) }
        let y = min(formArea.y + fieldRows + 1, below.y)
        let passwordArea = Rect(x: below.x, y: y, width: below.width, height: below.maxY - y)
        let lines = PreviewScreen.wrap(passwordSource, width: passwordArea.width)
        for (offset, line) in lines.prefix(passwordArea.height).enumerated() {
            buffer.write(line, at: Point(x: passwordArea.x, y: passwordArea.y + offset), style: theme.style(.muted),
                         clip: passwordArea)
        }
    }

    public func cursorPosition(in area: Rect) -> Point? {
        form.cursorPosition(in: Self.areas(in: area).form)
    }

    /// The form, then a blank row and room for the password line at the bottom.
    static func areas(in area: Rect) -> (form: Rect, password: Rect) {
        let inside = ParametersScreen.formArea(in: area)
        let formHeight = max(0, inside.height - passwordRows - 1)
        return (Rect(x: inside.x, y: inside.y, width: inside.width, height: formHeight),
                Rect(x: inside.x, y: inside.y + formHeight + 1, width: inside.width,
                     height: min(passwordRows, max(0, inside.height - 1))))
    }

    private mutating func goBack() {
        if hasUnsavedChanges {
            context.confirm(context.text(Dialogs.discardChanges), tag: Self.discardTag)
        } else {
            context.request(.pop)
        }
    }

    private mutating func save(_ settings: MailServerSettings) {
        let focus = form.focusedIndex
        do {
            try context.database.saveMailServerSettings(settings)
            saved = settings
            context.show(context.text(MailServerTexts.saved))
        } catch {
            context.show(String(describing: error), severity: .error)
        }
        form = MailServerForm.make(settings, context: context)
        form.focus(fieldAt: focus)
        passwordSource = PasswordSourceText.line(for: saved, context: context)
    }
}

/// The fields of the mail server form and what they accept.
enum MailServerForm {
    static func make(_ settings: MailServerSettings, context: AppContext) -> Form<MailServerSettings> {
        let text = context.text
        let securities: [(value: MailSecurity, label: String)] = [
            (.starttls, "STARTTLS"), (.tls, "TLS"), (.none, text(MailServerTexts.noEncryption)),
        ]
        let hostProblem = text(MailServerTexts.hostProblem)
        let portProblem = text(MailServerTexts.portProblem)
        let userProblem = text(MailServerTexts.userProblem)
        let fileProblem = text(MailServerTexts.fileProblem)
        let fields: [FormField<MailServerSettings>] = [
            .text(text(MailServerTexts.host), \.host) { host in
                host.trimmingCharacters(in: .whitespaces).contains(where: \.isWhitespace) ? hostProblem : nil
            },
            .integer(text(MailServerTexts.port), \.port) { (1...65535).contains($0) ? nil : portProblem },
            .choice(text(MailServerTexts.security), \.security, options: securities),
            .text(text(MailServerTexts.user), \.user) { user in
                user.trimmingCharacters(in: .whitespaces) == user ? nil : userProblem
            },
            .text(text(MailServerTexts.credentialsFile), \.credentialsFile) { file in
                file.isEmpty || file.hasPrefix("/") ? nil : fileProblem
            },
        ]
        return Form(draft: settings, fields: fields, strings: context.formStrings)
    }

    /// `settings` as they are saved: the host without surrounding spaces.
    static func normalised(_ settings: MailServerSettings) -> MailServerSettings {
        var settings = settings
        settings.host = settings.host.trimmingCharacters(in: .whitespaces)
        return settings
    }
}

/// Where the password of the mail server settings comes from, as one line.
enum PasswordSourceText {
    static func line(for settings: MailServerSettings, context: AppContext) -> String {
        context.text(MailServerTexts.passwordLabel) + ": " + context.text(source(for: settings, context: context))
    }

    private static func source(for settings: MailServerSettings, context: AppContext) -> LocalizedText {
        guard settings.isConfigured else { return MailServerTexts.noServer }
        switch MailCredentials.source(for: settings, environment: context.environment) {
        case .notNeeded: return MailServerTexts.noLogin
        case .environment: return MailServerTexts.fromEnvironment
        case .file(let file): return MailServerTexts.fromFile(file)
        case .unavailable(let problem): return MailServerTexts.problem(problem)
        }
    }
}

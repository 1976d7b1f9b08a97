import CollectaCore
import TerminalUI

extension DocumentListKind {
    /// The email templates: id, description, default language, sender, message languages.
    static var emailTemplates: DocumentListKind {
        DocumentListKind(
        title: DocumentsTexts.emailTemplates,
        columns: { context in
            [
                GridColumn(id: "id", title: context.text(DocumentsTexts.id), width: .flexible(minimum: 8)),
                GridColumn(id: "description", title: context.text(DocumentsTexts.description), width: .flexible(minimum: 12, share: 3)),
                GridColumn(id: "language", title: context.text(DocumentsTexts.defaultLanguage), width: .fixed(10)),
                GridColumn(id: "sender", title: context.text(DocumentsTexts.senderEmail), width: .flexible(minimum: 10, share: 2)),
                GridColumn(id: "languages", title: context.text(DocumentsTexts.languages), width: .fixed(10)),
            ]
        },
        rows: { configuration, _ in
            configuration.emailTemplates.map { template in
                GridRow(id: template.id, cells: [
                    template.id, template.description, template.defaultLanguage, template.senderEmail,
                    template.messages.map(\.language).joined(separator: ","),
                ])
            }
        },
        item: { .emailTemplate($0) },
        remove: { id, configuration in configuration.emailTemplates.removeAll { $0.id == id } },
        open: { context, id in EmailTemplateScreen(context: context, id: id) })
    }
}

/// An email template: its header in a form and its messages (language, subject) in a grid.
/// F2 saves; F9 switches between the form and the messages; in the messages F7 adds one, Enter
/// or F4 edits it, F8 removes it (saved with F2).
struct EmailTemplateScreen: AppScreen, CommandProviding {
    private let context: AppContext
    private var originalID: String?
    private var form: Form<EmailTemplate>
    private var messages: [EmailMessage]
    private var grid: Grid<ArrayGridSource>
    private var isInMessages = false
    private var initialTexts: [String] = []
    private var initialMessages: [EmailMessage]
    private static let fieldNames = ["id", "description", "defaultLanguage", "senderName", "senderEmail"]

    init?(context: AppContext, id: String?) {
        let stored = id.flatMap { id in (try? context.configuration())?.emailTemplates.first { $0.id == id } }
        if id != nil && stored == nil { return nil }
        let template = stored ?? EmailTemplate(
            id: "", description: "", defaultLanguage: context.language.rawValue, senderName: "", senderEmail: "")
        self.context = context
        originalID = id
        messages = template.messages
        initialMessages = template.messages
        form = Self.makeForm(template, context)
        grid = Grid(
            columns: [
                GridColumn(id: "language", title: context.text(DocumentsTexts.language), width: .fixed(10)),
                GridColumn(id: "subject", title: context.text(DocumentsTexts.subject), width: .flexible(minimum: 10)),
            ],
            source: ArrayGridSource(columnIDs: ["language", "subject"], rows: []), strings: context.gridStrings,
            allowsMarking: false)
        initialTexts = form.fields.map(\.text)
        reloadGrid()
    }

    private static func makeForm(_ template: EmailTemplate, _ context: AppContext) -> Form<EmailTemplate> {
        Form(draft: template, fields: [
            .text(context.text(DocumentsTexts.id), \.id, validate: ActivityTemplateScreen.required(context)),
            .text(context.text(DocumentsTexts.description), \.description),
            .text(context.text(DocumentsTexts.defaultLanguage), \.defaultLanguage),
            .text(context.text(DocumentsTexts.senderName), \.senderName),
            .text(context.text(DocumentsTexts.senderEmail), \.senderEmail),
        ], strings: context.formStrings)
    }

    var title: String { context.text(DocumentsTexts.emailTemplate) + (originalID.map { " " + $0 } ?? "") }

    var hasUnsavedChanges: Bool { form.fields.map(\.text) != initialTexts || messages != initialMessages }

    var acceptsTypedText: Bool { isInMessages ? grid.acceptsTypedText : form.acceptsTypedText }

    var keymaps: [Keymap] {
        var bindings: [Keymap.Binding] = [
            .init(.function(2), DocumentCommand.save, showsInHelpBar: true),
            .init(.function(9), DocumentCommand.switchPane, showsInHelpBar: true),
        ]
        if isInMessages {
            bindings += [
                .init(.function(7), DocumentCommand.new, showsInHelpBar: true),
                .init(.enter, DocumentCommand.edit, showsInHelpBar: true), .init(.function(4), DocumentCommand.edit),
                .init(.function(8), DocumentCommand.delete, showsInHelpBar: true),
                .init(.escape, FormCommand.cancel),
            ]
        }
        return [isInMessages ? grid.keymap : form.keymap, Keymap(title, bindings)]
    }

    var commands: [Command] {
        [
            DocumentCommand.command(DocumentCommand.save, DocumentsTexts.save, DocumentsTexts.saveHelp, context),
            DocumentCommand.command(DocumentCommand.switchPane, DocumentsTexts.switchPane, DocumentsTexts.switchPaneHelp, context),
            DocumentCommand.command(DocumentCommand.new, DocumentsTexts.new, DocumentsTexts.newHelp, context),
            DocumentCommand.command(DocumentCommand.edit, DocumentsTexts.edit, DocumentsTexts.editHelp, context),
            DocumentCommand.command(DocumentCommand.delete, DocumentsTexts.delete, DocumentsTexts.deleteHelp, context),
        ] + GridCommand.table + FormCommand.table
    }

    func availability(of command: CommandID) -> CommandAvailability {
        if (command == DocumentCommand.edit || command == DocumentCommand.delete) && grid.cursorRow() == nil {
            return .disabled(reason: context.text(DocumentsTexts.nothingSelected))
        }
        return .enabled
    }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case DocumentCommand.save, FormCommand.submit: save()
        case DocumentCommand.switchPane: isInMessages.toggle()
        case DocumentCommand.new: openMessage(nil)
        case DocumentCommand.edit: openMessage(grid.cursorRow()?.id)
        case DocumentCommand.delete:
            messages.removeAll { $0.language == grid.cursorRow()?.id }
            reloadGrid()
        case FormCommand.cancel: DocumentBack.leave(context, hasUnsavedChanges: hasUnsavedChanges)
        default: return isInMessages ? grid.perform(command) : form.perform(command)
        }
        return .handled
    }

    mutating func handleUnbound(_ key: Key) -> HandlingResult {
        isInMessages ? grid.handleUnbound(key) : form.handleUnbound(key)
    }

    mutating func receive(_ result: OverlayResult) {
        guard result.tag == DocumentCommand.savedTag, let id = result.value as? String,
              let saved = (try? context.configuration())?.emailTemplates.first(where: { $0.id == id })
        else { return DocumentBack.receive(result, context) }
        originalID = id
        messages = saved.messages
        initialMessages = saved.messages
        form = Self.makeForm(saved, context)
        initialTexts = form.fields.map(\.text)
        reloadGrid()
    }

    private static let layout = HeaderDetailLayout(formHeight: 7)

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        Self.layout.render(
            form, grid, title: title, gridTitle: context.text(DocumentsTexts.messages), isGridFocused: isInMessages,
            into: &buffer, in: area, theme: theme)
    }

    func cursorPosition(in area: Rect) -> Point? {
        Self.layout.cursorPosition(of: form, isGridFocused: isInMessages, in: area)
    }

    private mutating func reloadGrid() {
        grid.source = ArrayGridSource(
            columnIDs: ["language", "subject"], rows: messages.map { GridRow(id: $0.language, cells: [$0.language, $0.subject]) })
        grid.reload()
    }

    /// The template as the form and the message list hold it; nil (with the problem in the
    /// status line) while a header field is invalid.
    private mutating func currentTemplate() -> EmailTemplate? {
        let errors = form.submit()
        if let first = errors.first {
            context.show(first.label + ": " + first.message, severity: .error)
            return nil
        }
        var template = form.draft
        template.messages = messages.sorted { $0.language < $1.language }
        return template
    }

    private mutating func save() {
        guard let template = currentTemplate() else { return }
        do {
            let violations = try Self.store(template, replacing: originalID, context)
            guard violations.isEmpty else {
                let rest = DocumentViolations.show(violations, in: &form, language: context.language) { Self.fieldNames.firstIndex(of: $0) }
                if !rest.isEmpty { isInMessages = true }
                DocumentViolations.report(violations, in: context)
                return
            }
            receive(OverlayResult(tag: DocumentCommand.savedTag, value: template.id))
            context.show(context.text(DocumentsTexts.saved))
        } catch {
            context.show("\(error)", severity: .error)
        }
    }

    /// Saves `template` in place of the template `originalID` (appended when new).
    static func store(_ template: EmailTemplate, replacing originalID: String?, _ context: AppContext) throws -> [Violation] {
        try context.saveConfiguration { configuration in
            if let index = configuration.emailTemplates.firstIndex(where: { $0.id == originalID }) {
                configuration.emailTemplates[index] = template
            } else {
                configuration.emailTemplates.append(template)
            }
        }
    }

    private mutating func openMessage(_ language: String?) {
        guard let template = currentTemplate() else { return }
        let message = messages.first { $0.language == language }
            ?? EmailMessage(language: language ?? "", subject: "", htmlBody: "")
        let originalID = self.originalID
        let context = self.context
        let setup = MessageEditorSetup(
            title: context.text(DocumentsTexts.message) + " · " + template.id,
            fieldPrefix: { "messages[\($0)]" }, bodyField: "htmlBody", subjectField: "subject",
            subjectLabel: DocumentsTexts.subject, format: .html,
            save: { header, body in
                var updated = template
                updated.messages.removeAll { $0.language == message.language || $0.language == header.language }
                updated.messages.append(EmailMessage(language: header.language, subject: header.subject, htmlBody: body))
                updated.messages.sort { $0.language < $1.language }
                return (try EmailTemplateScreen.store(updated, replacing: originalID, context), updated.id)
            },
            preview: { header, body in
                CustomerPickerScreen(context: context, subject: header.subject, body: body)
            })
        context.request(.push(MessageEditorScreen(
            context: context, setup: setup,
            header: MessageHeader(language: message.language, subject: message.subject), body: message.htmlBody)))
    }
}

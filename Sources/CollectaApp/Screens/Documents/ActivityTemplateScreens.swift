import CollectaCore
import TerminalUI

extension DocumentListKind {
    /// The activity templates: id, name, type, purpose, days to complete.
    static var activityTemplates: DocumentListKind {
        DocumentListKind(
        title: DocumentsTexts.activityTemplates,
        columns: { context in
            [
                GridColumn(id: "id", title: context.text(DocumentsTexts.id), width: .flexible(minimum: 8)),
                GridColumn(id: "name", title: context.text(DocumentsTexts.name), width: .flexible(minimum: 12, share: 2)),
                GridColumn(id: "type", title: context.text(DocumentsTexts.type), width: .fixed(12)),
                GridColumn(id: "purpose", title: context.text(DocumentsTexts.purpose), width: .flexible(minimum: 10, share: 2)),
                GridColumn(id: "days", title: context.text(DocumentsTexts.daysToComplete), width: .fixed(8), alignment: .trailing),
            ]
        },
        rows: { configuration, language in
            configuration.activityTemplates.map { template in
                GridRow(id: template.id, cells: [
                    template.id, template.name, ActivityTemplateScreen.typeName(template.type, language),
                    template.purpose, String(template.daysToComplete),
                ])
            }
        },
        item: { .activityTemplate($0) },
        remove: { id, configuration in configuration.activityTemplates.removeAll { $0.id == id } },
        open: { context, id in ActivityTemplateScreen(context: context, id: id) })
    }
}

/// The form of one activity template: id, name, type, purpose, days to complete, details.
/// F2 saves through the rules and returns to the list; Esc asks before dropping edits.
struct ActivityTemplateScreen: AppScreen, CommandProviding {
    private let context: AppContext
    /// The id as stored; nil for a new template.
    private let originalID: String?
    private var form: Form<ActivityTemplate>
    private var initialTexts: [String] = []
    private static let fieldNames = ["id", "name", "type", "purpose", "daysToComplete", "details"]

    init?(context: AppContext, id: String?) {
        let stored = id.flatMap { id in (try? context.configuration())?.activityTemplates.first { $0.id == id } }
        if id != nil && stored == nil { return nil }
        self.context = context
        self.originalID = id
        let language = context.language
        form = Form(draft: stored ?? ActivityTemplate(id: "", name: ""), fields: [
            .text(context.text(DocumentsTexts.id), \.id, validate: Self.required(context)),
            .text(context.text(DocumentsTexts.name), \.name),
            .choice(context.text(DocumentsTexts.type), \.type,
                    options: DocumentsTexts.activityTypes.map { ($0.0, $0.1(language)) }),
            .text(context.text(DocumentsTexts.purpose), \.purpose),
            .integer(context.text(DocumentsTexts.daysToComplete), \.daysToComplete),
            .text(context.text(DocumentsTexts.details), \.details),
        ], strings: context.formStrings)
        initialTexts = form.fields.map(\.text)
    }

    static func required(_ context: AppContext) -> (String) -> String? {
        { $0.trimmingCharacters(in: .whitespaces).isEmpty ? context.formStrings.required : nil }
    }

    static func typeName(_ type: ActivityType, _ language: Language) -> String {
        DocumentsTexts.activityTypes.first { $0.0 == type }?.1(language) ?? type.rawValue
    }

    var title: String { context.text(DocumentsTexts.activityTemplate) + (originalID.map { " " + $0 } ?? "") }

    var keymaps: [Keymap] {
        [form.keymap, Keymap(title, [.init(.function(2), DocumentCommand.save, showsInHelpBar: true)])]
    }

    var commands: [Command] {
        [DocumentCommand.command(DocumentCommand.save, DocumentsTexts.save, DocumentsTexts.saveHelp, context)]
            + FormCommand.table
    }

    var acceptsTypedText: Bool { form.acceptsTypedText }

    var hasUnsavedChanges: Bool {
        form.fields.map(\.text) != initialTexts
    }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        if command == DocumentCommand.save || command == FormCommand.submit { return save() }
        if command == FormCommand.cancel {
            DocumentBack.leave(context, hasUnsavedChanges: hasUnsavedChanges)
            return .handled
        }
        return form.perform(command)
    }

    mutating func receive(_ result: OverlayResult) {
        DocumentBack.receive(result, context)
    }

    mutating func handleUnbound(_ key: Key) -> HandlingResult { form.handleUnbound(key) }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        form.render(into: &buffer, in: inside, theme: theme, isFocused: true)
    }

    func cursorPosition(in area: Rect) -> Point? { form.cursorPosition(in: area.inset(by: 1)) }

    private mutating func save() -> HandlingResult {
        let errors = form.submit()
        if let first = errors.first { return .refused(first.label + ": " + first.message) }
        let template = form.draft
        let originalID = self.originalID
        do {
            let violations = try context.saveConfiguration { configuration in
                if let index = configuration.activityTemplates.firstIndex(where: { $0.id == originalID }) {
                    configuration.activityTemplates[index] = template
                } else {
                    configuration.activityTemplates.append(template)
                }
            }
            guard violations.isEmpty else {
                _ = DocumentViolations.show(violations, in: &form, language: context.language) { Self.fieldNames.firstIndex(of: $0) }
                DocumentViolations.report(violations, in: context)
                return .handled
            }
        } catch {
            context.show("\(error)", severity: .error)
            return .handled
        }
        context.show(context.text(DocumentsTexts.saved))
        context.request(.pop)
        context.request(.deliver(OverlayResult(tag: DocumentCommand.savedTag, value: template.id)))
        return .handled
    }
}

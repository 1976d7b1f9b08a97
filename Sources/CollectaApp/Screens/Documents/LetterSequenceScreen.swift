import CollectaCore
import TerminalUI

extension DocumentListKind {
    /// The collection letter sequences: id, description, number of levels.
    static var letterSequences: DocumentListKind {
        DocumentListKind(
        title: DocumentsTexts.letterSequences,
        columns: { context in
            [
                GridColumn(id: "id", title: context.text(DocumentsTexts.id), width: .flexible(minimum: 8)),
                GridColumn(id: "description", title: context.text(DocumentsTexts.description), width: .flexible(minimum: 12, share: 3)),
                GridColumn(id: "levels", title: context.text(DocumentsTexts.levels), width: .fixed(8), alignment: .trailing),
            ]
        },
        rows: { configuration, _ in
            configuration.letterSequences.map {
                GridRow(id: $0.id, cells: [$0.id, $0.description, String($0.levels.count)])
            }
        },
        item: { .letterSequence($0) },
        remove: { id, configuration in configuration.letterSequences.removeAll { $0.id == id } },
        open: { context, id in LetterSequenceScreen(context: context, id: id) })
    }
}

/// A collection letter sequence: id and description in a form, and one grid row per level and
/// language (level, final, language, title). F7 adds a level, Space makes the highlighted level
/// final or not, Enter/F4 edits the text, F8 removes the text (the level with its last text),
/// F2 saves; C-rules show at the field or in the status line.
struct LetterSequenceScreen: AppScreen, CommandProviding {
    private let context: AppContext
    private var originalID: String?
    private var form: Form<LetterSequence>
    private var levels: [LetterLevel]
    private var grid: Grid<ArrayGridSource>
    private var isInLevels = false
    private var initialTexts: [String] = []
    private var initialLevels: [LetterLevel]

    init?(context: AppContext, id: String?) {
        let stored = id.flatMap { id in (try? context.configuration())?.letterSequences.first { $0.id == id } }
        if id != nil && stored == nil { return nil }
        let sequence = stored ?? LetterSequence(id: "", description: "")
        self.context = context
        originalID = id
        levels = sequence.levels
        initialLevels = sequence.levels
        form = Self.makeForm(sequence, context)
        let ids = ["level", "final", "language", "title"]
        grid = Grid(
            columns: [
                GridColumn(id: "level", title: context.text(DocumentsTexts.level), width: .fixed(7), alignment: .trailing),
                GridColumn(id: "final", title: context.text(DocumentsTexts.isFinal), width: .fixed(9)),
                GridColumn(id: "language", title: context.text(DocumentsTexts.language), width: .fixed(6)),
                GridColumn(id: "title", title: context.text(DocumentsTexts.title), width: .flexible(minimum: 10)),
            ],
            source: ArrayGridSource(columnIDs: ids, rows: []), strings: context.gridStrings, allowsMarking: false)
        initialTexts = form.fields.map(\.text)
        reloadGrid()
    }

    private static func makeForm(_ sequence: LetterSequence, _ context: AppContext) -> Form<LetterSequence> {
        Form(draft: sequence, fields: [
            .text(context.text(DocumentsTexts.id), \.id, validate: ActivityTemplateScreen.required(context)),
            .text(context.text(DocumentsTexts.description), \.description),
        ], strings: context.formStrings)
    }

    var title: String { context.text(DocumentsTexts.letterSequence) + (originalID.map { " " + $0 } ?? "") }
    var hasUnsavedChanges: Bool { form.fields.map(\.text) != initialTexts || levels != initialLevels }
    var acceptsTypedText: Bool { isInLevels ? grid.acceptsTypedText : form.acceptsTypedText }

    var keymaps: [Keymap] {
        var bindings: [Keymap.Binding] = [
            .init(.function(2), DocumentCommand.save, showsInHelpBar: true),
            .init(.function(9), DocumentCommand.switchPane, showsInHelpBar: true),
            .init(.function(7), DocumentCommand.new, showsInHelpBar: true),
        ]
        if isInLevels {
            bindings += [
                .init(.enter, DocumentCommand.edit, showsInHelpBar: true), .init(.function(4), DocumentCommand.edit),
                .init(.character(" "), DocumentCommand.toggleFinal, showsInHelpBar: true),
                .init(.function(8), DocumentCommand.delete, showsInHelpBar: true),
                .init(.escape, FormCommand.cancel),
            ]
        }
        return isInLevels ? [Keymap(title, bindings), grid.keymap] : [form.keymap, Keymap(title, bindings)]
    }

    var commands: [Command] {
        [
            DocumentCommand.command(DocumentCommand.save, DocumentsTexts.save, DocumentsTexts.saveHelp, context),
            DocumentCommand.command(DocumentCommand.switchPane, DocumentsTexts.switchPane, DocumentsTexts.switchPaneHelp, context),
            DocumentCommand.command(DocumentCommand.new, DocumentsTexts.new, DocumentsTexts.newHelp, context),
            DocumentCommand.command(DocumentCommand.edit, DocumentsTexts.edit, DocumentsTexts.editHelp, context),
            DocumentCommand.command(DocumentCommand.toggleFinal, DocumentsTexts.toggleFinal, DocumentsTexts.toggleFinalHelp, context),
            DocumentCommand.command(DocumentCommand.delete, DocumentsTexts.delete, DocumentsTexts.deleteHelp, context),
        ] + GridCommand.table + FormCommand.table
    }

    func availability(of command: CommandID) -> CommandAvailability {
        let needsRow = [DocumentCommand.edit, DocumentCommand.delete, DocumentCommand.toggleFinal]
        if needsRow.contains(command) && grid.cursorRow() == nil {
            return .disabled(reason: context.text(DocumentsTexts.nothingSelected))
        }
        return .enabled
    }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case DocumentCommand.save, FormCommand.submit: save()
        case DocumentCommand.switchPane: isInLevels.toggle()
        case DocumentCommand.new: addLevel()
        case DocumentCommand.edit: if let row = highlighted { openText(level: row.level, language: row.language) }
        case DocumentCommand.toggleFinal: toggleFinal()
        case DocumentCommand.delete: deleteText()
        case FormCommand.cancel: DocumentBack.leave(context, hasUnsavedChanges: hasUnsavedChanges)
        default: return isInLevels ? grid.perform(command) : form.perform(command)
        }
        return .handled
    }

    mutating func handleUnbound(_ key: Key) -> HandlingResult {
        isInLevels ? grid.handleUnbound(key) : form.handleUnbound(key)
    }

    mutating func receive(_ result: OverlayResult) {
        guard result.tag == DocumentCommand.savedTag, let id = result.value as? String,
              let saved = (try? context.configuration())?.letterSequences.first(where: { $0.id == id })
        else { return DocumentBack.receive(result, context) }
        originalID = id
        levels = saved.levels
        initialLevels = saved.levels
        form = Self.makeForm(saved, context)
        initialTexts = form.fields.map(\.text)
        reloadGrid()
    }

    private static let layout = HeaderDetailLayout(formHeight: 4)

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        Self.layout.render(
            form, grid, title: title, gridTitle: context.text(DocumentsTexts.levels), isGridFocused: isInLevels,
            into: &buffer, in: area, theme: theme)
    }

    func cursorPosition(in area: Rect) -> Point? {
        Self.layout.cursorPosition(of: form, isGridFocused: isInLevels, in: area)
    }

    // MARK: Levels

    private var highlighted: (level: Int, language: String)? {
        guard let id = grid.cursorRow()?.id else { return nil }
        let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
        guard let level = Int(parts[0]) else { return nil }
        return (level, parts.count > 1 ? parts[1] : "")
    }

    private mutating func reloadGrid() {
        let yes = context.text(DocumentsTexts.yes)
        let rows = levels.flatMap { level -> [GridRow] in
            let final = level.isFinal ? yes : ""
            guard !level.texts.isEmpty else { return [GridRow(id: "\(level.level)/", cells: [String(level.level), final, "", ""])] }
            return level.texts.map {
                GridRow(id: "\(level.level)/\($0.language)", cells: [String(level.level), final, $0.language, $0.title])
            }
        }
        grid.source = ArrayGridSource(columnIDs: ["level", "final", "language", "title"], rows: rows)
        grid.reload()
    }

    private mutating func addLevel() {
        let language = levels.last?.texts.first?.language ?? context.language.rawValue
        levels.append(LetterLevel(level: levels.count + 1))
        reloadGrid()
        isInLevels = true
        grid.moveCursor(to: grid.rowCount - 1)
        openText(level: levels.count, language: language)
    }

    private mutating func toggleFinal() {
        guard let row = highlighted, let index = levels.firstIndex(where: { $0.level == row.level }) else { return }
        if !levels[index].isFinal && index != levels.count - 1 {
            context.show(context.text(DocumentsTexts.finalOnlyLast), severity: .error)
            return
        }
        levels[index].isFinal.toggle()
        reloadGrid()
    }

    private mutating func deleteText() {
        guard let row = highlighted, let index = levels.firstIndex(where: { $0.level == row.level }) else { return }
        levels[index].texts.removeAll { $0.language == row.language }
        if levels[index].texts.isEmpty {
            levels.remove(at: index)
            for later in index..<levels.count { levels[later].level = later + 1 }
        }
        reloadGrid()
    }

    // MARK: Saving

    private mutating func currentSequence() -> LetterSequence? {
        let errors = form.submit()
        if let first = errors.first {
            context.show(first.label + ": " + first.message, severity: .error)
            return nil
        }
        var sequence = form.draft
        sequence.levels = levels
        return sequence
    }

    private mutating func save() {
        guard let sequence = currentSequence() else { return }
        do {
            let violations = try Self.store(sequence, replacing: originalID, context)
            guard violations.isEmpty else {
                let rest = DocumentViolations.show(violations, in: &form, language: context.language) { ["id", "description"].firstIndex(of: $0) }
                if !rest.isEmpty { isInLevels = true }
                DocumentViolations.report(violations, in: context)
                return
            }
            receive(OverlayResult(tag: DocumentCommand.savedTag, value: sequence.id))
            context.show(context.text(DocumentsTexts.saved))
        } catch {
            context.show("\(error)", severity: .error)
        }
    }

    static func store(_ sequence: LetterSequence, replacing originalID: String?, _ context: AppContext) throws -> [Violation] {
        try context.saveConfiguration { configuration in
            if let index = configuration.letterSequences.firstIndex(where: { $0.id == originalID }) {
                configuration.letterSequences[index] = sequence
            } else {
                configuration.letterSequences.append(sequence)
            }
        }
    }

    private mutating func openText(level: Int, language: String) {
        guard let sequence = currentSequence(),
              let letterLevel = sequence.levels.first(where: { $0.level == level }) else { return }
        let text = letterLevel.texts.first { $0.language == language } ?? LetterText(language: language, title: "", body: "")
        let originalID = self.originalID
        let context = self.context
        let setup = MessageEditorSetup(
            title: context.text(DocumentsTexts.letterText) + " · " + sequence.id + " · \(level)",
            fieldPrefix: { "levels[\(level)].texts[\($0)]" }, bodyField: "body", subjectField: "title",
            subjectLabel: DocumentsTexts.title, format: .plainText,
            save: { header, body in
                var updated = sequence
                guard let index = updated.levels.firstIndex(where: { $0.level == level }) else { return ([], updated.id) }
                updated.levels[index].texts.removeAll { $0.language == text.language || $0.language == header.language }
                updated.levels[index].texts.append(LetterText(language: header.language, title: header.subject, body: body))
                updated.levels[index].texts.sort { $0.language < $1.language }
                return (try LetterSequenceScreen.store(updated, replacing: originalID, context), updated.id)
            },
            preview: nil)
        context.request(.push(MessageEditorScreen(
            context: context, setup: setup, header: MessageHeader(language: text.language, subject: text.title),
            body: text.body)))
    }
}

import CollectaCore
import TerminalUI

/// The language and subject (or title) of a message being edited.
struct MessageHeader {
    var language: String
    var subject: String
}

/// What a message editor edits and how it saves: an email template's message (HTML) or a
/// collection letter's text (plain).
struct MessageEditorSetup {
    /// The screen title.
    let title: String
    /// `messages[ru]` / `levels[2].texts[ru]`: the prefix of the violation fields of the text
    /// in `language`.
    let fieldPrefix: (String) -> String
    let bodyField: String
    let subjectField: String
    let subjectLabel: LocalizedText
    let format: TemplateFormat
    /// Saves the whole document with this text; returns the violations (nothing written when
    /// there are some) and the saved document's id.
    let save: (MessageHeader, String) throws -> (violations: [Violation], savedID: String)
    /// Renders the text for a customer (preview); nil when the kind has no preview.
    let preview: ((MessageHeader, String) -> (any AppScreen))?
}

/// Edits one message: language and subject in a form, the body in the built-in text editor
/// (F4 opens `$EDITOR`). F2 saves (R15 problems show at the body or subject), F6 loads the body
/// from a file, Ctrl-W writes it to a file, F5 previews, Ctrl-K checks the placeholders, F9
/// (or Tab in the body) switches between the fields and the body.
struct MessageEditorScreen: AppScreen, CommandProviding {
    let context: AppContext
    let setup: MessageEditorSetup
    var form: Form<MessageHeader>
    var editor: TextEditor
    var isEditingBody = false
    /// A rule problem of the body, shown under it.
    var bodyMessage: String?
    var initialTexts: [String]
    var initialBody: String
    /// The path waiting for the overwrite confirmation.
    var pendingPath: String?

    init(context: AppContext, setup: MessageEditorSetup, header: MessageHeader, body: String) {
        self.context = context
        self.setup = setup
        form = Form(draft: header, fields: [
            .text(context.text(DocumentsTexts.language), \.language, validate: ActivityTemplateScreen.required(context)),
            .text(context.text(setup.subjectLabel), \.subject),
        ], strings: context.formStrings)
        editor = TextEditor(text: body, showsLineNumbers: true)
        initialTexts = form.fields.map(\.text)
        initialBody = body
    }

    var title: String { setup.title }

    var hasUnsavedChanges: Bool { form.fields.map(\.text) != initialTexts || editor.text != initialBody }

    var acceptsTypedText: Bool { isEditingBody || form.acceptsTypedText }

    var keymaps: [Keymap] {
        var bindings: [Keymap.Binding] = [
            .init(.function(2), DocumentCommand.save, showsInHelpBar: true),
            .init(.function(9), DocumentCommand.switchPane, showsInHelpBar: true),
            .init(.function(6), DocumentCommand.loadFile, showsInHelpBar: true),
            .init(.control("w"), DocumentCommand.saveFile),
            .init(.control("k"), DocumentCommand.check),
            .init(.escape, FormCommand.cancel),
        ]
        if setup.preview != nil { bindings.append(.init(.function(5), DocumentCommand.preview, showsInHelpBar: true)) }
        if isEditingBody { bindings.append(.init(.tab, DocumentCommand.switchPane)) }
        return [isEditingBody ? editor.keymap : form.keymap, Keymap(title, bindings)]
    }

    var commands: [Command] {
        var list = [
            DocumentCommand.command(DocumentCommand.save, DocumentsTexts.save, DocumentsTexts.saveHelp, context),
            DocumentCommand.command(DocumentCommand.switchPane, DocumentsTexts.switchPane, DocumentsTexts.switchPaneHelp, context),
            DocumentCommand.command(DocumentCommand.loadFile, DocumentsTexts.loadFile, DocumentsTexts.loadFileHelp, context),
            DocumentCommand.command(DocumentCommand.saveFile, DocumentsTexts.saveFile, DocumentsTexts.saveFileHelp, context),
            DocumentCommand.command(DocumentCommand.check, DocumentsTexts.check, DocumentsTexts.checkHelp, context),
        ]
        if setup.preview != nil {
            list.append(DocumentCommand.command(DocumentCommand.preview, DocumentsTexts.preview, DocumentsTexts.previewHelp, context))
        }
        return list + TextEditor.commands + FormCommand.table
    }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case DocumentCommand.save, FormCommand.submit: save()
        case DocumentCommand.switchPane: isEditingBody.toggle()
        case DocumentCommand.loadFile: presentFilePicker()
        case DocumentCommand.saveFile: promptForPath()
        case DocumentCommand.check: check()
        case DocumentCommand.preview: preview()
        case FormCommand.cancel: DocumentBack.leave(context, hasUnsavedChanges: hasUnsavedChanges)
        default: return performInPane(command)
        }
        return .handled
    }

    private mutating func performInPane(_ command: CommandID) -> HandlingResult {
        guard isEditingBody else { return form.perform(command) }
        let before = editor.text
        let result = editor.perform(command)
        if editor.isExternalEditRequested {
            editor.isExternalEditRequested = false
            context.request(.runExternalEditor(
                text: editor.text, fileExtension: setup.format == .html ? "html" : "txt", tag: Self.externalTag))
        }
        if editor.text != before { bodyMessage = nil }
        return result
    }

    mutating func handleUnbound(_ key: Key) -> HandlingResult {
        guard isEditingBody else { return form.handleUnbound(key) }
        let result = editor.handleUnbound(key)
        if result == .handled { bodyMessage = nil }
        return result
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        let parts = inside.split(intoRows: [.fixed(4), .minimum(3), .fixed(1)])
        form.render(into: &buffer, in: parts[0], theme: theme, isFocused: !isEditingBody)
        let bodyTitle = context.text(setup.format == .html ? DocumentsTexts.htmlBody : DocumentsTexts.body)
        let bodyArea = buffer.drawPane(parts[1], title: bodyTitle, theme: theme, isFocused: isEditingBody)
        editor.render(into: &buffer, in: bodyArea, theme: theme, isFocused: isEditingBody)
        if let bodyMessage {
            buffer.write(bodyMessage, at: Point(x: parts[2].x, y: parts[2].y), style: theme.style(.error), clip: parts[2])
        }
    }

    func cursorPosition(in area: Rect) -> Point? {
        let parts = area.inset(by: 1).split(intoRows: [.fixed(4), .minimum(3), .fixed(1)])
        return isEditingBody ? editor.cursorPosition(in: parts[1].inset(by: 1)) : form.cursorPosition(in: parts[0])
    }

    static let externalTag = "documents.external"
}

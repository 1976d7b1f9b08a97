import CollectaCore
import Foundation
import TerminalUI

/// Saving, checking, files and preview of the message editor.
extension MessageEditorScreen {
    static let loadTag = "documents.loadPath"
    static let pathTag = "documents.savePath"
    static let overwriteTag = "documents.overwrite"

    mutating func save() {
        let errors = form.submit()
        if let first = errors.first {
            context.show(first.label + ": " + first.message, severity: .error)
            return
        }
        do {
            let (violations, savedID) = try setup.save(form.draft, editor.text)
            guard violations.isEmpty else {
                show(violations)
                return
            }
            context.show(context.text(DocumentsTexts.saved))
            context.request(.pop)
            context.request(.deliver(OverlayResult(tag: DocumentCommand.savedTag, value: savedID)))
        } catch {
            context.show("\(error)", severity: .error)
        }
    }

    /// Puts each violation at the body or the subject; the first in the status line.
    mutating func show(_ violations: [Violation]) {
        let prefix = setup.fieldPrefix(form.draft.language)
        bodyMessage = violations.first { $0.field == prefix + "." + setup.bodyField }.map { DocumentViolations.text(of: $0, in: context.language) }
        _ = DocumentViolations.show(violations, in: &form, language: context.language) { field in
            if field == prefix + "." + setup.subjectField { return 1 }
            return field.hasSuffix("messages") || field.hasSuffix(".texts") ? 0 : nil
        }
        if bodyMessage != nil { isEditingBody = true }
        DocumentViolations.report(violations, in: context)
    }

    /// Lists the R15 problems of the subject and body in the status line.
    func check() {
        let problems = TemplateRenderer.placeholderProblems(in: form.fields[1].text, format: .plainText)
            + TemplateRenderer.placeholderProblems(in: editor.text, format: setup.format)
        if problems.isEmpty {
            context.show(context.text(DocumentsTexts.noProblems))
        } else {
            let isRussian = context.language == .russian
            context.show(
                problems.map { isRussian ? $0.russianDescription : $0.description }.joined(separator: "; "),
                severity: .error)
        }
    }

    /// The directory file dialogs start in: `$PWD` of the application, else the process's.
    var workingDirectory: String {
        context.environment["PWD"] ?? FileManager.default.currentDirectoryPath
    }

    func presentFilePicker() {
        let picker = FilePickerDialog(
            title: context.text(DocumentsTexts.openFile), startDirectory: workingDirectory,
            allowedExtensions: [".html", ".htm", ".eml"], texts: context.filePickerTexts)
        let screen = DialogScreen(picker, tag: Self.loadTag, context: context) { dialog -> Any?? in
            switch dialog.outcome {
            case .chosen(let path): .some(path)
            case .cancelled: .some(nil)
            case nil: nil
            }
        }
        context.request(.present(screen, size: Size(width: 72, height: 22), framed: false))
    }

    func promptForPath() {
        let suggested = (workingDirectory as NSString).appendingPathComponent(
            "\(form.draft.language.isEmpty ? "body" : form.fields[0].text).\(setup.format == .html ? "html" : "txt")")
        let prompt = PromptDialog(
            title: context.text(DocumentsTexts.saveFile), message: context.text(DocumentsTexts.filePath),
            text: suggested, hint: context.text(Dialogs.promptHint))
        let screen = DialogScreen(prompt, tag: Self.pathTag, context: context, answer: { dialog -> Any?? in
            switch dialog.outcome {
            case .chosen(let path): .some(path)
            case .cancelled: .some(nil)
            case nil: nil
            }
        }, cursor: { dialog, area in dialog.cursorPosition(in: area) })
        context.request(.present(screen, size: Size(width: 70, height: 9), framed: false))
    }

    mutating func receive(_ result: OverlayResult) {
        switch result.tag {
        case Self.loadTag: if let path = result.value as? String { load(from: path) }
        case Self.pathTag:
            guard let path = result.value as? String, !path.isEmpty else { return }
            if FileManager.default.fileExists(atPath: path) {
                pendingPath = path
                context.confirm(context.text(DocumentsTexts.overwrite) + " " + path, tag: Self.overwriteTag)
            } else {
                write(to: path)
            }
        case Self.overwriteTag:
            if result.value as? Bool == true, let path = pendingPath { write(to: path) }
            pendingPath = nil
        case Self.externalTag: takeExternalEdit(result.value as? ExternalEditOutcome)
        default: DocumentBack.receive(result, context)
        }
    }

    /// Replaces the body with the text of an .html/.htm file or the html part of an .eml file.
    mutating func load(from path: String) {
        guard let data = FileManager.default.contents(atPath: path) else {
            context.show(context.text(DocumentsTexts.cannotLoad) + path, severity: .error)
            return
        }
        do {
            let bytes = [UInt8](data)
            let text = path.lowercased().hasSuffix(".eml")
                ? try MIMEMessage.htmlBody(of: bytes) : try HTMLFile.text(of: bytes)
            editor.buffer.replaceText(with: text)
            bodyMessage = nil
            context.show(context.text(DocumentsTexts.loaded) + path)
        } catch {
            context.show(context.text(DocumentsTexts.cannotLoad) + error.description, severity: .error)
        }
    }

    func write(to path: String) {
        if FileManager.default.createFile(atPath: path, contents: Data(editor.text.utf8)) {
            context.show(context.text(DocumentsTexts.written) + path)
        } else {
            context.show(context.text(DocumentsTexts.cannotWrite) + path, severity: .error)
        }
    }

    mutating func takeExternalEdit(_ outcome: ExternalEditOutcome?) {
        switch outcome {
        case .success(let text) where text != editor.text:
            editor.buffer.replaceText(with: text)
            bodyMessage = nil
        case .failure(let error):
            context.show(context.text(DocumentsTexts.externalFailed) + error.description, severity: .error)
        default: break
        }
    }

    func preview() {
        guard let preview = setup.preview else { return }
        context.request(.push(preview(MessageHeader(language: form.fields[0].text, subject: form.fields[1].text), editor.text)))
    }
}

import Foundation

/// Why editing in an external editor gave no text back. The text being edited is unchanged.
public enum ExternalEditorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The temporary file could not be created or written.
    case temporaryFileFailed(path: String, reason: String)
    /// The editor process could not be started.
    case launchFailed(command: String, reason: String)
    /// The editor exited with a non-zero status (as `vim`'s `:cq` does to cancel); 127 usually
    /// means the shell did not find the command.
    case editorFailed(command: String, status: Int32)
    /// The file could not be read back.
    case readFailed(path: String)
    /// The file read back is not valid UTF-8.
    case notUTF8(path: String)

    public var description: String {
        switch self {
        case .temporaryFileFailed(let path, let reason):
            "could not write the temporary file \(path): \(reason)"
        case .launchFailed(let command, let reason):
            "could not start the editor '\(command)': \(reason)"
        case .editorFailed(let command, let status):
            "the editor '\(command)' exited with status \(status); the text is unchanged"
        case .readFailed(let path):
            "could not read the edited file \(path) back; the text is unchanged"
        case .notUTF8(let path):
            "the edited file \(path) is not UTF-8 text; the text is unchanged"
        }
    }
}

/// Runs an editor command on a file with the real terminal and waits for it: the part of the
/// external editor that tests replace with a fake.
public protocol EditorProcessRunner: Sendable {
    /// Runs `command` (a shell word list such as `code -w`) on the file at `path`, waiting until
    /// it exits; returns its exit status.
    func run(editorCommand command: String, onFileAt path: String) throws(ExternalEditorError) -> Int32
}

/// The `$EDITOR` escape hatch: the text goes to a private temporary file, the terminal leaves
/// full-screen mode, the editor runs on the file, the terminal comes back, and the file's text
/// is the result.
public struct ExternalEditor: Sendable {
    /// The editor command: `$VISUAL`, else `$EDITOR`, else `vi`.
    public var command: String
    /// What starts the editor process.
    public var runner: any EditorProcessRunner
    /// The temporary file's extension (without the dot), so the editor picks a syntax (`html`).
    public var fileExtension: String
    /// The start of the temporary file's name.
    public var filePrefix: String

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        runner: any EditorProcessRunner = ShellEditorRunner(),
        fileExtension: String = "txt", filePrefix: String = "edit"
    ) {
        self.command = ExternalEditor.command(from: environment)
        self.runner = runner
        self.fileExtension = fileExtension
        self.filePrefix = filePrefix
    }

    /// The editor named by `environment`: a non-empty `VISUAL`, else a non-empty `EDITOR`, else `vi`.
    public static func command(from environment: [String: String]) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], !value.allSatisfy(\.isWhitespace) { return value }
        }
        return "vi"
    }

    /// Lets the user edit `text` in the external editor and returns the edited text.
    ///
    /// The terminal is suspended only while the editor runs and resumed whatever happens; the
    /// temporary file (mode 0600) is deleted whatever happens. Editors add a final line break:
    /// it is dropped again when `text` did not end in one.
    @MainActor
    public func edit(_ text: String, on terminal: some Terminal) throws(ExternalEditorError) -> String {
        let path = try ExternalEditor.makeTemporaryFile(
            containing: text, named: "\(filePrefix)-\(UUID().uuidString).\(fileExtension)")
        defer { unlink(path) }
        terminal.suspend()
        let status: Int32
        do {
            defer { terminal.resume() }
            status = try runner.run(editorCommand: command, onFileAt: path)
        }
        guard status == 0 else { throw .editorFailed(command: command, status: status) }
        let edited = try ExternalEditor.readText(at: path)
        return ExternalEditor.matchingFinalLineBreak(of: text, in: edited)
    }

    /// Creates a new file readable and writable by its owner only, holding `text` in UTF-8.
    static func makeTemporaryFile(containing text: String, named name: String) throws(ExternalEditorError) -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw .temporaryFileFailed(path: path, reason: String(cString: strerror(errno)))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        } catch {
            unlink(path)
            throw .temporaryFileFailed(path: path, reason: "\(error)")
        }
        return path
    }

    /// The file's text; refuses bytes that are not UTF-8 rather than guessing an encoding.
    static func readText(at path: String) throws(ExternalEditorError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw .readFailed(path: path) }
        guard let text = String(validating: data, as: UTF8.self) else { throw .notUTF8(path: path) }
        return text
    }

    /// `edited` without the one final line break an editor added to a text that had none.
    static func matchingFinalLineBreak(of original: String, in edited: String) -> String {
        guard original.last?.isNewline != true, edited.last?.isNewline == true else { return edited }
        return String(edited.dropLast())
    }
}

extension TextEditor {
    /// Runs `editor` on the text (suspending `terminal` meanwhile) and takes the result as one
    /// undo step. On failure the text is unchanged and the error says why (for the status line).
    @MainActor
    public mutating func editExternally(
        using editor: ExternalEditor, on terminal: some Terminal
    ) throws(ExternalEditorError) {
        isExternalEditRequested = false
        let edited = try editor.edit(buffer.text, on: terminal)
        guard edited != buffer.text else { return }
        buffer.replaceText(with: edited)
    }
}

import Foundation
import Testing
import TerminalUITesting
import TerminalUI

/// A terminal that only records suspend and resume, and what the editor saw in between.
@MainActor
private final class SuspendRecordingTerminal: Terminal {
    var events: [String] = []
    let size = Size(width: 80, height: 24)
    let colorCount = 256

    func draw(_ buffer: ScreenBuffer, cursor: Point?) {}
    func readKey(timeout: Double?) -> Key? { nil }
    func suspend() { events.append("suspend") }
    func resume() { events.append("resume") }
}

/// An editor that checks the file it is given and writes `replacement` bytes into it.
private final class FakeEditorRunner: EditorProcessRunner, @unchecked Sendable {
    let replacement: Data
    let status: Int32
    private(set) var seenCommand: String?
    private(set) var seenPath: String?
    private(set) var seenText: String?
    private(set) var seenPermissions: Int?

    init(writing replacement: String, status: Int32 = 0) {
        self.replacement = Data(replacement.utf8)
        self.status = status
    }

    init(writingBytes replacement: Data) {
        self.replacement = replacement
        self.status = 0
    }

    func run(editorCommand command: String, onFileAt path: String) throws(ExternalEditorError) -> Int32 {
        seenCommand = command
        seenPath = path
        seenText = try? String(contentsOfFile: path, encoding: .utf8)
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        seenPermissions = (attributes?[.posixPermissions] as? NSNumber)?.intValue
        _ = FileManager.default.createFile(atPath: path, contents: replacement)
        return status
    }
}

@Suite("External editor")
@MainActor
struct ExternalEditorTests {
    init() {
        TestLocale.useUTF8()
    }

    @Test("VISUAL wins over EDITOR; blank values are skipped; vi is the default")
    func choosesCommand() {
        #expect(ExternalEditor.command(from: ["VISUAL": "nano", "EDITOR": "ed"]) == "nano")
        #expect(ExternalEditor.command(from: ["VISUAL": " ", "EDITOR": "code -w"]) == "code -w")
        #expect(ExternalEditor.command(from: [:]) == "vi")
    }

    @Test("The text goes to a private temporary file, the terminal is suspended around the editor, the file is deleted")
    func roundTrip() throws {
        let runner = FakeEditorRunner(writing: "<p>Здравствуйте</p>\n")
        let editor = ExternalEditor(environment: ["EDITOR": "fake"], runner: runner, fileExtension: "html")
        let terminal = SuspendRecordingTerminal()
        let edited = try editor.edit("<p>Hello</p>", on: terminal)
        #expect(edited == "<p>Здравствуйте</p>")
        #expect(terminal.events == ["suspend", "resume"])
        #expect(runner.seenCommand == "fake")
        #expect(runner.seenText == "<p>Hello</p>")
        #expect(runner.seenPermissions == 0o600)
        let path = try #require(runner.seenPath)
        #expect(path.hasSuffix(".html"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("A final line break is kept when the text had one")
    func keepsFinalLineBreak() throws {
        let editor = ExternalEditor(environment: [:], runner: FakeEditorRunner(writing: "b\n"))
        #expect(try editor.edit("a\n", on: SuspendRecordingTerminal()) == "b\n")
    }

    @Test("A file that is not UTF-8 is refused; the terminal is resumed and the file deleted")
    func refusesNonUTF8() {
        let runner = FakeEditorRunner(writingBytes: Data([0x3C, 0x70, 0xFF, 0xFE]))
        let editor = ExternalEditor(environment: [:], runner: runner)
        let terminal = SuspendRecordingTerminal()
        do {
            _ = try editor.edit("text", on: terminal)
            Issue.record("bytes that are not UTF-8 were accepted")
        } catch {
            #expect(error == .notUTF8(path: runner.seenPath ?? ""))
        }
        #expect(terminal.events == ["suspend", "resume"])
        #expect(!FileManager.default.fileExists(atPath: runner.seenPath ?? "/"))
    }

    @Test("An editor exiting with a non-zero status leaves the text unchanged")
    func editorFailure() {
        let runner = FakeEditorRunner(writing: "changed", status: 1)
        let editor = ExternalEditor(environment: ["VISUAL": "vim"], runner: runner)
        var textEditor = TextEditor(text: "original")
        textEditor.isExternalEditRequested = true
        #expect(throws: ExternalEditorError.editorFailed(command: "vim", status: 1)) {
            try textEditor.editExternally(using: editor, on: SuspendRecordingTerminal())
        }
        #expect(textEditor.text == "original")
        #expect(!textEditor.isExternalEditRequested)
    }

    @Test("The text editor takes the edited text as one undo step")
    func editorTakesResult() throws {
        let editor = ExternalEditor(environment: [:], runner: FakeEditorRunner(writing: "new\ntext\n"))
        var textEditor = TextEditor(text: "old")
        try textEditor.editExternally(using: editor, on: SuspendRecordingTerminal())
        #expect(textEditor.buffer.lines == ["new", "text"])
        textEditor.buffer.undo()
        #expect(textEditor.text == "old")
    }

    @Test("A real command runs through the shell with its words split: EDITOR=\"sed -i s/old/new/\"")
    func realCommand() throws {
        let editor = ExternalEditor(environment: ["EDITOR": "sed -i s/old/new/"], fileExtension: "html")
        let terminal = SuspendRecordingTerminal()
        let edited = try editor.edit("<p>the old text</p>\n<p>old</p>", on: terminal)
        #expect(edited == "<p>the new text</p>\n<p>new</p>")
        #expect(terminal.events == ["suspend", "resume"])
    }

    @Test("A command the shell cannot find fails with status 127")
    func missingCommand() {
        let editor = ExternalEditor(environment: ["EDITOR": "no-such-editor-x9"])
        let terminal = SuspendRecordingTerminal()
        #expect(throws: ExternalEditorError.editorFailed(command: "no-such-editor-x9", status: 127)) {
            try editor.edit("text", on: terminal)
        }
        #expect(terminal.events == ["suspend", "resume"])
    }
}

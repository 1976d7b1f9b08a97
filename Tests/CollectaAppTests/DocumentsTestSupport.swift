import CollectaCore
import CollectaStore
import Foundation
import TerminalUI
import TerminalUITesting
@testable import CollectaApp

/// Boots the application for the business-document screens, with `PWD` (where file dialogs
/// start) and a fake `$EDITOR`.
@MainActor
enum DocumentsHarness {
    /// The menu rows of the three areas.
    enum Area: Int { case activityTemplates, emailTemplates, letterSequences }

    static func driver(
        language: Language = .english, size: Size = Size(width: 100, height: 30), directory: String = NSTemporaryDirectory(),
        editor: (any EditorProcessRunner)? = nil
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        TestLocale.useUTF8()
        let store = try AppTestHarness.demoDatabase()
        let context = AppContext(
            database: store, language: language, today: AppTestHarness.today,
            environment: ["PWD": directory, "EDITOR": "fake-editor"])
        let company = try store.loadConfiguration()?.parameters.companyName ?? ""
        let driver = ScreenTestDriver(
            CollectaApplication(context: context, companyName: company), size: size, environment: ["NO_COLOR": "1"])
        context.terminal = driver.terminal
        if let editor { context.editorRunner = editor }
        return (driver, context)
    }

    /// Opens `area` from the main menu (found by filtering the menu with its title).
    static func open(_ area: Area, in driver: ScreenTestDriver<CollectaApplication>, language: Language = .english) {
        let titles = [DocumentsTexts.activityTemplates, DocumentsTexts.emailTemplates, DocumentsTexts.letterSequences]
        driver.send(.function(3))
        driver.type(titles[area.rawValue](language))
        driver.send(.enter)
    }

    /// A fresh directory holding `files` (name → bytes).
    static func directory(with files: [String: [UInt8]]) throws -> String {
        let path = NSTemporaryDirectory() + "collecta-docs-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, bytes) in files {
            _ = FileManager.default.createFile(atPath: path + "/" + name, contents: Data(bytes))
        }
        return path
    }
}

/// An editor that replaces the file's text with `replacement`.
struct FakeEditorRunner: EditorProcessRunner {
    let replacement: String

    func run(editorCommand command: String, onFileAt path: String) throws(ExternalEditorError) -> Int32 {
        _ = FileManager.default.createFile(atPath: path, contents: Data(replacement.utf8))
        return 0
    }
}

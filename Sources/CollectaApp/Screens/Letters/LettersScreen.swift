import CollectaCore
import CollectaStore
import Foundation
import TerminalUI

/// The collection letters, newest first. F3 switches the status shown (all, created, posted),
/// Enter shows the selected letter as printed, F9 writes the marked letters (or the selected
/// one) as HTML and text files into a directory and marks them posted, as
/// `collecta letters print` does.
public struct LettersScreen: AppScreen, CommandProviding {
    static let openCommand: CommandID = "letters.open"
    static let filterCommand: CommandID = "letters.filter"
    static let printCommand: CommandID = "letters.print"
    static let printTag = "letters.print"

    private let context: AppContext
    private(set) var status: LetterStatus?
    private(set) var list: Grid<LetterSource>

    public init(context: AppContext, status: LetterStatus? = nil) {
        self.context = context
        self.status = status
        list = Self.makeList(status, context: context)
    }

    public var title: String { context.text(LettersTexts.title) }

    public var keymaps: [Keymap] {
        let own = Keymap(title, [
            .init(.enter, Self.openCommand, showsInHelpBar: true),
            .init(.function(3), Self.filterCommand, showsInHelpBar: true),
            .init(.function(9), Self.printCommand, showsInHelpBar: true),
            .init(.character("p"), Self.printCommand),
        ])
        return [own, list.keymap]
    }

    public var commands: [Command] {
        let group = context.text(LettersTexts.group)
        let entries: [(CommandID, LocalizedText, LocalizedText)] = [
            (Self.openCommand, LettersTexts.open, LettersTexts.openHelp),
            (Self.filterCommand, LettersTexts.filter, LettersTexts.filterHelp),
            (Self.printCommand, LettersTexts.print, LettersTexts.printHelp),
        ]
        return entries.map { Command($0.0, title: context.text($0.1), group: group, help: context.text($0.2)) }
            + GridCommand.table
    }

    public func availability(of command: CommandID) -> CommandAvailability {
        switch command {
        case Self.openCommand, Self.printCommand:
            list.rowCount == 0 ? .disabled(reason: context.text(LettersTexts.noLetter)) : .enabled
        case GridCommand.sortNext: .disabled(reason: context.text(LettersTexts.fixedOrder))
        case GridCommand.filter: .disabled(reason: context.text(LettersTexts.useStatusFilter))
        default: .enabled
        }
    }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case Self.openCommand:
            guard let letter = selected else { return .ignored }
            context.request(.push(LetterDocumentScreen(context: context, letter: letter)))
        case Self.filterCommand:
            show(Self.status(after: status))
        case Self.printCommand:
            guard !letterIDsToPrint.isEmpty else { return .ignored }
            promptForDirectory()
        default:
            return list.perform(command)
        }
        return .handled
    }

    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        list.handleUnbound(key)
    }

    public mutating func receive(_ result: OverlayResult) {
        guard result.tag == Self.printTag, let directory = result.value as? String else { return }
        printAndPost(into: directory)
    }

    /// The status after `status` in the filter's cycle: all, created, posted, all…
    static func status(after status: LetterStatus?) -> LetterStatus? {
        switch status {
        case nil: .created
        case .created: .posted
        case .posted: nil
        }
    }

    /// Shows the letters with `status` (all when nil).
    mutating func show(_ status: LetterStatus?) {
        self.status = status
        list = Self.makeList(status, context: context)
    }

    /// The letter under the cursor.
    var selected: CollectionLetter? {
        list.source.letters(in: list.cursorIndex..<min(list.rowCount, list.cursorIndex + 1)).first
    }

    /// The marked letters, or else the selected one.
    var letterIDsToPrint: [Int64] {
        guard list.markedIDs.isEmpty else { return list.markedIDs.compactMap { Int64($0) }.sorted() }
        return selected?.id.map { [$0] } ?? []
    }

    /// Writes the letters to print into `directory` and marks them posted today; reports how
    /// many were written where, or why nothing was posted.
    mutating func printAndPost(into directory: String) {
        let ids = letterIDsToPrint
        guard !ids.isEmpty else { return }
        do {
            let writer = try LetterFileWriter(directory: directory)
            let result = try context.database.printLetters(ids: ids, with: writer, postingOn: context.today)
            context.show(context.text(LettersTexts.printed(result, directory: directory)))
            list.clearMarks()
        } catch let error as LetterPrintingError {
            context.show(context.text(LettersTexts.failure(error)), severity: .error)
        } catch {
            context.show(String(describing: error), severity: .error)
        }
        let cursor = list.cursorIndex
        list.reload()
        list.moveCursor(to: min(cursor, max(0, list.rowCount - 1)))
    }

    private func promptForDirectory() {
        let required = context.text(LettersTexts.directoryRequired)
        let workingDirectory = context.environment["PWD"] ?? FileManager.default.currentDirectoryPath
        let prompt = PromptDialog(
            title: context.text(LettersTexts.printTitle), message: context.text(LettersTexts.directory),
            text: (workingDirectory as NSString).appendingPathComponent("letters"),
            hint: context.text(Dialogs.promptHint),
            validate: { $0.trimmingCharacters(in: .whitespaces).isEmpty ? required : nil })
        let screen = DialogScreen(prompt, tag: Self.printTag, context: context, answer: { dialog -> Any?? in
            switch dialog.outcome {
            case .chosen(let text): .some(text.trimmingCharacters(in: .whitespaces))
            case .cancelled: .some(nil)
            case nil: nil
            }
        }, cursor: { dialog, area in dialog.cursorPosition(in: area) })
        context.request(.present(screen, size: Size(width: 70, height: 9), framed: false))
    }

    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        let parts = inside.split(intoRows: [.fixed(1), .minimum(1)])
        let summary = context.text(LettersTexts.shown) + ": " + context.text(LettersTexts.filter(status))
        buffer.write(summary, at: Point(x: parts[0].x, y: parts[0].y), style: theme.style(.muted), clip: parts[0])
        var list = self.list
        list.resize(to: parts[1].size)
        list.render(into: &buffer, in: parts[1], theme: theme, isFocused: true)
    }

    static func makeList(_ status: LetterStatus?, context: AppContext) -> Grid<LetterSource> {
        let text = context.text
        let columns = [
            GridColumn(id: "id", title: text(LettersTexts.number), width: .fixed(6), alignment: .trailing),
            GridColumn(id: "date", title: text(LettersTexts.date), width: .fixed(10)),
            GridColumn(id: "customer", title: text(LettersTexts.customer), width: .flexible(minimum: 8)),
            GridColumn(id: "level", title: text(LettersTexts.level), width: .fixed(5), alignment: .trailing),
            GridColumn(id: "language", title: text(LettersTexts.language), width: .fixed(5)),
            GridColumn(id: "status", title: text(LettersTexts.status), width: .fixed(10)),
            GridColumn(id: "postedOn", title: text(LettersTexts.postedOn), width: .fixed(10)),
            GridColumn(id: "title", title: text(LettersTexts.letterTitle), width: .flexible(minimum: 10, share: 3)),
        ]
        var strings = context.gridStrings
        strings.noRows = text(LettersTexts.noRows)
        let source = LetterSource(database: context.database, status: status, language: context.language)
        return Grid(columns: columns, source: source, strings: strings, allowsMarking: true)
    }
}

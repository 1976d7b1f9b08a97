import Foundation

/// Browses directories from a start path and picks a file.
///
/// Directories come first, then the files with an allowed extension, each sorted by name, with
/// a size column. ↑/↓ (or k/j), PgUp/PgDn and Home/End select; Enter opens a directory (or `..`)
/// or chooses a file; Backspace goes to the parent directory; Esc cancels. A directory that
/// cannot be read shows an error line instead of entries.
public struct FilePickerDialog: Component {
    public var title: String
    public var texts: Texts
    /// The extensions offered (`[".html", ".htm", ".eml"]`); empty offers every file.
    public let allowedExtensions: [String]
    public let showsHiddenFiles: Bool
    /// The directory shown, as an absolute standardised path.
    public private(set) var directory = ""
    /// Its entries as listed: `..` first (except at `/`), then directories, then files.
    public private(set) var entries: [Entry] = []
    public private(set) var selectedIndex = 0
    /// Whether the directory shown could not be read.
    public private(set) var isUnreadable = false
    /// `.chosen(path)` when a file is chosen, `.cancelled` after Esc.
    public private(set) var outcome: DialogOutcome<String>?
    private var scrollTop = 0

    /// The box the picker asks for; smaller screens clip it.
    static let preferredSize = Size(width: 72, height: 22)
    /// The columns of the size column.
    private static let sizeWidth = 10

    public init(
        title: String = "Open file", startDirectory: String, allowedExtensions: [String] = [],
        showsHiddenFiles: Bool = false, texts: Texts = Texts()
    ) {
        self.title = title
        self.texts = texts
        self.allowedExtensions = allowedExtensions
        self.showsHiddenFiles = showsHiddenFiles
        load(URL(fileURLWithPath: startDirectory).standardizedFileURL.path)
    }

    /// The entry under the selection, if any.
    public var selectedEntry: Entry? {
        entries.indices.contains(selectedIndex) ? entries[selectedIndex] : nil
    }

    public var keymap: Keymap { FilePickerDialog.keymap }

    private static let keymap = Keymap("File picker", [
        .init(.up, .filePickerUp), .init(.character("k"), .filePickerUp),
        .init(.down, .filePickerDown), .init(.character("j"), .filePickerDown),
        .init(.pageUp, .filePickerPageUp), .init(.pageDown, .filePickerPageDown),
        .init(.home, .filePickerFirst), .init(.end, .filePickerLast),
        .init(.enter, .dialogChoose, showsInHelpBar: true),
        .init(.backspace, .filePickerParent, showsInHelpBar: true),
        .init(.escape, .dialogCancel, showsInHelpBar: true),
    ])

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case .filePickerUp: select(selectedIndex - 1)
        case .filePickerDown: select(selectedIndex + 1)
        case .filePickerPageUp: select(selectedIndex - FilePickerDialog.preferredListRows)
        case .filePickerPageDown: select(selectedIndex + FilePickerDialog.preferredListRows)
        case .filePickerFirst: select(0)
        case .filePickerLast: select(entries.count - 1)
        case .filePickerParent: openParent()
        case .dialogChoose: chooseSelection()
        case .dialogCancel: outcome = .cancelled
        default: return .ignored
        }
        return .handled
    }

    /// The dialog's box when drawn over `area`.
    public func frame(in area: Rect) -> Rect {
        area.centered(FilePickerDialog.preferredSize)
    }

    /// Draws the box centred in `area`: the path, the entries, a status line, the hint.
    public func render(into screen: inout ScreenBuffer, in area: Rect, theme: Theme, isFocused: Bool) {
        let content = DialogChrome.drawFrame(frame(in: area), title: title, into: &screen, theme: theme)
        guard content.height >= 4 else { return }
        write(FilePickerDialog.clipLeading(directory, to: content.width), row: content.row(0),
              role: .accent, into: &screen, theme: theme)
        let list = Rect(x: content.x, y: content.y + 1, width: content.width, height: content.height - 3)
        drawEntries(in: list, into: &screen, theme: theme)
        if let status = statusLine {
            write(status.text, row: content.row(content.height - 2), role: status.role, into: &screen, theme: theme)
        }
        write(texts.hint, row: content.row(content.height - 1), role: .muted, into: &screen, theme: theme)
    }

    // MARK: - Moving around

    private static var preferredListRows: Int {
        DialogChrome.contentArea(of: Rect(size: preferredSize)).height - 3
    }

    private mutating func select(_ index: Int) {
        selectedIndex = max(0, min(index, entries.count - 1))
        scrollTop = DialogChrome.scrollTop(scrollTop, showing: selectedIndex, rows: FilePickerDialog.preferredListRows)
    }

    private mutating func chooseSelection() {
        guard let entry = selectedEntry else { return }
        switch entry.kind {
        case .parent: openParent()
        case .directory: load(path(of: entry))
        case .file: outcome = .chosen(path(of: entry))
        }
    }

    private mutating func openParent() {
        guard directory != "/" else { return }
        let current = URL(fileURLWithPath: directory)
        load(current.deletingLastPathComponent().standardizedFileURL.path, selecting: current.lastPathComponent)
    }

    /// Lists `path`, selecting the directory named `name` (coming back up) or the first entry
    /// after `..`.
    private mutating func load(_ path: String, selecting name: String? = nil) {
        directory = path
        var listed: [Entry] = []
        do {
            listed = try FilePickerListing.entries(
                in: path, allowedExtensions: FilePickerListing.normalizedExtensions(allowedExtensions),
                showsHiddenFiles: showsHiddenFiles)
            isUnreadable = false
        } catch {
            isUnreadable = true
        }
        entries = (path == "/" ? [] : [Entry(name: "..", kind: .parent)]) + listed
        let named = name.flatMap { name in entries.firstIndex { $0.kind == .directory && $0.name == name } }
        scrollTop = 0
        select(named ?? (entries.count > 1 ? 1 : 0))
    }

    private func path(of entry: Entry) -> String {
        URL(fileURLWithPath: directory).appendingPathComponent(entry.name).path
    }

    // MARK: - Drawing

    /// The error when the directory is unreadable, or a note when it holds no files.
    private var statusLine: (text: String, role: StyleRole)? {
        if isUnreadable { return (texts.unreadable, .error) }
        if !entries.contains(where: { $0.kind == .file }) { return (texts.noFiles, .muted) }
        return nil
    }

    private func drawEntries(in list: Rect, into screen: inout ScreenBuffer, theme: Theme) {
        let top = DialogChrome.scrollTop(scrollTop, showing: selectedIndex, rows: list.height)
        for row in 0..<list.height where top + row < entries.count {
            let index = top + row
            let role: StyleRole = index == selectedIndex ? .selected : .normal
            write(line(for: entries[index], width: list.width), row: list.row(row), role: role,
                  into: &screen, theme: theme)
        }
    }

    /// `name/` or `name` padded, then the size right-aligned.
    private func line(for entry: Entry, width: Int) -> String {
        let sizeWidth = FilePickerDialog.sizeWidth
        let name = entry.kind == .directory ? entry.name + "/" : entry.name
        let size = entry.size.map(FilePickerListing.formattedSize) ?? ""
        guard width > sizeWidth + 1 else { return DisplayWidth.pad(name, to: width) }
        return DisplayWidth.pad(name, to: width - sizeWidth - 1) + " "
            + DisplayWidth.pad(size, to: sizeWidth, alignment: .trailing)
    }

    /// Fills `row` with `text` (padded, so a selected row is highlighted across).
    private func write(_ text: String, row: Rect, role: StyleRole, into screen: inout ScreenBuffer, theme: Theme) {
        screen.write(DisplayWidth.pad(text, to: row.width), at: Point(x: row.x, y: row.y),
                     style: theme.style(role), clip: row)
    }

    /// `text` cut at its start to `columns` columns, beginning with `…` when cut (paths read
    /// best from their end).
    static func clipLeading(_ text: String, to columns: Int) -> String {
        guard DisplayWidth.of(text) > columns else { return text }
        guard columns > 1 else { return String(repeating: "…", count: max(0, columns)) }
        var tail = ""
        for character in text.reversed() {
            if DisplayWidth.of(tail) + DisplayWidth.of(character) > columns - 1 { break }
            tail.insert(character, at: tail.startIndex)
        }
        return "…" + tail
    }
}

import Foundation
import Testing
import TerminalUITesting
import TerminalUI

@Suite("File picker")
final class FilePickerTests {
    /// A fresh directory tree: two directories, matching files (one Cyrillic, one in upper
    /// case), a file of another extension and a hidden one.
    let root: URL

    init() throws {
        TestLocale.useUTF8()
        root = FileManager.default.temporaryDirectory.appendingPathComponent("picker-\(UUID().uuidString)")
        try makeTree()
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    private func makeTree() throws {
        let files = FileManager.default
        try files.createDirectory(at: root.appendingPathComponent("templates/emails"), withIntermediateDirectories: true)
        try files.createDirectory(at: root.appendingPathComponent("Archive"), withIntermediateDirectories: true)
        let contents: [String: Int] = [
            "reminder.html": 2048, "Письмо.htm": 300, "notes.txt": 10, "b.EML": 5, ".hidden.html": 1,
            "templates/emails/first.html": 1_572_864,
        ]
        for (name, size) in contents {
            try Data(repeating: 65, count: size).write(to: root.appendingPathComponent(name))
        }
    }

    private func picker() -> FilePickerDialog {
        FilePickerDialog(startDirectory: root.path, allowedExtensions: [".html", ".htm", ".eml"])
    }

    @Test("Directories first, then matching files, each sorted by name, with sizes; hidden files left out")
    func listing() {
        let dialog = picker()
        #expect(dialog.entries.map(\.name) == ["..", "Archive", "templates", "b.EML", "reminder.html", "Письмо.htm"])
        #expect(dialog.entries.map(\.size) == [nil, nil, nil, 5, 2048, 300])
        #expect(dialog.selectedEntry?.name == "Archive")
        let lines = drawnOverDots(dialog, size: Size(width: 50, height: 12))
        #expect(lines[0] == "┌─ Open file ────────────────────────────────────┐")
        #expect(Array(lines[2...8]) == [
            "│ ..                                             │",
            "│ Archive/                                       │",
            "│ templates/                                     │",
            "│ b.EML                                      5 B │",
            "│ reminder.html                           2.0 KB │",
            "│ Письмо.htm                               300 B │",
            "│                                                │",
        ])
        #expect(lines[10] == "│ Enter: open   Backspace: up   Esc: cancel      │")
        let screen = drawnOverDotsScreen(dialog, size: Size(width: 50, height: 12))
        #expect(screen[2, 3].style == Theme.monochrome.style(.selected))
        #expect(screen[47, 3].style == Theme.monochrome.style(.selected))
    }

    @Test("The path line keeps the end of a long path")
    func longPath() {
        let lines = drawnOverDots(picker(), size: Size(width: 30, height: 12))
        #expect(lines[1].hasPrefix("│ …"))
        #expect(lines[1].hasSuffix(root.lastPathComponent.suffix(10) + " │"))
        #expect(DisplayWidth.of(lines[1]) == 30)
    }

    @Test("Without extensions every file is offered; hidden files when asked")
    func allFiles() {
        let dialog = FilePickerDialog(startDirectory: root.path, showsHiddenFiles: true)
        #expect(dialog.entries.map(\.name) == [
            "..", "Archive", "templates", ".hidden.html", "b.EML", "notes.txt", "reminder.html", "Письмо.htm",
        ])
    }

    @Test("Enter opens a directory; Backspace goes back up with the directory selected")
    func browse() {
        var dialog = picker()
        deliver(.down, to: &dialog)
        deliver(.enter, to: &dialog)
        #expect(dialog.directory == root.appendingPathComponent("templates").path)
        deliver(.enter, to: &dialog)
        #expect(dialog.entries.map(\.name) == ["..", "first.html"])
        #expect(dialog.selectedEntry?.size == 1_572_864)
        #expect(drawnOverDots(dialog, size: Size(width: 50, height: 12))[3]
            == "│ first.html                              1.5 MB │")
        deliver(.backspace, to: &dialog)
        deliver(.backspace, to: &dialog)
        #expect(dialog.directory == root.path)
        #expect(dialog.selectedEntry?.name == "templates")
    }

    @Test("Enter on .. goes up like Backspace")
    func parentEntry() {
        var dialog = FilePickerDialog(startDirectory: root.appendingPathComponent("Archive").path)
        deliver(.home, to: &dialog)
        #expect(dialog.selectedEntry?.kind == .parent)
        deliver(.enter, to: &dialog)
        #expect(dialog.directory == root.path)
        #expect(dialog.selectedEntry?.name == "Archive")
    }

    @Test("Enter on a file chooses its path; Esc cancels")
    func choose() {
        var dialog = picker()
        deliver(.end, to: &dialog)
        deliver(.up, to: &dialog)
        deliver(.enter, to: &dialog)
        #expect(dialog.outcome == .chosen(root.appendingPathComponent("reminder.html").path))
        var cancelled = picker()
        deliver(.escape, to: &cancelled)
        #expect(cancelled.outcome == .cancelled)
    }

    @Test("An unreadable directory shows an error line and still offers the way up")
    func unreadable() {
        var dialog = FilePickerDialog(
            startDirectory: root.appendingPathComponent("missing").path,
            texts: .init(unreadable: "Каталог недоступен"))
        #expect(dialog.isUnreadable)
        #expect(dialog.entries.map(\.name) == [".."])
        let lines = drawnOverDots(dialog, size: Size(width: 50, height: 12))
        #expect(lines[9] == "│ Каталог недоступен                             │")
        deliver(.enter, to: &dialog)
        #expect(!dialog.isUnreadable)
        #expect(dialog.directory == root.path)
    }

    @Test("An empty directory says there are no matching files")
    func empty() {
        let dialog = FilePickerDialog(startDirectory: root.appendingPathComponent("Archive").path)
        #expect(drawnOverDots(dialog, size: Size(width: 50, height: 12))[9]
            == "│ No matching files here                         │")
    }

    @Test("The selection scrolls the list and stops at its ends")
    func scrolling() throws {
        for number in 1...30 {
            try Data().write(to: root.appendingPathComponent(String(format: "mail%02d.html", number)))
        }
        var dialog = picker()
        for _ in 0..<12 { deliver(.down, to: &dialog) }
        #expect(dialog.selectedEntry?.name == "mail10.html")
        let lines = drawnOverDots(dialog, size: Size(width: 50, height: 12))
        // Seven list rows on this screen: the selection is on the last one.
        #expect(lines[2] == "│ mail04.html                                0 B │")
        #expect(lines[8] == "│ mail10.html                                0 B │")
        deliver(.pageDown, to: &dialog)
        deliver(.pageDown, to: &dialog)
        #expect(dialog.selectedEntry?.name == "Письмо.htm")
        deliver(.character("k"), to: &dialog)
        #expect(dialog.selectedEntry?.name == "reminder.html")
    }
}

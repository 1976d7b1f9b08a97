import TerminalUI

/// What the probe reads off one frame of the process assignment list, as a user reads it: the
/// customer count in the header, the position on the grid's bottom line, the accounts of the
/// visible rows and the row under the cursor.
///
/// The probe runs the application in English, so it reads the English texts.
struct TUIProbeListView: Equatable {
    /// "Customers: N" in the header line.
    let customers: Int
    /// The cursor's position, 1-based, from the bottom line (`12/100000`); 0 when no row shows.
    let position: Int
    /// The first column (the account) of every data row shown, top to bottom.
    let accounts: [String]
    /// The account of the row drawn in the cursor's style; nil when no row is.
    let cursorAccount: String?
    /// The filter text on the bottom line (`Filter: x`), nil when no filter shows.
    let filter: String?

    /// The position of the first visible row, 1-based (0 when no row shows).
    var topPosition: Int {
        guard let cursorAccount, let offset = accounts.firstIndex(of: cursorAccount) else { return 0 }
        return position - offset
    }

    /// The position of the last visible row, 1-based (0 when no row shows).
    var bottomPosition: Int {
        accounts.isEmpty ? 0 : topPosition + accounts.count - 1
    }
}

/// Reads frames of the application drawn on the test terminal.
enum TUIProbeScreen {
    static let listTitle = "Collections process assignment"
    static let menuTitle = "Main menu"
    static let menuEntry = "Process assignment"
    static let customersLabel = "Customers: "
    static let filterPrompt = "Filter: "

    /// The title bar (`Collecta · Company · Screen title`).
    static func title(of buffer: ScreenBuffer) -> String {
        buffer.size.height > 0 ? buffer.line(0) : ""
    }

    /// The text of the rows drawn in `style` inside the body (the title bar, status line and
    /// help bar excluded), trimmed of the pane borders.
    static func rows(in buffer: ScreenBuffer, styled style: Style) -> [String] {
        guard buffer.size.width > 2, buffer.size.height > 3 else { return [] }
        return (1..<(buffer.size.height - 2)).filter { buffer[1, $0].style == style }.map { inner(buffer.line($0)) }
    }

    /// The process assignment list as shown in `buffer`, or why it cannot be read.
    static func list(in buffer: ScreenBuffer, cursorStyle: Style) throws(TUIProbeFailure) -> TUIProbeListView {
        let lines = buffer.lines.map(inner)
        guard title(of: buffer).contains(listTitle) else {
            throw TUIProbeFailure("the screen shown is not the process assignment list: \(title(of: buffer))")
        }
        guard let headerIndex = lines.firstIndex(where: { $0.contains(customersLabel) }),
              let customers = number(after: customersLabel, in: lines[headerIndex])
        else { throw TUIProbeFailure("the list shows no customer count (\"\(customersLabel)N\")") }
        guard let ruleIndex = lines[headerIndex...].firstIndex(where: isRule),
              let bottomIndex = lines[ruleIndex...].firstIndex(where: { positionText(in: $0) != nil }),
              let (position, total) = positionText(in: lines[bottomIndex])
        else { throw TUIProbeFailure("the list shows no grid with a position (\"N/M\")") }
        guard total == customers else {
            throw TUIProbeFailure("the header counts \(customers) customers, the grid \(total)")
        }
        let dataRows = (ruleIndex + 1)..<bottomIndex
        let accounts = dataRows.map { lines[$0] }.compactMap(firstWord)
        let cursor = dataRows.first { buffer[1, $0].style == cursorStyle && firstWord(lines[$0]) != nil }
        let bottom = lines[bottomIndex]
        let filter = bottom.hasPrefix(filterPrompt)
            ? String(bottom.dropFirst(filterPrompt.count).prefix { $0 != " " && $0 != "_" }) : nil
        return TUIProbeListView(customers: customers, position: position, accounts: accounts,
                                cursorAccount: cursor.flatMap { firstWord(lines[$0]) }, filter: filter)
    }

    /// A line without the pane's vertical borders.
    private static func inner(_ line: String) -> String {
        var text = Substring(line)
        if text.first == "│" { text = text.dropFirst() }
        if text.last == "│" { text = text.dropLast() }
        return String(text)
    }

    private static func isRule(_ line: String) -> Bool {
        !line.isEmpty && line.allSatisfy { $0 == "─" }
    }

    /// The first word of a data row (its account); nil for a blank row or "No rows".
    private static func firstWord(_ line: String) -> String? {
        guard let first = line.first, first != " " else { return nil }
        let word = String(line.prefix { $0 != " " })
        return word == "No" ? nil : word
    }

    /// The number right after `label` in `line`.
    private static func number(after label: String, in line: String) -> Int? {
        guard let range = line.range(of: label) else { return nil }
        return Int(line[range.upperBound...].prefix(while: \.isNumber))
    }

    /// The `position/total` at the right end of a grid's bottom line.
    private static func positionText(in line: String) -> (Int, Int)? {
        guard line.last?.isNumber == true else { return nil }
        let word = line.lastIndex(of: " ").map { line[line.index(after: $0)...] } ?? line[...]
        let parts = word.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let position = Int(parts[0]), let total = Int(parts[1]) else { return nil }
        return (position, total)
    }
}

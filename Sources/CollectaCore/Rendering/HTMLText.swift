/// Readable plain text from an HTML email body, for previews in a terminal.
///
/// Block elements (`p`, `div`, headings, lists, tables…) start new lines, `<br>` breaks a line,
/// list items start with `• `, table rows become lines of cells aligned in columns and joined
/// by ` | `, entities are decoded, other tags are dropped, and `head`, `style` and `script`
/// are left out. Runs of white space collapse as a browser would; at most one blank line
/// separates paragraphs.
extension HTMLText {
    /// `html` as lines of plain text, joined with `\n`.
    public static func plainText(from html: String) -> String {
        var writer = HTMLTextWriter()
        for token in HTMLTokenizer.tokens(of: html) {
            writer.take(token)
        }
        return writer.finish()
    }

    /// Decodes character references: `&amp;`, `&lt;`, `&nbsp;`, `&#1046;`, `&#x416;` and the
    /// common named ones; an unknown reference stays as written.
    public static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";"),
               let decoded = entity(String(after[..<semicolon])) {
                output += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                output += "&"
                rest = after
            }
        }
        return output + rest
    }

    private static func entity(_ name: String) -> String? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        if name.hasPrefix("#") {
            return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        return namedEntities[name]
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "laquo": "«", "raquo": "»", "mdash": "—", "ndash": "–", "hellip": "…", "euro": "€",
        "copy": "©", "reg": "®", "trade": "™", "rarr": "→", "larr": "←", "bull": "•",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "times": "×", "deg": "°",
        "numero": "№", "shy": "",
    ]
}

/// A piece of HTML: text between tags, or a tag by lower-cased name.
enum HTMLToken: Equatable {
    case text(String)
    case open(String)
    case close(String)
}

enum HTMLTokenizer {
    /// Elements whose content is never shown.
    static let hiddenElements: Set<String> = ["head", "style", "script", "title"]

    static func tokens(of html: String) -> [HTMLToken] {
        var tokens: [HTMLToken] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            if open > rest.startIndex { tokens.append(.text(String(rest[..<open]))) }
            let tagText = rest[open...]
            if tagText.hasPrefix("<!--") {
                rest = tagText.range(of: "-->").map { tagText[$0.upperBound...] } ?? ""
                continue
            }
            guard let close = tagText.firstIndex(of: ">") else {
                tokens.append(.text(String(tagText)))
                return tokens
            }
            let inside = tagText[tagText.index(after: tagText.startIndex)..<close]
            rest = tagText[tagText.index(after: close)...]
            guard let token = tag(inside) else { continue }
            if case .open(let name) = token, hiddenElements.contains(name) {
                rest = skip(rest, until: name)
                continue
            }
            tokens.append(token)
        }
        if !rest.isEmpty { tokens.append(.text(String(rest))) }
        return tokens
    }

    private static func tag(_ inside: Substring) -> HTMLToken? {
        let isClosing = inside.hasPrefix("/")
        let name = inside.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
        guard !name.isEmpty else { return nil }
        return isClosing ? .close(name) : .open(name)
    }

    /// The text after the closing tag of `name` (everything when there is none).
    private static func skip(_ text: Substring, until name: String) -> Substring {
        guard let end = text.range(of: "</" + name, options: [.caseInsensitive]) else { return "" }
        let after = text[end.upperBound...]
        return after.firstIndex(of: ">").map { after[after.index(after: $0)...] } ?? ""
    }
}

/// Lays HTML tokens out as lines.
struct HTMLTextWriter {
    private static let paragraphElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "hr",
    ]
    private static let lineElements: Set<String> = [
        "div", "tr", "li", "section", "article", "header", "footer", "address", "dl", "dt", "dd",
        "body", "html", "center", "form", "caption",
    ]

    private var lines: [String] = []
    private var current = ""
    /// Line breaks owed before the next text: 1 a new line, 2 a blank line.
    private var pendingBreaks = 0
    private var table: [[String]]?
    private var tableDepth = 0
    private var listDepth = 0

    mutating func take(_ token: HTMLToken) {
        switch token {
        case .text(let raw): write(HTMLText.decodeEntities(raw))
        case .open(let name): open(name)
        case .close(let name): close(name)
        }
    }

    private mutating func open(_ name: String) {
        switch name {
        case "table":
            tableDepth += 1
            if tableDepth == 1 {
                requestBreak(2)
                table = []
            }
        case "tr" where tableDepth == 1: table?.append([])
        case "td" where tableDepth == 1, "th" where tableDepth == 1:
            guard var rows = table else { break }
            if rows.isEmpty { rows.append([]) }
            rows[rows.count - 1].append("")
            table = rows
        case "br": if tableDepth > 0 { write(" ") } else { breakLine() }
        case "li":
            requestBreak(1)
            flushBreaks()
            current += String(repeating: "  ", count: max(0, listDepth - 1)) + "• "
        case "ul", "ol":
            listDepth += 1
            requestBreak(listDepth > 1 ? 1 : 2)
        default:
            if Self.paragraphElements.contains(name) { requestBreak(2) }
            if Self.lineElements.contains(name) { requestBreak(1) }
        }
    }

    private mutating func close(_ name: String) {
        switch name {
        case "table":
            tableDepth = max(0, tableDepth - 1)
            if tableDepth == 0, let rows = table {
                table = nil
                for line in Self.align(rows) { appendLine(line) }
                requestBreak(2)
            }
        case "ul", "ol":
            listDepth = max(0, listDepth - 1)
            requestBreak(listDepth > 0 ? 1 : 2)
        default:
            if Self.paragraphElements.contains(name) { requestBreak(2) }
            if Self.lineElements.contains(name) { requestBreak(1) }
        }
    }

    private mutating func write(_ text: String) {
        let collapsed = Self.collapse(text)
        if tableDepth > 0 {
            guard var rows = table, !rows.isEmpty, !rows[rows.count - 1].isEmpty else { return }
            rows[rows.count - 1][rows[rows.count - 1].count - 1] += collapsed
            table = rows
            return
        }
        guard !collapsed.isEmpty else { return }
        if collapsed == " " && (current.isEmpty || current.last == " " || pendingBreaks > 0) { return }
        flushBreaks()
        var piece = collapsed
        if current.isEmpty || current.last == " " { piece = String(piece.drop { $0 == " " }) }
        current += piece
    }

    private mutating func requestBreak(_ count: Int) {
        guard !(lines.isEmpty && current.isEmpty) else { return }
        pendingBreaks = max(pendingBreaks, count)
    }

    private mutating func breakLine() {
        flushBreaks()
        lines.append(Self.trimmed(current))
        current = ""
    }

    /// Ends the current line and adds the blank line owed, if any.
    private mutating func flushBreaks() {
        guard pendingBreaks > 0 else { return }
        if !current.isEmpty { lines.append(Self.trimmed(current)) }
        current = ""
        if pendingBreaks == 2, lines.last?.isEmpty == false { lines.append("") }
        pendingBreaks = 0
    }

    private mutating func appendLine(_ line: String) {
        flushBreaks()
        lines.append(Self.trimmed(line))
    }

    mutating func finish() -> String {
        if !current.isEmpty { lines.append(Self.trimmed(current)) }
        var result: [String] = []
        for line in lines where !(line.isEmpty && (result.isEmpty || result.last == "")) {
            result.append(line)
        }
        while result.last == "" { result.removeLast() }
        return result.joined(separator: "\n")
    }

    /// Browser white space: every run of spaces, tabs and line breaks is one space.
    private static func collapse(_ text: String) -> String {
        var output = ""
        var lastWasSpace = false
        for character in text {
            if character.isWhitespace && character != "\u{A0}" {
                if !lastWasSpace { output.append(" ") }
                lastWasSpace = true
            } else {
                output.append(character == "\u{A0}" ? " " : character)
                lastWasSpace = false
            }
        }
        return output
    }

    private static func trimmed(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line = line.dropLast() }
        return String(line)
    }

    /// Table rows as lines: cells padded to their column's width and joined by ` | `.
    static func align(_ rows: [[String]]) -> [String] {
        let cells = rows.map { $0.map { $0.trimmingSpaces } }.filter { !$0.isEmpty }
        let columnCount = cells.map(\.count).max() ?? 0
        let widths = (0..<columnCount).map { column in
            cells.map { $0.count > column ? $0[column].count : 0 }.max() ?? 0
        }
        return cells.map { row in
            let padded = row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }
            return trimmed(padded.joined(separator: " | "))
        }
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

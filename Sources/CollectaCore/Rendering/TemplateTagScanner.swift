/// A tag of a mustache template as written, with where it starts.
struct TemplateTag: Hashable, Sendable {
    /// What a tag is, by the character after its `{{`.
    enum Kind: Hashable, Sendable {
        /// `{{name}}`: the value, escaped for HTML in HTML templates.
        case variable
        /// `{{{name}}}` and `{{& name}}`: the value, never escaped.
        case unescapedVariable
        /// `{{#name}}`.
        case section
        /// `{{^name}}`.
        case invertedSection
        /// `{{/name}}`.
        case sectionEnd
        /// `{{! text}}`.
        case comment
        /// `{{> name}}`.
        case partial
        /// `{{< name}}…{{/name}}` and `{{$ name}}…{{/name}}`: template inheritance, with an end.
        case inheritance
        /// `{{=<% %>=}}`.
        case setDelimiters
        /// `{{% NAME: value}}`.
        case pragma
    }

    let kind: Kind
    /// The content after the tag's sigil, without the whitespace around it.
    let name: String
    /// The tag as written, e.g. `{{# overdueInvoices }}`.
    let text: String
    /// The line (from 1) and column (in characters, from 1) of the tag's `{{`.
    let line: Int
    let column: Int

    /// Whether the tag opens a section that a `{{/name}}` tag ends.
    var opensSection: Bool {
        kind == .section || kind == .invertedSection || kind == .inheritance
    }
}

/// Lists the tags of a template with the default delimiters `{{` `}}`, as swift-mustache's
/// parser reads them: each `{{` starts a tag that the next `}}` ends (`}}}` after `{{{`), and the
/// character after `{{` tells its kind.
///
/// Scanning stops at a `{{=…=}}` tag, after which the delimiters differ (such templates are
/// refused anyway), and at a tag that is not closed.
enum TemplateTagScanner {
    static func tags(in text: String) -> [TemplateTag] {
        var cursor = TextCursor(text)
        var tags: [TemplateTag] = []
        while let start = text[cursor.index...].firstRange(of: "{{")?.lowerBound {
            cursor.move(to: start)
            guard let tag = readTag(at: &cursor) else { break }
            tags.append(tag)
            if tag.kind == .setDelimiters { break }
        }
        return tags
    }

    /// Reads the tag whose `{{` is at the cursor and moves past it; nil when it is not closed.
    private static func readTag(at cursor: inout TextCursor) -> TemplateTag? {
        let text = cursor.text
        let start = cursor.index
        let afterOpening = text.index(start, offsetBy: 2)
        let sigil = afterOpening < text.endIndex ? text[afterOpening] : nil
        let kind = sigil.flatMap(kind(ofSigil:)) ?? .variable
        let contentStart = kind == .variable ? afterOpening : text.index(after: afterOpening)
        let closing = sigil == "{" ? "}}}" : "}}"
        guard let end = text[contentStart...].firstRange(of: closing) else { return nil }
        let tag = TemplateTag(
            kind: kind, name: trimmed(text[contentStart..<end.lowerBound]),
            text: String(text[start..<end.upperBound]), line: cursor.line, column: cursor.column)
        cursor.move(to: end.upperBound)
        return tag
    }

    private static func kind(ofSigil sigil: Character) -> TemplateTag.Kind? {
        switch sigil {
        case "{", "&": .unescapedVariable
        case "#": .section
        case "^": .invertedSection
        case "/": .sectionEnd
        case "!": .comment
        case ">": .partial
        case "<", "$": .inheritance
        case "=": .setDelimiters
        case "%": .pragma
        default: nil
        }
    }

    private static func trimmed(_ text: Substring) -> String {
        var text = text
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}

/// A position in a text that knows its line and column.
private struct TextCursor {
    let text: String
    private(set) var index: String.Index
    private(set) var line = 1
    private(set) var column = 1

    init(_ text: String) {
        self.text = text
        index = text.startIndex
    }

    /// Moves forward to `target`, counting lines and columns on the way.
    mutating func move(to target: String.Index) {
        while index < target {
            if text[index].isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.index(after: index)
        }
    }
}

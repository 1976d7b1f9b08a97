/// How a template's values are written out.
public enum TemplateFormat: Hashable, Sendable {
    /// HTML (email bodies): every value is HTML-escaped, and the tags that would write a value
    /// unescaped (`{{{name}}}`, `{{& name}}`) are refused.
    case html
    /// Plain text (subjects, letter titles and bodies): values are written as they are.
    case plainText
}

/// Something in a template that R15 refuses: an unknown placeholder, a tag Collecta does not
/// support, or a syntax error.
public struct PlaceholderProblem: Hashable, Sendable, CustomStringConvertible {
    /// The kind of problem.
    public enum Kind: String, Hashable, Sendable {
        /// A name the catalogue does not have where it is used, or a group or list used as a
        /// value (`{{customer.nmae}}`, `{{dueDate}}` outside `overdueInvoices`, `{{customer}}`).
        case unknownPlaceholder
        /// A tag that is valid mustache but not allowed: unescaped values in HTML, partials,
        /// template inheritance, pragmas, delimiter changes, transforms.
        case forbiddenTag
        /// The template cannot be parsed: an unclosed tag or section, a mismatched section end.
        case syntaxError
    }

    /// Whether the name is unknown, the tag forbidden, or the text unreadable.
    public let kind: Kind
    /// The name in the tag (`customer.nmae`); nil for syntax errors not about one tag's name.
    public let name: String?
    /// The line of the problem, from 1.
    public let line: Int
    /// The column of the problem in characters, from 1: where its tag's `{{` is.
    public let column: Int
    /// What is wrong, as an English phrase in lower case naming the tag.
    public let message: String
    /// What is wrong, in Russian, in lower case.
    public let russianMessage: String

    /// Creates a problem of `kind` at `line` and `column`, explained in English and Russian.
    public init(kind: Kind, name: String?, line: Int, column: Int, message: String, russianMessage: String) {
        self.kind = kind
        self.name = name
        self.line = line
        self.column = column
        self.message = message
        self.russianMessage = russianMessage
    }

    /// The message and the position, e.g.
    /// `unknown placeholder {{customer.nmae}} (line 2, column 7)`.
    public var description: String { "\(message) (line \(line), column \(column))" }

    /// The message and the position in Russian: `неизвестная подстановка {{x}} (строка 2, столбец 7)`.
    public var russianDescription: String { "\(russianMessage) (строка \(line), столбец \(column))" }
}

extension PlaceholderProblem {
    /// A problem with `tag`, at its position.
    init(_ kind: Kind, _ tag: TemplateTag, _ message: String, russian: String) {
        self.init(
            kind: kind, name: tag.name, line: tag.line, column: tag.column, message: message,
            russianMessage: russian)
    }
}

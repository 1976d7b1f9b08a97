import Mustache

/// An email rendered for one customer (R14, R15).
public struct RenderedEmail: Hashable, Sendable {
    /// The language of the message used (R14).
    public let language: String
    /// The subject: plain text on one line.
    public let subject: String
    /// The HTML body, every value HTML-escaped.
    public let htmlBody: String
}

/// A collection letter rendered for one customer (R11, R14, R15).
public struct RenderedLetter: Hashable, Sendable {
    /// The language of the text used (R14).
    public let language: String
    /// The title: plain text on one line.
    public let title: String
    /// The body as plain text.
    public let bodyText: String
    /// The printable HTML document, with print CSS: the company's name and address, the
    /// recipient (the customer's name and account), the letter date, the title, the body's
    /// paragraphs, a table of the overdue invoices and the totals per currency.
    public let bodyHTML: String
    /// The same document as plain text, its tables aligned by display width.
    public let documentText: String
}

/// Why an email or a letter could not be rendered.
public enum TemplateRenderingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text of `field` (e.g. `messages[en].htmlBody`) breaks R15; a configuration that
    /// passed validation has no such text.
    case invalidTemplate(field: String, problems: [PlaceholderProblem])
    /// The email template has no message at all.
    case noMessage(templateID: String)
    /// The letter sequence has no such level.
    case noLevel(sequenceID: String, level: Int)
    /// The level of the letter sequence has no text in any language.
    case noText(sequenceID: String, level: Int)

    /// The error in words, e.g. `email template REMIND has no message`.
    public var description: String {
        switch self {
        case .invalidTemplate(let field, let problems):
            "\(field): " + problems.map(\.description).joined(separator: "; ")
        case .noMessage(let templateID):
            "email template \(templateID) has no message"
        case .noLevel(let sequenceID, let level):
            "letter sequence \(sequenceID) has no level \(level)"
        case .noText(let sequenceID, let level):
            "level \(level) of letter sequence \(sequenceID) has no text"
        }
    }
}

/// Renders email templates and collection letters with their placeholders (R14, R15).
///
/// Each distinct template text is checked (``placeholderProblems(in:format:)``) and compiled
/// once, then reused: keep one renderer for a whole run (it is a value; copies share nothing and
/// are safe to send). A text with problems is refused with ``TemplateRenderingError`` rather
/// than rendered with blanks.
///
/// Subjects and letter texts are plain text: values are written as they are. Email bodies are
/// HTML: every value is HTML-escaped (`&`, `<`, `>`, `"`, `'`).
public struct TemplateRenderer: Sendable {
    private var cache = CompiledTemplates()

    /// Creates a renderer with nothing compiled yet.
    public init() {}

    /// How many distinct template texts this renderer has compiled (or refused).
    public var compiledTemplateCount: Int { cache.count }

    /// The problems R15 finds in `text`: unknown placeholders, forbidden tags and syntax
    /// errors, in the order of the text (after a syntax error, nothing else is checked).
    /// Empty when the text may be saved.
    public static func placeholderProblems(
        in text: String, format: TemplateFormat = .html
    ) -> [PlaceholderProblem] {
        PlaceholderCheck.problems(in: text, format: format)
    }

    /// Renders `template` in the language R14 chooses for `customerLanguage`: the subject as
    /// plain text on one line (line breaks become spaces, so no value can add a mail header),
    /// the body as HTML.
    public mutating func renderEmail(
        _ template: EmailTemplate, forCustomerLanguage customerLanguage: String,
        context: RenderingContext
    ) throws -> RenderedEmail {
        guard let message = LanguagePick.entry(
            of: template.messages, language: \.language, for: customerLanguage,
            defaultLanguage: template.defaultLanguage)
        else { throw TemplateRenderingError.noMessage(templateID: template.id) }
        let source = TemplateSource(document: template.id, level: 0, language: message.language)
        let subject = try render(message.subject, .plainText, source.part(.subject), context) {
            "messages[\(message.language)].subject"
        }
        let body = try render(message.htmlBody, .html, source.part(.htmlBody), context) {
            "messages[\(message.language)].htmlBody"
        }
        return RenderedEmail(
            language: message.language, subject: Self.singleLine(subject), htmlBody: body)
    }

    /// Renders level `level` of `sequence`: in the customer's language when the level has a
    /// text in it (R14), else in `defaultLanguage` (the company's), else in the level's first
    /// language.
    public mutating func renderLetter(
        _ sequence: LetterSequence, level: Int, forCustomerLanguage customerLanguage: String,
        defaultLanguage: String, context: RenderingContext
    ) throws -> RenderedLetter {
        guard let letterLevel = sequence.levels.first(where: { $0.level == level }) else {
            throw TemplateRenderingError.noLevel(sequenceID: sequence.id, level: level)
        }
        guard let text = LanguagePick.entry(
            of: letterLevel.texts, language: \.language, for: customerLanguage,
            defaultLanguage: defaultLanguage)
        else { throw TemplateRenderingError.noText(sequenceID: sequence.id, level: level) }
        let source = TemplateSource(document: sequence.id, level: level, language: text.language)
        let title = Self.singleLine(try render(text.title, .plainText, source.part(.title), context) {
            "levels[\(level)].texts[\(text.language)].title"
        })
        let body = try render(text.body, .plainText, source.part(.body), context) {
            "levels[\(level)].texts[\(text.language)].body"
        }
        let document = LetterDocument.render(
            language: text.language, title: title, bodyText: body, context: context)
        return RenderedLetter(
            language: text.language, title: title, bodyText: body, bodyHTML: document.html,
            documentText: document.text)
    }

    /// Renders one template text in `format` against `context`.
    public mutating func render(
        _ text: String, format: TemplateFormat, context: RenderingContext
    ) throws -> String {
        switch cache.compiled(text, format) {
        case .template(let template):
            return template.render(context)
        case .refused(let problems):
            throw TemplateRenderingError.invalidTemplate(field: "template", problems: problems)
        }
    }

    /// Renders the text of a configuration document, found by `source` rather than by text:
    /// hashing and comparing a whole (often Cyrillic) text for every customer cost more than
    /// rendering it.
    private mutating func render(
        _ text: String, _ format: TemplateFormat, _ source: TemplateSource, _ context: RenderingContext,
        field: () -> String
    ) throws -> String {
        switch cache.compiled(text, format, source: source) {
        case .template(let template):
            return template.render(context)
        case .refused(let problems):
            throw TemplateRenderingError.invalidTemplate(field: field(), problems: problems)
        }
    }

    /// `text` with every run of line breaks (CR, LF, CRLF and the Unicode line separators)
    /// replaced by one space, and none at the start or end.
    static func singleLine(_ text: String) -> String {
        // Most subjects and titles have no line break: looking at the bytes spares splitting
        // them into characters. Every line break has a byte of U+000A–U+000D or starts with
        // 0xC2 (U+0085) or 0xE2 (U+2028, U+2029); a text with none of them is already one line.
        let mayBreak = text.utf8.contains { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }
        guard mayBreak else { return text }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

/// R14 applied to a list of messages or letter texts.
enum LanguagePick {
    /// The entry in the language R14 chooses for `customerLanguage`. When the default language
    /// has no entry either (which C8 refuses for email templates), the entry whose primary
    /// subtag matches it, else the first entry; nil when there is none.
    static func entry<Entry>(
        of entries: [Entry], language: (Entry) -> String, for customerLanguage: String,
        defaultLanguage: String
    ) -> Entry? {
        let available = entries.map(language)
        guard let first = available.first else { return nil }
        let chosen = LanguageChoice.language(
            for: customerLanguage, available: available, defaultLanguage: defaultLanguage)
        let fallback = LanguageChoice.language(
            for: defaultLanguage, available: available, defaultLanguage: first)
        return entries.first { language($0) == chosen }
            ?? entries.first { language($0) == fallback }
    }
}

/// A template text parsed by swift-mustache, and compiled into a ``TemplateProgram`` when it can
/// be.
struct CompiledTemplate: Sendable {
    let template: MustacheTemplate
    let program: TemplateProgram?

    init(_ template: MustacheTemplate) {
        self.template = template
        program = TemplateProgram(template)
    }

    /// The text for `context`: by the program, else by swift-mustache over the placeholder tree.
    func render(_ context: RenderingContext) -> String {
        if let program { return program.render(context) }
        return template.render(MustacheFields(fields: PlaceholderTree.values(of: context)))
    }
}

/// One text of a configuration document: a message's subject or body, a letter level's title or
/// body, in one language.
struct TemplateSource: Hashable, Sendable {
    enum Part: Hashable, Sendable {
        case subject, htmlBody, title, body
    }

    /// The email template's or the letter sequence's id.
    let document: String
    /// The letter level; 0 for emails.
    let level: Int
    let language: String
    var part = Part.subject

    func part(_ part: Part) -> TemplateSource {
        var source = self
        source.part = part
        return source
    }
}

/// Template texts checked and compiled, by text and format.
struct CompiledTemplates: Sendable {
    enum Entry: Sendable {
        case template(CompiledTemplate)
        case refused([PlaceholderProblem])
    }

    private struct Key: Hashable, Sendable {
        let text: String
        let format: TemplateFormat
    }

    /// Switches escaping off for plain text; standalone, so it adds no line to the output.
    private static let plainTextPragma = "{{%CONTENT_TYPE:TEXT}}\n"

    private var entries: [Key: Entry] = [:]
    /// The entries of the texts last rendered for each document part, with those texts.
    private var bySource: [TemplateSource: (text: String, entry: Entry)] = [:]

    var count: Int { entries.count }

    /// The compiled `text`, or its problems; checked and compiled on first use only.
    mutating func compiled(_ text: String, _ format: TemplateFormat) -> Entry {
        let key = Key(text: text, format: format)
        if let entry = entries[key] { return entry }
        let entry = Self.compile(text, format)
        entries[key] = entry
        return entry
    }

    /// The compiled `text` of the document part `source`. When the part's text is the one
    /// found last time, its entry is reused without hashing the text: within a run the texts
    /// are the same strings, so the comparison is one of their storage. A changed text (an
    /// edited template) is looked up by text again.
    mutating func compiled(_ text: String, _ format: TemplateFormat, source: TemplateSource) -> Entry {
        if let known = bySource[source], known.text == text { return known.entry }
        let entry = compiled(text, format)
        bySource[source] = (text, entry)
        return entry
    }

    private static func compile(_ text: String, _ format: TemplateFormat) -> Entry {
        let problems = PlaceholderCheck.problems(in: text, format: format)
        guard problems.isEmpty else { return .refused(problems) }
        do {
            let source = format == .html ? text : plainTextPragma + text
            return .template(CompiledTemplate(try MustacheTemplate(string: source)))
        } catch {
            return .refused([TemplateSyntax.problem(for: error, tags: [])])
        }
    }
}

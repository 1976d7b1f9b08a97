import Mustache

/// The parse of a swift-mustache template, read back for ``TemplateProgram``.
///
/// swift-mustache keeps its tokens internal; they are read by reflection, so that a program
/// starts from swift-mustache's own parse (its standalone-line and white-space rules included)
/// rather than from a second parser that could differ. Anything not understood — another
/// version's layout, a token kind R15 refuses — reads as nil, and the template is then rendered
/// by swift-mustache itself.
enum TemplateTokens {
    enum Token: Equatable {
        case text(String)
        /// `{{name}}` (escaped by the content type) or `{{{name}}}` / `{{&name}}`.
        case variable(String, escaped: Bool)
        case section(String, inverted: Bool, [Token])
        /// A content type pragma: HTML or plain text.
        case contentType(html: Bool)
    }

    /// The tokens of `template`; nil when some are not understood.
    static func tokens(of template: MustacheTemplate) -> [Token]? {
        guard let tokens = Mirror(reflecting: template).descendant("tokens") else { return nil }
        var result: [Token] = []
        for token in Mirror(reflecting: tokens).children {
            guard let read = self.token(token.value) else { return nil }
            result.append(read)
        }
        return result
    }

    private static func token(_ value: Any) -> Token? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .enum, let payload = mirror.children.first, let kind = payload.label
        else { return nil }
        switch kind {
        case "text":
            return (payload.value as? String).map(Token.text)
        case "variable", "unescapedVariable":
            guard let name = name(payload.value) else { return nil }
            return .variable(name, escaped: kind == "variable")
        case "section", "invertedSection":
            let fields = Mirror(reflecting: payload.value)
            guard let name = name(payload.value),
                  let body = fields.descendant("template") as? MustacheTemplate,
                  let tokens = tokens(of: body)
            else { return nil }
            return .section(name, inverted: kind == "invertedSection", tokens)
        case "contentType":
            switch String(describing: type(of: payload.value)) {
            case "HTMLContentType": return .contentType(html: true)
            case "TextContentType": return .contentType(html: false)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// The name of a variable or section without transforms; nil with transforms.
    private static func name(_ payload: Any) -> String? {
        let fields = Mirror(reflecting: payload)
        guard let name = fields.descendant("name") as? String,
              let transforms = fields.descendant("transforms") as? [String], transforms.isEmpty
        else { return nil }
        return name
    }
}

import Mustache

/// The R15 check of one template text.
///
/// How it works, and why not by rendering a probe: swift-mustache keeps its parsed tokens
/// internal, so the check has two parts.
///
/// 1. swift-mustache parses the text. It is the authority on syntax: what it refuses is a syntax
///    error, at the line and column it gives.
/// 2. Once it has accepted the text, the tags are well formed and sections balanced, so
///    ``TemplateTagScanner`` lists them with their positions, and the check walks them with a
///    stack of section scopes, resolving each name against ``PlaceholderTree/shape`` by
///    swift-mustache's own lookup rule (the innermost scope that has the name's first part
///    answers; the rest of the name must follow from there; a leading `.` looks in the innermost
///    scope only).
///
/// Rendering against a `MustacheParent` probe that records unknown names would reuse the
/// library's lookup, but it only visits the branches the probe's values select: a section and
/// an inverted section over the same name are never both rendered in one pass, and nested
/// combinations multiply. It also cannot tell `{{x}}` from `{{{x}}}`, nor see partials. Walking
/// the tags sees every tag exactly once, in every branch, and knows its position.
struct PlaceholderCheck {
    private let format: TemplateFormat
    /// The names in scope, outermost first: the catalogue, then one entry per open section.
    private var scopes: [[String: PlaceholderNode]] = [PlaceholderTree.shape]
    private(set) var problems: [PlaceholderProblem] = []

    private init(format: TemplateFormat) {
        self.format = format
    }

    /// Every problem of `text` in the order of the text; only the first syntax error, if any.
    static func problems(in text: String, format: TemplateFormat) -> [PlaceholderProblem] {
        // swift-mustache counts columns from the last "\n", which a "\r\n" character is not.
        let text = String(text.map { $0 == "\r\n" ? "\n" : $0 })
        let tags = TemplateTagScanner.tags(in: text)
        do {
            _ = try MustacheTemplate(string: text)
        } catch {
            return [TemplateSyntax.problem(for: error, tags: tags)]
        }
        var check = PlaceholderCheck(format: format)
        for tag in tags {
            check.visit(tag)
        }
        return check.problems
    }

    private mutating func visit(_ tag: TemplateTag) {
        switch tag.kind {
        case .comment:
            break
        case .variable:
            checkValue(tag)
        case .unescapedVariable:
            if format == .html {
                refuse(
                    tag, "\(tag.text) is not allowed in HTML: it would insert the value "
                        + "without HTML escaping; write {{\(tag.name)}}",
                    russian: "\(tag.text) нельзя использовать в HTML: значение вставится без "
                        + "экранирования; пишите {{\(tag.name)}}")
            } else {
                checkValue(tag)
            }
        case .section, .invertedSection:
            openSection(tag)
        case .sectionEnd:
            if scopes.count > 1 { scopes.removeLast() }
        case .partial, .inheritance:
            refuse(
                tag, "\(tag.text): partials and template inheritance are not supported",
                russian: "\(tag.text): вложенные шаблоны и наследование шаблонов не поддерживаются")
            if tag.opensSection { scopes.append([:]) }
        case .pragma:
            refuse(tag, "\(tag.text): pragmas are not supported", russian: "\(tag.text): прагмы не поддерживаются")
        case .setDelimiters:
            refuse(
                tag, "\(tag.text): changing the delimiters is not supported",
                russian: "\(tag.text): смена разделителей не поддерживается")
        }
    }

    /// A value tag must name a value, not a group or a list.
    private mutating func checkValue(_ tag: TemplateTag) {
        guard let node = resolve(tag) else { return }
        switch node {
        case .value:
            break
        case .group(let fields):
            let first = fields.keys.sorted().first
            unknown(
                tag, "{{\(tag.name)}} is a group of placeholders, not a value: use one of "
                    + "them\(first.map { " such as {{\(tag.name).\($0)}}" } ?? "")",
                russian: "{{\(tag.name)}} — группа подстановок, а не значение: используйте одну из "
                    + "них\(first.map { ", например {{\(tag.name).\($0)}}" } ?? "")")
        case .list:
            unknown(
                tag, "{{\(tag.name)}} is a list: repeat its items with {{#\(tag.name)}}…{{/\(tag.name)}}",
                russian: "{{\(tag.name)}} — список: повторяйте его элементы через "
                    + "{{#\(tag.name)}}…{{/\(tag.name)}}")
        }
    }

    /// A section over a list repeats per item, whose names come into scope; over a group, the
    /// group's names come into scope; over a value, it is shown when the value is present.
    private mutating func openSection(_ tag: TemplateTag) {
        let node = resolve(tag)
        switch node {
        case .list(let items)? where tag.kind == .section:
            scopes.append(items.first ?? [:])
        case .group(let fields)? where tag.kind == .section:
            scopes.append(fields)
        default:
            scopes.append([:])
        }
    }

    /// The catalogue entry `tag` names where it is used, or nil after reporting why none.
    private mutating func resolve(_ tag: TemplateTag) -> PlaceholderNode? {
        let name = tag.name
        if name.contains("(") {
            refuse(
                tag, "\(tag.text): transforms such as lowercased(…) are not supported",
                russian: "\(tag.text): преобразования вроде lowercased(…) не поддерживаются")
            return nil
        }
        let parts = name.split(separator: ".").map(String.init)
        guard name != ".", let first = parts.first else {
            unknown(tag, "\(tag.text) names no placeholder", russian: "\(tag.text) не называет подстановку")
            return nil
        }
        let candidates = name.hasPrefix(".") ? [scopes[scopes.count - 1]] : scopes.reversed()
        guard let scope = candidates.first(where: { $0[first] != nil }), var node = scope[first]
        else {
            unknown(tag, unknownMessage(for: tag))
            return nil
        }
        for (position, part) in parts.enumerated().dropFirst() {
            guard case .group(let fields) = node, let child = fields[part] else {
                unknown(tag, unknownMessage(for: tag, known: parts[..<position], in: node))
                return nil
            }
            node = child
        }
        return node
    }

    /// `unknown placeholder {{x}}`, with a hint when `x` belongs to a section or a group, in
    /// English and in Russian.
    private func unknownMessage(
        for tag: TemplateTag, known prefix: ArraySlice<String> = [], in node: PlaceholderNode? = nil
    ) -> (english: String, russian: String) {
        let english = "unknown placeholder {{\(tag.name)}}"
        let russian = "неизвестная подстановка {{\(tag.name)}}"
        if case .group(let fields)? = node {
            let group = prefix.joined(separator: ".")
            let names = fields.keys.sorted().joined(separator: ", ")
            return (english + "; \(group) has \(names)", russian + "; в \(group) есть \(names)")
        }
        let sections = PlaceholderCatalogue.sections.filter { section in
            section.itemPlaceholders.contains { $0.name == tag.name }
        }
        guard !sections.isEmpty else { return (english, russian) }
        let insides = sections.map { "{{#\($0.name)}}…{{/\($0.name)}}" }
        return (
            english + "; it is known only inside " + insides.joined(separator: " or "),
            russian + "; она известна только внутри " + insides.joined(separator: " или "))
    }

    private mutating func unknown(_ tag: TemplateTag, _ message: (english: String, russian: String)) {
        unknown(tag, message.english, russian: message.russian)
    }

    private mutating func unknown(_ tag: TemplateTag, _ message: String, russian: String) {
        problems.append(PlaceholderProblem(.unknownPlaceholder, tag, message, russian: russian))
    }

    private mutating func refuse(_ tag: TemplateTag, _ message: String, russian: String) {
        problems.append(PlaceholderProblem(.forbiddenTag, tag, message, russian: russian))
    }
}

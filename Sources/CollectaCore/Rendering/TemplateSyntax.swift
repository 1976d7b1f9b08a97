import Mustache

/// Syntax errors of templates in words: swift-mustache's parser errors, with the section names
/// added from the tags when the error is about sections.
enum TemplateSyntax {
    /// The problem swift-mustache's `error` describes, in the template whose tags are `tags`.
    static func problem(for error: any Error, tags: [TemplateTag]) -> PlaceholderProblem {
        guard let parserError = error as? MustacheTemplate.ParserError else {
            return problem(
                "the template cannot be read: \(error)", russian: "шаблон не читается: \(error)", line: 1, column: 1)
        }
        let line = parserError.context.lineNumber
        let column = parserError.context.columnNumber
        switch parserError.error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?, .expectedSectionEnd?:
            return sectionProblem(in: tags)
                ?? problem(
                    "a section end does not match its section", russian: "конец секции не совпадает с её началом",
                    line: line, column: column)
        case .unfinishedName?:
            return problem(
                "a tag is not closed with }}, or its name has characters other than letters, "
                    + "digits and . _ -",
                russian: "тег не закрыт }} или в его имени есть символы кроме букв, цифр и . _ -",
                line: line, column: column)
        default:
            return problem(
                "a tag is malformed or not closed", russian: "тег записан неверно или не закрыт",
                line: line, column: column)
        }
    }

    /// The first section end that does not end the innermost open section, else the innermost
    /// section left open; nil when the sections are balanced.
    static func sectionProblem(in tags: [TemplateTag]) -> PlaceholderProblem? {
        var open: [TemplateTag] = []
        for tag in tags {
            if tag.opensSection {
                open.append(tag)
            } else if tag.kind == .sectionEnd {
                guard let innermost = open.popLast() else {
                    return PlaceholderProblem(
                        .syntaxError, tag, "\(tag.text) ends no open section",
                        russian: "\(tag.text) не закрывает ни одной открытой секции")
                }
                if innermost.name != tag.name {
                    return PlaceholderProblem(
                        .syntaxError, tag,
                        "\(tag.text) does not end the open section \(innermost.text) "
                            + "(line \(innermost.line), column \(innermost.column))",
                        russian: "\(tag.text) не закрывает открытую секцию \(innermost.text) "
                            + "(строка \(innermost.line), столбец \(innermost.column))")
                }
            }
        }
        guard let unclosed = open.last else { return nil }
        return PlaceholderProblem(
            .syntaxError, unclosed, "\(unclosed.text) is never ended: add {{/\(unclosed.name)}}",
            russian: "\(unclosed.text) не закрыта: добавьте {{/\(unclosed.name)}}")
    }

    private static func problem(_ message: String, russian: String, line: Int, column: Int) -> PlaceholderProblem {
        PlaceholderProblem(
            kind: .syntaxError, name: nil, line: line, column: column, message: message, russianMessage: russian)
    }
}

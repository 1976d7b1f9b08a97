/// R15: the placeholders of email templates and letter texts.
extension ConfigurationValidator {
    /// Reports every problem of the subject and the HTML body of each message of `template`.
    static func checkPlaceholders(of template: EmailTemplate, into list: inout ViolationList) {
        for message in template.messages {
            let field = "messages[\(message.language)]"
            list.checkPlaceholders(
                in: message.subject, format: .plainText, field: field + ".subject")
            list.checkPlaceholders(in: message.htmlBody, format: .html, field: field + ".htmlBody")
        }
    }

    /// Reports every problem of the title and the body of each text of `level`.
    static func checkPlaceholders(of level: LetterLevel, into list: inout ViolationList) {
        for text in level.texts {
            let field = "levels[\(level.level)].texts[\(text.language)]"
            list.checkPlaceholders(in: text.title, format: .plainText, field: field + ".title")
            list.checkPlaceholders(in: text.body, format: .plainText, field: field + ".body")
        }
    }
}

extension ViolationList {
    /// Reports each problem R15 finds in `text` as a violation of `field`, e.g.
    /// `unknown placeholder {{customer.nmae}}; customer has account, language, name (line 2,
    /// column 7)`.
    mutating func checkPlaceholders(in text: String, format: TemplateFormat, field: String) {
        for problem in TemplateRenderer.placeholderProblems(in: text, format: format) {
            report(.r15, field: field, problem.description, russian: problem.russianDescription)
        }
    }
}

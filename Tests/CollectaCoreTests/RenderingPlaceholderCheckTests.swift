import Testing

@testable import CollectaCore

@Suite("Rendering: the R15 placeholder check")
struct RenderingPlaceholderCheckTests {
    static func problems(_ text: String, _ format: TemplateFormat = .html) -> [PlaceholderProblem] {
        TemplateRenderer.placeholderProblems(in: text, format: format)
    }

    /// Kind, name and position of each problem, e.g. `unknownPlaceholder total 1:3`.
    static func summary(_ text: String, _ format: TemplateFormat = .html) -> [String] {
        problems(text, format).map { "\($0.kind) \($0.name ?? "-") \($0.line):\($0.column)" }
    }

    @Test("Every catalogue name, section and inverted section is accepted")
    func everythingKnown() {
        let values = PlaceholderCatalogue.placeholders.map { "{{\($0.name)}}" }.joined()
        let sections = PlaceholderCatalogue.sections.map { section in
            let items = section.itemPlaceholders.map { "{{ \($0.name) }}" }.joined()
            return "{{#\(section.name)}}\(items)\(values){{/\(section.name)}}"
                + "{{^\(section.name)}}none{{/\(section.name)}}"
        }.joined(separator: "\n")
        let conditional = "{{#contact.name}}Dear {{contact.name}}{{/contact.name}}"
            + "{{^agent.phone}}no phone{{/agent.phone}}{{! a comment with {{braces}} }}"
        #expect(Self.problems(values + "\n" + sections + "\n" + conditional).isEmpty)
    }

    @Test("Unknown names, and item names outside their section, are found with their position")
    func unknownNames() {
        let text = """
            <p>{{customer.nmae}} {{total}}</p>
            <p>{{dueDate}}</p>
            {{#totals}}{{dueDate}}{{amount}}{{/totals}}
            {{#overdueInvoices}}{{total}}{{/overdueInvoices}}
            """
        #expect(Self.summary(text) == [
            "unknownPlaceholder customer.nmae 1:4", "unknownPlaceholder total 1:22",
            "unknownPlaceholder dueDate 2:4", "unknownPlaceholder dueDate 3:12",
            "unknownPlaceholder total 4:21",
        ])
        let messages = Self.problems(text).map(\.message)
        #expect(messages[0] == "unknown placeholder {{customer.nmae}}; customer has account, "
            + "language, name")
        #expect(messages[1] == "unknown placeholder {{total}}")
        #expect(messages[2] == "unknown placeholder {{dueDate}}; it is known only inside "
            + "{{#overdueInvoices}}…{{/overdueInvoices}}")
        #expect(Self.problems("{{amount}}")[0].message.hasSuffix(
            "inside {{#overdueInvoices}}…{{/overdueInvoices}} or {{#totals}}…{{/totals}}"))
        #expect(Self.problems(text)[0].description
            == "unknown placeholder {{customer.nmae}}; customer has account, language, name "
            + "(line 1, column 4)")
    }

    @Test("Unknown section names, groups and lists used as values, and {{.}} are refused")
    func misusedNames() {
        #expect(Self.summary("{{#invoices}}{{id}}{{/invoices}}") == [
            "unknownPlaceholder invoices 1:1", "unknownPlaceholder id 1:14",
        ])
        #expect(Self.summary("{{customer}} {{overdueInvoices}} {{.}} {{}} {{invoice.id.x}}") == [
            "unknownPlaceholder customer 1:1", "unknownPlaceholder overdueInvoices 1:14",
            "unknownPlaceholder . 1:34", "unknownPlaceholder  1:40",
            "unknownPlaceholder invoice.id.x 1:45",
        ])
        #expect(Self.problems("{{customer}}")[0].message
            == "{{customer}} is a group of placeholders, not a value: use one of them such as "
            + "{{customer.account}}")
        #expect(Self.problems("{{totals}}")[0].message
            == "{{totals}} is a list: repeat its items with {{#totals}}…{{/totals}}")
    }

    @Test("Item names inside an inverted section of their list are unknown")
    func invertedSectionHasNoItems() {
        #expect(Self.summary("{{^overdueInvoices}}{{id}}{{/overdueInvoices}}") == [
            "unknownPlaceholder id 1:21",
        ])
    }

    @Test("Unescaped values are refused in HTML and allowed in plain text")
    func unescaped() {
        let text = "{{{customer.name}}} {{& customer.name}}"
        #expect(Self.summary(text) == [
            "forbiddenTag customer.name 1:1", "forbiddenTag customer.name 1:21",
        ])
        #expect(Self.problems(text)[0].message == "{{{customer.name}}} is not allowed in HTML: it "
            + "would insert the value without HTML escaping; write {{customer.name}}")
        #expect(Self.problems(text, .plainText).isEmpty)
        #expect(Self.summary("{{{customer.nmae}}}", .plainText) == [
            "unknownPlaceholder customer.nmae 1:1",
        ])
    }

    @Test("Partials, inheritance, pragmas, delimiter changes and transforms are refused")
    func forbiddenTags() {
        #expect(Self.summary("{{> footer}}", .plainText) == ["forbiddenTag footer 1:1"])
        #expect(Self.summary("{{<base}}{{$title}}x{{/title}}{{/base}}") == [
            "forbiddenTag base 1:1", "forbiddenTag title 1:10",
        ])
        #expect(Self.summary("{{%CONTENT_TYPE:TEXT}}{{customer.name}}") == [
            "forbiddenTag CONTENT_TYPE:TEXT 1:1",
        ])
        #expect(Self.summary("{{=<% %>=}}<%customer.name%>") == ["forbiddenTag <% %>= 1:1"])
        #expect(Self.summary("{{uppercased(customer.name)}}") == [
            "forbiddenTag uppercased(customer.name) 1:1",
        ])
    }

    @Test("Syntax errors: a section never ended, a wrong section end, an unclosed tag")
    func syntaxErrors() {
        let unended = "<ul>\n{{#overdueInvoices}}<li>{{id}}</li>\n</ul>"
        #expect(Self.summary(unended) == ["syntaxError overdueInvoices 2:1"])
        #expect(Self.problems(unended)[0].message
            == "{{#overdueInvoices}} is never ended: add {{/overdueInvoices}}")

        let mismatched = "{{#overdueInvoices}}\n{{#totals}}{{amount}}{{/overdueInvoices}}"
        #expect(Self.summary(mismatched) == ["syntaxError overdueInvoices 2:22"])
        #expect(Self.problems(mismatched)[0].message == "{{/overdueInvoices}} does not end the "
            + "open section {{#totals}} (line 2, column 1)")

        #expect(Self.summary("x {{/totals}}") == ["syntaxError totals 1:3"])
        // swift-mustache points at where the tag stops making sense.
        #expect(Self.summary("Dear {{contact.name}") == ["syntaxError - 1:20"])
        #expect(
            Self.problems("Dear {{contact.name}")[0].message == "a tag is malformed or not closed")
        #expect(Self.summary("Dear {{contact name}}") == ["syntaxError - 1:16"])
        #expect(Self.problems("Dear {{contact name}}")[0].message == "a tag is not closed with }}, "
            + "or its name has characters other than letters, digits and . _ -")
    }

    @Test("Positions count characters, and a CRLF line end as one line break")
    func positions() {
        #expect(Self.summary("Счёт\r\n  «{{total}}»") == ["unknownPlaceholder total 2:4"])
    }
}

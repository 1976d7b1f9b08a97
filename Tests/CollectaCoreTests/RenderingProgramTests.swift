import Mustache
import Testing

@testable import CollectaCore

/// Compiled templates (``TemplateProgram``) render exactly what swift-mustache renders.
@Suite("Rendering: compiled templates equal swift-mustache")
struct RenderingProgramTests {
    /// Contexts that switch every absent value and list both ways.
    static let contexts: [RenderingContext] = {
        var cyrillic = RenderingFixtures.customer
        cyrillic.name = "ООО «Ромашка» & <Сыновья> 'и' \"партнёры\""
        return [
            RenderingFixtures.context(letterLevel: 2),
            RenderingFixtures.context(customer: cyrillic, contactName: nil, agent: nil),
            RenderingFixtures.context(overdue: [], letterLevel: 1),
            RenderingFixtures.context(overdue: [RenderingFixtures.newest]),
        ]
    }()

    /// Templates that pass R15, with sections, inverted sections, nesting, names found in outer
    /// scopes, standalone lines and every kind of line break.
    static let templates: [String] = [
        "Dear {{contact.name}},\nyou owe {{invoice.openAmount}} {{invoice.currency}}.",
        "{{#contact.name}}Dear {{contact.name}}{{/contact.name}}{{^contact.name}}Dear customer{{/contact.name}}!",
        "{{#overdueInvoices}}\n- {{id}} ({{voucher}}) due {{dueDate}}: {{openAmount}} {{currency}}, {{daysOverdue}} days\n{{/overdueInvoices}}\n{{^overdueInvoices}}\nNothing overdue.\n{{/overdueInvoices}}\n",
        "{{#totals}}{{currency}} {{amount}} for {{customer.name}}; {{/totals}}end",
        "  {{#agent.phone}}  \r\n  call {{agent.phone}}\r\n  {{/agent.phone}}\r\nbye",
        "{{#overdueInvoices}}{{#totals}}[{{id}}/{{currency}}:{{amount}}]{{/totals}}{{/overdueInvoices}}",
        "{{#letter.level}}Level {{letter.level}}{{/letter.level}}{{^letter.level}}email{{/letter.level}}",
        "{{! a comment }}\n{{customer.name}}\u{2028}{{customer.account}}\u{85}{{runDate}}\r{{company.name}}",
        "<p>{{customer.name}}</p>\n<p>{{company.name}} {{agent.name}}</p>",
        "{{#agent.email}}{{#agent.name}}{{agent.name}} <{{agent.email}}>{{/agent.name}}{{/agent.email}}",
        "  {{! standalone comment }}\n\t{{^contact.name}}\nno contact\n\t{{/contact.name}}\n",
        "{{ customer.name }} {{invoice.daysOverdue}} {{company.currency}} {{customer.language}}",
    ]

    @Test("Every R15-valid test template compiles and renders as swift-mustache does",
          arguments: [TemplateFormat.plainText, .html])
    func testTemplates(format: TemplateFormat) throws {
        for text in Self.templates {
            #expect(TemplateRenderer.placeholderProblems(in: text, format: format).isEmpty, "\(text)")
            try Self.expectProgramEqualsMustache(text, format: format)
        }
    }

    @Test("Every demo template compiles and renders as swift-mustache does, in ru and en")
    func demoTemplates() throws {
        let configuration = RenderingDemoTests.dataset.configuration
        for template in configuration.emailTemplates {
            for message in template.messages {
                try Self.expectProgramEqualsMustache(message.subject, format: .plainText)
                try Self.expectProgramEqualsMustache(message.htmlBody, format: .html)
            }
        }
        for sequence in configuration.letterSequences {
            for text in sequence.levels.flatMap(\.texts) {
                try Self.expectProgramEqualsMustache(text.title, format: .plainText)
                try Self.expectProgramEqualsMustache(text.body, format: .plainText)
            }
        }
    }

    @Test("Templates using what a program does not do are left to swift-mustache")
    func unsupported() throws {
        for text in ["{{customer}}", "{{overdueInvoices}}", "{{.}}", "{{#customer.name}}{{.}}{{/customer.name}}",
                     "{{> partial}}", "{{uppercased(customer.name)}}"] {
            let template = try MustacheTemplate(string: text)
            #expect(TemplateProgram(template) == nil, "\(text)")
        }
    }

    @Test("Unescaped values and names R15 does not know render as swift-mustache renders them")
    func unescapedAndUnknownNames() throws {
        for text in ["<p>{{customer.name}}</p>\n<p>{{{customer.name}}} {{&customer.name}}</p>",
                     "{{%CONTENT_TYPE:TEXT}}\n{{customer.name}}{{#totals}}{{%CONTENT_TYPE:HTML}}{{customer.name}}{{/totals}}{{customer.name}}","[{{nobody}}]", "[{{customer.nobody}}]", "[{{#nobody}}x{{/nobody}}{{^nobody}}y{{/nobody}}]",
                     "{{#overdueInvoices}}[{{customer.name.first}}{{id.x}}]{{/overdueInvoices}}",
                     "{{#customer}}{{name}}{{/customer}}{{^customer}}none{{/customer}}"] {
            let template = try MustacheTemplate(string: text)
            let program = try #require(TemplateProgram(template), "\(text)")
            for context in Self.contexts {
                #expect(program.render(context) == Self.mustache(template, context), "\(text)")
            }
        }
    }

    @Test("One renderer kept for many customers renders as a fresh renderer for each, in ru and en",
          arguments: ["ru", "en"])
    func cachedEqualsUncached(language: String) throws {
        let configuration = RenderingDemoTests.dataset.configuration
        let dataset = RenderingDemoTests.dataset
        let customers = dataset.customers.filter { customer in
            customer.language.hasPrefix(language)
                && dataset.invoices.contains { $0.customerAccount == customer.account && $0.isOpen }
        }
        #expect(customers.count > 1)
        var kept = TemplateRenderer()
        for customer in customers {
            for template in configuration.emailTemplates {
                let context = RenderingDemoTests.context(for: customer)
                var fresh = TemplateRenderer()
                let cached = try kept.renderEmail(template, forCustomerLanguage: customer.language, context: context)
                #expect(cached == (try fresh.renderEmail(template, forCustomerLanguage: customer.language, context: context)))
                #expect(cached.language == language)
            }
            for sequence in configuration.letterSequences {
                for level in sequence.levels.map(\.level) {
                    let context = RenderingDemoTests.context(for: customer, letterLevel: level)
                    var fresh = TemplateRenderer()
                    let cached = try kept.renderLetter(
                        sequence, level: level, forCustomerLanguage: customer.language, defaultLanguage: "ru",
                        context: context)
                    #expect(cached == (try fresh.renderLetter(
                        sequence, level: level, forCustomerLanguage: customer.language, defaultLanguage: "ru",
                        context: context)))
                }
            }
        }
    }

    @Test("An edited template text is compiled anew, not taken from the document's last text")
    func editedText() throws {
        var renderer = TemplateRenderer()
        var template = RenderingEmailTests.template
        let before = try renderer.renderEmail(template, forCustomerLanguage: "en", context: RenderingFixtures.context())
        template.messages = template.messages.map { message in
            var message = message
            message.subject = "Changed {{customer.account}}"
            return message
        }
        let after = try renderer.renderEmail(template, forCustomerLanguage: "en", context: RenderingFixtures.context())
        #expect(before.subject != after.subject)
        #expect(after.subject == "Changed C-000042")
    }

    /// `text` compiled as a run compiles it: a program exists and renders every context as
    /// swift-mustache does.
    static func expectProgramEqualsMustache(_ text: String, format: TemplateFormat) throws {
        var cache = CompiledTemplates()
        guard case .template(let compiled) = cache.compiled(text, format) else {
            Issue.record("refused: \(text)")
            return
        }
        let program = try #require(compiled.program, "no program for \(text)")
        for context in contexts {
            #expect(program.render(context) == mustache(compiled.template, context), "\(text)")
        }
    }

    static func mustache(_ template: MustacheTemplate, _ context: RenderingContext) -> String {
        template.render(MustacheFields(fields: PlaceholderTree.values(of: context)))
    }
}

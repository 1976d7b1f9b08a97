import Testing

@testable import CollectaCore

@Suite("Rendering: emails (R14, R15)")
struct RenderingEmailTests {
    static let template = EmailTemplate(
        id: "REMIND", description: "Reminder", defaultLanguage: "en", senderName: "Collections",
        senderEmail: "collections@severnaya.example",
        messages: [
            EmailMessage(
                language: "ru", subject: "Напоминание: {{customer.name}}, счёт {{invoice.id}}",
                htmlBody: "<p>Здравствуйте, {{contact.name}}!</p>"),
            EmailMessage(
                language: "en", subject: "Reminder: {{customer.name}}, invoice {{invoice.id}}",
                htmlBody: "<p>Dear {{contact.name}},</p>"),
        ])

    static func render(
        _ template: EmailTemplate = template, language: String,
        context: RenderingContext = RenderingFixtures.context()
    ) throws -> RenderedEmail {
        var renderer = TemplateRenderer()
        return try renderer.renderEmail(template, forCustomerLanguage: language, context: context)
    }

    @Test("R14: a ru-RU customer gets the ru message")
    func russianByPrimarySubtag() throws {
        let email = try Self.render(language: "ru-RU")
        #expect(email.language == "ru")
        #expect(email.subject == "Напоминание: Alfa Trade, счёт INV-1")
        #expect(email.htmlBody == "<p>Здравствуйте, Anna Petrova!</p>")
    }

    @Test("R14: a de customer gets the default language's message")
    func germanGetsTheDefault() throws {
        let email = try Self.render(language: "de")
        #expect(email.language == "en")
        #expect(email.subject == "Reminder: Alfa Trade, invoice INV-1")
        #expect(email.htmlBody == "<p>Dear Anna Petrova,</p>")
    }

    @Test("A default language without a message (C8 refuses it) falls back to a message")
    func defaultWithoutMessage() throws {
        var template = Self.template
        template.defaultLanguage = "en-GB"
        #expect(try Self.render(template, language: "de").language == "en")
        template.defaultLanguage = "fr"
        #expect(try Self.render(template, language: "de").language == "en")
    }

    @Test("Values are HTML-escaped in the body and left readable in the subject")
    func escaping() throws {
        var customer = RenderingFixtures.customer
        customer.name = "<script>alert(1)</script> & Co"
        let template = EmailTemplate(
            id: "X", description: "", defaultLanguage: "en", senderName: "", senderEmail: "a@b.c",
            messages: [
                EmailMessage(
                    language: "en", subject: "Account of {{customer.name}}",
                    htmlBody: "<p title=\"{{customer.name}}\">{{customer.name}} 'quoted'</p>"),
            ])
        let email = try Self.render(
            template, language: "en", context: RenderingFixtures.context(customer: customer))
        #expect(email.subject == "Account of <script>alert(1)</script> & Co")
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"
        #expect(email.htmlBody == "<p title=\"\(escaped)\">\(escaped) 'quoted'</p>")
        #expect(!email.htmlBody.contains("<script>"))

        customer.name = "O'Brien \"Quotes\""
        let quoted = try Self.render(
            template, language: "en", context: RenderingFixtures.context(customer: customer))
        #expect(quoted.htmlBody.hasPrefix("<p title=\"O&#39;Brien &quot;Quotes&quot;\">"))
        #expect(quoted.subject == "Account of O'Brien \"Quotes\"")
    }

    @Test("Line breaks are stripped from subjects, so no value can add a header")
    func subjectOnOneLine() throws {
        var customer = RenderingFixtures.customer
        customer.name = "Alfa\r\nBcc: victim@example.com\nX"
        let template = EmailTemplate(
            id: "X", description: "", defaultLanguage: "en", senderName: "", senderEmail: "a@b.c",
            messages: [
                EmailMessage(
                    language: "en", subject: "Reminder\n for {{customer.name}}\r\n",
                    htmlBody: "<p>{{customer.name}}</p>"),
            ])
        let email = try Self.render(
            template, language: "en", context: RenderingFixtures.context(customer: customer))
        #expect(email.subject == "Reminder  for Alfa Bcc: victim@example.com X")
        #expect(!email.subject.contains { $0.isNewline })
        #expect(email.htmlBody == "<p>Alfa\r\nBcc: victim@example.com\nX</p>")
    }

    @Test("Each template text is compiled once and reused for every customer")
    func compiledOnce() throws {
        var renderer = TemplateRenderer()
        for language in ["ru", "ru-RU", "ru"] {
            _ = try renderer.renderEmail(
                Self.template, forCustomerLanguage: language, context: RenderingFixtures.context())
        }
        #expect(renderer.compiledTemplateCount == 2)
        _ = try renderer.renderEmail(
            Self.template, forCustomerLanguage: "en", context: RenderingFixtures.context())
        #expect(renderer.compiledTemplateCount == 4)
    }

    @Test("A message with an unknown placeholder is refused, not rendered with a blank")
    func unknownPlaceholderThrows() throws {
        var template = Self.template
        template.messages[0].htmlBody = "<p>{{customer.nmae}}</p>"
        #expect {
            try Self.render(template, language: "en")
        } throws: { error in
            guard case .invalidTemplate(let field, let problems) = error as? TemplateRenderingError
            else { return false }
            return field == "messages[en].htmlBody" && problems.map(\.name) == ["customer.nmae"]
        }
    }

    @Test("A template without messages cannot be rendered")
    func noMessage() {
        var template = Self.template
        template.messages = []
        #expect(throws: TemplateRenderingError.noMessage(templateID: "REMIND")) {
            try Self.render(template, language: "en")
        }
    }

    @Test("Subjects and titles become one line: the byte check agrees with splitting at every line break",
          arguments: [
              "", "Reminder", "Напоминание: счёт INV-1", "Total 12,00 €", "a\nb", "\r\nx\r\n", "a\u{2028}b",
              "a\u{2029}b", "a\u{85}b", "a\u{0B}b\u{0C}c", "\n\n", "é – ok", "\u{1F600}\nsmile",
          ])
    func singleLine(text: String) {
        let line = TemplateRenderer.singleLine(text)
        let breaks = line.filter(\.isNewline)
        #expect(line == text.split(whereSeparator: \.isNewline).joined(separator: " "))
        #expect(breaks.isEmpty)
    }
}

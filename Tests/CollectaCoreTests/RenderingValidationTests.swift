import Testing

@testable import CollectaCore

@Suite("Rendering: R15 in configuration validation")
struct RenderingValidationTests {
    @Test("R15 has the code R15 and sorts after C10, before references and field errors")
    func ruleOrder() {
        #expect(ConfigurationRule.r15.code == "R15")
        #expect(ConfigurationRule.c10 < .r15)
        #expect(ConfigurationRule.r15 < .reference)
        #expect(ConfigurationRule.allCases.map(\.code).suffix(4) == ["C10", "R15", "REF", "FIELD"])
    }

    @Test("Every problem of every email subject and body is a violation naming its field")
    func emailTemplates() {
        let violations = validationViolations {
            $0.emailTemplates[1].messages[1].subject = "Долг {{customer.nmae}}"
            $0.emailTemplates[1].messages[1].htmlBody =
                "<p>{{{customer.name}}}</p>\n<p>{{total}}</p>"
            $0.emailTemplates[1].messages[0].htmlBody = "{{#overdueInvoices}}{{id}}"
        }
        #expect(violations.map(\.description) == [
            "R15 email template REMIND, messages[en].htmlBody: {{#overdueInvoices}} is never "
                + "ended: add {{/overdueInvoices}} (line 1, column 1)",
            "R15 email template REMIND, messages[ru].subject: unknown placeholder "
                + "{{customer.nmae}}; customer has account, language, name (line 1, column 6)",
            "R15 email template REMIND, messages[ru].htmlBody: {{{customer.name}}} is not allowed "
                + "in HTML: it would insert the value without HTML escaping; write "
                + "{{customer.name}} (line 1, column 4)",
            "R15 email template REMIND, messages[ru].htmlBody: unknown placeholder {{total}} "
                + "(line 2, column 4)",
        ])
    }

    @Test("Every problem of every letter title and body is a violation naming its field")
    func letterTexts() {
        let violations = validationViolations {
            $0.letterSequences[0].levels[1].texts[0].body = "Dear {{contact.name}},\n{{dueDate}}"
            $0.letterSequences[0].levels[2].texts[1].title = "{{letter.levle}}"
        }
        #expect(locations(violations) == [
            "R15 letter sequence STANDARD, levels[2].texts[en].body",
            "R15 letter sequence STANDARD, levels[3].texts[ru].title",
        ])
        #expect(violations[0].message == "unknown placeholder {{dueDate}}; it is known only "
            + "inside {{#overdueInvoices}}…{{/overdueInvoices}} (line 2, column 1)")
        #expect(
            violations[1].message
                == "unknown placeholder {{letter.levle}}; letter has level (line 1, column 1)")
    }

    @Test("Letter texts are plain text: unescaped values are allowed there")
    func plainTextAllowsUnescaped() {
        let violations = validationViolations {
            $0.letterSequences[0].levels[0].texts[0].body = "{{{customer.name}}} {{& agent.name}}"
            $0.emailTemplates[0].messages[0].subject = "{{{customer.name}}}"
        }
        #expect(violations.isEmpty)
    }

    @Test("Within one entity, R15 comes after C8 and before field errors")
    func orderWithinEntity() {
        let violations = validationViolations {
            $0.emailTemplates[1].senderEmail = "nobody"
            $0.emailTemplates[1].messages[0].subject = "{{nope}}"
            $0.emailTemplates[1].defaultLanguage = "english!"
        }
        #expect(locations(violations) == [
            "C8 email template REMIND, senderEmail",
            "R15 email template REMIND, messages[en].subject",
            "FIELD email template REMIND, defaultLanguage",
        ])
    }
}

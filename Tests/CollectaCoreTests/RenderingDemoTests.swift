import Testing

@testable import CollectaCore

@Suite("Rendering: the demo company's templates (R15)")
struct RenderingDemoTests {
    static let today = LocalDate(iso: "2026-11-29")!
    static let dataset = DemoCompany.makeDataset(customers: 20, seed: 1, today: today)

    /// The rendering context of `customer` on `today`, from the demo ledger.
    static func context(for customer: Customer, letterLevel: Int? = nil) -> RenderingContext {
        let open = dataset.invoices.filter { $0.customerAccount == customer.account && $0.isOpen }
        let overdue = open.filter { $0.dueDate < today }
        let leading = (overdue.isEmpty ? open : overdue).min { $0.dueDate < $1.dueDate }!
        let contact = dataset.contacts.first { $0.customerAccount == customer.account }
        let agent = dataset.agents.first { $0.id == customer.agentID }
        return RenderingContext(
            parameters: dataset.configuration.parameters, customer: customer,
            contactName: contact?.name, leadingInvoice: leading, overdueInvoices: overdue,
            agent: agent, runDate: today, letterLevel: letterLevel)
    }

    /// The first demo customer with open invoices whose language starts with `prefix`.
    static func customer(speaking prefix: String) -> Customer {
        dataset.customers.first { customer in
            customer.language.hasPrefix(prefix)
                && dataset.invoices.contains { $0.customerAccount == customer.account && $0.isOpen }
        }!
    }

    @Test("The demo configuration has no R15 violation, nor any other")
    func demoConfigurationIsValid() {
        let violations = ConfigurationValidator.violations(in: Self.dataset.configuration)
        #expect(violations.filter { $0.rule == .r15 }.isEmpty)
        #expect(violations.isEmpty)
    }

    @Test("Every demo email template renders for a Russian and an English customer",
          arguments: ["ru", "en"])
    func emails(language: String) throws {
        let customer = Self.customer(speaking: language)
        let context = Self.context(for: customer)
        var renderer = TemplateRenderer()
        for template in Self.dataset.configuration.emailTemplates {
            let email = try renderer.renderEmail(
                template, forCustomerLanguage: customer.language, context: context)
            #expect(email.language == language, "\(template.id)")
            #expect(!email.subject.contains("{{"), "\(template.id)")
            #expect(!email.htmlBody.contains("{{"), "\(template.id)")
            #expect(!email.subject.isEmpty)
            #expect(email.htmlBody.contains(context.leadingInvoice.id)
                || email.htmlBody.contains(customer.account), "\(template.id)")
        }
    }

    @Test("Every demo letter level renders for a Russian and an English customer",
          arguments: ["ru", "en"])
    func letters(language: String) throws {
        let customer = Self.customer(speaking: language)
        var renderer = TemplateRenderer()
        for sequence in Self.dataset.configuration.letterSequences {
            for level in sequence.levels {
                let context = Self.context(for: customer, letterLevel: level.level)
                let letter = try renderer.renderLetter(
                    sequence, level: level.level, forCustomerLanguage: customer.language,
                    defaultLanguage: "ru", context: context)
                #expect(letter.language == language)
                #expect(!letter.title.contains("{{") && !letter.bodyText.contains("{{"))
                #expect(!letter.bodyHTML.contains("{{"))
                // The account is printed once, in the recipient block above the title: the
                // demo's bodies no longer repeat the customer's name and account.
                #expect(letter.documentText.contains("\n\(customer.name)\n") && letter.documentText.contains(": \(customer.account)\n"))
                #expect(!letter.bodyText.contains(customer.account))
            }
        }
    }
}

import Testing

@testable import CollectaCore

/// A customer with three overdue invoices in two currencies, a contact and an agent, on
/// 2026-01-24.
enum RenderingFixtures {
    static let runDate = LocalDate(iso: "2026-01-24")!

    static let parameters = AutomationParameters(
        companyName: "Severnaya Torgovaya LLC", companyCurrency: "RUB")

    static let customer = Customer(
        account: "C-000042", name: "Alfa Trade", currency: "RUB", language: "ru-RU")

    static let agent = CollectionsAgent(
        id: "AG-01", name: "Olga Smirnova", email: "o.smirnova@severnaya.example",
        phone: "+7 495 640-12-01")

    /// Due 2026-01-10, RUB 1234.50, 1000.00 open.
    static let oldest = invoice(
        "INV-1", voucher: "AR-1", invoiceDate: "2025-12-10", dueDate: "2026-01-10",
        amount: "1234.50", open: "1000", currency: "RUB")
    /// Due 2026-01-15, RUB 500.00, all open.
    static let middle = invoice(
        "INV-2", voucher: "AR-2", invoiceDate: "2025-12-16", dueDate: "2026-01-15",
        amount: "500", open: "500", currency: "RUB")
    /// Due 2026-01-20, EUR 99.99, 90.05 open.
    static let newest = invoice(
        "INV-3", voucher: "AR-3", invoiceDate: "2025-12-21", dueDate: "2026-01-20",
        amount: "99.99", open: "90.05", currency: "EUR")

    /// The three overdue invoices, not in due-date order.
    static let overdue = [newest, oldest, middle]

    static func invoice(
        _ id: String, voucher: String, invoiceDate: String, dueDate: String, amount: String,
        open: String, currency: String
    ) -> Invoice {
        Invoice(
            id: id, customerAccount: customer.account, voucher: voucher,
            invoiceDate: LocalDate(iso: invoiceDate)!, dueDate: LocalDate(iso: dueDate)!,
            amount: Money(decimal: amount)!, openAmount: Money(decimal: open)!, currency: currency)
    }

    static func context(
        customer: Customer = customer, contactName: String? = "Anna Petrova",
        leading: Invoice = oldest, overdue: [Invoice] = overdue,
        agent: CollectionsAgent? = agent, letterLevel: Int? = nil
    ) -> RenderingContext {
        RenderingContext(
            parameters: parameters, customer: customer, contactName: contactName,
            leadingInvoice: leading, overdueInvoices: overdue, agent: agent, runDate: runDate,
            letterLevel: letterLevel)
    }

    /// `text` rendered with a fresh renderer.
    static func render(
        _ text: String, format: TemplateFormat = .plainText, context: RenderingContext = context()
    ) throws -> String {
        var renderer = TemplateRenderer()
        return try renderer.render(text, format: format, context: context)
    }
}

@Suite("Rendering: placeholder values (R15)")
struct RenderingTests {
    /// What every placeholder of the catalogue renders for the fixtures.
    static let expected: [String: String] = [
        "company.name": "Severnaya Torgovaya LLC", "company.currency": "RUB",
        "customer.name": "Alfa Trade", "customer.account": "C-000042",
        "customer.language": "ru-RU", "contact.name": "Anna Petrova",
        "invoice.id": "INV-1", "invoice.voucher": "AR-1", "invoice.invoiceDate": "2025-12-10",
        "invoice.dueDate": "2026-01-10", "invoice.amount": "1234.50",
        "invoice.openAmount": "1000.00", "invoice.currency": "RUB", "invoice.daysOverdue": "14",
        "agent.name": "Olga Smirnova", "agent.email": "o.smirnova@severnaya.example",
        "agent.phone": "+7 495 640-12-01", "runDate": "2026-01-24", "letter.level": "2",
    ]

    @Test("Every placeholder of the catalogue renders its value")
    func everyPlaceholder() throws {
        let names = PlaceholderCatalogue.placeholders.map(\.name)
        #expect(Set(names) == Set(Self.expected.keys))
        let context = RenderingFixtures.context(letterLevel: 2)
        for name in names {
            let rendered = try RenderingFixtures.render("{{\(name)}}", context: context)
            #expect(rendered == Self.expected[name], "\(name)")
        }
    }

    @Test("Every item placeholder of overdueInvoices renders per invoice")
    func overdueInvoiceItems() throws {
        let names = PlaceholderCatalogue.sections[0].itemPlaceholders.map(\.name)
        #expect(names == [
            "id", "voucher", "invoiceDate", "dueDate", "daysOverdue", "amount", "openAmount",
            "currency",
        ])
        let row = names.map { "{{\($0)}}" }.joined(separator: "|")
        let text = "{{#overdueInvoices}}\(row)\n{{/overdueInvoices}}"
        let context = RenderingFixtures.context(overdue: [RenderingFixtures.newest])
        #expect(
            try RenderingFixtures.render(text, context: context)
                == "INV-3|AR-3|2025-12-21|2026-01-20|4|99.99|90.05|EUR\n")
    }

    @Test("The catalogue lists overdueInvoices and totals with their item placeholders")
    func sections() {
        let sections = PlaceholderCatalogue.sections
        #expect(sections.map(\.name) == ["overdueInvoices", "totals"])
        #expect(sections[1].itemPlaceholders.map(\.name) == ["currency", "amount"])
        #expect(sections.allSatisfy { section in
            section.itemPlaceholders.allSatisfy { $0.section == section.name }
        })
        #expect(PlaceholderCatalogue.placeholders.allSatisfy { $0.section == nil })
        let all = PlaceholderCatalogue.placeholders + sections.flatMap(\.itemPlaceholders)
        #expect(all.allSatisfy { !$0.meaning.isEmpty && !$0.example.isEmpty })
    }

    @Test("A section repeats per overdue invoice, oldest due first; inverted shows when none",
          arguments: [0, 1, 3])
    func overdueInvoicesSection(count: Int) throws {
        let overdue = Array(RenderingFixtures.overdue.prefix(count))
        let text = "{{#overdueInvoices}}[{{id}} {{dueDate}}]{{/overdueInvoices}}"
            + "{{^overdueInvoices}}nothing overdue{{/overdueInvoices}}"
        let rendered = try RenderingFixtures.render(
            text, context: RenderingFixtures.context(overdue: overdue))
        let expected = [
            0: "nothing overdue",
            1: "[INV-3 2026-01-20]",
            3: "[INV-1 2026-01-10][INV-2 2026-01-15][INV-3 2026-01-20]",
        ]
        #expect(rendered == expected[count])
    }

    @Test("Totals add the open amounts per currency, sorted by currency code")
    func totalsPerCurrency() throws {
        let context = RenderingFixtures.context()
        #expect(context.totals == [
            CurrencyTotal(currency: "EUR", amount: Money(decimal: "90.05")!),
            CurrencyTotal(currency: "RUB", amount: Money(decimal: "1500")!),
        ])
        let text = "{{#totals}}{{currency}} {{amount}}; {{/totals}}"
        #expect(try RenderingFixtures.render(text, context: context) == "EUR 90.05; RUB 1500.00; ")
    }

    @Test("Names outside a section stay visible inside it; the item's own names win")
    func scopes() throws {
        let text = "{{#totals}}{{customer.account}}:{{currency}} {{/totals}}"
        #expect(try RenderingFixtures.render(text) == "C-000042:EUR C-000042:RUB ")
    }

    @Test("Absent values render as nothing; sections over them are skipped, inverted shown")
    func absentValues() throws {
        let context = RenderingFixtures.context(contactName: nil, agent: nil)
        let text = "[{{contact.name}}|{{agent.name}}|{{letter.level}}]"
            + "{{#contact.name}}Dear {{contact.name}}{{/contact.name}}"
            + "{{^contact.name}}Dear customer{{/contact.name}}"
        #expect(try RenderingFixtures.render(text, context: context) == "[||]Dear customer")
        let named = try RenderingFixtures.render(text)
        #expect(named == "[Anna Petrova|Olga Smirnova|]Dear Anna Petrova")
    }

    @Test("An empty value counts as absent")
    func emptyIsAbsent() throws {
        let context = RenderingFixtures.context(contactName: "")
        let text = "{{^contact.name}}Dear customer{{/contact.name}}"
        #expect(try RenderingFixtures.render(text, context: context) == "Dear customer")
    }

    @Test("An absent item value stays absent: it does not take an outer section's value")
    func absentItemValue() throws {
        let noCurrency = RenderingFixtures.invoice(
            "INV-8", voucher: "", invoiceDate: "2025-12-01", dueDate: "2026-01-01",
            amount: "1", open: "1", currency: "")
        let context = RenderingFixtures.context(overdue: [noCurrency, RenderingFixtures.newest])
        let text = "{{#totals}}{{currency}}:{{#overdueInvoices}}[{{currency}}]{{/overdueInvoices}} "
            + "{{/totals}}"
        #expect(try RenderingFixtures.render(text, context: context) == ":[][EUR] EUR:[][EUR] ")
    }

    @Test("Days overdue is 0 for an invoice not yet due (a pre-dunning email)")
    func notYetDue() throws {
        let future = RenderingFixtures.invoice(
            "INV-9", voucher: "AR-9", invoiceDate: "2026-01-01", dueDate: "2026-01-28",
            amount: "10", open: "10", currency: "RUB")
        let context = RenderingFixtures.context(leading: future, overdue: [])
        #expect(try RenderingFixtures.render("{{invoice.daysOverdue}}", context: context) == "0")
    }
}

import Testing

@testable import CollectaCore

@Suite("Pool criteria tested in Swift")
struct PoolTestTests {
    static let asOf = LocalDate(iso: "2026-03-01")!
    let compiler = CriteriaCompiler(asOf: PoolTestTests.asOf)

    private func invoice(_ id: String, due: String, open: Int64, company: Int64? = nil) -> Invoice {
        Invoice(
            id: id, customerAccount: "C1", voucher: "V", invoiceDate: LocalDate(iso: "2026-01-01")!,
            dueDate: LocalDate(iso: due)!, amount: Money(minorUnits: 10_000), openAmount: Money(minorUnits: open),
            currency: "EUR", openAmountCompany: Money(minorUnits: company ?? open),
            settledDate: open == 0 ? LocalDate(iso: "2026-02-01") : nil)
    }

    static let customer = Customer(
        account: "C-0042", name: "ООО «Ромашка» Trading", group: "RETAIL", currency: "RUB", language: "ru-RU",
        country: "RU", salesGroupID: nil, agentID: "AG1", creditLimit: Money(minorUnits: 500_000),
        isOnHold: true, tags: ["VIP", "new_2026"], letterSequenceID: nil)

    private func subject(
        _ customer: Customer = PoolTestTests.customer, open: Int64 = 0, overdue: Int64 = 0, days: Int = 0,
        count: Int = 0
    ) -> CriterionSubject {
        var figures = CustomerFigures(invoices: [Invoice](), asOf: Self.asOf)
        figures.openBalance = Money(minorUnits: open)
        figures.overdueBalance = Money(minorUnits: overdue)
        figures.maxDaysOverdue = days
        figures.openInvoiceCount = count
        return CriterionSubject(customer: customer, figures: figures)
    }

    private func meets(_ field: CustomerField, _ range: String, _ subject: CriterionSubject) throws -> Bool {
        let test = try compiler.test(for: CustomerPool(id: "P", description: "", criteria: [
            PoolCriterion(field: field, range: range),
        ]))
        #expect(test.storedCondition == nil, "\(field) \(range) is tested in Swift")
        return test.isMet(by: subject)
    }

    @Test("figures count open invoices only; one due on the as-of date is not overdue")
    func figures() {
        let figures = CustomerFigures(
            invoices: [
                invoice("I1", due: "2026-01-10", open: 500, company: 450), invoice("I2", due: "2026-02-20", open: 300),
                invoice("I3", due: "2026-03-01", open: 200), invoice("I4", due: "2025-12-01", open: 0),
            ],
            asOf: Self.asOf)
        #expect(figures.openBalance == Money(minorUnits: 950) && figures.overdueBalance == Money(minorUnits: 750))
        #expect(figures.maxDaysOverdue == 50 && figures.openInvoiceCount == 3)
        let none = CustomerFigures(invoices: [Invoice](), asOf: Self.asOf)
        #expect(none.maxDaysOverdue == 0 && none.openInvoiceCount == 0 && none.openBalance == .zero)
    }

    @Test("numbers: equality, comparisons, between, negations ANDed with the positives", arguments: [
        ("100", [100], [99, 101]), ("!100", [99, 101], [100]), (">100", [101], [100]),
        (">=100", [100, 101], [99]), ("<100", [99], [100]), ("<=100", [100], [101]),
        ("10..20", [10, 15, 20], [9, 21]), ("..5", [5, 0], [6]), ("5..", [5, 9], [4]),
        ("1,5..7,!6", [1, 5, 7], [2, 6, 8]), ("!1,!2", [0, 3], [1, 2]),
    ])
    func numbers(range: String, meeting: [Int], notMeeting: [Int]) throws {
        for count in meeting { #expect(try meets(.openInvoiceCount, range, subject(count: count)), "\(count)") }
        for count in notMeeting { #expect(try !meets(.openInvoiceCount, range, subject(count: count)), "\(count)") }
    }

    @Test("money compares minor units; yes/no is 1/0")
    func moneyAndFlags() throws {
        #expect(try meets(.openBalance, ">1000.50", subject(open: 100_051)))
        #expect(try !meets(.openBalance, ">1000.50", subject(open: 100_050)))
        #expect(try meets(.creditLimit, "5000", subject()))
        #expect(try meets(.onHold, "yes", subject()) && !meets(.onHold, "no", subject()))
        #expect(try meets(.maxDaysOverdue, "30..60", subject(days: 45)))
        #expect(try meets(.overdueBalance, "<=0", subject()))
    }

    @Test("text compares UTF-8 bytes, exactly and case-sensitively", arguments: [
        (CustomerField.account, "C-0042", true), (.account, "c-0042", false), (.account, "C-0001..C-0100", true),
        (.account, "C-0043..", false), (.account, "<C-0043", true), (.name, "ООО*", true), (.name, ">ООО", true),
        (.group, "RETAIL,WHOLESALE", true), (.group, "!RETAIL", false), (.country, "RU", true),
        (.language, "ru*", true), (.language, "RU-ru", false), (.language, "RU-*", true),
        (.salesGroup, "\"\"", true), (.salesGroup, "!\"\"", false), (.agent, "AG?", true), (.agent, "\"\"", false),
        (.letterSequence, "*", true), (.currency, "R?B", true), (.name, "*ромашка*", true), (.name, "*РОМАШКА*", true),
        (.name, "*trad?ng", true), (.name, "*trad_ng", false), (.name, "*trad", false), (.name, "!*ооо*", false),
    ])
    func text(field: CustomerField, range: String, expected: Bool) throws {
        #expect(try meets(field, range, subject()) == expected)
    }

    @Test("tags: some tag passes; negations and \"\" ask that none does", arguments: [
        ("VIP", true), ("*vip*", true), ("!VIP", false), ("!*x*", true), ("\"\"", false), ("!\"\"", true),
        ("NEW*", true), ("new\\_*", false), ("NEW_2026", false), ("*_2026", true), ("OTHER", false),
    ])
    func tags(range: String, expected: Bool) throws {
        #expect(try meets(.tags, range, subject()) == expected, "\(range)")
        var untagged = Self.customer
        untagged.tags = []
        #expect(try meets(.tags, "\"\"", subject(untagged)) && !meets(.tags, "*", subject(untagged)))
    }

    @Test("LIKE: % any run, _ one scalar, \\ escapes, ASCII case ignored, a lone \\ matches nothing",
          arguments: [
              ("a%c", "abbbc", true), ("a%c", "ac", true), ("a%c", "acb", false), ("a_c", "abc", true),
              ("a_c", "ac", false), ("%", "", true), ("", "", true), ("", "a", false), ("%a%b%", "xaxxbx", true),
              ("%a%b%", "xbxa", false), ("a\\%", "a%", true), ("a\\%", "ab", false), ("a\\", "a", false),
              ("ABC", "abc", true), ("ж_", "жё", true), ("é", "e\u{301}", false), ("_", "e\u{301}", false),
              ("__", "e\u{301}", true), ("%%%_", "x", true), ("%_%_", "x", false), ("a%%b", "ab", true),
          ])
    func like(pattern: String, text: String, expected: Bool) {
        #expect(LikePattern(sql: pattern).matches(text) == expected)
    }

    @Test("criteria Swift cannot answer exactly stay SQL; the others are tested in Swift")
    func split() throws {
        let pool = CustomerPool(id: "P", description: "", criteria: [
            PoolCriterion(field: .country, range: "RU"), PoolCriterion(field: .openBalance, range: ">10"),
            PoolCriterion(field: .name, range: "*a\u{0}b*"),
        ])
        let test = try compiler.test(for: pool)
        #expect(test.storedCondition == (try compiler.condition(
            for: CustomerPool(id: "P", description: "", criteria: [pool.criteria[2]]))))
        #expect(test.isMet(by: subject(open: 1001)) && !test.isMet(by: subject(open: 1000)))
        #expect(try compiler.test(for: CustomerPool(id: "E", description: "")).isMet(by: subject()))
        let textForMoney = RangeExpression(alternatives: [RangeAlternative(.greaterThan(.text("5")))])
        #expect(CriterionEvaluation(textForMoney, on: .openBalance) == nil)
        #expect(CriterionEvaluation(RangeExpression(alternatives: [RangeAlternative(.empty)]), on: .creditLimit) == nil)
    }

    @Test("the matcher finds the pools each pool's own test finds, criteria shared or not",
          arguments: [3, 40, 70])
    func matcherEqualsEachPool(pools count: Int) throws {
        // Pools share criteria (the same country, tags, balance) and have criteria of their own:
        // with 70 pools, more than 64 criteria and pools are tested.
        let ranges = ["RU", "!RU", "RU,DE", "DE"]
        let pools = (0..<count).map { index in
            CustomerPool(id: "P\(index)", description: "", criteria: [
                PoolCriterion(field: .country, range: ranges[index % ranges.count]),
                PoolCriterion(field: .openBalance, range: ">\(index % 5)"),
                PoolCriterion(field: .tags, range: index % 3 == 0 ? "VIP" : "!new_2026"),
                PoolCriterion(field: .account, range: "C-" + String(repeating: "0", count: 4 - "\(index)".count) + "\(index)..")
            ])
        }
        let tests = try pools.map(compiler.test(for:))
        let matcher = PoolMatcher(tests)
        var other = Self.customer
        other.country = "DE"
        other.tags = ["new_2026"]
        for customer in [Self.customer, other] {
            for open in [0, 250, 700] {
                let subject = subject(customer, open: Int64(open))
                let matched = matcher.pools(of: customer, figures: subject.figures) { $0 % 7 != 6 }
                for index in tests.indices {
                    let expected = index % 7 != 6 && tests[index].isMet(by: subject)
                    #expect(matched.contains(index) == expected, "pool \(index), open \(open), \(customer.country)")
                }
            }
        }
    }
}

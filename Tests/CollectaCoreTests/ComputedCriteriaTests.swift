import Testing

@testable import CollectaCore

@Suite("Computed criteria tested on a customer's invoices")
struct ComputedCriteriaTests {
    static let asOf = LocalDate(iso: "2026-03-01")!

    private func invoice(_ id: String, due: String, open: Int64, company: Int64? = nil) -> Invoice {
        Invoice(
            id: id, customerAccount: "C1", voucher: "V", invoiceDate: LocalDate(iso: "2026-01-01")!,
            dueDate: LocalDate(iso: due)!, amount: Money(minorUnits: 10_000), openAmount: Money(minorUnits: open),
            currency: "EUR", openAmountCompany: Money(minorUnits: company ?? open),
            settledDate: open == 0 ? LocalDate(iso: "2026-02-01") : nil)
    }

    @Test("figures count open invoices only; one due on the as-of date is not overdue")
    func figures() {
        let figures = CustomerFigures(
            invoices: [
                invoice("I1", due: "2026-01-10", open: 500, company: 450),
                invoice("I2", due: "2026-02-20", open: 300),
                invoice("I3", due: "2026-03-01", open: 200),
                invoice("I4", due: "2025-12-01", open: 0),
            ],
            asOf: Self.asOf)
        #expect(figures == CustomerFigures.expected(open: 950, overdue: 750, days: 50, count: 3))
        #expect(CustomerFigures(invoices: [Invoice](), asOf: Self.asOf)
            == CustomerFigures.expected(open: 0, overdue: 0, days: 0, count: 0))
    }

    @Test("ranges on numbers: equality, comparisons, between, negations ANDed with the positives",
          arguments: [
              ("100", [100], [99, 101]), ("!100", [99, 101], [100]), (">100", [101], [100]),
              (">=100", [100, 101], [99]), ("<100", [99], [100]), ("<=100", [100], [101]),
              ("10..20", [10, 15, 20], [9, 21]), ("..5", [5, -3], [6]),
              ("5..", [5, 9], [4]), ("1,5..7,!6", [1, 5, 7], [2, 6, 8]), ("!1,!2", [0, 3], [1, 2]),
          ])
    func numericRanges(range: String, meeting: [Int], notMeeting: [Int]) throws {
        let expression = try RangeExpression(parsing: range, kind: .integer, criterion: "openInvoiceCount")
        #expect(expression.isNumeric(for: .integer))
        for value in meeting { #expect(expression.isMet(by: Int64(value)), "\(range) \(value)") }
        for value in notMeeting { #expect(!expression.isMet(by: Int64(value)), "\(range) \(value)") }
    }

    @Test("money ranges compare minor units")
    func moneyRanges() throws {
        let expression = try RangeExpression(parsing: ">1000.50", kind: .money, criterion: "openBalance")
        #expect(expression.isMet(by: 100_051) && !expression.isMet(by: 100_050))
    }

    @Test("a pool splits into SQL for stored fields and tests of the figures for computed ones")
    func split() throws {
        let compiler = CriteriaCompiler(asOf: Self.asOf)
        let pool = CustomerPool(id: "P", description: "", criteria: [
            PoolCriterion(field: .country, range: "RU"), PoolCriterion(field: .openBalance, range: ">10"),
            PoolCriterion(field: .maxDaysOverdue, range: "30..60"),
        ])
        let test = try compiler.test(for: pool)
        #expect(test.storedCondition == (try compiler.condition(
            for: CustomerPool(id: "P", description: "", criteria: [pool.criteria[0]]))))
        #expect(test.isMet(by: .expected(open: 1001, overdue: 0, days: 45, count: 1)))
        #expect(!test.isMet(by: .expected(open: 1000, overdue: 0, days: 45, count: 1)))
        #expect(!test.isMet(by: .expected(open: 1001, overdue: 0, days: 61, count: 1)))
        let computedOnly = try compiler.test(for: CustomerPool(id: "Q", description: "", criteria: [pool.criteria[1]]))
        #expect(computedOnly.storedCondition == nil)
        #expect(try compiler.test(for: CustomerPool(id: "E", description: "")).isMet(by: .expected(open: 0, overdue: 0, days: 0, count: 0)))
    }

    @Test("a reversed between range, built without the parser, meets nothing")
    func reversedBetween() {
        let expression = RangeExpression(alternatives: [RangeAlternative(.between(.integer(20), .integer(10)))])
        #expect(expression.isNumeric(for: .integer))
        #expect(![10, 15, 20].contains { expression.isMet(by: $0) })
    }

    @Test("a number of another kind stays with SQL, which compares it its own way")
    func otherKinds() {
        let textBound = RangeExpression(alternatives: [RangeAlternative(.greaterThan(.text("5")))])
        let integerForMoney = RangeExpression(alternatives: [RangeAlternative(.equal(.integer(5)))])
        #expect(!textBound.isNumeric(for: .money))
        #expect(!integerForMoney.isNumeric(for: .money))
        #expect(!RangeExpression(alternatives: [RangeAlternative(.empty)]).isNumeric(for: .integer))
    }
}

extension CustomerFigures {
    static func expected(open: Int64, overdue: Int64, days: Int, count: Int) -> CustomerFigures {
        var figures = CustomerFigures(invoices: [Invoice](), asOf: ComputedCriteriaTests.asOf)
        figures.openBalance = Money(minorUnits: open)
        figures.overdueBalance = Money(minorUnits: overdue)
        figures.maxDaysOverdue = days
        figures.openInvoiceCount = count
        return figures
    }
}

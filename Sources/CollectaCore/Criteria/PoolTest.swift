/// The computed fields of one customer on an as-of date, from its open invoices: what the
/// subqueries of `CustomerFieldSQL` compute, for callers that hold the invoices already.
public struct CustomerFigures: Hashable, Sendable {
    /// Sum of the open amounts (company currency) of the open invoices.
    public var openBalance: Money
    /// The same for open invoices due before the as-of date.
    public var overdueBalance: Money
    /// Days from the due date of the oldest overdue open invoice to the as-of date; 0 if none.
    public var maxDaysOverdue: Int
    /// Number of open invoices.
    public var openInvoiceCount: Int

    /// The figures of a customer whose invoices are `invoices` (those not open are left out).
    public init(invoices: some Sequence<Invoice>, asOf: LocalDate) {
        var open = Money.zero
        var overdue = Money.zero
        var oldestOverdueDue: LocalDate?
        var count = 0
        for invoice in invoices where invoice.isOpen {
            count += 1
            open = open + invoice.openAmountCompany
            guard invoice.dueDate < asOf else { continue }
            overdue = overdue + invoice.openAmountCompany
            if oldestOverdueDue.map({ invoice.dueDate < $0 }) ?? true { oldestOverdueDue = invoice.dueDate }
        }
        openBalance = open
        overdueBalance = overdue
        maxDaysOverdue = oldestOverdueDue.map { asOf.days(since: $0) } ?? 0
        openInvoiceCount = count
    }
}

/// A pool's criteria compiled for testing customers in Swift, next to the invoices a caller
/// reads anyway: a customer is in the pool when it meets every criterion, and `isMet` answers
/// exactly as the pool's SQL condition does. The few criteria Swift cannot answer exactly (see
/// `CriterionEvaluation`) stay SQL, in `storedCondition`, which the customer must meet as well.
public struct PoolTest: Sendable {
    private let criteria: [CriterionEvaluation]
    /// The criteria SQL tests, over `customer c`; nil when there are none.
    public let storedCondition: SQLCondition?

    /// Whether the subject meets every criterion Swift tests.
    public func isMet(by subject: CriterionSubject) -> Bool {
        // By index: iterating would copy each criterion.
        for index in criteria.indices where !criteria[index].isMet(by: subject) {
            return false
        }
        return true
    }

    init(criteria: [CriterionEvaluation], storedCondition: SQLCondition?) {
        self.criteria = criteria
        self.storedCondition = storedCondition
    }
}

extension CriteriaCompiler {
    /// `pool`'s criteria compiled for Swift, those Swift cannot answer exactly left to SQL.
    public func test(for pool: CustomerPool) throws(CriterionError) -> PoolTest {
        var criteria: [CriterionEvaluation] = []
        var stored: [SQLCondition] = []
        for criterion in pool.criteria {
            let expression = try RangeExpression(parsing: criterion)
            if let evaluation = CriterionEvaluation(expression, on: criterion.field) {
                criteria.append(evaluation)
            } else {
                stored.append(condition(for: expression, on: criterion.field))
            }
        }
        return PoolTest(criteria: criteria, storedCondition: stored.isEmpty ? nil : .all(stored))
    }
}

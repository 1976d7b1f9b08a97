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
    public init(invoices: [Invoice], asOf: LocalDate) {
        var open = Money.zero
        var overdue = Money.zero
        var oldestOverdueDue: LocalDate?
        var count = 0
        for index in invoices.indices where invoices[index].isOpen {
            let (amount, dueDate) = (invoices[index].openAmountCompany, invoices[index].dueDate)
            count += 1
            open = open + amount
            guard dueDate < asOf else { continue }
            overdue = overdue + amount
            if oldestOverdueDue.map({ dueDate < $0 }) ?? true { oldestOverdueDue = dueDate }
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
    let criteria: [CriterionEvaluation]
    /// The criteria SQL tests, over `customer c`; nil when there are none.
    public let storedCondition: SQLCondition?

    /// The fields of the criteria Swift tests.
    public var testedFields: Set<CustomerField> { Set(criteria.map(\.field)) }

    /// Whether the subject meets every criterion Swift tests.
    public func isMet(by subject: CriterionSubject) -> Bool {
        criteria.allSatisfy { $0.isMet(by: subject) }
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

/// Every pool's Swift-tested criteria together, to find the pools a customer is in reading each
/// field once: the criteria are tested field by field, then each pool takes the results of its
/// own.
public struct PoolMatcher: Sendable {
    /// Every criterion, grouped by field.
    private let criteria: [CriterionEvaluation]
    /// For each pool, the positions in `criteria` of its criteria.
    private let poolCriteria: [[Int]]

    public init(_ tests: [PoolTest]) {
        let all = tests.enumerated().flatMap { pool, test in test.criteria.map { (pool, $0) } }
        let sorted = all.enumerated().sorted { lhs, rhs in
            (lhs.element.1.field.rawValue, lhs.offset) < (rhs.element.1.field.rawValue, rhs.offset)
        }
        var poolCriteria = Array(repeating: [Int](), count: tests.count)
        for (position, entry) in sorted.enumerated() {
            poolCriteria[entry.element.0].append(position)
        }
        criteria = sorted.map(\.element.1)
        self.poolCriteria = poolCriteria
    }

    /// For each pool, whether `customer` (with its tags) and its `figures` meet every criterion
    /// of it that Swift tests.
    public func results(for customer: Customer, figures: CustomerFigures) -> PoolResults {
        var met = [Bool](repeating: false, count: criteria.count)
        var start = 0
        while start < criteria.count {
            let field = criteria[start].field
            var end = start + 1
            while end < criteria.count, criteria[end].field == field { end += 1 }
            switch CriterionSubject.value(of: field, customer, figures) {
            case .number(let number):
                for index in start..<end { met[index] = criteria[index].isMet(number: number) }
            case .text(var text):
                text.withUTF8 { text in
                    for index in start..<end { met[index] = criteria[index].isMet(text: text) }
                }
            case .tags(let tags):
                for index in start..<end { met[index] = criteria[index].isMet(tags: tags) }
            }
            start = end
        }
        return PoolResults(met: met, poolCriteria: poolCriteria)
    }
}

/// Which pools a customer meets the Swift-tested criteria of (see `PoolMatcher`).
public struct PoolResults {
    fileprivate let met: [Bool]
    fileprivate let poolCriteria: [[Int]]

    /// Whether the customer meets every Swift-tested criterion of pool `index`.
    public func isMet(pool index: Int) -> Bool {
        poolCriteria[index].allSatisfy { met[$0] }
    }
}

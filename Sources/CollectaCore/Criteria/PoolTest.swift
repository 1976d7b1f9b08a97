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
/// field once: a criterion several pools share (the same field and range) is tested once, the
/// criteria field by field, then each pool takes the results of its own.
public struct PoolMatcher: Sendable {
    /// The distinct criteria, grouped by field.
    private let criteria: [CriterionEvaluation]
    /// For each pool, the positions in `criteria` of its criteria.
    private let poolCriteria: [[Int]]

    public init(_ tests: [PoolTest]) {
        var distinct: [CriterionEvaluation] = []
        var positions: [CriterionEvaluation.Key: Int] = [:]
        let poolKeys = tests.map { test in
            test.criteria.map { criterion in
                if positions[criterion.key] == nil {
                    positions[criterion.key] = distinct.count
                    distinct.append(criterion)
                }
                return criterion.key
            }
        }
        // Grouped by field, in the order first met within a field.
        let order = distinct.indices.sorted { lhs, rhs in
            (distinct[lhs].field.rawValue, lhs) < (distinct[rhs].field.rawValue, rhs)
        }
        var sortedPositions: [CriterionEvaluation.Key: Int] = [:]
        for (position, index) in order.enumerated() { sortedPositions[distinct[index].key] = position }
        criteria = order.map { distinct[$0] }
        poolCriteria = poolKeys.map { keys in keys.map { sortedPositions[$0]! } }
    }

    /// For each pool `isCandidate` lets through, whether `customer` (with its tags) and its
    /// `figures` meet every criterion of it that Swift tests; the others are not in.
    public func pools(
        of customer: Customer, figures: CustomerFigures, candidates isCandidate: (Int) -> Bool
    ) -> PositionSet {
        let met = metCriteria(of: customer, figures: figures)
        var pools = PositionSet(count: poolCriteria.count)
        for pool in poolCriteria.indices where isCandidate(pool) && poolCriteria[pool].allSatisfy(met.contains) {
            pools.insert(pool)
        }
        return pools
    }

    /// The criteria the customer meets, tested field by field.
    private func metCriteria(of customer: Customer, figures: CustomerFigures) -> PositionSet {
        var met = PositionSet(count: criteria.count)
        criteria.withUnsafeBufferPointer { criteria in
            var start = 0
            while start < criteria.count {
                let field = criteria[start].field
                var end = start + 1
                while end < criteria.count, criteria[end].field == field { end += 1 }
                switch CriterionSubject.value(of: field, customer, figures) {
                case .number(let number):
                    for index in start..<end where criteria[index].isMet(number: number) { met.insert(index) }
                case .text(var text):
                    text.withUTF8 { text in
                        for index in start..<end where criteria[index].isMet(text: text) { met.insert(index) }
                    }
                case .tags(let tags):
                    for index in start..<end where criteria[index].isMet(tags: tags) { met.insert(index) }
                }
                start = end
            }
        }
        return met
    }
}

/// A set of positions (of criteria, of pools): one word when there are at most 64, so that
/// testing a customer allocates nothing.
public struct PositionSet {
    private var word: UInt64 = 0
    private var more: [Bool]

    init(count: Int) {
        more = count > UInt64.bitWidth ? Array(repeating: false, count: count) : []
    }

    mutating func insert(_ index: Int) {
        if more.isEmpty { word |= 1 << UInt64(index) } else { more[index] = true }
    }

    /// Whether `index` is in the set.
    public func contains(_ index: Int) -> Bool {
        more.isEmpty ? word & (1 << UInt64(index)) != 0 : more[index]
    }
}

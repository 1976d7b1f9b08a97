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

    /// The value of a computed field as its criteria compare it (money in minor units); nil for
    /// a stored field.
    func number(of field: CustomerField) -> Int64? {
        switch field {
        case .openBalance: openBalance.minorUnits
        case .overdueBalance: overdueBalance.minorUnits
        case .maxDaysOverdue: Int64(maxDaysOverdue)
        case .openInvoiceCount: Int64(openInvoiceCount)
        default: nil
        }
    }
}

/// A pool's criteria split for evaluation next to the invoices: the criteria on stored fields as
/// one SQL condition over `customer c`, and those on computed fields as tests of
/// `CustomerFigures`. A customer is in the pool when it meets both — exactly when it meets the
/// pool's whole condition, since a pool ANDs its criteria.
public struct PoolTest: Sendable {
    /// The criteria the figures decide: a computed field and its parsed range.
    private let computed: [(field: CustomerField, expression: RangeExpression)]
    /// The other criteria; nil when there are none (every customer meets them).
    public let storedCondition: SQLCondition?

    /// Whether `figures` meet every criterion on a computed field.
    public func isMet(by figures: CustomerFigures) -> Bool {
        computed.allSatisfy { criterion in
            guard let value = figures.number(of: criterion.field) else { return false }
            return criterion.expression.isMet(by: value)
        }
    }

    init(computed: [(field: CustomerField, expression: RangeExpression)], storedCondition: SQLCondition?) {
        self.computed = computed
        self.storedCondition = storedCondition
    }
}

extension CriteriaCompiler {
    /// `pool`'s criteria split into a stored-field SQL condition and computed-field tests.
    /// A computed criterion that a Swift test could not answer exactly as SQL does (a value of
    /// another kind, built without the parser) stays in the SQL condition.
    public func test(for pool: CustomerPool) throws(CriterionError) -> PoolTest {
        var computed: [(field: CustomerField, expression: RangeExpression)] = []
        var stored: [SQLCondition] = []
        for criterion in pool.criteria {
            let expression = try RangeExpression(parsing: criterion)
            if criterion.field.isComputed, expression.isNumeric(for: criterion.field.kind) {
                computed.append((criterion.field, expression))
            } else {
                stored.append(condition(for: expression, on: criterion.field))
            }
        }
        return PoolTest(computed: computed, storedCondition: stored.isEmpty ? nil : .all(stored))
    }
}

extension RangeExpression {
    /// Whether every test compares the field with a number of its kind (money with money,
    /// integers with integers): those the compiled SQL compares as integers.
    func isNumeric(for kind: CustomerField.Kind) -> Bool {
        alternatives.allSatisfy { alternative in
            switch alternative.test {
            case .equal(let value), .lessThan(let value), .lessThanOrEqual(let value),
                 .greaterThan(let value), .greaterThanOrEqual(let value):
                value.number(as: kind) != nil
            case .between(let from, let to):
                from.number(as: kind) != nil && to.number(as: kind) != nil
            case .empty, .matching:
                false
            }
        }
    }

    /// Whether `value` meets the expression as its SQL condition does: the positives ORed
    /// (when there are any), ANDed with each negative. Only for numeric expressions.
    func isMet(by value: Int64) -> Bool {
        let positives = alternatives.filter { !$0.isNegated }
        let negatives = alternatives.filter(\.isNegated)
        return (positives.isEmpty || positives.contains { $0.isMet(by: value) })
            && negatives.allSatisfy { $0.isMet(by: value) }
    }
}

extension RangeAlternative {
    /// The alternative's test on `value`, reversed when it is negated (SQL `<>` or `NOT (…)`).
    fileprivate func isMet(by value: Int64) -> Bool {
        let passes: Bool
        switch test {
        case .equal(let bound): passes = value == bound.numberValue
        case .lessThan(let bound): passes = value < bound.numberValue
        case .lessThanOrEqual(let bound): passes = value <= bound.numberValue
        case .greaterThan(let bound): passes = value > bound.numberValue
        case .greaterThanOrEqual(let bound): passes = value >= bound.numberValue
        case .between(let from, let to): passes = from.numberValue <= value && value <= to.numberValue
        case .empty, .matching: passes = false
        }
        return passes != isNegated
    }
}

extension RangeValue {
    /// The value as the SQL binds it when it is a number of `kind`: money in minor units.
    fileprivate func number(as kind: CustomerField.Kind) -> Int64? {
        switch (self, kind) {
        case (.money(let money), .money): money.minorUnits
        case (.integer(let number), .integer): Int64(number)
        default: nil
        }
    }

    /// The number of a value `isNumeric` accepted.
    fileprivate var numberValue: Int64 {
        switch self {
        case .money(let money): money.minorUnits
        case .integer(let number): Int64(number)
        case .text, .boolean: 0
        }
    }
}

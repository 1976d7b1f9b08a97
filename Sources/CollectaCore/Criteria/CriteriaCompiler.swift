/// Compiles pool criteria to parameterised SQL conditions over the `customer` table aliased `c`.
///
/// Criteria of a pool are ANDed; within a criterion, positive alternatives are ORed and negated
/// ones ANDed with them (see `RangeExpression`). Every value a user typed is bound as a `?`
/// argument, never written into the SQL text. Money is bound as integer minor units, yes/no as
/// 1/0, the as-of date as ISO text (`YYYY-MM-DD`).
///
/// Text is compared with SQLite's BINARY collation: `=`, `<`, `..` are exact and case-sensitive;
/// wildcard patterns (`LIKE … ESCAPE '\'`) ignore case, by folding both sides with
/// `caseFolding`'s function. Missing values (NULL sales group, agent, letter sequence) compare
/// as the empty string.
public struct CriteriaCompiler: Sendable {
    /// How wildcard matches fold case.
    public enum CaseFolding: Hashable, Sendable {
        /// GRDB's `swiftLowercaseString` (Swift's `lowercased()`, Unicode-aware): GRDB registers
        /// it on every connection it opens. The default.
        case unicode
        /// SQLite's built-in `lower()`, which folds ASCII letters only: for plain SQLite.
        case ascii

        /// The SQL function that lower-cases its text argument.
        public var functionName: String {
            switch self {
            case .unicode: "swiftLowercaseString"
            case .ascii: "lower"
            }
        }
    }

    /// The date balances and days overdue are computed on.
    public var asOf: LocalDate
    /// How wildcard matches fold case.
    public var caseFolding: CaseFolding

    /// Creates a compiler computing overdue figures on `asOf`.
    public init(asOf: LocalDate, caseFolding: CaseFolding = .unicode) {
        self.asOf = asOf
        self.caseFolding = caseFolding
    }

    /// The condition a customer meets when it meets every criterion of `pool`; `1` (every
    /// customer) when the pool has no criteria.
    public func condition(for pool: CustomerPool) throws(CriterionError) -> SQLCondition {
        var conditions: [SQLCondition] = []
        for criterion in pool.criteria {
            conditions.append(try condition(for: criterion))
        }
        return .all(conditions)
    }

    /// The condition a customer meets when it meets `criterion`; throws when its range is
    /// malformed.
    public func condition(for criterion: PoolCriterion) throws(CriterionError) -> SQLCondition {
        condition(for: try RangeExpression(parsing: criterion), on: criterion.field)
    }

    /// The condition `field` meets `expression`: the positives ORed, ANDed with each negative.
    /// An expression without alternatives matches every customer.
    public func condition(
        for expression: RangeExpression, on field: CustomerField
    ) -> SQLCondition {
        let positives = expression.positives.map { condition(for: $0, on: field) }
        let negatives = expression.negatives.map { condition(for: $0, on: field) }
        return .all((positives.isEmpty ? [] : [.any(positives)]) + negatives)
    }

    /// The condition of one alternative on `field`.
    private func condition(
        for alternative: RangeAlternative, on field: CustomerField
    ) -> SQLCondition {
        guard let operand = CustomerFieldSQL.operand(for: field, asOf: asOf) else {
            return tagCondition(alternative)
        }
        return condition(alternative.test, on: operand, isNegated: alternative.isNegated)
    }

    /// A test on the customer's tags: some tag passes it (`NOT EXISTS` when negated); `""`
    /// means the customer has no tags at all.
    private func tagCondition(_ alternative: RangeAlternative) -> SQLCondition {
        let tags = "SELECT 1 FROM customer_tag t WHERE t.customer_account = c.account"
        if alternative.test == .empty {
            let keyword = alternative.isNegated ? "EXISTS" : "NOT EXISTS"
            return SQLCondition(sql: "\(keyword) (\(tags))")
        }
        let test = condition(alternative.test, on: SQLExpression(sql: "t.tag"), isNegated: false)
        return SQLCondition(
            sql: (alternative.isNegated ? "NOT EXISTS" : "EXISTS") + " (\(tags) AND \(test.sql))",
            arguments: test.arguments)
    }

    /// `test` applied to the SQL expression `operand`, which is never NULL.
    private func condition(
        _ test: RangeTest, on operand: SQLExpression, isNegated: Bool
    ) -> SQLCondition {
        switch test {
        case .equal(let value):
            return operand.compared(isNegated ? "<>" : "=", to: value)
        case .empty:
            return SQLCondition(
                sql: "\(operand.sql) \(isNegated ? "<>" : "=") ''", arguments: operand.arguments)
        case .matching(let pattern):
            return like(operand, pattern, isNegated: isNegated)
        case .between(let from, let to):
            return negated(operand.between(from, and: to), isNegated)
        case .lessThan(let value):
            return negated(operand.compared("<", to: value), isNegated)
        case .lessThanOrEqual(let value):
            return negated(operand.compared("<=", to: value), isNegated)
        case .greaterThan(let value):
            return negated(operand.compared(">", to: value), isNegated)
        case .greaterThanOrEqual(let value):
            return negated(operand.compared(">=", to: value), isNegated)
        }
    }

    /// `fold(operand) LIKE fold(?) ESCAPE '\'`, with the pattern bound.
    private func like(
        _ operand: SQLExpression, _ pattern: WildcardPattern, isNegated: Bool
    ) -> SQLCondition {
        let fold = caseFolding.functionName
        let keyword = isNegated ? "NOT LIKE" : "LIKE"
        return SQLCondition(
            sql: "\(fold)(\(operand.sql)) \(keyword) \(fold)(?) ESCAPE '\\'",
            arguments: operand.arguments + [.text(pattern.likePattern)])
    }

    private func negated(_ condition: SQLCondition, _ isNegated: Bool) -> SQLCondition {
        isNegated ? condition.negated : condition
    }
}

/// A non-boolean SQL expression with its arguments, such as a column or a subquery.
struct SQLExpression {
    var sql: String
    var arguments: [SQLValue] = []

    /// `self <operator> ?`, with `value` bound.
    func compared(_ operatorText: String, to value: RangeValue) -> SQLCondition {
        SQLCondition(sql: "\(sql) \(operatorText) ?", arguments: arguments + [value.sqlValue])
    }

    /// `self BETWEEN ? AND ?`, with both bounds bound.
    func between(_ from: RangeValue, and to: RangeValue) -> SQLCondition {
        SQLCondition(
            sql: "\(sql) BETWEEN ? AND ?", arguments: arguments + [from.sqlValue, to.sqlValue])
    }
}

extension RangeValue {
    /// The value as bound: text as text, money in minor units, yes/no as 1/0.
    var sqlValue: SQLValue {
        switch self {
        case .text(let text): .text(text)
        case .money(let money): .integer(money.minorUnits)
        case .integer(let number): .integer(Int64(number))
        case .boolean(let flag): .integer(flag ? 1 : 0)
        }
    }
}

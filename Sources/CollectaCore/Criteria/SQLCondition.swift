/// A value bound to a `?` placeholder of an SQL statement.
public enum SQLValue: Hashable, Sendable {
    case text(String)
    case integer(Int64)
    case null
}

/// A boolean SQL expression with its arguments: every `?` in `sql` is bound, in order, to the
/// corresponding element of `arguments`. User values only ever travel as arguments.
///
/// Conditions compiled from pool criteria test the `customer` table aliased as `c`.
public struct SQLCondition: Hashable, Sendable {
    /// The SQL text, with `?` placeholders.
    public var sql: String
    /// The values of the placeholders, in the order they appear in `sql`.
    public var arguments: [SQLValue]

    /// Creates a condition from SQL text and the values of its placeholders.
    public init(sql: String, arguments: [SQLValue] = []) {
        self.sql = sql
        self.arguments = arguments
    }

    /// The condition every row meets: `1`.
    public static let always = SQLCondition(sql: "1")

    /// The condition no row meets: `0`.
    public static let never = SQLCondition(sql: "0")

    /// The conjunction of `conditions`: the condition itself when there is one, `always` when
    /// there are none, and each one parenthesised otherwise.
    public static func all(_ conditions: [SQLCondition]) -> SQLCondition {
        joined(conditions, with: "AND", whenEmpty: .always)
    }

    /// The disjunction of `conditions`: the condition itself when there is one, `never` when
    /// there are none, and each one parenthesised otherwise.
    public static func any(_ conditions: [SQLCondition]) -> SQLCondition {
        joined(conditions, with: "OR", whenEmpty: .never)
    }

    /// The negation of this condition (`NOT (…)`).
    public var negated: SQLCondition {
        SQLCondition(sql: "NOT (\(sql))", arguments: arguments)
    }

    private static func joined(
        _ conditions: [SQLCondition], with keyword: String, whenEmpty empty: SQLCondition
    ) -> SQLCondition {
        switch conditions.count {
        case 0: return empty
        case 1: return conditions[0]
        default:
            return SQLCondition(
                sql: conditions.map { "(\($0.sql))" }.joined(separator: " \(keyword) "),
                arguments: conditions.flatMap(\.arguments))
        }
    }
}

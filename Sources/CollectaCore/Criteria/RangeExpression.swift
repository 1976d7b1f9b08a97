/// A parsed pool criterion range in the ERP (Dynamics AX/365) range syntax.
///
/// The range is a comma-separated list of alternatives. The ERP reads a list of only negations
/// (`!A,!B`) as "neither A nor B", which a plain OR would make always true; so:
///
/// - the **positive** alternatives (`A`, `A..B`, `>A`, `*A*`, `""`…) are ORed;
/// - the **negative** alternatives (`!A`, `!*A*`, `!""`) are each ANDed with that OR, or stand
///   alone when there are no positives.
///
/// `A,B,!C` therefore means `(A OR B) AND NOT C`, and `!A,!B` means `NOT A AND NOT B`.
public struct RangeExpression: Hashable, Sendable {
    /// The alternatives in the order written.
    public var alternatives: [RangeAlternative]

    /// Creates an expression from already parsed alternatives.
    public init(alternatives: [RangeAlternative]) {
        self.alternatives = alternatives
    }

    /// Parses `range` as the range of a field of `kind`; errors name `criterion`.
    public init(
        parsing range: String, kind: CustomerField.Kind, criterion: String
    ) throws(CriterionError) {
        let parser = RangeParser(text: range, kind: kind, criterion: criterion)
        self.init(alternatives: try parser.parse())
    }

    /// Parses the range of `criterion` for its field.
    public init(parsing criterion: PoolCriterion) throws(CriterionError) {
        try self.init(
            parsing: criterion.range, kind: criterion.field.kind,
            criterion: criterion.field.rawValue)
    }

    /// The alternatives that are ORed together.
    public var positives: [RangeAlternative] { alternatives.filter { !$0.isNegated } }

    /// The negated alternatives, each ANDed with the OR of the positives.
    public var negatives: [RangeAlternative] { alternatives.filter(\.isNegated) }
}

/// One comma-separated alternative of a range: a test, possibly negated with `!`.
public struct RangeAlternative: Hashable, Sendable {
    /// Whether the alternative was written with `!` (only for `.equal`, `.matching`, `.empty`).
    public var isNegated: Bool
    /// What the field is tested against.
    public var test: RangeTest

    /// Creates an alternative; `isNegated` reverses the test.
    public init(_ test: RangeTest, isNegated: Bool = false) {
        self.test = test
        self.isNegated = isNegated
    }
}

/// The test of one alternative.
public enum RangeTest: Hashable, Sendable {
    /// `A`: the field equals the value (text exactly, case-sensitive).
    case equal(RangeValue)
    /// `""`: the text field is empty (a missing value counts as empty).
    case empty
    /// `*A*`, `A?`: the text field matches the pattern, ignoring case.
    case matching(WildcardPattern)
    /// `A..B`: the field lies between the bounds, both included.
    case between(RangeValue, RangeValue)
    /// `<A`.
    case lessThan(RangeValue)
    /// `<=A` or `..A`.
    case lessThanOrEqual(RangeValue)
    /// `>A`.
    case greaterThan(RangeValue)
    /// `>=A` or `A..`.
    case greaterThanOrEqual(RangeValue)
}

/// A value of a range, typed by the field's kind.
public enum RangeValue: Hashable, Sendable, CustomStringConvertible {
    case text(String)
    case money(Money)
    case integer(Int)
    case boolean(Bool)

    public var description: String {
        switch self {
        case .text(let text): text
        case .money(let money): money.decimalString
        case .integer(let number): String(number)
        case .boolean(let flag): flag ? "yes" : "no"
        }
    }

    /// Whether this value sorts after `other` the way SQLite compares them (text by UTF-8 bytes,
    /// the BINARY collation). Values of different kinds never do.
    func sorts(after other: RangeValue) -> Bool {
        switch (self, other) {
        case (.text(let lhs), .text(let rhs)): rhs.utf8.lexicographicallyPrecedes(lhs.utf8)
        case (.money(let lhs), .money(let rhs)): lhs > rhs
        case (.integer(let lhs), .integer(let rhs)): lhs > rhs
        default: false
        }
    }
}

/// A text pattern with wildcards: `*` matches any run of characters, `?` exactly one.
public struct WildcardPattern: Hashable, Sendable {
    /// A piece of a pattern.
    public enum Element: Hashable, Sendable {
        /// Characters matched as they are (case aside).
        case literal(String)
        /// `*`: any run of characters, possibly empty.
        case anyRun
        /// `?`: exactly one character.
        case anyCharacter
    }

    /// The pieces in order.
    public var elements: [Element]

    /// Creates a pattern from its pieces.
    public init(elements: [Element]) {
        self.elements = elements
    }

    /// The pattern for SQL `LIKE … ESCAPE '\'`: `*` becomes `%`, `?` becomes `_`, and `%`, `_`
    /// and `\` in literal parts are escaped with `\`.
    public var likePattern: String {
        var pattern = ""
        for element in elements {
            switch element {
            case .anyRun: pattern.append("%")
            case .anyCharacter: pattern.append("_")
            case .literal(let text): pattern.append(Self.escapedForLike(text))
            }
        }
        return pattern
    }

    private static func escapedForLike(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}

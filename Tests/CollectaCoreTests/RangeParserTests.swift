import CollectaCore
import Testing

/// One range that parses, with the alternatives it must give.
struct ParseCase: Sendable, CustomTestStringConvertible {
    let field: CustomerField
    let range: String
    let expected: [RangeAlternative]

    init(_ field: CustomerField, _ range: String, _ expected: [RangeAlternative]) {
        self.field = field
        self.range = range
        self.expected = expected
    }

    var testDescription: String { "\(field.rawValue) \(range)" }
}

/// One malformed range, with the position and reason of its error.
struct ErrorCase: Sendable, CustomTestStringConvertible {
    let field: CustomerField
    let range: String
    let position: Int
    let reason: CriterionError.Reason

    init(
        _ field: CustomerField, _ range: String, _ position: Int, _ reason: CriterionError.Reason
    ) {
        self.field = field
        self.range = range
        self.position = position
        self.reason = reason
    }

    var testDescription: String { "\(field.rawValue) \(range)" }
}

private func equal(_ text: String) -> RangeAlternative { RangeAlternative(.equal(.text(text))) }
private func notEqual(_ text: String) -> RangeAlternative {
    RangeAlternative(.equal(.text(text)), isNegated: true)
}
private func money(_ minorUnits: Int64) -> RangeValue { .money(Money(minorUnits: minorUnits)) }
private func between(_ from: RangeValue, _ to: RangeValue) -> RangeAlternative {
    RangeAlternative(.between(from, to))
}
private func pattern(_ elements: WildcardPattern.Element...) -> RangeTest {
    .matching(WildcardPattern(elements: elements))
}

@Suite("Range parser")
struct RangeParserTests {
    static let textCases: [ParseCase] = [
        ParseCase(.name, "ACME", [equal("ACME")]),
        ParseCase(.group, "RETAIL,WHOLESALE", [equal("RETAIL"), equal("WHOLESALE")]),
        ParseCase(.group, "!RETAIL", [notEqual("RETAIL")]),
        ParseCase(.account, "C001..C009", [between(.text("C001"), .text("C009"))]),
        ParseCase(.account, "C001..C001", [between(.text("C001"), .text("C001"))]),
        ParseCase(.account, "..C009", [RangeAlternative(.lessThanOrEqual(.text("C009")))]),
        ParseCase(.account, "C001..", [RangeAlternative(.greaterThanOrEqual(.text("C001")))]),
        ParseCase(.account, ">C1", [RangeAlternative(.greaterThan(.text("C1")))]),
        ParseCase(.account, "<C1", [RangeAlternative(.lessThan(.text("C1")))]),
        ParseCase(.account, ">=C1", [RangeAlternative(.greaterThanOrEqual(.text("C1")))]),
        ParseCase(.account, "<=C1", [RangeAlternative(.lessThanOrEqual(.text("C1")))]),
        ParseCase(.name, "*LLC*", [RangeAlternative(pattern(.anyRun, .literal("LLC"), .anyRun))]),
        ParseCase(.country, "RU?", [RangeAlternative(pattern(.literal("RU"), .anyCharacter))]),
        ParseCase(.name, "!*temp*", [
            RangeAlternative(pattern(.anyRun, .literal("temp"), .anyRun), isNegated: true),
        ]),
        ParseCase(.salesGroup, "\"\"", [RangeAlternative(.empty)]),
        ParseCase(.salesGroup, "!\"\"", [RangeAlternative(.empty, isNegated: true)]),
        ParseCase(.salesGroup, "! \"\" ", [RangeAlternative(.empty, isNegated: true)]),
        // Quotes make commas, dots, wildcards and operators literal; "" inside quotes is a quote.
        ParseCase(.name, "\"A,B\"", [equal("A,B")]),
        ParseCase(.name, "\"1..2\"", [equal("1..2")]),
        ParseCase(.name, "\"*\"", [equal("*")]),
        ParseCase(.name, "\"!A\"", [equal("!A")]),
        ParseCase(.name, "\">A\"", [equal(">A")]),
        ParseCase(.name, "\"say \"\"hi\"\"\"", [equal("say \"hi\"")]),
        ParseCase(.name, "\" A \"", [equal(" A ")]),
        ParseCase(.name, "\"ACME, Inc\"*", [
            RangeAlternative(pattern(.literal("ACME, Inc"), .anyRun)),
        ]),
        ParseCase(.name, "\"A*\"*", [RangeAlternative(pattern(.literal("A*"), .anyRun))]),
        // Whitespace around items and operands is trimmed; inside a value it is kept.
        ParseCase(.group, "  A  ,  B  ", [equal("A"), equal("B")]),
        ParseCase(.name, "ACME Ltd", [equal("ACME Ltd")]),
        ParseCase(.account, "> C1", [RangeAlternative(.greaterThan(.text("C1")))]),
        ParseCase(.account, "A .. C", [between(.text("A"), .text("C"))]),
        ParseCase(.name, "! ACME", [notEqual("ACME")]),
        ParseCase(.account, ">\"\"", [RangeAlternative(.greaterThan(.text("")))]),
        // Mixed positives and negations keep their order.
        ParseCase(.group, "A,!B,C,!D", [equal("A"), notEqual("B"), equal("C"), notEqual("D")]),
    ]

    static let typedCases: [ParseCase] = [
        ParseCase(.openBalance, ">100", [RangeAlternative(.greaterThan(money(10_000)))]),
        ParseCase(.creditLimit, "1000.50..5000", [between(money(100_050), money(500_000))]),
        ParseCase(.creditLimit, "0", [RangeAlternative(.equal(money(0)))]),
        ParseCase(.creditLimit, "-5.5", [RangeAlternative(.equal(money(-550)))]),
        ParseCase(.creditLimit, "..0.01", [RangeAlternative(.lessThanOrEqual(money(1)))]),
        ParseCase(.creditLimit, "\"100\"", [RangeAlternative(.equal(money(10_000)))]),
        ParseCase(.creditLimit, "!0", [RangeAlternative(.equal(money(0)), isNegated: true)]),
        ParseCase(.overdueBalance, "100,200.5", [
            RangeAlternative(.equal(money(10_000))), RangeAlternative(.equal(money(20_050))),
        ]),
        ParseCase(.maxDaysOverdue, "30..", [RangeAlternative(.greaterThanOrEqual(.integer(30)))]),
        ParseCase(.maxDaysOverdue, "<=90", [RangeAlternative(.lessThanOrEqual(.integer(90)))]),
        ParseCase(.openInvoiceCount, "2", [RangeAlternative(.equal(.integer(2)))]),
        ParseCase(.openInvoiceCount, "1..3", [between(.integer(1), .integer(3))]),
        ParseCase(.openInvoiceCount, "!0", [
            RangeAlternative(.equal(.integer(0)), isNegated: true),
        ]),
        ParseCase(.onHold, "yes", [RangeAlternative(.equal(.boolean(true)))]),
        ParseCase(.onHold, "No", [RangeAlternative(.equal(.boolean(false)))]),
        ParseCase(.onHold, "TRUE", [RangeAlternative(.equal(.boolean(true)))]),
        ParseCase(.onHold, "false", [RangeAlternative(.equal(.boolean(false)))]),
        ParseCase(.onHold, "1", [RangeAlternative(.equal(.boolean(true)))]),
        ParseCase(.onHold, "0", [RangeAlternative(.equal(.boolean(false)))]),
        ParseCase(.onHold, "!yes", [RangeAlternative(.equal(.boolean(true)), isNegated: true)]),
    ]

    static let errorCases: [ErrorCase] = [
        ErrorCase(.name, "", 1, .emptyRange),
        ErrorCase(.name, "   ", 1, .emptyRange),
        ErrorCase(.name, "A,,B", 3, .emptyAlternative),
        ErrorCase(.name, "A, ,B", 3, .emptyAlternative),
        ErrorCase(.name, ",A", 1, .emptyAlternative),
        ErrorCase(.name, "A,", 3, .emptyAlternative),
        ErrorCase(.name, "\"ACME", 1, .unterminatedQuote),
        ErrorCase(.name, "A,\"B\"\"", 3, .unterminatedQuote),
        ErrorCase(.name, "..", 1, .missingBound),
        ErrorCase(.name, "A, .. ", 4, .missingBound),
        ErrorCase(.account, "1..2..3", 5, .repeatedRangeOperator),
        ErrorCase(.openBalance, ">", 1, .missingValue(after: ">", kind: .money)),
        ErrorCase(.openBalance, "1,>=", 3, .missingValue(after: ">=", kind: .money)),
        ErrorCase(.openBalance, "> \"\"", 1, .missingValue(after: ">", kind: .money)),
        ErrorCase(.name, "A,  <", 5, .missingValue(after: "<", kind: .text)),
        ErrorCase(.name, "!", 1, .missingValue(after: "!", kind: .text)),
        ErrorCase(.openBalance, ">abc", 2, .notANumber("abc")),
        ErrorCase(.openBalance, "5..abc", 4, .notANumber("abc")),
        ErrorCase(.creditLimit, "1e5", 1, .notANumber("1e5")),
        ErrorCase(.creditLimit, "1 000", 1, .notANumber("1 000")),
        ErrorCase(.creditLimit, "1.", 1, .notANumber("1.")),
        ErrorCase(.creditLimit, "1.234", 1, .tooManyDecimals("1.234")),
        ErrorCase(.creditLimit, "9999999999999999", 1, .numberOutOfRange("9999999999999999")),
        ErrorCase(.openInvoiceCount, "1.5", 1, .notAWholeNumber("1.5")),
        ErrorCase(.openInvoiceCount, "two", 1, .notAWholeNumber("two")),
        ErrorCase(.openInvoiceCount, "1" + String(repeating: "0", count: 19), 1,
                  .numberOutOfRange("1" + String(repeating: "0", count: 19))),
        ErrorCase(.openBalance, "*5", 1, .wildcardOnNonText),
        ErrorCase(.maxDaysOverdue, ">1?", 3, .wildcardOnNonText),
        ErrorCase(.onHold, "y*", 2, .wildcardOnNonText),
        ErrorCase(.name, ">A*", 3, .wildcardWithOperator(">")),
        ErrorCase(.name, "A*..B", 2, .wildcardWithOperator("..")),
        ErrorCase(.onHold, "maybe", 1, .notABoolean("maybe")),
        ErrorCase(.onHold, ">0", 1, .operatorOnBoolean(">")),
        ErrorCase(.onHold, "0..1", 2, .operatorOnBoolean("..")),
        ErrorCase(.onHold, "\"\"", 1, .emptyOnNonText),
        ErrorCase(.creditLimit, "!\"\"", 2, .emptyOnNonText),
        ErrorCase(.account, "B..A", 1, .reversedRange(from: "B", to: "A")),
        ErrorCase(.openBalance, "10..1", 1, .reversedRange(from: "10", to: "1")),
        ErrorCase(.openInvoiceCount, "1, 5..2", 4, .reversedRange(from: "5", to: "2")),
        ErrorCase(.name, "!>5", 1, .invalidNegation),
        ErrorCase(.name, "A,!A..B", 3, .invalidNegation),
        ErrorCase(.name, "!!A", 1, .invalidNegation),
    ]

    @Test("text ranges parse", arguments: textCases)
    func textRange(_ testCase: ParseCase) throws {
        let expression = try RangeExpression(
            parsing: PoolCriterion(field: testCase.field, range: testCase.range))
        #expect(expression.alternatives == testCase.expected)
    }

    @Test("money, integer and yes/no ranges parse", arguments: typedCases)
    func typedRange(_ testCase: ParseCase) throws {
        let expression = try RangeExpression(
            parsing: PoolCriterion(field: testCase.field, range: testCase.range))
        #expect(expression.alternatives == testCase.expected)
    }

    @Test("malformed ranges fail at the right position", arguments: errorCases)
    func malformedRange(_ testCase: ErrorCase) {
        let criterion = PoolCriterion(field: testCase.field, range: testCase.range)
        #expect(throws: CriterionError(
            criterion: testCase.field.rawValue, position: testCase.position, reason: testCase.reason
        )) {
            try RangeExpression(parsing: criterion)
        }
    }

    @Test("the error message names the criterion, the position and the reason")
    func errorMessage() {
        let error = CriterionError(
            criterion: "openBalance", position: 3, reason: .missingValue(after: ">", kind: .money))
        #expect(error.description
            == "criterion openBalance, position 3: expected a number after '>'")
        let reversed = CriterionError(
            criterion: "account", position: 1, reason: .reversedRange(from: "B", to: "A"))
        #expect(reversed.description
            == "criterion account, position 1: reversed range: 'B' is greater than 'A'"
            + " (write the smaller bound first)")
    }

    @Test("the parser can be called with a kind and a criterion name")
    func parsingWithKind() throws {
        let expression = try RangeExpression(parsing: ">5", kind: .integer, criterion: "custom")
        #expect(expression.alternatives == [RangeAlternative(.greaterThan(.integer(5)))])
        let error = CriterionError(criterion: "custom", position: 1, reason: .notAWholeNumber("x"))
        #expect(throws: error) {
            try RangeExpression(parsing: "x", kind: .integer, criterion: "custom")
        }
    }

    @Test("positives are ORed, negatives split out to be ANDed")
    func positivesAndNegatives() throws {
        let criterion = PoolCriterion(field: .group, range: "A,!B,C,!\"\"")
        let expression = try RangeExpression(parsing: criterion)
        #expect(expression.positives == [equal("A"), equal("C")])
        #expect(expression.negatives == [notEqual("B"), RangeAlternative(.empty, isNegated: true)])
    }

    @Test("positions count characters, not bytes")
    func positionsCountCharacters() {
        #expect(throws: CriterionError(criterion: "name", position: 6, reason: .emptyAlternative)) {
            try RangeExpression(parsing: PoolCriterion(field: .name, range: "Ёлка,,x"))
        }
    }

    @Test("text bounds are ordered like SQLite's BINARY collation")
    func textBoundsOrderedByBytes() throws {
        // "Z" (0x5A) sorts before "a" (0x61) byte-wise, so Z..a is a valid range.
        let expression = try RangeExpression(parsing: PoolCriterion(field: .name, range: "Z..a"))
        #expect(expression.alternatives == [RangeAlternative(.between(.text("Z"), .text("a")))])
    }

    @Test("wildcard patterns become escaped LIKE patterns")
    func likePattern() {
        let pattern = WildcardPattern(
            elements: [.literal("100%_\\"), .anyRun, .literal("x"), .anyCharacter])
        #expect(pattern.likePattern == "100\\%\\_\\\\%x_")
    }
}

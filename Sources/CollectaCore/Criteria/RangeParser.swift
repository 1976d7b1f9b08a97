/// Parses the range text of one criterion into alternatives (see `RangeExpression`).
///
/// Every error names the criterion and the 1-based character position it points at.
struct RangeParser {
    let text: String
    let kind: CustomerField.Kind
    let criterion: String

    /// The comparison operators, longest first so that `>=` wins over `>`.
    private static let comparisons = [">=", "<=", ">", "<"]

    /// The alternatives of the whole range, in the order written.
    func parse() throws(CriterionError) -> [RangeAlternative] {
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw error(.emptyRange, at: 1)
        }
        var lexer = RangeLexer(text: text)
        let items: [RangeItem]
        do {
            items = try lexer.alternatives()
        } catch {
            throw self.error(.unterminatedQuote, at: error.position)
        }
        var alternatives: [RangeAlternative] = []
        for item in items {
            alternatives.append(try alternative(item.trimmed))
        }
        return alternatives
    }

    /// One alternative: `!` and a negatable test, or a test.
    private func alternative(_ item: RangeItem) throws(CriterionError) -> RangeAlternative {
        guard !item.isMissing else { throw error(.emptyAlternative, at: item.position) }
        guard let bang = item.symbols.first, bang.isPlain("!") else {
            return RangeAlternative(try test(item))
        }
        let operand = item.dropping(1)
        guard !operand.isMissing else {
            throw error(.missingValue(after: "!", kind: kind), at: bang.position)
        }
        let isNegatable = !(operand.starts(with: "!") || operand.starts(with: ">")
            || operand.starts(with: "<") || operand.rangeOperatorIndex != nil)
        guard isNegatable else { throw error(.invalidNegation, at: bang.position) }
        return RangeAlternative(try test(operand), isNegated: true)
    }

    /// The test of a non-empty alternative without `!`.
    private func test(_ item: RangeItem) throws(CriterionError) -> RangeTest {
        for symbol in Self.comparisons where item.starts(with: symbol) {
            try refuseOnBoolean(symbol, at: item.position)
            let value = try value(item.dropping(symbol.count), after: symbol, at: item.position)
            return Self.comparison(symbol, value)
        }
        if let index = item.rangeOperatorIndex {
            return try rangeTest(item, operatorIndex: index)
        }
        return try plainTest(item)
    }

    /// `A..B`, `..B` or `A..`.
    private func rangeTest(
        _ item: RangeItem, operatorIndex: Int
    ) throws(CriterionError) -> RangeTest {
        let dots = item.symbols[operatorIndex].position
        try refuseOnBoolean("..", at: dots)
        let lower = RangeItem(symbols: item.symbols[..<operatorIndex], position: item.position)
            .trimmed
        let upper = RangeItem(symbols: item.symbols[(operatorIndex + 2)...], position: dots + 2)
            .trimmed
        if let second = upper.rangeOperatorIndex {
            throw error(.repeatedRangeOperator, at: upper.symbols[second].position)
        }
        switch (lower.isMissing, upper.isMissing) {
        case (true, true):
            throw error(.missingBound, at: dots)
        case (true, false):
            return .lessThanOrEqual(try value(upper, after: "..", at: dots))
        case (false, true):
            return .greaterThanOrEqual(try value(lower, after: "..", at: dots))
        case (false, false):
            let from = try value(lower, after: "..", at: dots)
            let to = try value(upper, after: "..", at: dots)
            guard !from.sorts(after: to) else {
                throw error(.reversedRange(from: lower.text, to: upper.text), at: lower.position)
            }
            return .between(from, to)
        }
    }

    /// A value, a wildcard pattern or `""`.
    private func plainTest(_ item: RangeItem) throws(CriterionError) -> RangeTest {
        if let wildcard = item.symbols.first(where: \.isWildcard) {
            guard kind == .text else { throw error(.wildcardOnNonText, at: wildcard.position) }
            return .matching(Self.pattern(item))
        }
        if item.text.isEmpty {  // only quotes: `""`
            guard kind == .text else { throw error(.emptyOnNonText, at: item.position) }
            return .empty
        }
        return .equal(try typedValue(item))
    }

    /// The operand of an operator (`symbol`, written at `position`): a single typed value.
    private func value(
        _ operand: RangeItem, after symbol: String, at position: Int
    ) throws(CriterionError) -> RangeValue {
        guard !operand.isMissing, kind == .text || !operand.text.isEmpty else {
            throw error(.missingValue(after: symbol, kind: kind), at: position)
        }
        if let wildcard = operand.symbols.first(where: \.isWildcard) {
            let reason: CriterionError.Reason =
                kind == .text ? .wildcardWithOperator(symbol) : .wildcardOnNonText
            throw error(reason, at: wildcard.position)
        }
        return try typedValue(operand)
    }

    /// The operand's text converted to the field's kind.
    private func typedValue(_ operand: RangeItem) throws(CriterionError) -> RangeValue {
        let text = operand.text
        let result: RangeValueParsing.Outcome =
            switch kind {
            case .text: .success(.text(text))
            case .money: RangeValueParsing.money(text)
            case .integer: RangeValueParsing.integer(text)
            case .boolean: RangeValueParsing.boolean(text)
            }
        switch result {
        case .success(let value): return value
        case .failure(let failure): throw error(failure.reason, at: operand.position)
        }
    }

    private static func comparison(_ symbol: String, _ value: RangeValue) -> RangeTest {
        switch symbol {
        case ">=": .greaterThanOrEqual(value)
        case "<=": .lessThanOrEqual(value)
        case ">": .greaterThan(value)
        default: .lessThan(value)
        }
    }

    private func refuseOnBoolean(_ symbol: String, at position: Int) throws(CriterionError) {
        if kind == .boolean { throw error(.operatorOnBoolean(symbol), at: position) }
    }

    private func error(_ reason: CriterionError.Reason, at position: Int) -> CriterionError {
        CriterionError(criterion: criterion, position: position, reason: reason)
    }

    /// The wildcard pattern of an item: plain `*` and `?` are wildcards, the rest literal.
    private static func pattern(_ item: RangeItem) -> WildcardPattern {
        var elements: [WildcardPattern.Element] = []
        var literal = ""
        for symbol in item.symbols {
            if symbol.isWildcard {
                if !literal.isEmpty { elements.append(.literal(literal)) }
                literal = ""
                elements.append(symbol.isPlain("*") ? .anyRun : .anyCharacter)
            } else if let character = symbol.character {
                literal.append(character)
            }
        }
        if !literal.isEmpty { elements.append(.literal(literal)) }
        return WildcardPattern(elements: elements)
    }
}

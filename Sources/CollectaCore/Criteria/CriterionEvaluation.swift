/// A pool criterion compiled for testing a customer in Swift, with the result its SQL condition
/// (`CriteriaCompiler`) gives: text compared by UTF-8 bytes (SQLite's BINARY collation),
/// wildcards as `LIKE` on `lowercased()` text, missing ids as `""`, money in minor units, yes/no
/// as 1/0, a tag test met when some tag passes it.
///
/// Tests are plain values (text bounds are ranges of one byte buffer), and the criterion is an
/// object, so that testing a hundred thousand customers against twenty pools copies little and
/// counts few references.
final class CriterionEvaluation: Sendable {
    let field: CustomerField
    /// What makes two criteria the same test: their field and parsed range.
    let key: Key
    /// The positive alternatives, then the negative ones.
    private let alternatives: [Alternative]
    private let positiveCount: Int
    /// The UTF-8 bytes of every text bound, one after the other.
    private let bytes: [UInt8]
    private let patterns: [LikePattern]

    private enum Comparison: Sendable {
        case equal, empty, like, between, lessThan, lessThanOrEqual, greaterThan, greaterThanOrEqual
    }

    /// A bound: a number, or the text `bytes[start..<start + count]`; for `like`, `start` is the
    /// index of the pattern.
    private struct Bound: Sendable {
        var number: Int64 = 0
        var start = 0
        var count = 0
    }

    private struct Alternative: Sendable {
        let isNegated: Bool
        let comparison: Comparison
        var low = Bound()
        var high = Bound()
    }

    /// The criterion `expression` on `field`; nil when a test cannot be answered in Swift
    /// exactly as SQL answers it (a value of another kind than the field's, built without the
    /// parser; a NUL character or a pattern longer than SQLite accepts), which SQL then tests.
    init?(_ expression: RangeExpression, on field: CustomerField) {
        var builder = Builder(kind: field.kind)
        for alternative in expression.positives + expression.negatives {
            guard builder.add(alternative) else { return nil }
        }
        self.field = field
        key = Key(field: field, expression: expression)
        alternatives = builder.alternatives
        positiveCount = expression.positives.count
        bytes = builder.bytes
        patterns = builder.patterns
    }

    struct Key: Hashable, Sendable {
        let field: CustomerField
        let expression: RangeExpression
    }

    /// Whether `subject` meets the criterion: the positives ORed (when there are any), ANDed
    /// with each negative.
    func isMet(by subject: CriterionSubject) -> Bool {
        isMet(subject.customer, subject.figures)
    }

    /// Whether `customer` (with its tags) and its `figures` meet the criterion.
    func isMet(_ customer: Customer, _ figures: CustomerFigures) -> Bool {
        switch CriterionSubject.value(of: field, customer, figures) {
        case .number(let number): isMet(number: number)
        case .text(var text): text.withUTF8(isMet(text:))
        case .tags(let tags): isMet(tags: tags)
        }
    }

    /// Whether a number field's value meets the criterion.
    func isMet(number: Int64) -> Bool {
        isMet { passes($0, number: number) }
    }

    /// Whether a text field's value, as UTF-8, meets the criterion.
    func isMet(text: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { bounds in
            var anyPositive = positiveCount == 0
            for index in alternatives.indices {
                let alternative = alternatives[index]
                let isMet = passes(alternative, text: text, bounds: bounds) != alternative.isNegated
                if index < positiveCount {
                    if isMet { anyPositive = true }
                } else if !isMet {
                    return false
                }
            }
            return anyPositive
        }
    }

    /// Whether a customer with `tags` meets the criterion on tags.
    func isMet(tags: [String]) -> Bool {
        isMet { alternative in
            // `EXISTS (a tag passes)`, `NOT EXISTS` when negated; `""` asks for no tag at all.
            if alternative.comparison == .empty { return tags.isEmpty }
            return bytes.withUnsafeBufferPointer { bounds in
                tags.contains { tag in
                    var tag = tag
                    return tag.withUTF8 { passes(alternative, text: $0, bounds: bounds) }
                }
            }
        }
    }

    /// The alternatives combined, each passing as `passes` says, reversed when negated.
    private func isMet(_ passes: (Alternative) -> Bool) -> Bool {
        var anyPositive = positiveCount == 0
        for index in alternatives.indices {
            let alternative = alternatives[index]
            let isMet = passes(alternative) != alternative.isNegated
            if index < positiveCount {
                if isMet { anyPositive = true }
            } else if !isMet {
                return false
            }
        }
        return anyPositive
    }

    private func passes(_ alternative: Alternative, number: Int64) -> Bool {
        let low = alternative.low.number
        switch alternative.comparison {
        case .equal: return number == low
        case .between: return low <= number && number <= alternative.high.number
        case .lessThan: return number < low
        case .lessThanOrEqual: return number <= low
        case .greaterThan: return number > low
        case .greaterThanOrEqual: return number >= low
        case .empty, .like: return false
        }
    }

    /// Whether `text` passes the alternative's test; text bounds are in `bounds` (`bytes`).
    private func passes(
        _ alternative: Alternative, text: UnsafeBufferPointer<UInt8>, bounds: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        func compare(_ bound: Bound) -> Int {
            Self.compare(text, UnsafeBufferPointer(rebasing: bounds[bound.start..<bound.start + bound.count]))
        }
        switch alternative.comparison {
        case .equal: return compare(alternative.low) == 0
        case .empty: return text.isEmpty
        case .like:
            return patterns[alternative.low.start].matches(String(decoding: text, as: UTF8.self).lowercased())
        case .between: return compare(alternative.low) >= 0 && compare(alternative.high) <= 0
        case .lessThan: return compare(alternative.low) < 0
        case .lessThanOrEqual: return compare(alternative.low) <= 0
        case .greaterThan: return compare(alternative.low) > 0
        case .greaterThanOrEqual: return compare(alternative.low) >= 0
        }
    }

    /// The order of two texts as SQLite's BINARY collation has it: -1, 0 or 1.
    private static func compare(_ text: UnsafeBufferPointer<UInt8>, _ bound: UnsafeBufferPointer<UInt8>) -> Int {
        for index in 0..<min(text.count, bound.count) where text[index] != bound[index] {
            return text[index] < bound[index] ? -1 : 1
        }
        return text.count < bound.count ? -1 : text.count == bound.count ? 0 : 1
    }

    /// Collects the alternatives' tests and their bounds.
    private struct Builder {
        let kind: CustomerField.Kind
        var alternatives: [Alternative] = []
        var bytes: [UInt8] = []
        var patterns: [LikePattern] = []

        /// Adds `alternative`; false when SQL must test it.
        mutating func add(_ alternative: RangeAlternative) -> Bool {
            let comparison: Comparison
            var values: [RangeValue] = []
            switch alternative.test {
            case .equal(let value): (comparison, values) = (.equal, [value])
            case .empty:
                guard kind == .text else { return false }
                comparison = .empty
            case .matching(let pattern):
                let folded = pattern.likePattern.lowercased()
                guard kind == .text, folded.utf8.count <= Self.likePatternLimit, !folded.unicodeScalars.contains("\0")
                else { return false }
                alternatives.append(Alternative(
                    isNegated: alternative.isNegated, comparison: .like, low: Bound(start: patterns.count)))
                patterns.append(LikePattern(sql: folded))
                return true
            case .between(let from, let to): (comparison, values) = (.between, [from, to])
            case .lessThan(let value): (comparison, values) = (.lessThan, [value])
            case .lessThanOrEqual(let value): (comparison, values) = (.lessThanOrEqual, [value])
            case .greaterThan(let value): (comparison, values) = (.greaterThan, [value])
            case .greaterThanOrEqual(let value): (comparison, values) = (.greaterThanOrEqual, [value])
            }
            var bounds: [Bound] = []
            for value in values {
                guard let bound = bound(value) else { return false }
                bounds.append(bound)
            }
            alternatives.append(Alternative(
                isNegated: alternative.isNegated, comparison: comparison, low: bounds.first ?? Bound(),
                high: bounds.last ?? Bound()))
            return true
        }

        /// The value as the field compares it, or nil when its kind is not the field's.
        private mutating func bound(_ value: RangeValue) -> Bound? {
            switch (value, kind) {
            case (.text(let text), .text):
                guard !text.unicodeScalars.contains("\0") else { return nil }
                let bound = Bound(start: bytes.count, count: text.utf8.count)
                bytes += text.utf8
                return bound
            case (.money(let money), .money): return Bound(number: money.minorUnits)
            case (.integer(let number), .integer): return Bound(number: Int64(number))
            case (.boolean(let flag), .boolean): return Bound(number: flag ? 1 : 0)
            default: return nil
            }
        }

        /// SQLite's default `SQLITE_LIMIT_LIKE_PATTERN_LENGTH`: a longer pattern is an SQL error.
        private static let likePatternLimit = 50_000
    }
}

/// A customer's value of one field, as criteria compare it.
enum FieldValue: Sendable {
    case text(String)
    case number(Int64)
    /// The customer's tags.
    case tags([String])
}

/// What pool criteria test about one customer: its stored fields, its tags, and the figures of
/// its open invoices on the as-of date.
public struct CriterionSubject: Sendable {
    public var customer: Customer
    public var figures: CustomerFigures

    /// `customer` (with its tags) and its figures.
    public init(customer: Customer, figures: CustomerFigures) {
        self.customer = customer
        self.figures = figures
    }

    /// The field's value for `customer` and its `figures`, as its SQL operand gives it
    /// (`CustomerFieldSQL`).
    static func value(of field: CustomerField, _ customer: Customer, _ figures: CustomerFigures) -> FieldValue {
        switch field {
        case .account: .text(customer.account)
        case .name: .text(customer.name)
        case .group: .text(customer.group)
        case .currency: .text(customer.currency)
        case .language: .text(customer.language)
        case .country: .text(customer.country)
        case .salesGroup: .text(customer.salesGroupID ?? "")
        case .agent: .text(customer.agentID ?? "")
        case .letterSequence: .text(customer.letterSequenceID ?? "")
        case .creditLimit: .number(customer.creditLimit.minorUnits)
        case .onHold: .number(customer.isOnHold ? 1 : 0)
        case .tags: .tags(customer.tags)
        case .openBalance: .number(figures.openBalance.minorUnits)
        case .overdueBalance: .number(figures.overdueBalance.minorUnits)
        case .maxDaysOverdue: .number(Int64(figures.maxDaysOverdue))
        case .openInvoiceCount: .number(Int64(figures.openInvoiceCount))
        }
    }
}

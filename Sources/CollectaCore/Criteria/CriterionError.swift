/// Why the range of a pool criterion could not be parsed, and where.
///
/// Reads as one line naming the criterion's field, the 1-based character position in the range
/// text and the reason, e.g. `criterion openBalance, position 3: expected a number after '>'`.
public struct CriterionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The name of the criterion's field (e.g. `openBalance`).
    public var criterion: String
    /// The 1-based character position in the range text the error points at; one past the last
    /// character when something is missing at the end.
    public var position: Int
    /// What is wrong.
    public var reason: Reason

    /// Creates an error about the criterion named `criterion` at `position` (1-based).
    public init(criterion: String, position: Int, reason: Reason) {
        self.criterion = criterion
        self.position = position
        self.reason = reason
    }

    public var description: String {
        "criterion \(criterion), position \(position): \(reason)"
    }

    /// The description in Russian: `критерий openBalance, позиция 3: после '>' ожидается число`.
    public var russianDescription: String {
        "критерий \(criterion), позиция \(position): \(reason.russianDescription)"
    }

    /// What is wrong with a range, one case per mistake a user can make.
    public enum Reason: Equatable, Sendable, CustomStringConvertible {
        /// The range is empty or only blanks.
        case emptyRange
        /// Nothing between two commas, or before the first or after the last (`A,,B`).
        case emptyAlternative
        /// A double quote was opened and never closed.
        case unterminatedQuote
        /// `..` with no value on either side.
        case missingBound
        /// An alternative has more than one `..` (`1..2..3`).
        case repeatedRangeOperator
        /// An operator (`>`, `<`, `>=`, `<=`, `!`) with no value after it.
        case missingValue(after: String, kind: CustomerField.Kind)
        /// `!` followed by something it cannot negate (`!>5`, `!1..5`, `!!A`).
        case invalidNegation
        /// A value of a money field that is not a decimal number.
        case notANumber(String)
        /// A value of a money field with three or more decimals.
        case tooManyDecimals(String)
        /// A value of an integer field that is not a whole number.
        case notAWholeNumber(String)
        /// A number too large for the field.
        case numberOutOfRange(String)
        /// A value of a yes/no field that is not yes, no, true, false, 1 or 0.
        case notABoolean(String)
        /// A wildcard (`*`, `?`) in a range of a field that is not text.
        case wildcardOnNonText
        /// A wildcard in a comparison or a between range of a text field (`>A*`).
        case wildcardWithOperator(String)
        /// `""` or `!""` on a field that is never empty (money, integer, yes/no).
        case emptyOnNonText
        /// A comparison or a between range on a yes/no field.
        case operatorOnBoolean(String)
        /// A between range whose first bound is greater than its second (`10..1`).
        case reversedRange(from: String, to: String)

        public var description: String {
            switch self {
            case .emptyRange: "the range is empty"
            case .emptyAlternative: "empty alternative between commas"
            case .unterminatedQuote: "unterminated quote: add the closing '\"'"
            case .missingBound: "'..' needs a value on at least one side"
            case .repeatedRangeOperator: "only one '..' is allowed in an alternative"
            case .missingValue(let symbol, let kind):
                "expected \(Self.noun(kind)) after '\(symbol)'"
            case .invalidNegation: "'!' can only negate a value, a wildcard or \"\""
            case .notANumber(let text): "'\(text)' is not a number"
            case .tooManyDecimals(let text): "'\(text)' has more than two decimals"
            case .notAWholeNumber(let text): "'\(text)' is not a whole number"
            case .numberOutOfRange(let text): "'\(text)' is too large"
            case .notABoolean(let text): "'\(text)' is not yes or no (yes, no, true, false, 1, 0)"
            case .wildcardOnNonText: "wildcards ('*', '?') apply only to text fields"
            case .wildcardWithOperator(let symbol): "a wildcard cannot be combined with '\(symbol)'"
            case .emptyOnNonText: "'\"\"' (empty) applies only to text fields"
            case .operatorOnBoolean(let symbol): "a yes/no field does not accept '\(symbol)'"
            case .reversedRange(let from, let to):
                "reversed range: '\(from)' is greater than '\(to)' (write the smaller bound first)"
            }
        }

        private static func noun(_ kind: CustomerField.Kind) -> String {
            switch kind {
            case .money, .integer: "a number"
            case .boolean: "yes or no"
            case .text: "a value"
            }
        }

        /// What is wrong, in Russian.
        public var russianDescription: String {
            switch self {
            case .emptyRange: "диапазон пуст"
            case .emptyAlternative: "пустой вариант между запятыми"
            case .unterminatedQuote: "незакрытая кавычка: добавьте '\"'"
            case .missingBound: "у '..' должно быть значение хотя бы с одной стороны"
            case .repeatedRangeOperator: "в варианте допускается только одно '..'"
            case .missingValue(let symbol, let kind): "после '\(symbol)' ожидается \(Self.russianNoun(kind))"
            case .invalidNegation: "'!' отрицает только значение, шаблон или \"\""
            case .notANumber(let text): "'\(text)' — не число"
            case .tooManyDecimals(let text): "в '\(text)' больше двух знаков после точки"
            case .notAWholeNumber(let text): "'\(text)' — не целое число"
            case .numberOutOfRange(let text): "'\(text)' слишком велико"
            case .notABoolean(let text): "'\(text)' — не «да» или «нет» (yes, no, true, false, 1, 0)"
            case .wildcardOnNonText: "шаблоны ('*', '?') допустимы только для текстовых полей"
            case .wildcardWithOperator(let symbol): "шаблон нельзя сочетать с '\(symbol)'"
            case .emptyOnNonText: "'\"\"' (пусто) допустимо только для текстовых полей"
            case .operatorOnBoolean(let symbol): "поле «да/нет» не допускает '\(symbol)'"
            case .reversedRange(let from, let to):
                "обратный диапазон: '\(from)' больше '\(to)' (сначала меньшая граница)"
            }
        }

        private static func russianNoun(_ kind: CustomerField.Kind) -> String {
            switch kind {
            case .money, .integer: "число"
            case .boolean: "«да» или «нет»"
            case .text: "значение"
            }
        }
    }
}

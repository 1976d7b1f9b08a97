/// Converts the text of a range value to a money, integer or yes/no value.
enum RangeValueParsing {
    /// Why a value's text does not convert.
    struct Failure: Error {
        let reason: CriterionError.Reason
    }

    typealias Outcome = Result<RangeValue, Failure>

    /// A decimal amount with at most two decimals (`100`, `1000.5`, `-3.25`), as `Money`.
    static func money(_ text: String) -> Outcome {
        if let money = Money(decimal: text) { return .success(.money(money)) }
        switch decimalShape(text) {
        case nil: return fail(.notANumber(text))
        case .fraction(let digits) where digits > 2: return fail(.tooManyDecimals(text))
        default: return fail(.numberOutOfRange(text))
        }
    }

    /// A whole number, optionally signed.
    static func integer(_ text: String) -> Outcome {
        if let number = Int(text) { return .success(.integer(number)) }
        let isWhole = decimalShape(text) == .whole
        return fail(isWhole ? .numberOutOfRange(text) : .notAWholeNumber(text))
    }

    /// `yes`, `no`, `true`, `false`, `1` or `0`, in any case.
    static func boolean(_ text: String) -> Outcome {
        switch text.lowercased() {
        case "yes", "true", "1": .success(.boolean(true))
        case "no", "false", "0": .success(.boolean(false))
        default: fail(.notABoolean(text))
        }
    }

    private static func fail(_ reason: CriterionError.Reason) -> Outcome {
        .failure(Failure(reason: reason))
    }

    /// The shape of a number written `[-]digits[.digits]`.
    private enum DecimalShape: Equatable {
        case whole
        case fraction(digits: Int)
    }

    /// The shape of `text`, or nil when it is not a plain decimal number.
    private static func decimalShape(_ text: String) -> DecimalShape? {
        let unsigned = text.first == "-" ? text.dropFirst() : Substring(text)
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy(isDigits) else { return nil }
        return parts.count == 2 ? .fraction(digits: parts[1].count) : .whole
    }

    private static func isDigits(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { ("0"..."9").contains($0) }
    }
}

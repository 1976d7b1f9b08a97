/// SQLite's `LIKE … ESCAPE '\'` in Swift, for matching where SQL would: `%` matches any run of
/// characters (even none), `_` exactly one (one Unicode scalar, as SQLite reads UTF-8), `\`
/// makes the next character literal, other characters match themselves, ASCII letters in
/// either case. A pattern that ends in a lone `\` matches nothing, as in SQLite.
///
/// Criteria fold case before they compare (`swiftLowercaseString(x) LIKE
/// swiftLowercaseString(?)`): fold both the pattern text and the value with `lowercased()`
/// before using this, as the SQL does.
struct LikePattern: Hashable, Sendable {
    enum Element: Hashable, Sendable {
        case scalar(Unicode.Scalar)
        /// `_`
        case anyScalar
        /// `%`
        case anyRun
    }

    /// The pattern's elements; nil when it can match nothing.
    let elements: [Element]?

    /// The pattern as SQLite reads `text` with `\` as the escape character.
    init(sql text: String) {
        var elements: [Element] = []
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "%": elements.append(.anyRun)
            case "_": elements.append(.anyScalar)
            case "\\":
                guard let escaped = scalars.next() else {
                    self.elements = nil
                    return
                }
                elements.append(.scalar(escaped))
            default: elements.append(.scalar(scalar))
            }
        }
        self.elements = elements
    }

    /// Whether `text` matches the whole pattern.
    func matches(_ text: String) -> Bool {
        guard let elements else { return false }
        let scalars = Array(text.unicodeScalars)
        // Wildcard matching with one backtracking point: the last `%` seen and where the text
        // stood then. Enough for `%` and `_`: a later `%` can absorb anything an earlier one
        // would have.
        var element = 0
        var position = 0
        var lastRun: (element: Int, position: Int)?
        while position < scalars.count {
            if element < elements.count, Self.matches(elements[element], scalars[position]) {
                element += 1
                position += 1
            } else if element < elements.count, elements[element] == .anyRun {
                lastRun = (element, position)
                element += 1
            } else if let run = lastRun {
                lastRun = (run.element, run.position + 1)
                element = run.element + 1
                position = run.position + 1
            } else {
                return false
            }
        }
        return elements[element...].allSatisfy { $0 == .anyRun }
    }

    /// Whether one element takes one scalar: `_`, or the same character (ASCII letters in
    /// either case, as SQLite's LIKE compares them).
    private static func matches(_ element: Element, _ scalar: Unicode.Scalar) -> Bool {
        switch element {
        case .anyScalar: true
        case .anyRun: false
        case .scalar(let expected):
            expected == scalar
                || (expected.isASCII && scalar.isASCII && asciiLower(expected.value) == asciiLower(scalar.value))
        }
    }

    private static func asciiLower(_ value: UInt32) -> UInt32 {
        (0x41...0x5A).contains(value) ? value + 0x20 : value
    }
}

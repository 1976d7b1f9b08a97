/// One character of a range after quote removal, with where it was written.
struct RangeSymbol: Equatable {
    enum Kind: Equatable {
        /// A character outside quotes: may be an operator, a wildcard or a separator.
        case plain(Character)
        /// A character inside quotes: always literal.
        case quoted(Character)
        /// Where a quoted part starts; carries no character, so `""` still leaves a trace.
        case quoteMark
    }

    let kind: Kind
    /// 1-based character position in the range text.
    let position: Int

    /// Whether this is `character` written outside quotes.
    func isPlain(_ character: Character) -> Bool {
        kind == .plain(character)
    }

    /// Whether this is a blank written outside quotes (trimmed around items).
    var isPlainWhitespace: Bool {
        if case .plain(let character) = kind { return character.isWhitespace }
        return false
    }

    /// Whether this is a `*` or `?` written outside quotes.
    var isWildcard: Bool {
        isPlain("*") || isPlain("?")
    }

    /// The character this symbol stands for, if any.
    var character: Character? {
        switch kind {
        case .plain(let character), .quoted(let character): character
        case .quoteMark: nil
        }
    }
}

/// A run of symbols: one alternative, or an operand within it.
struct RangeItem {
    var symbols: ArraySlice<RangeSymbol>
    /// Where the item starts (1-based), used when it is empty.
    var position: Int

    /// Whether the item has no characters and no quotes (`""` is not missing).
    var isMissing: Bool { symbols.isEmpty }

    /// Whether the item contains a quoted part.
    var hasQuote: Bool { symbols.contains { $0.kind == .quoteMark } }

    /// The characters of the item, quotes removed.
    var text: String { String(symbols.compactMap(\.character)) }

    /// The item without blanks written outside quotes at either end.
    var trimmed: RangeItem {
        var symbols = symbols
        while symbols.first?.isPlainWhitespace == true { symbols.removeFirst() }
        while symbols.last?.isPlainWhitespace == true { symbols.removeLast() }
        return RangeItem(symbols: symbols, position: symbols.first?.position ?? position)
    }

    /// The item after its first `count` symbols, trimmed; it starts after them when empty.
    func dropping(_ count: Int) -> RangeItem {
        let rest = symbols.dropFirst(count)
        let start = symbols.prefix(count).last.map { $0.position + 1 } ?? position
        return RangeItem(symbols: rest, position: start).trimmed
    }

    /// Whether the item starts with `prefix` written outside quotes.
    func starts(with prefix: String) -> Bool {
        guard symbols.count >= prefix.count else { return false }
        return zip(symbols, prefix).allSatisfy { $0.isPlain($1) }
    }

    /// The index of the first `..` written outside quotes.
    var rangeOperatorIndex: Int? {
        symbols.indices.first { index in
            index + 1 < symbols.endIndex && symbols[index].isPlain(".")
                && symbols[index + 1].isPlain(".")
        }
    }
}

/// Splits a range text into its comma-separated alternatives, removing quotes.
///
/// Double quotes make everything up to the closing quote literal (commas, dots, `!`, `*`…);
/// `""` inside quotes is one literal quote.
struct RangeLexer {
    private let characters: [Character]
    private var index = 0

    init(text: String) {
        self.characters = Array(text)
    }

    /// The alternatives, untrimmed; the error's reason is `.unterminatedQuote`, with its position.
    mutating func alternatives() throws(LexerError) -> [RangeItem] {
        var items: [RangeItem] = []
        var symbols: [RangeSymbol] = []
        var start = 1
        while index < characters.count {
            let character = characters[index]
            if character == "\"" {
                symbols.append(contentsOf: try quotedPart())
            } else if character == "," {
                items.append(RangeItem(symbols: symbols[...], position: start))
                symbols = []
                index += 1
                start = index + 1
            } else {
                symbols.append(RangeSymbol(kind: .plain(character), position: index + 1))
                index += 1
            }
        }
        items.append(RangeItem(symbols: symbols[...], position: start))
        return items
    }

    /// Reads a quoted part starting at the opening quote, past its closing quote.
    private mutating func quotedPart() throws(LexerError) -> [RangeSymbol] {
        let opening = index + 1
        var symbols = [RangeSymbol(kind: .quoteMark, position: opening)]
        index += 1
        while index < characters.count {
            let character = characters[index]
            if character == "\"" {
                guard index + 1 < characters.count, characters[index + 1] == "\"" else {
                    index += 1
                    return symbols
                }
                index += 1
            }
            symbols.append(RangeSymbol(kind: .quoted(character), position: index + 1))
            index += 1
        }
        throw LexerError(position: opening)
    }

    /// An unterminated quote, at its opening position.
    struct LexerError: Error {
        let position: Int
    }
}

import CollectaCore

/// Every customer R1 assigns on a date (account, name, hierarchy, source), in account order,
/// held in memory so that a list of 100,000 of them is counted, filtered, sorted and paged
/// without evaluating R1 in SQL again: R1 runs the pool conditions, correlated subqueries over
/// the invoices included, for every customer, which takes a quarter of a second at that size.
///
/// `positions(matching:balances:)` gives the same customers in the same order as the SQL of
/// `processAssignments(_:configuration:asOf:offset:limit:)`: the text test is
/// `CustomerSearchSQL`'s (every word in the account and name lower-cased by Swift, as
/// `swiftLowercaseString` does), and text sorts compare UTF-8 bytes, as SQLite's BINARY
/// collation does.
public struct ProcessAssignmentIndex: Sendable {
    /// One assigned customer.
    public struct Entry: Hashable, Sendable {
        public var account: String
        public var name: String
        /// The hierarchy that processes the customer (R1).
        public var hierarchyID: String
        public var source: AssignmentSource

        public init(account: String, name: String, hierarchyID: String, source: AssignmentSource) {
            self.account = account
            self.name = name
            self.hierarchyID = hierarchyID
            self.source = source
        }
    }

    /// The assigned customers by account.
    public let entries: [Entry]
    /// `account + " " + name` of every entry lower-cased, in UTF-8, one after the other, each
    /// ended by a NUL byte (no search word contains one); `starts[i]` is where entry `i`'s
    /// begins.
    private let haystacks: [UInt8]
    private let starts: [Int]
    /// What each haystack contains, five 64-bit words per entry: the bytes (a 256-bit set, words
    /// 0–3) and the Cyrillic small letters U+0430–U+046F (word 4). Word `k` of entry `i` is at
    /// `k * entries.count + i`, so that a search reads only the words it needs. A haystack that
    /// lacks a byte or a letter of a search word cannot contain the word, so most are ruled out
    /// without being searched, and a word of one byte or one such letter needs no search.
    private let sets: [UInt64]
    private static let setWords = 5
    private static let letters: Range<UInt32> = 0x430..<0x470

    /// An index of `entries`, which must be in account order.
    public init(entries: [Entry]) {
        self.entries = entries
        var haystacks: [UInt8] = []
        haystacks.reserveCapacity(entries.count * 48)
        var starts: [Int] = []
        starts.reserveCapacity(entries.count + 1)
        var sets = [UInt64](repeating: 0, count: entries.count * Self.setWords)
        for (position, entry) in entries.enumerated() {
            starts.append(haystacks.count)
            Self.appendHaystack(of: entry, to: &haystacks)
            let mask = Self.mask(of: haystacks[starts[position]...])
            for word in 0..<Self.setWords where mask[word] != 0 { sets[word * entries.count + position] = mask[word] }
            haystacks.append(0)
        }
        starts.append(haystacks.count)
        self.haystacks = haystacks
        self.starts = starts
        self.sets = sets
    }

    /// The positions in `entries` of the customers `query` keeps, in its order. `balances`
    /// (open and overdue, by account; missing ones are zero) are needed for the balance sorts
    /// only. `query.elsewhereFrom` is not supported (the index holds assigned customers only).
    public func positions(
        matching query: ProcessAssignmentQuery, balances: [String: CustomerBalances] = [:]
    ) -> [Int] {
        precondition(query.elsewhereFrom == nil, "the index holds the assigned customers only")
        var positions = matching(text: query.text)
        if let hierarchyID = query.hierarchyID {
            positions.removeAll { entries[$0].hierarchyID != hierarchyID }
        }
        sort(&positions, by: query.sort ?? .account, descending: query.descending, balances: balances)
        return positions
    }

    /// The positions whose account or name contains every word of `text`, by account.
    private func matching(text: String) -> [Int] {
        let words = CustomerSearchSQL.words(of: text).map { Array($0.utf8) }
        guard let first = words.first else { return Array(entries.indices) }
        var positions = positions(containing: first)
        for word in words.dropFirst() {
            positions.removeAll { !contains(word, at: $0) }
        }
        return positions
    }

    /// The positions whose haystack contains `word`: those whose sets have the word's bytes and
    /// letters, searched unless the word is one byte or one letter.
    private func positions(containing word: [UInt8]) -> [Int] {
        var mask = Self.mask(of: word[...])
        let isOneLetter = mask[4].nonzeroBitCount == 1 && word.count == 2
        if isOneLetter { mask = SIMD8(0, 0, 0, 0, mask[4], 0, 0, 0) }
        let words = (0..<Self.setWords).filter { mask[$0] != 0 }
        guard let first = words.first else { return Array(entries.indices) }
        let count = entries.count
        var found: [Int] = []
        found.reserveCapacity(count)
        sets.withUnsafeBufferPointer { sets in
            let (bits, offset) = (mask[first], first * count)
            for position in 0..<count where sets[offset + position] & bits == bits { found.append(position) }
            for word in words.dropFirst() {
                let (bits, offset) = (mask[word], word * count)
                found.removeAll { sets[offset + $0] & bits != bits }
            }
        }
        guard word.count > 1, !isOneLetter else { return found }
        return withHaystacks(word) { search in found.filter(search) }
    }

    /// The set words of `bytes` (UTF-8): its bytes, and its Cyrillic small letters (lanes 0–4).
    private static func mask(of bytes: ArraySlice<UInt8>) -> SIMD8<UInt64> {
        var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        var letterBits: UInt64 = 0
        var previous: UInt8 = 0
        for byte in bytes {
            let bit: UInt64 = 1 << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: words.0 |= bit
            case 1: words.1 |= bit
            case 2: words.2 |= bit
            default: words.3 |= bit
            }
            if previous & 0xE0 == 0xC0, byte & 0xC0 == 0x80 {
                let scalar = UInt32(previous & 0x1F) << 6 | UInt32(byte & 0x3F)
                if letters.contains(scalar) { letterBits |= 1 << UInt64(scalar - letters.lowerBound) }
            }
            previous = byte
        }
        return SIMD8(words.0, words.1, words.2, words.3, letterBits, 0, 0, 0)
    }

    /// Whether entry `position`'s haystack contains `word`.
    private func contains(_ word: [UInt8], at position: Int) -> Bool {
        withHaystacks(word) { search in search(position) }
    }

    /// Runs `body` with a function telling whether an entry's haystack contains `word`.
    private func withHaystacks<Result>(_ word: [UInt8], _ body: ((Int) -> Bool) -> Result) -> Result {
        haystacks.withUnsafeBufferPointer { bytes in
            word.withUnsafeBufferPointer { word in
                body { position in Self.find(word, in: bytes, from: starts[position], to: starts[position + 1] - 1) }
            }
        }
    }

    /// Whether `bytes[from..<end]` contains `word`: candidates are where its last byte is (for
    /// a Cyrillic letter, the byte that tells it from the others), then the rest is compared.
    private static func find(
        _ word: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int
    ) -> Bool {
        let count = word.count
        guard count > 0 else { return true }
        let last = word[count - 1]
        var index = from + count - 1
        while index < end {
            if bytes[index] == last {
                var matched = 0
                let start = index - count + 1
                while matched < count - 1, bytes[start + matched] == word[matched] { matched += 1 }
                if matched == count - 1 { return true }
            }
            index += 1
        }
        return false
    }

    /// Sorts `positions` (in account order) by `key`, the account breaking ties, as the SQL does.
    private func sort(
        _ positions: inout [Int], by key: ProcessAssignmentSort, descending: Bool,
        balances: [String: CustomerBalances]
    ) {
        func ordered<Key: Comparable>(_ key: (Int) -> Key) {
            var keyed = positions.map { (position: $0, key: key($0)) }
            keyed.sort { left, right in
                if left.key == right.key { return left.position < right.position }
                return descending ? right.key < left.key : left.key < right.key
            }
            positions = keyed.map(\.position)
        }
        switch key {
        case .account: if descending { positions.reverse() }
        case .name: ordered { ByteOrder(entries[$0].name) }
        case .hierarchy: ordered { ByteOrder(entries[$0].hierarchyID) }
        case .source: ordered { ByteOrder(entries[$0].source.rawValue) }
        case .openBalance: ordered { balances[entries[$0].account]?.open.minorUnits ?? 0 }
        case .overdueBalance: ordered { balances[entries[$0].account]?.overdue.minorUnits ?? 0 }
        }
    }

    /// Appends `(account + " " + name).lowercased()` in UTF-8.
    private static func appendHaystack(of entry: Entry, to bytes: inout [UInt8]) {
        let start = bytes.count
        if appendDirectlyLowercased(entry.account, to: &bytes) {
            bytes.append(0x20)
            if appendDirectlyLowercased(entry.name, to: &bytes) { return }
        }
        bytes.removeSubrange(start...)
        bytes.append(contentsOf: (entry.account + " " + entry.name).lowercased().utf8)
    }

    /// Appends the UTF-8 of `text.lowercased()` to `bytes`.
    static func appendLowercasedUTF8(of text: String, to bytes: inout [UInt8]) {
        if !appendDirectlyLowercased(text, to: &bytes) { bytes.append(contentsOf: text.lowercased().utf8) }
    }

    /// Appends `text`'s UTF-8 and lower-cases it in place, when every scalar is one whose lower
    /// case `directLowercase` knows (their UTF-8 keeps its length); appends nothing and returns
    /// false otherwise. Swift's `lowercased()` looks each scalar up in the Unicode tables, a
    /// tenth of a second for 100,000 names.
    static func appendDirectlyLowercased(_ text: String, to bytes: inout [UInt8]) -> Bool {
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        let lowered = bytes.withUnsafeMutableBufferPointer { utf8 in
            var index = start
            while index < utf8.count {
                let lead = utf8[index]
                if lead < 0x80 {
                    if lead &- 0x41 < 26 { utf8[index] = lead + 0x20 }
                    index += 1
                    continue
                }
                let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                guard length < 4, index + length <= utf8.count else { return false }
                var value = UInt32(lead) & (length == 2 ? 0x1F : 0x0F)
                for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
                guard let lower = directLowercase(value: value) else { return false }
                if length == 2 {
                    utf8[index] = UInt8(0xC0 | lower >> 6)
                    utf8[index + 1] = UInt8(0x80 | lower & 0x3F)
                } else if lower != value {
                    return false
                }
                index += length
            }
            return true
        }
        if !lowered { bytes.removeSubrange(start...) }
        return lowered
    }

    /// The lower case of `scalar` when it is one whose mapping is a fixed offset or none (ASCII,
    /// Latin-1, Cyrillic U+0400–U+045F, general punctuation, №); nil for any other.
    static func directLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        directLowercase(value: scalar.value).flatMap(Unicode.Scalar.init)
    }

    private static func directLowercase(value: UInt32) -> UInt32? {
        switch value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE, 0x410...0x42F: value + 0x20
        case 0x400...0x40F: value + 0x50
        case 0...0xFF, 0x430...0x45F, 0x2000...0x206F, 0x2116: value
        default: nil
        }
    }
}

/// A customer's open balance and the overdue part of it, in the company currency.
public struct CustomerBalances: Hashable, Sendable {
    public var open: Money
    public var overdue: Money

    public init(open: Money, overdue: Money) {
        self.open = open
        self.overdue = overdue
    }
}

/// Text ordered by its UTF-8 bytes, as SQLite's BINARY collation orders it.
private struct ByteOrder: Comparable {
    let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    static func < (left: ByteOrder, right: ByteOrder) -> Bool {
        left.bytes.lexicographicallyPrecedes(right.bytes)
    }
}

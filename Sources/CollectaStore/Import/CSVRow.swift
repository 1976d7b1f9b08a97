import CollectaCore

/// A column of an import format: its header name and whether the header must have it.
struct CSVColumn {
    let name: String
    let isRequired: Bool

    static func required(_ name: String) -> CSVColumn {
        CSVColumn(name: name, isRequired: true)
    }

    static func optional(_ name: String) -> CSVColumn {
        CSVColumn(name: name, isRequired: false)
    }
}

/// A checked header row: where each known column is.
struct CSVHeader {
    let fieldCount: Int
    /// The columns of the file with their positions, ordered by the length of their names;
    /// those of names of length `n` are at `firstPositionByLength[n]..<[n + 1]`. Every value of
    /// every row is looked up: comparing the one or two names of the right length is cheaper
    /// than hashing the name, or comparing it with all a dozen.
    private let positions: [(name: String, index: Int)]
    private let firstPositionByLength: [Int]

    /// Checks `fields` against `columns`, reporting unknown, repeated and missing required
    /// columns at line 1; nil when anything was reported or the file has no header.
    init?(fields: [String]?, columns: [CSVColumn], issues: IssueCollector) {
        let expected = columns.map(\.name).joined(separator: ",")
        guard let fields, fields != [""] else {
            issues.report(line: 1, column: nil, "no header row; the first line must be: \(expected)")
            return nil
        }
        let reportedBefore = issues.count
        let known = Set(columns.map(\.name))
        var indexByName: [String: Int] = [:]
        for (index, field) in fields.enumerated() {
            let name = CSVRow.trimmed(field).lowercased()
            if name.isEmpty {
                issues.report(line: 1, column: nil, "column \(index + 1) has no name")
            } else if !known.contains(name) {
                issues.report(
                    line: 1, column: CSVRow.trimmed(field), "unknown column; the columns are \(expected)")
            } else if indexByName[name] != nil {
                issues.report(line: 1, column: name, "column appears twice")
            } else {
                indexByName[name] = index
            }
        }
        for column in columns where column.isRequired && indexByName[column.name] == nil {
            issues.report(line: 1, column: column.name, "required column is missing")
        }
        guard issues.count == reportedBefore else { return nil }
        self.fieldCount = fields.count
        let positions = indexByName.map { (name: $0.key, index: $0.value) }
            .sorted { $0.name.utf8.count < $1.name.utf8.count }
        let longest = positions.last?.name.utf8.count ?? 0
        self.positions = positions
        self.firstPositionByLength = (0...longest + 1).map { length in
            positions.firstIndex { $0.name.utf8.count >= length } ?? positions.count
        }
    }

    /// The position of `column`, or nil when the file leaves the (optional) column out.
    func index(of column: String) -> Int? {
        let length = column.utf8.count
        guard length + 1 < firstPositionByLength.count else { return nil }
        for position in firstPositionByLength[length]..<firstPositionByLength[length + 1]
        where positions[position].name == column {
            return positions[position].index
        }
        return nil
    }
}

/// One data row being validated. Problems go to the import's `IssueCollector`.
struct CSVRow {
    let line: Int
    private let record: CSVRecord
    private let header: CSVHeader
    let issues: IssueCollector
    private let reportedBefore: Int

    init(_ record: CSVRecord, header: CSVHeader, issues: IssueCollector) {
        self.line = record.line
        self.record = record
        self.header = header
        self.issues = issues
        self.reportedBefore = issues.count
    }

    /// Whether no problem was reported for this row so far.
    var isValid: Bool { issues.count == reportedBefore }

    func report(_ column: String?, _ reason: String) {
        issues.report(line: line, column: column, reason)
    }

    /// The value of `column` without surrounding whitespace; empty when the column is absent.
    func value(_ column: String) -> String {
        guard let index = header.index(of: column) else { return "" }
        return Self.trimmed(record.field(index))
    }

    /// Whether `column` has a value, that is anything but whitespace.
    func hasValue(_ column: String) -> Bool {
        guard let index = header.index(of: column) else { return false }
        let range = record.fieldRanges[index]
        guard !range.isEmpty else { return false }
        let isPlain = record.bytes.withUnsafeBufferPointer { bytes in
            Self.isPlain(bytes[range.lowerBound]) || Self.isPlain(bytes[range.upperBound - 1])
        }
        return isPlain || !value(column).isEmpty
    }

    /// `parse` of the bytes of `column`'s value, when it has no surrounding whitespace to trim
    /// (almost always); nil otherwise, or when `parse` gives nil. Amounts and dates are read so,
    /// without making a string: the caller reads the string, to report a problem, only then.
    func parsed<Value>(_ column: String, _ parse: (UnsafeBufferPointer<UInt8>) -> Value?) -> Value? {
        guard let index = header.index(of: column) else { return nil }
        let range = record.fieldRanges[index]
        guard !range.isEmpty else { return nil }
        return record.bytes.withUnsafeBufferPointer { bytes in
            guard Self.isPlain(bytes[range.lowerBound]), Self.isPlain(bytes[range.upperBound - 1])
            else { return nil }
            return parse(UnsafeBufferPointer(rebasing: bytes[range]))
        }
    }

    /// A printable ASCII character other than space: a value beginning and ending so needs no
    /// trimming.
    private static func isPlain(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// `text` without leading and trailing whitespace (spaces, tabs, line breaks, no-break
    /// spaces…). Most values have none, and are returned at once.
    static func trimmed(_ text: String) -> String {
        var text = text
        let isPlain = text.withUTF8 { utf8 in
            guard let first = utf8.first, let last = utf8.last else { return true }
            return Self.isPlain(first) && Self.isPlain(last)
        }
        if isPlain { return text }
        var trimmed = Substring(text)
        while trimmed.first?.isWhitespace == true { trimmed.removeFirst() }
        while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
        return String(trimmed)
    }

    /// The value of a column that must not be empty; nil (reported) when it is.
    func required(_ column: String) -> String? {
        let text = value(column)
        if text.isEmpty {
            report(column, "a value is required")
            return nil
        }
        return text
    }

    /// The value of a column that may be empty; nil when it is.
    func optional(_ column: String) -> String? {
        let text = value(column)
        return text.isEmpty ? nil : text
    }
}

// MARK: Typed values

extension CSVRow {
    /// A non-negative amount such as `1234.50`; nil when empty or invalid (invalid is reported,
    /// and so is empty when `required`).
    func amount(_ column: String, required: Bool) -> Money? {
        if let money = parsed(column, Money.init(decimal:)), money >= .zero {
            return money
        }
        guard let text = required ? self.required(column) : optional(column) else { return nil }
        guard let money = Money(decimal: text) else {
            report(column, "'\(text)' is not an amount (like 1234.50: a dot, at most 2 decimals)")
            return nil
        }
        guard money >= .zero else {
            report(column, "\(money) is negative")
            return nil
        }
        return money
    }

    /// A date in `YYYY-MM-DD` form; nil when empty or invalid.
    func date(_ column: String, required: Bool) -> LocalDate? {
        if let date = parsed(column, LocalDate.init(iso:)) {
            return date
        }
        guard let text = required ? self.required(column) : optional(column) else { return nil }
        guard let date = LocalDate(iso: text) else {
            report(column, "'\(text)' is not a date (YYYY-MM-DD)")
            return nil
        }
        return date
    }

    /// `yes`/`no` (also `true`/`false`, `1`/`0`, any case); `false` when empty.
    func flag(_ column: String) -> Bool {
        switch value(column).lowercased() {
        case "", "no", "false", "0": return false
        case "yes", "true", "1": return true
        default:
            report(column, "'\(value(column))' is not yes or no")
            return false
        }
    }

    /// An enumeration value by its code (`promisedToPay`) or its words in any case
    /// (`Promised to pay`); `defaultValue` when empty.
    func choice<Value: RawRepresentable<String> & CaseIterable>(
        _ column: String, default defaultValue: Value
    ) -> Value {
        let text = value(column)
        guard !text.isEmpty else { return defaultValue }
        if let exact = Value(rawValue: text) { return exact }
        let key = Self.choiceKey(text)
        if let match = Value.allCases.first(where: { Self.choiceKey($0.rawValue) == key }) {
            return match
        }
        let codes = Value.allCases.map(\.rawValue).joined(separator: ", ")
        report(column, "'\(text)' is not one of \(codes)")
        return defaultValue
    }

    /// A `;`-separated list; blank items are dropped.
    func list(_ column: String) -> [String] {
        value(column).split(separator: ";")
            .map { Self.trimmed(String($0)) }
            .filter { !$0.isEmpty }
    }

    private static func choiceKey(_ text: String) -> String {
        text.lowercased().filter { $0 != " " && $0 != "-" && $0 != "_" }
    }
}

// MARK: Codes and references

extension CSVRow {
    /// A currency code of three capital letters (`RUB`).
    func currency(_ column: String) -> String? {
        guard let text = required(column) else { return nil }
        guard text.utf8.count == 3, text.utf8.allSatisfy({ (0x41...0x5A).contains($0) }) else {
            report(column, "'\(text)' is not a currency code (3 capital letters, like RUB)")
            return nil
        }
        return text
    }

    /// A language tag such as `ru` or `en-US`.
    func language(_ column: String) -> String? {
        guard let text = required(column) else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let isTag = (2...3).contains(parts[0].count) && parts[0].allSatisfy(\.isASCIILetter)
            && parts.dropFirst().allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIILetterOrDigit) }
        guard isTag else {
            report(column, "'\(text)' is not a language tag (like ru or en-US)")
            return nil
        }
        return text
    }

    /// An email address (something, `@`, something); nil when empty or invalid.
    func email(_ column: String, required: Bool) -> String? {
        guard let text = required ? self.required(column) : optional(column) else { return nil }
        guard let at = text.firstIndex(of: "@"), at != text.startIndex,
              text.index(after: at) != text.endIndex, !text.contains(where: \.isWhitespace)
        else {
            report(column, "'\(text)' is not an email address")
            return nil
        }
        return text
    }

    /// A reference to a row that must exist: nil when empty or unknown (unknown is reported,
    /// and so is empty when `required`).
    func reference(
        _ column: String, in keys: KeyTable, _ noun: String, required: Bool = false
    ) -> String? {
        guard let key = required ? self.required(column) : optional(column) else { return nil }
        guard keys.contains(key) else {
            report(column, "unknown \(noun) '\(key)'")
            return nil
        }
        return key
    }
}

extension Character {
    fileprivate var isASCIILetter: Bool { isASCII && isLetter }
    fileprivate var isASCIILetterOrDigit: Bool { isASCII && (isLetter || isNumber) }
}

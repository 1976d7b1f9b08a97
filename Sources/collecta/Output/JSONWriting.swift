import Foundation

/// Command output as JSON, byte for byte what Foundation's `JSONEncoder` writes with
/// `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]` (the format scripts already read):
/// two-space indentation, `"key" : value`, keys sorted by their UTF-8 bytes, empty arrays as
/// `[`, an empty line and `]`, and in strings only `"`, `\` and control characters escaped.
///
/// `level` is the indentation of the line a container closes on (0 for a document).
extension OutputBytes {
    /// `object` as a JSON object, opening on the current line.
    mutating func appendJSON(_ object: OutputObject, level: Int) {
        let keys = object.fields.map(\.key)
        // Nested objects of one kind follow each other (the actions of an explanation): the
        // last layout is kept for the next one.
        let layout: JSONObjectLayout
        if let last = lastJSONLayout, last.level == level, last.keys == keys {
            layout = last
        } else {
            layout = JSONObjectLayout(keys: keys, level: level)
            lastJSONLayout = layout
        }
        appendJSON(values: object.fields.map(\.value), layout: layout)
    }

    /// The values of an object with `layout`'s keys (one value per key, in the keys' order).
    mutating func appendJSON(values: [OutputValue], layout: JSONObjectLayout) {
        append(ascii: "{")
        append(ascii: "\n")
        for (position, field) in layout.fields.enumerated() {
            if position > 0 {
                append(ascii: ",")
                append(ascii: "\n")
            }
            field.prefix.withUnsafeBufferPointer { append(contentsOf: $0) }
            appendJSON(values[field.index], level: layout.level + 1)
        }
        closeJSONContainer("}", level: layout.level)
    }

    /// One value: `null` when it is missing.
    mutating func appendJSON(_ value: OutputValue, level: Int) {
        switch value {
        case .text(let text): text.map { appendJSON(string: $0) } ?? appendNull()
        case .integer(let number): number.map { append(integer: $0) } ?? appendNull()
        case .boolean(let flag): flag.map { append($0 ? "true" : "false") } ?? appendNull()
        case .date(let date):
            guard let date else { return appendNull() }
            append(ascii: "\"")
            append(date: date)
            append(ascii: "\"")
        case .money(let amount):
            guard let amount else { return appendNull() }
            append(ascii: "\"")
            append(money: amount)
            append(ascii: "\"")
        case .decimal(let number, let digits):
            guard let number, number.isFinite else { return appendNull() }
            append(String(format: "%.*f", digits, number))
        case .list(let items):
            appendJSONArray(items.count, level: level) { bytes, index in bytes.appendJSON(string: items[index]) }
        case .object(let object):
            object.map { appendJSON($0, level: level) } ?? appendNull()
        case .objects(let objects):
            appendJSONArray(objects.count, level: level) { bytes, index in
                bytes.appendJSON(objects[index], level: level + 1)
            }
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped as `JSONEncoder` does
    /// (`\b \f \n \r \t`, others as `\u00XX` in lower-case hexadecimal); everything else, `/`
    /// and non-ASCII text included, as it is.
    mutating func appendJSON(string text: String) {
        append(ascii: "\"")
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscape(of: byte)
                start = index + 1
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        append(ascii: "\"")
    }

    private mutating func appendEscape(of byte: UInt8) {
        append(ascii: "\\")
        switch byte {
        case 0x22: append(ascii: "\"")
        case 0x5C: append(ascii: "\\")
        case 0x08: append(ascii: "b")
        case 0x0C: append(ascii: "f")
        case 0x0A: append(ascii: "n")
        case 0x0D: append(ascii: "r")
        case 0x09: append(ascii: "t")
        default:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            append("u00")
            append(byte: hex[Int(byte >> 4)])
            append(byte: hex[Int(byte & 0x0F)])
        }
    }

    /// `[`, the elements one per line, `]` (an empty array keeps its empty line).
    private mutating func appendJSONArray(
        _ count: Int, level: Int, element: (inout OutputBytes, Int) -> Void
    ) {
        append(ascii: "[")
        append(ascii: "\n")
        for index in 0..<count {
            if index > 0 {
                append(ascii: ",")
                append(ascii: "\n")
            }
            appendIndent(level + 1)
            element(&self, index)
        }
        closeJSONContainer("]", level: level)
    }

    private mutating func closeJSONContainer(_ bracket: Unicode.Scalar, level: Int) {
        append(ascii: "\n")
        appendIndent(level)
        append(ascii: bracket)
    }

    mutating func appendIndent(_ level: Int) {
        append(byte: UInt8(ascii: " "), count: 2 * level)
    }

    private mutating func appendNull() {
        append("null")
    }
}

/// How an object with given keys is written at a given level: its fields in output order, each
/// with the bytes before its value (indentation, quoted key, ` : `), made once for every object
/// with those keys.
struct JSONObjectLayout {
    /// The index of a field's key and value, and what precedes its value.
    let fields: [(index: Int, prefix: [UInt8])]
    /// The indentation of the line the object closes on.
    let level: Int
    /// The keys, in the order of the values.
    let keys: [String]

    init(keys: [String], level: Int) {
        self.level = level
        self.keys = keys
        fields = JSONKeyOrder.sorted(keys).map { index in
            var prefix = OutputBytes()
            prefix.appendIndent(level + 1)
            prefix.appendJSON(string: keys[index])
            prefix.append(" : ")
            return (index, prefix.bytes)
        }
    }
}

/// The order `JSONEncoder` writes an object's keys in: by their UTF-8 bytes; of equal keys, the
/// last one written wins (its value is the one kept), in the place of the key.
enum JSONKeyOrder {
    /// Indexes of `keys` in output order.
    static func sorted(_ keys: [String]) -> [Int] {
        let order = keys.indices.sorted { lhs, rhs in
            keys[lhs] == keys[rhs] ? lhs < rhs : keys[lhs].utf8.lexicographicallyPrecedes(keys[rhs].utf8)
        }
        return order.indices.compactMap { position in
            let isOverwritten = position + 1 < order.count && keys[order[position + 1]] == keys[order[position]]
            return isOverwritten ? nil : order[position]
        }
    }
}

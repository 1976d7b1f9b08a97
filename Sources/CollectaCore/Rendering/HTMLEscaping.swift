/// Escaping text for HTML.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references, as swift-mustache
    /// escapes values.
    static func escaped(_ text: String) -> String {
        var html = HTMLBuffer()
        html.appendEscaped(text[...])
        return html.string
    }

    /// The escaping character by character, as swift-mustache does it: a special character
    /// joined into one grapheme with its neighbour (`&` and a combining accent) is a different
    /// character and is left alone. ``HTMLBuffer`` uses it for such rare texts only.
    static func escapedByCharacter(_ text: Substring) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// HTML built as UTF-8 bytes: a letter has thousands of characters, and escaping them as
/// `Character`s (grapheme breaking, string comparisons) cost more than the rest of a run.
struct HTMLBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The HTML built so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends `text` as it is (markup).
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends `text` as it is (markup, or plain text).
    mutating func append(_ text: Substring) {
        // Through the contiguous bytes: a substring's UTF-8 view is copied element by element.
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends `count` copies of `unit`'s UTF-8 bytes.
    mutating func append(_ unit: StaticString, times count: Int) {
        let unitBytes = UnsafeBufferPointer(start: unit.utf8Start, count: unit.utf8CodeUnitCount)
        for _ in 0..<max(0, count) { bytes.append(contentsOf: unitBytes) }
    }

    /// Appends `count` spaces (none when `count` is not positive).
    mutating func appendSpaces(_ count: Int) {
        for _ in 0..<max(0, count) { bytes.append(UInt8(ascii: " ")) }
    }

    /// Appends `text` HTML-escaped, exactly as ``HTMLText/escapedByCharacter(_:)`` would.
    mutating func appendEscaped(_ text: Substring) {
        var text = text
        let done = text.withUTF8 { utf8 -> Bool in
            guard !Self.joinsSpecialCharacter(utf8) else { return false }
            appendEscapedBytes(utf8)
            return true
        }
        if !done {
            bytes.append(contentsOf: HTMLText.escapedByCharacter(text).utf8)
        }
    }

    private mutating func appendEscapedBytes(_ utf8: UnsafeBufferPointer<UInt8>) {
        var start = 0
        for index in utf8.indices {
            let reference: StaticString
            switch utf8[index] {
            case UInt8(ascii: "&"): reference = "&amp;"
            case UInt8(ascii: "<"): reference = "&lt;"
            case UInt8(ascii: ">"): reference = "&gt;"
            case UInt8(ascii: "\""): reference = "&quot;"
            case UInt8(ascii: "'"): reference = "&#39;"
            default: continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
            bytes.append(contentsOf: UnsafeBufferPointer(start: reference.utf8Start, count: reference.utf8CodeUnitCount))
            start = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
    }

    /// Whether a special character of `utf8` might share its grapheme with a neighbour: only
    /// when a neighbouring byte is not ASCII, since two ASCII scalars other than CR LF are
    /// always two characters.
    private static func joinsSpecialCharacter(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in utf8.indices where isSpecial(utf8[index]) {
            if index > 0, utf8[index - 1] >= 0x80 { return true }
            if index + 1 < utf8.count, utf8[index + 1] >= 0x80 { return true }
        }
        return false
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
             UInt8(ascii: "'"): true
        default: false
        }
    }
}

/// The lines of a text, split where `Character.isNewline` splits them, found on UTF-8 bytes.
enum TextLines {
    /// The lines of `text` (a CR LF pair ends one line), empty ones included, as
    /// `text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)` gives them:
    /// a line break is always a character of its own, so bytes find the same breaks.
    static func lines(of text: String) -> [Substring] {
        var text = text
        let breaks = text.withUTF8(lineBreaks)
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        for lineBreak in breaks {
            let end = utf8.index(utf8.startIndex, offsetBy: lineBreak.lowerBound)
            lines.append(text[lineStart..<end])
            lineStart = utf8.index(utf8.startIndex, offsetBy: lineBreak.upperBound)
        }
        lines.append(text[lineStart...])
        return lines
    }

    /// The byte ranges of the line breaks in `utf8`: LF, VT, FF, CR, CR LF, NEL (U+0085), LINE
    /// SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029).
    private static func lineBreaks(_ utf8: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var breaks: [Range<Int>] = []
        var index = 0
        while index < utf8.count {
            let length = lineBreakLength(utf8, at: index)
            if length > 0 {
                breaks.append(index..<index + length)
                index += length
            } else {
                index += 1
            }
        }
        return breaks
    }

    private static func lineBreakLength(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        func byte(_ offset: Int) -> UInt8? {
            index + offset < utf8.count ? utf8[index + offset] : nil
        }
        switch utf8[index] {
        case 0x0A, 0x0B, 0x0C: return 1
        case 0x0D: return byte(1) == 0x0A ? 2 : 1
        case 0xC2: return byte(1) == 0x85 ? 2 : 0
        case 0xE2: return byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// Whether every character of `line` is white space (`Character.isWhitespace`), as for an
    /// empty line.
    static func isBlank(_ line: Substring) -> Bool {
        var asciiOnly = true
        for byte in line.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x80...: asciiOnly = false
            default: return false
            }
        }
        // Only non-ASCII white space (and perhaps combining marks) is left to tell apart.
        return asciiOnly || line.allSatisfy(\.isWhitespace)
    }
}

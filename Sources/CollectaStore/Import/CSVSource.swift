import CSV
import Foundation

/// Turns the bytes of an import file into text: UTF-8 only, with an optional byte order mark.
enum CSVText {
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The text of `data`, or an `ImportError` naming the line of the first byte that is not
    /// part of valid UTF-8.
    static func decode(_ data: Data, file: String) throws -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: byteOrderMark) {
            bytes.removeFirst(byteOrderMark.count)
        }
        if let offset = firstInvalidUTF8Byte(in: bytes) {
            let line = 1 + LineBreaks.count(in: bytes[..<offset])
            let reason = "not UTF-8 text (byte \(hex(bytes[offset]))); save the file as UTF-8"
            throw ImportError(issues: [ImportIssue(file: file, line: line, column: nil, reason: reason)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The offset of the first byte that starts an invalid UTF-8 sequence (a stray continuation
    /// byte, a truncated or overlong sequence, a surrogate, a code point above U+10FFFF).
    static func firstInvalidUTF8Byte(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            guard let length = sequenceLength(bytes, at: index) else { return index }
            index += length
        }
        return nil
    }

    /// The length of the valid sequence starting at `index`, or nil when it is invalid.
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int? {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let (length, secondRange): (Int, ClosedRange<UInt8>)
        switch lead {
        case 0xC2...0xDF: (length, secondRange) = (2, 0x80...0xBF)
        case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, secondRange) = (3, 0x80...0xBF)
        case 0xED: (length, secondRange) = (3, 0x80...0x9F)
        case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, secondRange) = (4, 0x80...0xBF)
        case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
        default: return nil
        }
        guard index + length <= bytes.count, secondRange.contains(bytes[index + 1]) else {
            return nil
        }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
            return nil
        }
        return length
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count == 1 ? "0" : "") + digits
    }
}

/// Counts line breaks the way the CSV reader ends rows: LF, CR LF and a lone CR each count once.
enum LineBreaks {
    static func count(in bytes: some Sequence<UInt8>) -> Int {
        var count = 0
        var afterCarriageReturn = false
        for byte in bytes {
            if byte == 0x0A, !afterCarriageReturn { count += 1 }
            if byte == 0x0D { count += 1 }
            afterCarriageReturn = byte == 0x0D
        }
        return count
    }

    /// The line breaks inside a parsed field (only quoted fields can hold any).
    static func count(in field: String) -> Int {
        var field = field
        let hasBreak = field.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0x0A, buffer.count) != nil || memchr(base, 0x0D, buffer.count) != nil
        }
        return hasBreak ? count(in: field.utf8) : 0
    }
}

/// One data row of an import file, with the physical line it starts on.
struct CSVRecord {
    let line: Int
    let fields: [String]
}

/// Reads CSV text with yaslab/CSV.swift and numbers each row by the physical line it starts on,
/// counting the line breaks held in quoted fields.
final class LineNumberingCSVReader {
    /// The fields of the header row, or nil when the text is empty.
    let header: [String]?
    private let reader: CSVReader?
    private var nextLine: Int

    init(text: String) throws {
        var headerRow: [String]?
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: true)
            self.reader = reader
            headerRow = reader.headerRow
        } catch CSVError.cannotReadHeaderRow {
            reader = nil
        }
        header = headerRow
        nextLine = 2 + (headerRow.map(Self.lineBreaks) ?? 0)
    }

    /// The next data row, or nil at the end of the text.
    func next() -> CSVRecord? {
        guard let fields = reader?.next() else { return nil }
        let record = CSVRecord(line: nextLine, fields: fields)
        nextLine += 1 + Self.lineBreaks(in: fields)
        return record
    }

    private static func lineBreaks(in fields: [String]) -> Int {
        fields.reduce(0) { $0 + LineBreaks.count(in: $1) }
    }
}

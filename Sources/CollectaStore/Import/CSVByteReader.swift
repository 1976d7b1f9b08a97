/// One row of an import file, with the physical line it starts on: the unescaped bytes of its
/// fields, checked to be UTF-8. Fields become strings only when they are asked for.
struct CSVRecord {
    let line: Int
    /// The fields' bytes, one field after the other.
    let bytes: [UInt8]
    /// Where each field is in `bytes`.
    let fieldRanges: [Range<Int>]

    var fieldCount: Int { fieldRanges.count }

    /// Whether every field is empty (as in an empty line, or `,,,` from a spreadsheet).
    var isBlank: Bool {
        for range in fieldRanges where !range.isEmpty {
            return false
        }
        return true
    }

    /// The field at `index` as a string.
    func field(_ index: Int) -> String {
        bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[fieldRanges[index]]), as: UTF8.self)
        }
    }

    /// Every field as a string.
    var fields: [String] { fieldRanges.indices.map(field) }
}

/// Reads CSV (RFC 4180) straight from UTF-8 bytes, one row at a time, numbering each row by
/// the physical line it starts on (a quoted value holding line breaks moves the next rows down).
///
/// Byte-level instead of CSV.swift's `CSVReader`: that reader walks the text one Unicode scalar
/// at a time through a type-erased iterator and grows every field a scalar at a time, and needs
/// the whole file decoded into a `String` first. For a million invoice rows it took about a
/// third of the import's time and the file's size three times over in memory (docs/decisions.md).
/// This reader scans a block of bytes, copies each row's fields once (unescaping quoted ones)
/// and makes no strings, and keeps memory to a block plus the longest row.
///
/// The grammar is CSV.swift's, which import accepted before: fields separated by commas, rows
/// ended by LF, CR LF or a lone CR; a field that starts with a double quote runs to the closing
/// quote, with `""` standing for one quote and line breaks kept; a quote inside an unquoted
/// field is an ordinary character; an unterminated quoted field runs to the end of the file.
/// One repair: a quote inside a quoted field that is neither doubled nor followed by a comma or
/// a line end is kept with the character after it (CSV.swift silently dropped that character).
/// A UTF-8 byte order mark at the start is skipped. Each row's bytes are checked to be UTF-8.
final class CSVByteReader {
    private var source: CSVByteSource
    private var buffer: [UInt8] = []
    /// Where the next row starts in `buffer`.
    private var rowStart = 0
    private var sourceIsExhausted = false
    private var hasStarted = false
    /// The physical line the next row starts on.
    private var nextLine = 1
    /// The buffers of the last row, reused for the next.
    private var scratch = CSVRowScan.Buffers()

    /// How much is read at a time, at least.
    private let blockSize: Int

    /// A reader of `source`, which reads `blockSize` bytes at a time (more for a longer row).
    init(_ source: CSVByteSource, blockSize: Int = 1 << 20) {
        self.source = source
        self.blockSize = blockSize
    }

    /// The next row, or nil after the last.
    /// - Throws: `CSVEncodingError` when the row holds bytes that are not UTF-8; `ImportError`
    ///   when the file cannot be read.
    func next() throws -> CSVRecord? {
        if !hasStarted {
            try start()
        }
        while true {
            while rowStart == buffer.count {
                guard try refill() else { return nil }
            }
            var scan = CSVRowScan(isAtEndOfFile: sourceIsExhausted, buffers: scratch)
            scratch = CSVRowScan.Buffers()  // so that `scan` holds the only reference
            let end = try buffer.withUnsafeBufferPointer { bytes in
                let end = scan.readRow(bytes, from: rowStart)
                if let end {
                    try checkEncoding(Bytes(rebasing: bytes[rowStart..<end.index]))
                }
                return end
            }
            scratch = scan.buffers
            guard let end else {
                try refill()
                continue
            }
            let record = CSVRecord(line: nextLine, bytes: scratch.bytes, fieldRanges: scratch.fieldRanges)
            nextLine += end.lineBreaks
            rowStart = end.index
            return record
        }
    }

    /// Reads the first bytes and skips a byte order mark.
    private func start() throws {
        hasStarted = true
        while buffer.count < 3, try refill() {}
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
            rowStart = 3
        }
    }

    /// Drops the rows already read and appends at least as many bytes as are left, so that a
    /// row longer than a block is read in a number of passes that grows only logarithmically.
    /// - Returns: false when the source had nothing left.
    @discardableResult
    private func refill() throws -> Bool {
        guard !sourceIsExhausted else { return false }
        buffer.removeSubrange(0..<rowStart)
        rowStart = 0
        let count = max(blockSize, buffer.count)
        if try !source.read(appendingTo: &buffer, count: count, line: nextLine) {
            sourceIsExhausted = true
        }
        return true
    }

    private typealias Bytes = UnsafeBufferPointer<UInt8>

    /// Checks that a row's bytes are UTF-8, naming the line of the first byte that is not.
    private func checkEncoding(_ row: Bytes) throws {
        guard let offset = UTF8Validation.firstInvalidByte(in: row) else { return }
        let line = nextLine + LineBreaks.count(in: row[..<offset])
        throw CSVEncodingError(line: line, byte: row[offset])
    }
}

/// The scan of one row in a buffer of bytes. A value, so that the scan's state is local to it.
private struct CSVRowScan {
    /// Storage kept from row to row.
    struct Buffers {
        /// The unescaped bytes of the row's fields, one after the other.
        var bytes: [UInt8] = []
        /// Where each field is in `bytes`.
        var fieldRanges: [Range<Int>] = []
    }

    /// Where a row ended.
    struct RowEnd {
        /// Where the next row starts.
        let index: Int
        /// The line breaks from the row's start to the next row's start.
        let lineBreaks: Int
    }

    /// Where a field ended: the comma or line break after it (nil at the end of the file), and
    /// where reading goes on.
    private struct FieldEnd {
        let separator: Int?
        let next: Int
    }

    typealias Bytes = UnsafeBufferPointer<UInt8>
    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    /// Whether the buffer ends where the file does (else a row cut off by its end is read again
    /// once more bytes are in).
    let isAtEndOfFile: Bool
    var buffers: Buffers
    private var lineBreaks = 0

    init(isAtEndOfFile: Bool, buffers: Buffers) {
        self.isAtEndOfFile = isAtEndOfFile
        self.buffers = buffers
    }

    /// Reads the fields of the row at `start` into `buffers`; nil when the buffer ends
    /// before the row does and the file goes on.
    mutating func readRow(_ bytes: Bytes, from start: Int) -> RowEnd? {
        buffers.bytes.removeAll(keepingCapacity: true)
        buffers.fieldRanges.removeAll(keepingCapacity: true)
        plainRun = nil
        var index = start
        while true {
            let fieldEnd = index < bytes.count && bytes[index] == Self.quote
                ? readQuotedField(bytes, from: index + 1)
                : readPlainField(bytes, from: index)
            guard let fieldEnd else { return nil }
            guard let separator = fieldEnd.separator else {
                copyPlainRun(bytes)
                return RowEnd(index: fieldEnd.next, lineBreaks: lineBreaks + 1)
            }
            index = separator + 1
            if bytes[separator] != Self.comma {
                guard let next = lineEnd(bytes, at: separator) else { return nil }
                copyPlainRun(bytes)
                return RowEnd(index: next, lineBreaks: lineBreaks + 1)
            }
        }
    }

    /// Unquoted fields in a row, not copied yet: their ranges in `buffers` are positions in the
    /// buffer being read, from `start` to `end` (the commas between them included).
    private var plainRun: (start: Int, end: Int, firstField: Int)?

    /// An unquoted field: everything up to a comma or a line break. Its bytes are copied with
    /// those of the unquoted fields next to it, in one go.
    private mutating func readPlainField(_ bytes: Bytes, from start: Int) -> FieldEnd? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
            index += 1
        }
        if index == bytes.count, !isAtEndOfFile { return nil }
        plainRun = (plainRun?.start ?? start, index, plainRun?.firstField ?? buffers.fieldRanges.count)
        buffers.fieldRanges.append(start..<index)
        return FieldEnd(separator: index < bytes.count ? index : nil, next: index)
    }

    /// Copies the unquoted fields not copied yet, and makes their ranges positions in `buffers`.
    private mutating func copyPlainRun(_ bytes: Bytes) {
        guard let run = plainRun else { return }
        plainRun = nil
        let shift = buffers.bytes.count - run.start
        buffers.bytes.append(contentsOf: Bytes(rebasing: bytes[run.start..<run.end]))
        for field in run.firstField..<buffers.fieldRanges.count {
            let range = buffers.fieldRanges[field]
            buffers.fieldRanges[field] = (range.lowerBound + shift)..<(range.upperBound + shift)
        }
    }

    /// A quoted field, from just after its opening quote to its closing quote.
    private mutating func readQuotedField(_ bytes: Bytes, from start: Int) -> FieldEnd? {
        copyPlainRun(bytes)
        let fieldStart = buffers.bytes.count
        var index = start
        var segmentStart = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == Self.quote {
                buffers.bytes.append(contentsOf: Bytes(rebasing: bytes[segmentStart..<index]))
                guard index + 1 < bytes.count else {
                    guard isAtEndOfFile else { return nil }
                    buffers.fieldRanges.append(fieldStart..<buffers.bytes.count)
                    return FieldEnd(separator: nil, next: bytes.count)
                }
                let following = bytes[index + 1]
                if following == Self.comma || following == Self.lineFeed
                    || following == Self.carriageReturn
                {
                    buffers.fieldRanges.append(fieldStart..<buffers.bytes.count)
                    return FieldEnd(separator: index + 1, next: index + 1)
                }
                // A doubled quote stands for one; a stray quote is kept as it is.
                buffers.bytes.append(Self.quote)
                index += following == Self.quote ? 2 : 1
                segmentStart = index
                continue
            }
            if byte == Self.carriageReturn
                || (byte == Self.lineFeed && bytes[index - 1] != Self.carriageReturn)
            {
                lineBreaks += 1
            }
            index += 1
        }
        // No closing quote: the field runs to the end of the file.
        guard isAtEndOfFile else { return nil }
        buffers.bytes.append(contentsOf: Bytes(rebasing: bytes[segmentStart..<bytes.count]))
        buffers.fieldRanges.append(fieldStart..<buffers.bytes.count)
        return FieldEnd(separator: nil, next: bytes.count)
    }

    /// Where the next row starts after the line break at `index` (CR LF counts as one); nil
    /// when a CR ends the buffer and the file goes on.
    private func lineEnd(_ bytes: Bytes, at index: Int) -> Int? {
        guard bytes[index] == Self.carriageReturn else { return index + 1 }
        guard index + 1 < bytes.count else { return isAtEndOfFile ? index + 1 : nil }
        return bytes[index + 1] == Self.lineFeed ? index + 2 : index + 1
    }

}

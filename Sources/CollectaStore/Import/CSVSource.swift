import Foundation

/// Where the bytes of an import file come from: a file, read as the import goes so that memory
/// stays bounded whatever its size, or bytes already in memory.
enum CSVByteSource {
    case file(FileHandle, name: String)
    /// The bytes not read yet are those of `data` from `offset` on.
    case bytes(Data, offset: Int)

    /// Appends the next bytes to `buffer`: `count` of them, or fewer at the end of the source.
    /// - Returns: false when the source had nothing left.
    /// - Throws: `ImportError` when the file cannot be read (`line` is where reading stopped).
    mutating func read(appendingTo buffer: inout [UInt8], count: Int, line: Int) throws -> Bool {
        switch self {
        case .bytes(let data, let offset):
            let start = data.startIndex + offset
            let end = data.index(start, offsetBy: min(count, data.endIndex - start))
            buffer.append(contentsOf: data[start..<end])
            self = .bytes(data, offset: end - data.startIndex)
            return end > start
        case .file(let handle, let name):
            var appended = 0
            while appended < count {
                let read = try Self.read(
                    handle.fileDescriptor, appendingTo: &buffer, count: count - appended,
                    file: name, line: line)
                guard read > 0 else { break }
                appended += read
            }
            return appended > 0
        }
    }

    /// One read(2) of up to `count` bytes. Not `FileHandle.read(upToCount:)`, which reads a
    /// large count in 4 KiB system calls (28,000 of them for a million invoices).
    private static func read(
        _ descriptor: Int32, appendingTo buffer: inout [UInt8], count: Int, file: String, line: Int
    ) throws -> Int {
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        let (result, error) = buffer.withUnsafeMutableBytes {
            readRetryingInterruptions(descriptor, $0.baseAddress! + start, count)
        }
        buffer.removeLast(count - max(result, 0))
        guard result >= 0 else {
            let reason = "the file could not be read further (\(String(cString: strerror(error))))"
            throw ImportError(issues: [ImportIssue(file: file, line: line, column: nil, reason: reason)])
        }
        return result
    }
}

/// read(2), again when a signal interrupted it; the error number with a negative result.
private func readRetryingInterruptions(
    _ descriptor: Int32, _ destination: UnsafeMutableRawPointer, _ count: Int
) -> (Int, Int32) {
    while true {
        let result = read(descriptor, destination, count)
        if result >= 0 { return (result, 0) }
        if errno != EINTR { return (result, errno) }
    }
}

/// A byte that is not part of valid UTF-8, found at `line`.
struct CSVEncodingError: Error, Equatable {
    let line: Int
    let byte: UInt8

    /// The problem as the import reports it.
    func issue(file: String) -> ImportIssue {
        let digits = String(byte, radix: 16, uppercase: true)
        let hex = "0x" + (digits.count == 1 ? "0" : "") + digits
        return ImportIssue(
            file: file, line: line, column: nil,
            reason: "not UTF-8 text (byte \(hex)); save the file as UTF-8")
    }
}

/// UTF-8 validation of raw bytes, as strict as Swift's decoder.
enum UTF8Validation {
    /// The offset of the first byte that starts an invalid UTF-8 sequence (a stray continuation
    /// byte, a truncated or overlong sequence, a surrogate, a code point above U+10FFFF), or
    /// nil when all of `bytes` is valid.
    static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = firstNonASCIIByte(in: bytes)
        while index < bytes.count {
            guard let length = sequenceLength(bytes, at: index) else { return index }
            index += length
        }
        return nil
    }

    /// The offset of the first byte above 0x7F, or `bytes.count`; eight bytes at a time, as
    /// almost all the text of an import file is ASCII.
    private static func firstNonASCIIByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                break
            }
            index += 8
        }
        while index < bytes.count, bytes[index] < 0x80 {
            index += 1
        }
        return index
    }

    /// The length of the valid sequence starting at `index`, or nil when it is invalid.
    private static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
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
}

/// Counts line breaks the way rows end: LF, CR LF and a lone CR each count once.
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
}

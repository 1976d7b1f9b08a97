@testable import CollectaStore
import Foundation
import Testing

/// The rows of `bytes` as (line, fields), read `blockSize` bytes at a time.
private func rows(_ bytes: [UInt8], blockSize: Int) throws -> [Row] {
    let reader = CSVByteReader(.bytes(Data(bytes), offset: 0), blockSize: blockSize)
    var rows: [Row] = []
    while let record = try reader.next() {
        rows.append(Row(record.line, record.fields))
    }
    return rows
}

private func rows(_ text: String, blockSize: Int) throws -> [Row] {
    try rows(Array(text.utf8), blockSize: blockSize)
}

private struct Row: Equatable, CustomStringConvertible {
    let line: Int
    let fields: [String]

    init(_ line: Int, _ fields: [String]) {
        self.line = line
        self.fields = fields
    }

    var description: String { "\(line): \(fields)" }
}

/// Small blocks make rows, quoted fields, CR LF pairs and multi-byte characters straddle the
/// ends of the buffer; the last is the size import uses.
private let blockSizes = [1, 2, 3, 5, 8, 64, 1 << 20]

@Suite("CSV byte reader")
struct CSVByteReaderTests {
    @Test("plain fields, LF line ends, a trailing comma gives an empty last field", arguments: blockSizes)
    func plainFields(blockSize: Int) throws {
        #expect(try rows("a,b,c\n1,,3\n4,5,\n", blockSize: blockSize) == [
            Row(1, ["a", "b", "c"]), Row(2, ["1", "", "3"]), Row(3, ["4", "5", ""]),
        ])
    }

    @Test("quoted fields keep commas and line breaks; a doubled quote stands for one", arguments: blockSizes)
    func quotedFields(blockSize: Int) throws {
        let text = "id,name\n1,\"Иванов, Пётр \"\"Лавка\"\"\"\n2,\"two\nlines\"\n3,\"\"\n"
        #expect(try rows(text, blockSize: blockSize) == [
            Row(1, ["id", "name"]), Row(2, ["1", "Иванов, Пётр \"Лавка\""]),
            Row(3, ["2", "two\nlines"]), Row(5, ["3", ""]),
        ])
    }

    @Test("CR LF and lone CR end rows as LF does, inside quotes they are kept and counted", arguments: blockSizes)
    func lineEnds(blockSize: Int) throws {
        let text = "a,b\r\n1,\"x\r\ny\"\r\n2,z\r3,\"p\rq\"\n4,w"
        #expect(try rows(text, blockSize: blockSize) == [
            Row(1, ["a", "b"]), Row(2, ["1", "x\r\ny"]), Row(4, ["2", "z"]), Row(5, ["3", "p\rq"]),
            Row(7, ["4", "w"]),
        ])
    }

    @Test("rows after a multi-line quoted field start on their physical line", arguments: blockSizes)
    func lineNumbersAfterQuotedBreaks(blockSize: Int) throws {
        let text = "h\n\"one\n\ntwo\n\"\nnext\n\nlast\n"
        #expect(try rows(text, blockSize: blockSize) == [
            Row(1, ["h"]), Row(2, ["one\n\ntwo\n"]), Row(6, ["next"]), Row(7, [""]), Row(8, ["last"]),
        ])
    }

    @Test("a missing final line end, and a file of only a header", arguments: blockSizes)
    func missingFinalLineEnd(blockSize: Int) throws {
        #expect(try rows("a,b\n1,2", blockSize: blockSize) == [Row(1, ["a", "b"]), Row(2, ["1", "2"])])
        #expect(try rows("a,b", blockSize: blockSize) == [Row(1, ["a", "b"])])
        #expect(try rows("a,\"b\"", blockSize: blockSize) == [Row(1, ["a", "b"])])
        #expect(try rows("", blockSize: blockSize) == [])
    }

    @Test("a UTF-8 byte order mark is skipped; a file of only one has no rows", arguments: blockSizes)
    func byteOrderMark(blockSize: Int) throws {
        let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(try rows(mark + Array("id\nA1\n".utf8), blockSize: blockSize) == [Row(1, ["id"]), Row(2, ["A1"])])
        #expect(try rows(mark, blockSize: blockSize) == [])
        // Only at the very start: a mark later on is text.
        #expect(try rows(Array("id\n".utf8) + mark, blockSize: blockSize) == [Row(1, ["id"]), Row(2, ["\u{FEFF}"])])
    }

    @Test("quotes that RFC 4180 does not allow are kept as text", arguments: blockSizes)
    func strayQuotes(blockSize: Int) throws {
        let text = "a\"b,c\n\"ab\"cd\",x\n\"Pat \"the cat\" O'Brien\",y\n"
        #expect(try rows(text, blockSize: blockSize) == [
            Row(1, ["a\"b", "c"]), Row(2, ["ab\"cd", "x"]), Row(3, ["Pat \"the cat\" O'Brien", "y"]),
        ])
    }

    @Test("an unterminated quoted field runs to the end of the file", arguments: blockSizes)
    func unterminatedQuote(blockSize: Int) throws {
        #expect(try rows("a,b\n1,\"open\n2,3\n", blockSize: blockSize) == [
            Row(1, ["a", "b"]), Row(2, ["1", "open\n2,3\n"]),
        ])
    }

    @Test("blank rows: an empty line and a line of empty fields", arguments: blockSizes)
    func blankRows(blockSize: Int) throws {
        let reader = CSVByteReader(.bytes(Data("h,i\n\n,\n ,\n".utf8), offset: 0), blockSize: blockSize)
        var blanks: [Bool] = []
        while let record = try reader.next() {
            blanks.append(record.isBlank)
        }
        #expect(blanks == [false, true, true, false])
    }

    @Test("bytes that are not UTF-8 are refused with the line they are on", arguments: blockSizes)
    func invalidUTF8(blockSize: Int) throws {
        // Windows-1251 "Привет" on line 3, after a quoted field spanning lines 2 and 3.
        let bytes = Array("id,name\n1,\"a\nb\",".utf8) + [0xCF, 0xF0, 0xE8] + Array("\n".utf8)
        #expect(throws: CSVEncodingError(line: 3, byte: 0xCF)) { try rows(bytes, blockSize: blockSize) }
        // A truncated sequence at the very end of the file.
        #expect(throws: CSVEncodingError(line: 2, byte: 0xD0)) {
            try rows(Array("id\nA".utf8) + [0xD0], blockSize: blockSize)
        }
        // An overlong encoding and a surrogate are not UTF-8 either.
        #expect(throws: CSVEncodingError(line: 1, byte: 0xC0)) { try rows([0x41, 0xC0, 0x80], blockSize: blockSize) }
        #expect(throws: CSVEncodingError(line: 1, byte: 0xED)) { try rows([0xED, 0xA0, 0x80], blockSize: blockSize) }
    }

    @Test("a row longer than a block, and characters of two to four bytes across blocks", arguments: [1, 2, 3, 7])
    func longRowsAndWideCharacters(blockSize: Int) throws {
        let long = String(repeating: "Ω€😀x", count: 300)
        #expect(try rows("a,\(long),c\n\"\(long)\"\n", blockSize: blockSize) == [
            Row(1, ["a", long, "c"]), Row(2, [long]),
        ])
    }
}

import CollectaCore
import Foundation
import Testing

@testable import collecta

/// The JSON writer against Foundation's `JSONEncoder`, whose bytes command output always had.
@Suite("JSON output: byte for byte JSONEncoder's")
struct JSONWritingTests {
    @Test("strings: quotes, backslashes, every control character, slashes, Cyrillic, emoji")
    func strings() throws {
        let controls = String(decoding: Array(0x00...0x1F) + [0x7F], as: UTF8.self)
        let texts = [
            "", "plain", "say \"hi\"", #"C:\path\to"#, "a/b", "Задолженность «ООО Ромашка»",
            "tab\there", "line\nbreak\r\n", controls, "emoji 🇷🇺 é (e + \u{301})", "\u{2028}\u{2029}",
        ]
        for text in texts {
            #expect(written { $0.appendJSON(string: text) } == (try encoded(OutputValue.text(text))))
        }
    }

    @Test("control characters are escaped as JSONEncoder escapes them")
    func controlEscapes() {
        let text = "\u{0}\u{8}\u{9}\u{A}\u{C}\u{D}\u{1B}\u{1F}\"\\/"
        #expect(written { $0.appendJSON(string: text) } == #""\u0000\b\t\n\f\r\u001b\u001f\"\\/""#)
    }

    @Test("values of every kind, missing values, empty and nested lists and objects")
    func values() throws {
        let nested = OutputObject([
            (key: "b", value: .integer(-42)), (key: "a", value: .list([])),
            (key: "c", value: .objects([])), (key: "d", value: .object(OutputObject([]))),
        ])
        let values: [OutputValue] = [
            .text(nil), .integer(nil), .integer(Int.min), .integer(Int.max), .boolean(true),
            .boolean(false), .boolean(nil), .date(LocalDate(iso: "2026-02-28")), .date(nil),
            .date(LocalDate(daysSinceEpoch: -719_528)), .money(Money(minorUnits: -5)),
            .money(Money(minorUnits: 123_456_789)), .money(nil), .list(["x", "y \"z\""]), .list([]),
            .object(nil), .object(nested), .objects([nested, OutputObject([])]), .objects([]),
        ]
        for value in values {
            #expect(written { $0.appendJSON(value, level: 0) } == (try encoded(value)))
        }
    }

    @Test("decimals are JSON numbers with their digits after the point; NaN and infinities are null")
    func decimals() {
        let cases: [(OutputValue, String)] = [
            (.decimal(0.12345, digits: 4), "0.1235"), (.decimal(12.5, digits: 2), "12.50"),
            (.decimal(-3, digits: 1), "-3.0"), (.decimal(.nan, digits: 4), "null"),
            (.decimal(.infinity, digits: 4), "null"), (.decimal(nil, digits: 4), "null"),
        ]
        for (value, expected) in cases {
            #expect(written { $0.appendJSON(value, level: 0) } == expected)
        }
    }

    @Test("keys are sorted by their UTF-8 bytes, whatever their case or script")
    func keyOrder() throws {
        let keys = ["b", "B", "a", "ab", "A_", "_", "Ä", "ä", "z1", "z10", "z2", "Счёт", "счёт"]
        let object = OutputObject(keys.enumerated().map { (key: $1, value: .integer($0)) })
        #expect(written { $0.appendJSON(object, level: 0) } == (try encoded(object)))
    }

    @Test("of equal keys, the last value is the one written, as JSONEncoder keeps it")
    func repeatedKeys() throws {
        let object = OutputObject([
            (key: "k", value: .integer(1)), (key: "a", value: .integer(2)), (key: "k", value: .integer(3)),
        ])
        #expect(written { $0.appendJSON(object, level: 0) } == (try encoded(object)))
    }

    @Test("a JSON page of records is what encoding each record and indenting it gave")
    func recordPages() throws {
        let records = SampleRecord.samples
        var pages: [String] = []
        var writer = RecordWriter<SampleRecord>(format: .json) { pages.append(String(decoding: $0, as: UTF8.self)) }
        try writer.write(Array(records.prefix(2)))
        try writer.write(Array(records.dropFirst(2)))
        try writer.finish()
        var expected = ""
        for (index, record) in records.enumerated() {
            expected += index == 0 ? "[\n" : ",\n"
            expected += try encoded(record.object).split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
        }
        #expect(pages.joined() == expected + "\n]\n")
        #expect(pages.count == 3)
    }

    @Test("no records is an empty JSON array")
    func emptyJSON() throws {
        var output = ""
        var writer = RecordWriter<SampleRecord>(format: .json) { output += String(decoding: $0, as: UTF8.self) }
        try writer.write([])
        try writer.finish()
        #expect(output == "[]\n")
    }

    private func written(_ body: (inout OutputBytes) -> Void) -> String {
        var bytes = OutputBytes()
        body(&bytes)
        return String(decoding: bytes.bytes, as: UTF8.self)
    }
}

/// Foundation's encoding of `value`, with the options command output always used.
func encoded(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// The `Encodable` form command output had before it was written directly: the oracle.
extension OutputValue: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .integer(let number): try container.encode(number)
        case .boolean(let flag): try container.encode(flag)
        case .date(let date): try container.encode(date?.isoString)
        case .money(let amount): try container.encode(amount?.decimalString)
        case .decimal(let number, let digits):
            try container.encode(number.flatMap { $0.isFinite ? Decimal(string: String(format: "%.*f", digits, $0)) : nil })
        case .list(let items): try container.encode(items)
        case .object(let object): try container.encode(object)
        case .objects(let objects): try container.encode(objects)
        }
    }
}

extension OutputObject: Encodable {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for field in fields {
            try container.encode(field.value, forKey: Key(stringValue: field.key))
        }
    }
}

/// A record with every kind of value, Cyrillic, quotes, commas, line breaks and trailing blanks.
struct SampleRecord: OutputRecord {
    static let columns: [OutputColumn] = [
        OutputColumn("name"), OutputColumn("amount", alignment: .trailing), OutputColumn("due"),
        OutputColumn("count", alignment: .trailing), OutputColumn("flag"), OutputColumn("emails"),
        .hidden("note"), OutputColumn("comment"),
    ]

    let values: [OutputValue]

    static let samples: [SampleRecord] = [
        SampleRecord(values: [
            .text("ООО «Ромашка»"), .money(Money(minorUnits: 123_45)), .date(LocalDate(iso: "2026-11-29")),
            .integer(3), .boolean(true), .list(["a@x.ru", "b@x.ru"]), .text("hidden"), .text(nil),
        ]),
        SampleRecord(values: [
            .text("Smith, \"Jr\""), .money(Money(minorUnits: -7)), .date(nil), .integer(nil),
            .boolean(false), .list([]), .text("line\nbreak"), .text("ends in blanks  "),
        ]),
        SampleRecord(values: [
            .text("Wide 漢字 name"), .money(nil), .date(LocalDate(iso: "2025-01-01")), .integer(-12_345),
            .boolean(nil), .list(["only"]), .text(nil), .text("Задержка\r\nоплаты"),
        ]),
        SampleRecord(values: [
            .text(" "), .money(Money(minorUnits: 0)), .date(nil), .integer(0), .boolean(nil), .list([]),
            .text(nil), .text("\u{600} "),
        ]),
    ]
}

import CollectaCore
import TerminalUI

/// One value of command output, shown the same way in every format: dates as ISO text, money
/// as a decimal string (`"1234.50"`), booleans as JSON booleans (`yes`/`no` in tables and CSV),
/// lists as JSON arrays (joined by `;` in CSV and `, ` in tables), a missing value as JSON `null`
/// (an empty cell elsewhere). Nested objects are for JSON documents only: tables and CSV show
/// them blank.
enum OutputValue: Sendable {
    case text(String?)
    case integer(Int?)
    case boolean(Bool?)
    case date(LocalDate?)
    case money(Money?)
    /// A measured quantity (a probability, a score), written with this many digits after the
    /// point: a JSON number, not a string; NaN and infinities are missing.
    case decimal(Double?, digits: Int)
    case list([String])
    /// A nested object (JSON only).
    case object(OutputObject?)
    /// A nested array of objects (JSON only).
    case objects([OutputObject])
}

/// Named values: one JSON object. Every key is written, missing values as `null`, so that
/// scripts always see the same keys. Keys are unique (of equal keys, JSON keeps the last).
struct OutputObject: Sendable {
    /// The keys and values, in display order (JSON sorts the keys).
    var fields: [(key: String, value: OutputValue)]

    init(_ fields: [(key: String, value: OutputValue)]) {
        self.fields = fields
    }
}

/// A column of a command's output: its JSON key and CSV header, its table title and alignment.
struct OutputColumn: Sendable {
    /// The JSON key and CSV header: lowerCamelCase, stable for scripts.
    let key: String
    /// The table header; nil leaves the column out of tables (it is still in JSON and CSV).
    let title: String?
    let alignment: TextAlignment

    /// A column shown in every format; the title defaults to the key with spaces for `_`.
    init(_ key: String, title: String? = nil, alignment: TextAlignment = .leading) {
        self.init(key, title: title ?? OutputColumn.words(of: key), alignment, inTables: true)
    }

    /// A lowerCamelCase key as lower-case words for a table header: `dueDate` → `due date`.
    static func words(of key: String) -> String {
        key.reduce(into: "") { words, character in
            if character.isUppercase { words += " " }
            words += character.lowercased()
        }
    }

    /// A column for JSON and CSV only (ids, bodies…).
    static func hidden(_ key: String) -> OutputColumn {
        OutputColumn(key, title: nil, .leading, inTables: false)
    }

    private init(_ key: String, title: String?, _ alignment: TextAlignment, inTables: Bool) {
        self.key = key
        self.title = inTables ? title : nil
        self.alignment = alignment
    }
}

/// A row of a command's output: the same values as table cells, CSV fields and a JSON object.
protocol OutputRecord {
    /// The columns, in display order.
    static var columns: [OutputColumn] { get }
    /// The values, one per column, in the order of `columns`.
    var values: [OutputValue] { get }
}

extension OutputRecord {
    /// The record as a JSON object keyed by the columns' keys.
    var object: OutputObject {
        OutputObject(zip(Self.columns, values).map { (key: $0.key, value: $1) })
    }
}

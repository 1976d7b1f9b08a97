import CollectaCore
import Foundation
import GRDB

extension CollectaDatabase {
    /// Runs `body` in a read transaction, translating SQLite failures into the errors a user
    /// should see (`StoreError`).
    func translatedRead<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }

    /// Runs `body` in a write transaction (rolled back when it throws), translating SQLite
    /// failures into `StoreError`s.
    func translatedWrite<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }
}

/// The WHERE clause of a filtered query, built condition by condition with bound arguments.
struct QueryConditions {
    private var clauses: [String] = []
    private(set) var arguments = StatementArguments()

    /// Adds `clause`, with one `?` placeholder per value of `values`.
    mutating func add(_ clause: String, _ values: any DatabaseValueConvertible...) {
        clauses.append(clause)
        arguments += StatementArguments(values.map(\.databaseValue))
    }

    /// Adds every condition of `other`.
    mutating func append(_ other: QueryConditions) {
        clauses += other.clauses
        arguments += other.arguments
    }

    /// `WHERE a AND b …`, or nothing when there is no condition.
    var whereClause: String {
        clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
    }
}

/// Reads the columns of one stored row, naming the row when a value cannot be read.
struct StoredRow {
    let row: Row
    let table: String
    let key: String

    /// The value of `column`, which must hold text that `parse` accepts.
    func parsed<Value>(_ column: String, _ parse: (String) -> Value?) throws -> Value {
        let text: String = try row.decode(forColumn: column)
        guard let value = parse(text) else {
            throw StoredValueError(table: table, key: key, column: column, value: text)
        }
        return value
    }

    /// The value of `column` when it is not NULL; its text must be accepted by `parse`.
    func parsedIfPresent<Value>(_ column: String, _ parse: (String) -> Value?) throws -> Value? {
        let text: String? = try row.decode(forColumn: column)
        guard text != nil else { return nil }
        return try parsed(column, parse)
    }

    /// A list of addresses stored as one text (separated by `;`, `,` or line breaks).
    func addresses(_ column: String) throws -> [String] {
        let text: String? = try row.decode(forColumn: column)
        return RecipientList.decode(text ?? "")
    }
}

/// How lists of email addresses are stored in `history.recipients` and
/// `outbox_email.recipients`: one text, the addresses separated by `;`.
public enum RecipientList {
    /// The stored form of `addresses`: joined by `;`.
    public static func encode(_ addresses: [String]) -> String {
        addresses.joined(separator: ";")
    }

    /// The addresses in a stored text; `,` and line breaks are accepted as separators too, and
    /// spaces around addresses are dropped.
    public static func decode(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "," || $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

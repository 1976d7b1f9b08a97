import CollectaCore
import GRDB

extension CollectaDatabase {
    /// The accounts of the customers in `pool` on `asOf`, in account order: at most `limit` of
    /// them, starting after `account` (keyset pagination: pass the last account of a page to get
    /// the next one).
    ///
    /// - Throws: `CriterionError` when a criterion's range is malformed; a `StoreError` or GRDB
    ///   error when the database cannot be read.
    public func customerAccounts(
        matching pool: CustomerPool, asOf: LocalDate, after account: String? = nil, limit: Int
    ) throws -> [String] {
        guard limit > 0 else { return [] }
        var condition = try CriteriaCompiler(asOf: asOf).condition(for: pool)
        if let account {
            let afterAccount = SQLCondition(sql: "c.account > ?", arguments: [.text(account)])
            condition = .all([condition, afterAccount])
        }
        let sql =
            "SELECT c.account FROM customer c WHERE \(condition.sql) ORDER BY c.account LIMIT ?"
        var arguments = condition.statementArguments
        arguments += [limit]
        return try reading { db in try String.fetchAll(db, sql: sql, arguments: arguments) }
    }

    /// How many customers are in `pool` on `asOf`.
    ///
    /// - Throws: `CriterionError` when a criterion's range is malformed; a `StoreError` or GRDB
    ///   error when the database cannot be read.
    public func countCustomers(matching pool: CustomerPool, asOf: LocalDate) throws -> Int {
        let condition = try CriteriaCompiler(asOf: asOf).condition(for: pool)
        let sql = "SELECT count(*) FROM customer c WHERE \(condition.sql)"
        let arguments = condition.statementArguments
        return try reading { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
    }

    /// Runs `body` in a read, translating SQLite failures into the errors a user should see.
    private func reading<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }
}

extension SQLCondition {
    /// The arguments as GRDB binds them.
    public var statementArguments: StatementArguments {
        StatementArguments(arguments.map(\.databaseValue))
    }
}

extension SQLValue {
    /// The value as a GRDB database value.
    var databaseValue: DatabaseValue {
        switch self {
        case .text(let text): text.databaseValue
        case .integer(let number): number.databaseValue
        case .null: .null
        }
    }
}

import CollectaCore
import GRDB

/// One customer and the pools whose criteria it meets.
public struct PoolMembership: Hashable, Sendable {
    public var account: String
    public var poolIDs: Set<String>

    public init(account: String, poolIDs: Set<String>) {
        self.account = account
        self.poolIDs = poolIDs
    }
}

extension CollectaDatabase {
    /// A page of customers in account order, after `account`, each with the pools it matches on
    /// `asOf` — all pools evaluated in one query.
    public func poolMemberships(
        of pools: [CustomerPool], asOf: LocalDate, after account: String?, limit: Int
    ) throws -> [PoolMembership] {
        try writer.read { db in
            try PoolMembership.fetchPage(db, pools: pools, asOf: asOf, after: account, limit: limit)
        }
    }

    /// The pools each of `accounts` matches on `asOf`; unknown accounts are left out.
    public func poolMemberships(
        of pools: [CustomerPool], asOf: LocalDate, accounts: [String]
    ) throws -> [PoolMembership] {
        try writer.read { db in
            try PoolMembership.fetch(db, pools: pools, asOf: asOf, accounts: accounts)
        }
    }
}

extension PoolMembership {
    /// Reads a page inside an open transaction (the runner's batches use this).
    public static func fetchPage(
        _ db: Database, pools: [CustomerPool], asOf: LocalDate, after account: String?, limit: Int
    ) throws -> [PoolMembership] {
        let (columns, arguments) = try membershipColumns(pools, asOf: asOf)
        let sql = "SELECT c.account\(columns) FROM customer c WHERE c.account > ? ORDER BY c.account LIMIT ?"
        return try fetch(db, sql: sql, arguments: arguments + [account ?? "", limit], pools: pools)
    }

    /// Reads the memberships of `accounts` inside an open transaction.
    public static func fetch(
        _ db: Database, pools: [CustomerPool], asOf: LocalDate, accounts: [String]
    ) throws -> [PoolMembership] {
        guard !accounts.isEmpty else { return [] }
        let (columns, arguments) = try membershipColumns(pools, asOf: asOf)
        let placeholders = databaseQuestionMarks(count: accounts.count)
        let sql = "SELECT c.account\(columns) FROM customer c WHERE c.account IN (\(placeholders)) ORDER BY c.account"
        return try fetch(
            db, sql: sql, arguments: arguments + StatementArguments(accounts), pools: pools)
    }

    /// One boolean column per pool: `, (condition) , (condition) …` with their arguments.
    private static func membershipColumns(
        _ pools: [CustomerPool], asOf: LocalDate
    ) throws -> (String, StatementArguments) {
        let compiler = CriteriaCompiler(asOf: asOf)
        var columns = ""
        var arguments = StatementArguments()
        for pool in pools {
            let condition = try compiler.condition(for: pool)
            columns += ", (\(condition.sql))"
            arguments += condition.statementArguments
        }
        return (columns, arguments)
    }

    private static func fetch(
        _ db: Database, sql: String, arguments: StatementArguments, pools: [CustomerPool]
    ) throws -> [PoolMembership] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            let matched = pools.indices.filter { row[$0 + 1] as Bool? == true }
            return PoolMembership(account: row[0], poolIDs: Set(matched.map { pools[$0].id }))
        }
    }
}

import CollectaCore
import GRDB

/// A customer's identity and balances on a date, for lists of customers (the pool preview).
public struct CustomerBalance: Hashable, Sendable {
    public var account: String
    public var name: String
    public var group: String
    public var country: String
    /// The sum of the open amounts of its invoices, in the company currency.
    public var openBalance: Money
    /// The part of `openBalance` whose invoices were past due on the as-of date.
    public var overdueBalance: Money

    public init(
        account: String, name: String, group: String, country: String, openBalance: Money,
        overdueBalance: Money
    ) {
        self.account = account
        self.name = name
        self.group = group
        self.country = country
        self.openBalance = openBalance
        self.overdueBalance = overdueBalance
    }
}

extension CollectaDatabase {
    /// The names and balances on `asOf` of the customers `accounts` (one page of a list), in
    /// account order; unknown accounts are left out. One query for the page.
    public func customerBalances(of accounts: [String], asOf: LocalDate) throws -> [CustomerBalance] {
        guard !accounts.isEmpty else { return [] }
        let sql = """
            SELECT c.account, c.name, c.customer_group, c.country,
                   coalesce(sum(i.open_amount_company), 0),
                   coalesce(sum(CASE WHEN i.due_date < ? THEN i.open_amount_company END), 0)
            FROM customer c
            LEFT JOIN invoice i ON i.customer_account = c.account AND i.open_amount > 0
            WHERE c.account IN (\(databaseQuestionMarks(count: accounts.count)))
            GROUP BY c.account ORDER BY c.account
            """
        let arguments: StatementArguments = [asOf.isoString] + StatementArguments(accounts)
        return try translatedRead { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                CustomerBalance(
                    account: row[0], name: row[1], group: row[2], country: row[3],
                    openBalance: Money(minorUnits: row[4]), overdueBalance: Money(minorUnits: row[5]))
            }
        }
    }
}

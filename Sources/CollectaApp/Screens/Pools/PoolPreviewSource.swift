import CollectaCore
import CollectaStore
import TerminalUI

/// The customers of a pool on a date, for the preview grid: pages of accounts by keyset
/// (`customerAccounts(matching:asOf:after:limit:)`), then one query for the names and balances
/// of the page. Only the rows the grid shows are read.
struct PoolPreviewSource: GridDataSource {
    static let columnIDs = ["account", "name", "group", "country", "openBalance", "overdueBalance"]

    let pool: CustomerPool
    let database: CollectaDatabase
    let asOf: LocalDate
    /// A source with no rows (the criteria cannot be evaluated).
    let isEmpty: Bool
    /// Accounts already seen at row positions, so that the next page starts after a known one
    /// instead of reading from the first customer.
    private let anchors = AccountAnchors()

    init(pool: CustomerPool, database: CollectaDatabase, asOf: LocalDate, isEmpty: Bool = false) {
        self.pool = pool
        self.database = database
        self.asOf = asOf
        self.isEmpty = isEmpty
    }

    func rowCount(matching query: GridQuery) -> Int {
        guard !isEmpty else { return 0 }
        return (try? database.countCustomers(matching: pool, asOf: asOf)) ?? 0
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        guard !range.isEmpty else { return [] }
        let anchor = anchors.nearest(before: range.lowerBound)
        let skip = range.lowerBound - (anchor?.index ?? -1) - 1
        guard let accounts = try? database.customerAccounts(
            matching: pool, asOf: asOf, after: anchor?.account, limit: skip + range.count)
        else { return [] }
        let page = Array(accounts.dropFirst(skip))
        for (offset, account) in page.enumerated() { anchors.remember(account, at: range.lowerBound + offset) }
        let balances = (try? database.customerBalances(of: page, asOf: asOf)) ?? []
        return balances.map { customer in
            GridRow(id: customer.account, cells: [
                customer.account, customer.name, customer.group, customer.country,
                customer.openBalance.decimalString, customer.overdueBalance.decimalString,
            ])
        }
    }

    func rowIDs(matching query: GridQuery) -> [String] {
        (try? database.customerAccounts(matching: pool, asOf: asOf, limit: Int.max)) ?? []
    }
}

/// Row positions and the accounts found there, shared by the copies of one source.
private final class AccountAnchors {
    private var accounts: [Int: String] = [:]

    func remember(_ account: String, at index: Int) {
        accounts[index] = account
    }

    /// The known position closest below `index`, with its account.
    func nearest(before index: Int) -> (index: Int, account: String)? {
        accounts.filter { $0.key < index }.max { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

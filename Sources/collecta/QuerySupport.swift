import ArgumentParser
import CollectaCore
import CollectaStore
import Foundation

extension ActionStatus: ExpressibleByArgument {}
extension EmailStatus: ExpressibleByArgument {}
extension LetterStatus: ExpressibleByArgument {}

extension ActionKind: ExpressibleByArgument {
    /// Parses the external name scripts use (`prediction-activity`).
    public init?(argument: String) {
        guard let kind = ActionKind.allCases.first(where: { $0.externalName == argument }) else {
            return nil
        }
        self = kind
    }

    public static var allValueStrings: [String] { allCases.map(\.externalName) }
}

/// `text` as a date; a value that is not a real `YYYY-MM-DD` date is bad usage (exit 2).
func parsedDate(_ text: String?, option: String) throws -> LocalDate? {
    guard let text else { return nil }
    guard let date = LocalDate(iso: text) else {
        throw ValidationError("\(option) must be a date like 2026-11-29, not '\(text)'")
    }
    return date
}

/// Ends the command with status 1 after `message` on standard error: a value that names
/// nothing in the database (an unknown hierarchy or customer).
func refuse(_ message: String) -> ExitCode {
    printError("collecta: \(message)")
    return ExitCode(ExitStatus.refused)
}

extension CollectaDatabase {
    /// The stored configuration; a database without one cannot be used (exit 3).
    func requiredConfiguration() throws -> CollectionsConfiguration {
        guard let configuration = try loadConfiguration() else {
            throw StoreError.notInitialised(path: path)
        }
        return configuration
    }

    /// Refuses (exit 1) an account that is not a customer.
    func refuseUnknownCustomer(_ account: String?) throws {
        guard let account, !(try unknownCustomerAccounts(among: [account])).isEmpty else { return }
        throw refuse("unknown customer '\(account)'")
    }
}

extension CollectionsConfiguration {
    /// Refuses (exit 1) an id that names no hierarchy, listing the hierarchies there are.
    func refuseUnknownHierarchy(_ id: String?) throws {
        guard let id, !hierarchies.contains(where: { $0.id == id }) else { return }
        let known = hierarchies.map(\.id).joined(separator: ", ")
        throw refuse("unknown hierarchy '\(id)' (the hierarchies are \(known.isEmpty ? "none" : known))")
    }
}

/// Reads up to `limit` items in pages of at most `pageSize` and hands each page to `body` as soon
/// as it is read, so that no more than one page is held at once.
/// - Parameters:
///   - fetch: reads the page after a position (nil: the first page), at most the given count.
///   - position: the position of an item, to read the page after it.
func forEachPage<Item, Position>(
    limit: Int, pageSize: Int = 500, fetch: (Position?, Int) throws -> [Item],
    position: (Item) -> Position?, _ body: ([Item]) throws -> Void
) throws {
    var remaining = limit
    var after: Position?
    while remaining > 0 {
        let size = min(pageSize, remaining)
        let page = try fetch(after, size)
        if !page.isEmpty { try body(page) }
        remaining -= page.count
        guard page.count == size, let last = page.last.flatMap(position) else { return }
        after = last
    }
}

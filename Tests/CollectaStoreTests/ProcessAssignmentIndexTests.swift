import CollectaCore
import Testing
@testable import CollectaStore

/// The in-memory index of the process assignment list against the list's SQL: the same
/// customers in the same order for every hierarchy, filter and sort.
@Suite("Process assignment index")
struct ProcessAssignmentIndexTests {
    static let today = LocalDate(iso: "2026-11-29")!

    /// The 80-customer demo company, two customers assigned by hand.
    static func demo() throws -> (CollectaDatabase, CollectionsConfiguration) {
        let database = try CollectaDatabase.inMemory()
        try database.load(DemoCompany.makeDataset(customers: 80, seed: 3, today: today))
        let accounts = try database.customers(containing: "", offset: 0, limit: 2).map(\.account)
        _ = try database.assign([accounts[0]], toHierarchy: "KEY", by: "anna", at: "2026-11-29T10:00:00Z")
        _ = try database.assign([accounts[1]], toHierarchy: "INTL", by: "anna", at: "2026-11-29T10:00:00Z")
        return (database, try #require(try database.loadConfiguration()))
    }

    @Test("Every hierarchy, filter and sort keeps the customers of the SQL, in its order")
    func agreesWithSQL() throws {
        let (database, configuration) = try Self.demo()
        let index = try database.processAssignmentIndex(configuration: configuration, asOf: Self.today)
        let balances = try database.customerBalances(asOf: Self.today)
        let texts = ["", "c-00001", "ООО", "ооо вектор", "a", "7 s", "%", "zzz"]
        for hierarchyID in [nil] + configuration.hierarchies.map(\.id) {
            for text in texts {
                for sort in [nil] + ProcessAssignmentSort.allCases {
                    for descending in [false, true] {
                        let query = ProcessAssignmentQuery(
                            hierarchyID: hierarchyID, text: text, sort: sort, descending: descending)
                        let sql = try database.processAssignments(
                            query, configuration: configuration, asOf: Self.today, offset: 0, limit: 1_000)
                        let positions = index.positions(matching: query, balances: balances)
                        #expect(positions.map { index.entries[$0].account } == sql.map(\.account),
                                "\(hierarchyID ?? "all") '\(text)' \(sort.map(\.rawValue) ?? "-") \(descending)")
                    }
                }
            }
        }
    }

    @Test("A page read for its entries shows what the SQL page shows")
    func pageRows() throws {
        let (database, configuration) = try Self.demo()
        let index = try database.processAssignmentIndex(configuration: configuration, asOf: Self.today)
        let sql = try database.processAssignments(
            ProcessAssignmentQuery(), configuration: configuration, asOf: Self.today, offset: 10, limit: 25)
        let rows = try database.processAssignmentRows(Array(index.entries[10..<35]), asOf: Self.today)
        #expect(rows == sql)
        #expect(rows.contains { $0.leadingInvoiceID != nil } && rows.contains { $0.overdueBalance.minorUnits > 0 })
        #expect(try database.processAssignmentRows([], asOf: Self.today).isEmpty)
    }

    @Test("Lower-casing matches Swift's: every directly mapped scalar, and text that is not")
    func lowercasing() {
        func lowered(_ text: String) -> [UInt8] {
            var bytes: [UInt8] = [1]
            ProcessAssignmentIndex.appendLowercasedUTF8(of: text, to: &bytes)
            return Array(bytes.dropFirst())
        }
        let ranges: [ClosedRange<UInt32>] = [0...0xFF, 0x400...0x45F, 0x2000...0x206F, 0x2116...0x2116]
        for value in ranges.joined() {
            let text = String(Character(Unicode.Scalar(value)!))
            #expect(lowered(text) == Array(text.lowercased().utf8), "U+\(String(value, radix: 16))")
        }
        #expect(ProcessAssignmentIndex.directLowercase("Ѣ") == nil && ProcessAssignmentIndex.directLowercase("İ") == nil)
        for text in ["C-000001 Bellevue SA", "ООО «Вектор-Трейд» №5", "Mühlental GmbH & Co. KG", "ǅ İ ẞ Ѣ", ""] {
            #expect(lowered(text) == Array(text.lowercased().utf8))
        }
    }
}

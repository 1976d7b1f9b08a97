import CollectaCore
import CollectaStore
import Foundation
import Testing

/// Loading the demo company: streamed or whole, with strategies that share the customers out,
/// and the CSV files written beside the database.
@Suite("demo loading")
struct DemoLoadingTests {
    static let today = LocalDate(year: 2026, month: 11, day: 29)!

    @Test("twenty planned hierarchies all win customers, and every customer has one")
    func everyHierarchyGetsCustomers() throws {
        let options = DemoOptions(
            customers: 2_000, invoices: 20_000, hierarchies: 20, seed: 1, today: Self.today)
        let generator = DemoCompanyGenerator(options)
        let database = try CollectaDatabase.inMemory()
        try database.load(generator)
        var counts: [String: Int] = [:]
        var unassigned = 0
        try database.forEachAssignmentPage(
            configuration: generator.configuration, asOf: Self.today
        ) { customers in
            for customer in customers {
                if let id = customer.assignment?.hierarchyID {
                    counts[id, default: 0] += 1
                } else {
                    unassigned += 1
                }
            }
        }
        #expect(unassigned == 0)
        #expect(counts.count == 20)
        for hierarchy in generator.configuration.hierarchies {
            #expect((counts[hierarchy.id] ?? 0) >= 20, "\(hierarchy.id): \(counts[hierarchy.id] ?? 0)")
        }
        let stored = try #require(try database.loadConfiguration())
        #expect(stored.hierarchies == generator.configuration.hierarchies)
        #expect(stored.pools == generator.configuration.pools.sorted { $0.id < $1.id })
    }

    @Test("streaming a company stores the same as loading it whole")
    func streamedEqualsWhole() throws {
        let options = DemoOptions(
            customers: 120, invoices: 1_500, hierarchies: 4, seed: 9, today: Self.today)
        let streamed = try CollectaDatabase.inMemory()
        try streamed.load(DemoCompanyGenerator(options))
        let whole = try CollectaDatabase.inMemory()
        try whole.load(DemoCompany.makeDataset(options))
        for kind in ReferenceDataKind.allCases {
            #expect(try streamed.exportCSV(kind) == whole.exportCSV(kind), "\(kind)")
        }
    }

    /// The CSV files are written customer by customer, the export in key order (`INV-2025-…`
    /// before `INV-2026-…`), so their lines are compared in sorted order: the demo's values hold
    /// no line breaks.
    @Test("the CSV files hold the stored data in the export format, and a refusal leaves none")
    func csvFilesMatchTheExport() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-demo-csv-\(UUID().uuidString)/nested")
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let generator = DemoCompanyGenerator(
            DemoOptions(customers: 80, invoices: 900, hierarchies: 3, seed: 2, today: Self.today))
        let database = try CollectaDatabase.inMemory()
        try database.load(generator, csvDirectory: directory)
        for kind in ReferenceDataKind.allCases {
            let file = try String(
                contentsOf: directory.appendingPathComponent("\(kind.rawValue).csv"), encoding: .utf8)
            let export = String(decoding: try database.exportCSV(kind), as: UTF8.self)
            #expect(file.split(separator: "\n").first == export.split(separator: "\n").first)
            #expect(file.split(separator: "\n").sorted() == export.split(separator: "\n").sorted(), "\(kind)")
            #expect(file.hasSuffix("\n"))
        }
        let document = try String(
            contentsOf: directory.appendingPathComponent("configuration.yaml"), encoding: .utf8)
        #expect(try ConfigurationDocument.decode(document) == generator.configuration)

        let listing = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(listing.sorted() == [
            "agents.csv", "configuration.yaml", "contacts.csv", "customers.csv", "invoices.csv",
            "sales-groups.csv",
        ])
        let other = directory.deletingLastPathComponent().appendingPathComponent("other")
        #expect(throws: DemoLoadingError.databaseNotEmpty(path: ":memory:")) {
            try database.load(generator, csvDirectory: other)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: other.path).isEmpty)
    }
}

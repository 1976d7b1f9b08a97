import CollectaCore
import CollectaStore
import Foundation
import TerminalUI
import Testing
@testable import collecta_bench

/// The probe's key scenario on small demo companies: what it reads off the frames, where its
/// keys take the list, and that a list that does not behave stops it. Nothing here is timed.
@MainActor
@Suite("TUI probe")
struct TUIProbeTests {
    static let today = LocalDate(iso: "2026-11-29")!
    static let size = Size(width: 100, height: 30)

    /// A demo company of `customers` customers in a new database file.
    static func demoFile(customers: Int) throws -> (path: String, database: CollectaDatabase) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("probe-\(UUID()).sqlite").path
        let database = try CollectaDatabase.open(path: path)
        try database.load(DemoCompany.makeDataset(customers: customers, seed: 1, today: today))
        return (path, database)
    }

    /// The assigned customers in the list's order, read with the SQL of the list.
    static func expected(_ database: CollectaDatabase, text: String = "") throws -> [String] {
        let configuration = try #require(try database.loadConfiguration())
        return try database.processAssignments(
            ProcessAssignmentQuery(text: text), configuration: configuration, asOf: today, offset: 0, limit: 10_000
        ).map(\.account)
    }

    @Test("The menu keys open the process assignment list on its first page")
    func opening() throws {
        let (path, database) = try Self.demoFile(customers: 200)
        let probe = try TUIProbe(databasePath: path, size: Self.size, today: Self.today)
        _ = try probe.openProcessAssignment()
        let shown = try probe.list()
        let expected = try Self.expected(database)
        #expect(shown.customers == expected.count)
        // 30 rows: title, pane border, header, grid header and rule, grid bottom line, details,
        // border, status and help bars leave 20 for the customers.
        #expect(shown.accounts == Array(expected.prefix(20)))
        #expect(shown.cursorAccount == expected.first)
        #expect(shown.position == 1 && shown.filter == nil)
    }

    @Test("Down moves to the next account, PageDown shows the next page, Home comes back at the end")
    func movement() throws {
        let (path, database) = try Self.demoFile(customers: 200)
        let expected = try Self.expected(database)
        let probe = try TUIProbe(databasePath: path, size: Self.size, today: Self.today)
        _ = try probe.openProcessAssignment()
        let page = try probe.list().accounts.count
        _ = try probe.timeDown()
        #expect(try probe.list().cursorAccount == expected[1])
        _ = try probe.timePageDown()
        #expect(try probe.list().accounts == Array(expected[page..<(2 * page)]))
        #expect(try probe.list().cursorAccount == expected[page + 1])
        var tops: [Int] = []
        for _ in 0..<(expected.count / page + 1) {
            _ = try probe.timePageDown()
            tops.append(try probe.list().topPosition)
        }
        // Past the last page the probe goes Home, so the next page is the second again.
        #expect(tops.contains(page + 1) && tops.allSatisfy { $0 <= expected.count })
        #expect(tops.first == 2 * page + 1)
        try probe.press(.end)
        _ = try probe.timeDown()
        #expect(try probe.list().cursorAccount == expected[1])
    }

    @Test("A character typed into the filter narrows the list to the matching customers")
    func filter() throws {
        let (path, database) = try Self.demoFile(customers: 200)
        let probe = try TUIProbe(databasePath: path, size: Self.size, today: Self.today)
        _ = try probe.openProcessAssignment()
        try probe.beginFilter()
        for character in TUIProbe.filterCharacters {
            let expected = try Self.expected(database, text: String(character))
            try probe.press(.character(character))
            let shown = try probe.list()
            #expect(shown.filter == String(character))
            #expect(shown.customers == expected.count, "\(character)")
            #expect(shown.accounts == Array(expected.prefix(shown.accounts.count)))
            try probe.press(.backspace)
            #expect(try probe.list().customers == Self.expected(database).count)
            _ = try probe.timeFilter(character)
        }
    }

    @Test("The measurement gives N samples of each key and the JSON the benchmark reads")
    func report() throws {
        let (path, database) = try Self.demoFile(customers: 60)
        let probe = try TUIProbe(databasePath: path, size: Self.size, today: Self.today)
        let report = try probe.measure(count: 25)
        #expect(report.customers == (try Self.expected(database)).count)
        #expect([report.keys.down, report.keys.pageDown, report.keys.filter].map(\.count) == [Int](repeating: 25, count: 3))
        #expect(report.firstFrameMilliseconds > 0 && report.openScreenMilliseconds > 0)
        let object = try #require(try JSONSerialization.jsonObject(with: try report.json()) as? [String: Any])
        let names: Set<String> = ["firstFrameMilliseconds", "openScreenMilliseconds", "keys", "customers"]
        #expect(Set(object.keys) == names)
        let keys = try #require(object["keys"] as? [String: Any])
        #expect(Set(keys.keys) == Set(["down", "pageDown", "filter"]))
        #expect(try JSONDecoder().decode(TUIProbeReport.self, from: try report.json()) == report)
    }

    @Test("A list without customers, or a file that is not initialised, stops the probe with a reason")
    func refusals() throws {
        let (path, database) = try Self.demoFile(customers: 20)
        var configuration = try #require(try database.loadConfiguration())
        for index in configuration.hierarchies.indices { configuration.hierarchies[index].isActive = false }
        try database.replaceConfiguration(with: configuration) { _, _ in }
        let probe = try TUIProbe(databasePath: path, size: Self.size, today: Self.today)
        #expect(throws: TUIProbeFailure.self) { try probe.openProcessAssignment() }

        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("probe-\(UUID()).sqlite").path
        _ = try CollectaDatabase.open(path: empty)
        #expect(throws: TUIProbeFailure.self) { try TUIProbe(databasePath: empty, size: Self.size) }
        #expect(throws: TUIProbeFailure.self) { try TUIProbe(databasePath: empty + ".missing", size: Self.size) }
    }
}

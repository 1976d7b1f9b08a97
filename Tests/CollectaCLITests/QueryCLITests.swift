import Foundation
import GRDB
import Testing

/// The read and assignment commands on a demo company, through the real binary.
@Suite("collecta history, assignments, preview, assign, end to end")
struct QueryCLITests {
    private let workspace: DemoWorkspace
    private let asOf = ["--as-of", "2026-11-29"]

    init() throws {
        workspace = try DemoWorkspace(name: "queries")
    }

    private func collecta(_ arguments: [String]) throws -> ProcessResult {
        try workspace.collecta(arguments)
    }

    private func json(_ arguments: [String]) throws -> Any {
        try workspace.json(arguments)
    }

    private func assignments(_ extra: [String] = []) throws -> [[String: Any]] {
        try #require(try json(["assignments"] + asOf + extra) as? [[String: Any]])
    }

    private func demoAccounts() throws -> [String] {
        let csv = try collecta(["export", "customers", "--db", "demo.sqlite"]).standardOutput
        return csv.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
    }

    @Test("assignments --format json lists every customer with a hierarchy or none (R1)")
    func assignmentsJSON() throws {
        defer { workspace.remove() }
        let rows = try assignments()
        #expect(rows.map { $0["account"] as? String } == (try demoAccounts()))
        for row in rows {
            #expect(Set(row.keys) == ["account", "name", "hierarchy", "source", "assignedBy", "assignedAt"])
            let hierarchy = row["hierarchy"] as? String
            let source = row["source"] as? String
            #expect(hierarchy == nil ? row["hierarchy"] is NSNull && row["source"] is NSNull : source == "pool")
        }
        #expect(rows.contains { $0["hierarchy"] is String })
    }

    @Test("assignments as a table lines up Cyrillic names by display width")
    func assignmentsTable() throws {
        defer { workspace.remove() }
        let result = try collecta(["assignments", "--db", "demo.sqlite"] + asOf)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let header = try #require(lines.first)
        #expect(header.hasPrefix("account  ") && lines[1].hasPrefix("────"))
        let column = try #require(header.range(of: "hierarchy")).lowerBound.utf16Offset(in: header)
        for line in lines.dropFirst(2) where line.count > column {
            // Cyrillic letters take one column each, so characters count columns here.
            let characters = Array(line)
            #expect(characters[column - 2] == " " && characters[column] != " ", "\(line)")
        }
    }

    @Test("preview customer names the winner and every candidate's outcome")
    func previewCustomer() throws {
        defer { workspace.remove() }
        let assigned = try #require(try assignments().first { $0["hierarchy"] is String })
        let account = try #require(assigned["account"] as? String)
        let winner = try #require(assigned["hierarchy"] as? String)
        let preview = try #require(try json(["preview", "customer", account] + asOf) as? [String: Any])
        #expect(preview["hierarchy"] as? String == winner && preview["source"] as? String == "pool")
        let candidates = try #require(preview["candidates"] as? [[String: Any]])
        #expect(candidates.filter { $0["outcome"] as? String == "wins" }.map { $0["hierarchy"] as? String } == [winner])
        let table = try collecta(["preview", "customer", account, "--db", "demo.sqlite"] + asOf)
        #expect(table.standardOutput.contains("Winner:   \(winner) (pool): "))
        let unknown = try collecta(["preview", "customer", "NOPE", "--db", "demo.sqlite"])
        #expect(unknown.status == 1 && unknown.standardErrorLines == ["collecta: unknown customer 'NOPE'"])
    }

    @Test("assign makes the source manual and wins; unassign restores the pools (R1)")
    func assignAndUnassign() throws {
        defer { workspace.remove() }
        let before = try assignments()
        let pooled = try #require(before.first { $0["hierarchy"] is String })
        let account = try #require(pooled["account"] as? String)
        // The demo's hierarchies are KEY, RU and INTL (docs/demo.md).
        let current = try #require(pooled["hierarchy"] as? String)
        let other = try #require(["KEY", "RU", "INTL"].first { $0 != current })
        let assign = try collecta(["assign", account, "--hierarchy", other, "--db", "demo.sqlite"])
        #expect(assign.status == 0, "\(assign.standardError)")
        #expect(assign.standardOutput == "\(account): assigned to \(other)\n")
        let row = try #require(try assignments().first { $0["account"] as? String == account })
        #expect(row["hierarchy"] as? String == other && row["source"] as? String == "manual")
        #expect(row["assignedBy"] as? String == "tester")
        let preview = try #require(try json(["preview", "customer", account] + asOf) as? [String: Any])
        #expect((preview["reason"] as? String)?.hasPrefix("assigned by hand on ") == true)
        let unassign = try collecta(["unassign", account, "--db", "demo.sqlite"])
        #expect(unassign.standardOutput == "\(account): unassigned from \(other)\n")
        #expect(NSArray(array: try assignments()) == NSArray(array: before))
        let log = try #require(try json(["assignment-log", "--customer", account]) as? [[String: Any]])
        #expect(log.map { $0["to"] as? String ?? "-" } == ["-", other])
        #expect(log.map { $0["from"] as? String ?? "-" } == [other, "-"])
        #expect(log.allSatisfy { $0["changedBy"] as? String == "tester" && $0["changedAt"] is String })
        let limited = try #require(try json(["assignment-log", "--hierarchy", other, "--limit", "1"]) as? [[String: Any]])
        #expect(limited.count == 1)
    }

    @Test("assign with an unknown hierarchy or customer exits 1, lists each, and changes nothing")
    func assignRefused() throws {
        defer { workspace.remove() }
        let before = try assignments()
        let account = try #require(before.first?["account"] as? String)
        let refused = try collecta(["assign", account, "NOPE", "--hierarchy", "NONE", "--db", "demo.sqlite"])
        #expect(refused.status == 1)
        #expect(refused.standardOutput.isEmpty)
        #expect(refused.standardErrorLines == [
            "unknown hierarchy 'NONE'", "unknown customer 'NOPE'",
            "collecta: assign refused (2 problems); nothing changed",
        ])
        let unassign = try collecta(["unassign", account, "GONE", "--db", "demo.sqlite"])
        #expect(unassign.status == 1 && unassign.standardErrorLines.first == "unknown customer 'GONE'")
        #expect(NSArray(array: try assignments()) == NSArray(array: before))
    }

    @Test("preview process: 'gets' are exactly the hierarchy's assignments; the others say where")
    func previewProcess() throws {
        defer { workspace.remove() }
        let rows = try #require(try json(["preview", "process", "RU"] + asOf) as? [[String: Any]])
        let gets = rows.filter { $0["outcome"] as? String == "gets" }.compactMap { $0["account"] as? String }
        let assigned = try assignments(["--hierarchy", "RU"]).compactMap { $0["account"] as? String }
        #expect(!gets.isEmpty && gets == assigned)
        for row in rows where row["outcome"] as? String == "elsewhere" {
            #expect(row["hierarchy"] as? String != "RU" && !((row["reason"] as? String) ?? "").isEmpty)
        }
        let unknown = try collecta(["preview", "process", "NOPE", "--db", "demo.sqlite"])
        #expect(unknown.status == 1 && unknown.standardErrorLines.count == 1)
    }

    @Test("history, activities, outbox and letters of a fresh demo are empty lists")
    func emptyLists() throws {
        defer { workspace.remove() }
        for command in [["history"], ["activities", "--open"], ["outbox", "--status", "queued"], ["letters"]] {
            let result = try collecta(command + ["--db", "demo.sqlite", "--format", "json"])
            #expect(result.status == 0 && result.standardOutput == "[]\n", "\(command)")
        }
        let csv = try collecta(["history", "--db", "demo.sqlite", "--format", "csv"])
        #expect(csv.standardOutput.hasPrefix("id,runId,date,hierarchy,customer,invoice,"))
    }

    @Test("history's delivery field is the status of the email or letter a row created, null otherwise")
    func historyDelivery() throws {
        defer { workspace.remove() }
        #expect(try collecta(["run", "--db", "demo.sqlite"] + asOf).status != 3)
        let database = try DatabaseQueue(path: workspace.databasePath)
        let sentEmail = try database.write { db -> String in
            let id = try #require(try Int.fetchOne(db, sql: "SELECT MIN(id) FROM outbox_email"))
            try db.execute(sql: "UPDATE outbox_email SET status = 'sent' WHERE id = ?", arguments: [id])
            return "email:\(id)"
        }
        try database.close()
        let rows = try #require(try json(["history", "--limit", "1000"]) as? [[String: Any]])
        var seen: Set<String> = []
        for row in rows {
            let record = row["createdRecord"] as? String ?? ""
            let delivery = row["delivery"]
            let kind = String(record.prefix { $0 != ":" })
            switch kind {
            case "email": #expect(delivery as? String == (record == sentEmail ? "sent" : "queued"), "\(row)")
            case "letter": #expect(["created", "posted"].contains(delivery as? String ?? ""), "\(row)")
            default: #expect(delivery is NSNull, "\(row)")
            }
            seen.insert(kind)
        }
        #expect(seen.isSuperset(of: ["email", "letter", "activity"]))
        let csv = try collecta(["history", "--db", "demo.sqlite", "--format", "csv"]).standardOutput
        #expect(csv.hasPrefix("id,") && csv.split(separator: "\n").first?.hasSuffix(",createdRecord,delivery") == true)
    }

    @Test("history refuses unknown hierarchies and customers (exit 1) and bad dates (exit 2)")
    func historyRefusals() throws {
        defer { workspace.remove() }
        let hierarchy = try collecta(["history", "--hierarchy", "NOPE", "--db", "demo.sqlite"])
        #expect(hierarchy.status == 1)
        #expect(hierarchy.standardErrorLines.first?.hasPrefix("collecta: unknown hierarchy 'NOPE'") == true)
        let customer = try collecta(["history", "--customer", "NOPE", "--db", "demo.sqlite"])
        #expect(customer.status == 1 && customer.standardErrorLines == ["collecta: unknown customer 'NOPE'"])
        for arguments in [["--from", "2026-02-30"], ["--to", "yesterday"], ["--limit", "0"], ["--status", "done"]] {
            let result = try collecta(["history", "--db", "demo.sqlite"] + arguments)
            #expect(result.status == 2 && result.standardOutput.isEmpty, "\(arguments)")
        }
        let asOf = try collecta(["assignments", "--as-of", "29.11.2026", "--db", "demo.sqlite"])
        #expect(asOf.status == 2)
    }
}

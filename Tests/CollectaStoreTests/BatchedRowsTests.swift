import GRDB
import Testing
@testable import CollectaStore

/// Rows inserted many per statement go in in order, as one insert per row would put them.
@Suite("Batched run rows")
struct BatchedRowsTests {
    @Test("Rows beyond one statement's worth keep their order and rowids; nothing is kept after a flush")
    func orderAndRowids() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, n INTEGER)")
            var rows = BatchedRows(into: "t", columns: ["name", "n"])
            let count = BatchedRows.rowsPerStatement * 2 + 5
            for index in 0..<count {
                rows.append(BoundValue("row \(index)"), BoundValue(index % 3 == 0 ? nil : index))
            }
            #expect(rows.count == count)
            try rows.flush(db)
            #expect(rows.count == 0)
            try rows.flush(db)
            let stored = try Row.fetchAll(db, sql: "SELECT id, name, n FROM t ORDER BY id")
            #expect(stored.count == count)
            for (index, row) in stored.enumerated() {
                #expect(row[0] as Int64 == Int64(index + 1))
                #expect(row[1] as String == "row \(index)")
                #expect(row[2] as Int? == (index % 3 == 0 ? nil : index))
            }
        }
    }

    @Test("An upsert suffix applies to every row of the statement")
    func upsert() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE s (k TEXT PRIMARY KEY, level INTEGER)")
            try db.execute(sql: "INSERT INTO s VALUES ('a', 3), ('b', 1)")
            var rows = BatchedRows(
                into: "s", columns: ["k", "level"],
                suffix: " ON CONFLICT(k) DO UPDATE SET level = max(level, excluded.level)")
            rows.append(BoundValue("a"), BoundValue(2))
            rows.append(BoundValue("b"), BoundValue(2))
            rows.append(BoundValue("c"), BoundValue(5))
            try rows.flush(db)
            let levels = try Row.fetchAll(db, sql: "SELECT k, level FROM s ORDER BY k").map { "\($0[0] as String)\($0[1] as Int)" }
            #expect(levels == ["a3", "b2", "c5"])
        }
    }
}

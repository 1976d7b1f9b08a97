import Foundation
import GRDB
import GRDBSQLite

/// Keys (ids, accounts, codes) compared byte for byte, as SQLite compares text keys, each with
/// an integer: the keys of a table that rows refer to, or the keys a file gave so far with the
/// line each was first on.
///
/// Not `Set<String>` or `Dictionary`: Swift compares strings by canonical equivalence, so
/// `"Cafe\u{301}"` would be found as the customer `"Café"` that SQLite, comparing bytes, does
/// not have. And for a million invoice ids of 16 bytes, a dictionary held a million heap
/// strings (100 MB) and hashed each with SipHash; here the keys' bytes sit end to end in one
/// array, found by a seeded multiply-xorshift hash in an open-addressing table (about 40 bytes
/// per key).
struct KeyTable {
    /// The keys' UTF-8 bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Where each key ends in `bytes` (it starts where the one before ends).
    private var ends: [Int] = []
    private var values: [Int] = []
    private var hashes: [UInt64] = []
    /// One more than the index of the key in each slot; 0 for an empty slot. The count is a
    /// power of two, at least twice the number of keys.
    private var slots: [Int32]

    /// Makes room for `capacity` keys without growing.
    init(minimumCapacity capacity: Int = 0) {
        var slotCount = 16
        while slotCount < 2 * capacity { slotCount *= 2 }
        slots = Array(repeating: 0, count: slotCount)
        ends.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    /// How many keys there are.
    var count: Int { ends.count }

    /// Whether `key` is there.
    func contains(_ key: String) -> Bool {
        value(for: key) != nil
    }

    /// The integer given with `key`, or nil when `key` is not there.
    func value(for key: String) -> Int? {
        var key = key
        return key.withUTF8 { utf8 in
            switch find(utf8, hash: Self.hash(utf8)) {
            case .found(let index): values[index]
            case .free: nil
            }
        }
    }

    /// Adds `key` with `value`, unless it is there already.
    /// - Returns: the integer given with `key` before, or nil when it was added.
    @discardableResult
    mutating func insert(_ key: String, value: Int) -> Int? {
        var key = key
        return key.withUTF8 { utf8 in
            let hash = Self.hash(utf8)
            let slot: Int
            switch find(utf8, hash: hash) {
            case .found(let index): return values[index]
            case .free(let free): slot = free
            }
            bytes.append(contentsOf: utf8)
            ends.append(bytes.count)
            values.append(value)
            hashes.append(hash)
            slots[slot] = Int32(ends.count)
            if 2 * ends.count > slots.count {
                grow()
            }
            return nil
        }
    }

    /// Where a probe for a key ends: at the key's index, or at the free slot it would take.
    private enum Probe {
        case found(Int)
        case free(Int)
    }

    /// Probes the slots from `hash`'s until the key with `utf8`'s bytes or a free slot.
    private func find(_ utf8: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Probe {
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let index = Int(slots[slot] - 1)
            if hashes[index] == hash, keyEquals(index, utf8) {
                return .found(index)
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return .free(slot)
    }

    private func keyEquals(_ index: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = index == 0 ? 0 : ends[index - 1]
        guard ends[index] - start == utf8.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            utf8.isEmpty || memcmp(stored.baseAddress! + start, utf8.baseAddress!, utf8.count) == 0
        }
    }

    /// Doubles the slots and places every key again.
    private mutating func grow() {
        let mask = 2 * slots.count - 1
        var grown = [Int32](repeating: 0, count: 2 * slots.count)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while grown[slot] != 0 {
                slot = (slot + 1) & mask
            }
            grown[slot] = Int32(index + 1)
        }
        slots = grown
    }

    /// A different seed in each process, so that no file can be made to collide on purpose.
    private static let seed = UInt64.random(in: .min ... .max)

    /// Eight bytes at a time: multiply, then fold the high bits down (as in wyhash and
    /// MurmurHash3's finaliser).
    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = seed ^ UInt64(utf8.count)
        var offset = 0
        if let base = utf8.baseAddress {
            let raw = UnsafeRawPointer(base)
            while offset + 8 <= utf8.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
                hash ^= hash >> 29
                offset += 8
            }
            var tail: UInt64 = 0
            for index in offset..<utf8.count {
                tail |= UInt64(utf8[index]) << (8 * (index - offset))
            }
            hash = (hash ^ tail) &* multiplier
        }
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return hash
    }
}

extension KeyTable {
    /// The texts of the first column of the rows of `sql`: the keys of a table that rows refer
    /// to. Stepped through the C API, into a table sized beforehand: GRDB's cursor and a
    /// growing set took about 4,000 instructions per key, 0.1 s for 100,000 customers.
    init(keysOf sql: String, in db: Database) throws {
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM (\(sql))") ?? 0
        self.init(minimumCapacity: count)
        let statement = try db.makeStatement(sql: sql)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW:
                guard let text = sqlite3_column_text(handle, 0) else { continue }
                let length = Int(sqlite3_column_bytes(handle, 0))
                insert(String(decoding: UnsafeBufferPointer(start: text, count: length), as: UTF8.self), value: 0)
            case SQLITE_DONE:
                return
            case let code:
                let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
            }
        }
    }
}

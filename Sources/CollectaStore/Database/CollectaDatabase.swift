import Foundation
import GRDB

/// The one SQLite database behind the TUI and the CLI.
///
/// Opening migrates the schema, turns on WAL, foreign keys and a busy timeout, and refuses files
/// that are not Collecta databases or were written by a newer Collecta.
public struct CollectaDatabase: Sendable {
    /// How the file is to be used.
    public enum Access: Sendable {
        case readWrite
        case readOnly
    }

    /// The GRDB connection (a pool for files, a queue in memory).
    public let writer: any DatabaseWriter
    /// The file path, or `:memory:`.
    public let path: String

    /// Opens (and creates with mode 0600 when missing) the database at `path`.
    /// - Parameter busyTimeout: how long to wait for another process's lock, in seconds.
    public static func open(
        path: String, access: Access = .readWrite, busyTimeout: TimeInterval = 5
    ) throws -> CollectaDatabase {
        let fileExists = FileManager.default.fileExists(atPath: path)
        if access == .readOnly, !fileExists {
            throw StoreError.cannotOpen(path: path, reason: "no such file")
        }
        if fileExists {
            try refuseNonSQLiteFile(at: path)
        }
        if access == .readWrite {
            if fileExists {
                try refuseReadOnlyFile(at: path)
            } else {
                try createPrivateFile(at: path)
            }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.readonly = access == .readOnly
        configuration.prepareDatabase { db in
            // Checkpoints every 40 MB of WAL rather than 4 MB: each one syncs the WAL and the
            // database, and a first run writes some 190 MB (139 syncs became 19). Synchronous
            // is NORMAL, as GRDB sets it for WAL pools (docs/decisions.md).
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
        }
        do {
            let writer: any DatabaseWriter = access == .readOnly
                ? try DatabaseQueue(path: path, configuration: configuration)
                : try DatabasePool(path: path, configuration: configuration)
            let database = CollectaDatabase(writer: writer, path: path)
            try database.prepareSchema(migrating: access == .readWrite)
            return database
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.translating(error, path: path)
        }
    }

    /// An empty, migrated database in memory, for tests and simulations.
    public static func inMemory() throws -> CollectaDatabase {
        let database = CollectaDatabase(writer: try DatabaseQueue(), path: ":memory:")
        try database.prepareSchema(migrating: true)
        return database
    }

    private init(writer: any DatabaseWriter, path: String) {
        self.writer = writer
        self.path = path
    }

    /// Checks the file's identity and schema version, then applies pending migrations.
    private func prepareSchema(migrating: Bool) throws {
        let migrator = Schema.migrator
        try writer.read { db in
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tableCount = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
            if applicationID != Schema.applicationID, tableCount > 0 {
                throw StoreError.notACollectaDatabase(path: path)
            }
            if try migrator.hasBeenSuperseded(db) {
                throw StoreError.newerSchema(path: path)
            }
            if !migrating, tableCount == 0 {
                throw StoreError.notInitialised(path: path)
            }
        }
        guard migrating else { return }
        try writer.barrierWriteWithoutTransaction { db in
            try db.execute(sql: "PRAGMA application_id = \(Schema.applicationID)")
        }
        try migrator.migrate(writer)
    }

    private static func createPrivateFile(at path: String) throws {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try? FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true)
        }
        let descriptor = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard descriptor >= 0 else {
            throw StoreError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        close(descriptor)
    }

    /// Refuses a non-empty file that does not start with the SQLite header. SQLite itself would
    /// take a short file of text for an empty database and write over it.
    private static func refuseNonSQLiteFile(at path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        if !header.isEmpty, header != Data("SQLite format 3\0".utf8) {
            throw StoreError.notACollectaDatabase(path: path)
        }
    }

    /// Refuses a file without the owner's write permission. The mode bits are checked as well as
    /// access(2), because access(2) grants root everything.
    private static func refuseReadOnlyFile(at path: String) throws {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        if access(path, W_OK) != 0 || status.st_mode & S_IWUSR == 0 {
            throw StoreError.readOnly(path: path)
        }
    }
}

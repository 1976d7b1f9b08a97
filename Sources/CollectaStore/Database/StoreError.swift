import GRDB

/// Why the database could not be used, in words a user can act on. Every case reads as one line.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notACollectaDatabase(path: String)
    case newerSchema(path: String)
    case readOnly(path: String)
    case locked(path: String)
    case corrupt(path: String)
    case cannotOpen(path: String, reason: String)
    /// A write broke a rule the schema enforces (the SQLite message names the constraint).
    case constraintViolated(String)
    /// The database has no configuration yet (`collecta init` or `collecta demo` first).
    case notInitialised(path: String)

    public var description: String {
        switch self {
        case .notACollectaDatabase(let path):
            "\(path) is not a Collecta database (it is another SQLite file or not SQLite at all)"
        case .newerSchema(let path):
            "\(path) was written by a newer Collecta: its schema is newer than this program; upgrade Collecta"
        case .readOnly(let path):
            "\(path) is read-only: Collecta cannot write to it (check the file's permissions)"
        case .locked(let path):
            "\(path) is locked by another process (a running import or automation run?); try again when it finishes"
        case .corrupt(let path):
            "\(path) is damaged (SQLite reports a malformed database); restore it from a backup"
        case .cannotOpen(let path, let reason):
            "cannot open \(path): \(reason)"
        case .constraintViolated(let message):
            "the database refused the change: \(message)"
        case .notInitialised(let path):
            "\(path) has no Collecta configuration yet: run `collecta init` or `collecta demo` first"
        }
    }

    /// Translates an SQLite failure on the database at `path` into the error a user should see.
    public static func translating(_ error: any Error, path: String) -> any Error {
        guard let databaseError = error as? DatabaseError else { return error }
        switch databaseError.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.locked(path: path)
        case .SQLITE_READONLY: return StoreError.readOnly(path: path)
        case .SQLITE_NOTADB: return StoreError.notACollectaDatabase(path: path)
        case .SQLITE_CORRUPT: return StoreError.corrupt(path: path)
        case .SQLITE_CANTOPEN:
            return StoreError.cannotOpen(path: path, reason: databaseError.message ?? "unable to open")
        case .SQLITE_CONSTRAINT:
            return StoreError.constraintViolated(databaseError.message ?? "constraint failed")
        default: return error
        }
    }
}

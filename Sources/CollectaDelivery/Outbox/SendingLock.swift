import Foundation

/// Why a send could not start.
public enum DeliveryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Another process is sending from the same database.
    case anotherSendRunning(lockFile: String)
    /// The lock file next to the database cannot be opened.
    case lockUnavailable(lockFile: String, reason: String)

    public var description: String {
        switch self {
        case .anotherSendRunning(let file):
            "another process is sending the outbox of this database (it holds \(file)); try again when it finishes"
        case .lockUnavailable(let file, let reason):
            "cannot open the sending lock \(file): \(reason)"
        }
    }
}

/// One sender per database at a time: an exclusive `flock` on `<database>-send.lock`, which the
/// system releases when the process ends however it ends. While it is held no other process is
/// between handing an email over and writing its outcome, so an email found handed over without
/// an outcome was left by a process that died (``CollectaDatabase/recoverInterrupted(at:)``).
final class SendingLock {
    private let descriptor: Int32

    /// Takes the lock for the database at `databasePath`; nil for a database in memory, which no
    /// other process can open.
    /// - Throws: `DeliveryError` when another process holds it or it cannot be opened.
    static func acquire(forDatabaseAt databasePath: String) throws -> SendingLock? {
        guard databasePath != ":memory:", !databasePath.isEmpty else { return nil }
        let file = databasePath + "-send.lock"
        let descriptor = open(file, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw DeliveryError.lockUnavailable(lockFile: file, reason: String(cString: strerror(errno)))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let failure = errno
            close(descriptor)
            if failure == EWOULDBLOCK { throw DeliveryError.anotherSendRunning(lockFile: file) }
            throw DeliveryError.lockUnavailable(lockFile: file, reason: String(cString: strerror(failure)))
        }
        return SendingLock(descriptor: descriptor)
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

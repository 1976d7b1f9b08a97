import CollectaCore
import Foundation

/// The two files a printed letter was written to.
public struct PrintedLetterFiles: Hashable, Sendable {
    public let letterID: Int64
    public let customerAccount: String
    /// Whether the letter was posted already when it was written (a reprint).
    public let wasPosted: Bool
    /// The HTML document with print CSS.
    public let htmlPath: String
    /// The plain-text document.
    public let textPath: String
}

/// Why printed letters could not be written or posted.
public enum LetterPrintingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The directory or a file in it could not be written; `reason` is the system's.
    case cannotWrite(path: String, reason: String)
    /// The path to write into is a file, not a directory.
    case notADirectory(path: String)
    /// Some of the letters asked for by id do not exist.
    case unknownLetters([Int64])

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            "cannot write \(path): \(reason); no letter was posted"
        case .notADirectory(let path):
            "cannot write \(path): it is not a directory; no letter was posted"
        case .unknownLetters(let ids):
            "no collection letter " + ids.map(String.init).joined(separator: ", ")
        }
    }
}

/// Writes printed letters into one directory as `letter-<id>-<account>.html` and `.txt`.
///
/// Each file is written under a hidden temporary name in the same directory and renamed into
/// place, so a letter's file is either whole or absent (an older print of it stays until the
/// rename). Characters of the account other than letters, digits, `.`, `_` and `-` become `_`
/// in the name.
public struct LetterFileWriter: Sendable {
    /// The directory, as given.
    public let directory: String

    /// A writer into `directory`, created (with its parents) when missing.
    /// - Throws: ``LetterPrintingError/cannotWrite(path:reason:)`` when it cannot be created,
    ///   ``LetterPrintingError/notADirectory(path:)`` when it (or a parent) is a file.
    public init(directory: String) throws {
        self.directory = directory
        try Self.makeDirectory(directory)
    }

    /// The file name without extension: `letter-12-C-000042`.
    public static func fileStem(id: Int64, account: String) -> String {
        let safe = account.unicodeScalars.map { scalar -> Character in
            let isSafe = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || scalar == "." || scalar == "_" || scalar == "-"
            return isSafe ? Character(scalar) : "_"
        }
        return "letter-\(id)-" + String(safe)
    }

    /// Writes `letter`'s HTML and plain-text documents. A letter created before Collecta kept
    /// the plain-text document gets its title and body text instead.
    /// - Throws: ``LetterPrintingError/cannotWrite(path:reason:)``.
    public func write(_ letter: CollectionLetter) throws -> PrintedLetterFiles {
        let id = letter.id ?? 0
        let stem = (directory as NSString).appendingPathComponent(
            Self.fileStem(id: id, account: letter.customerAccount))
        let text = letter.documentText.isEmpty
            ? letter.title + "\n\n" + letter.bodyText : letter.documentText
        try Self.writeWhole(letter.bodyHTML, to: stem + ".html")
        try Self.writeWhole(text, to: stem + ".txt")
        return PrintedLetterFiles(
            letterID: id, customerAccount: letter.customerAccount,
            wasPosted: letter.status == .posted, htmlPath: stem + ".html",
            textPath: stem + ".txt")
    }

    private static func writeWhole(_ text: String, to path: String) throws {
        let name = (path as NSString).lastPathComponent
        let temporary = ((path as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent(".\(name).\(getpid()).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        var bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            guard count > 0 else {
                let error = failure(path)
                close(descriptor)
                unlink(temporary)
                throw error
            }
            written += count
        }
        bytes.removeAll()
        guard close(descriptor) == 0, rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
    }

    private static func makeDirectory(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw LetterPrintingError.notADirectory(path: path)
            }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectory(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure(path) }
    }

    /// The error of the last system call that failed on `path`.
    private static func failure(_ path: String) -> LetterPrintingError {
        .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
}

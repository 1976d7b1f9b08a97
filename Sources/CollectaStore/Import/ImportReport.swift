import GRDB

/// The kinds of reference data that are imported from and exported to CSV files.
///
/// The raw value is the name used on the command line and in file names (`sales-groups`).
public enum ReferenceDataKind: String, CaseIterable, Hashable, Sendable {
    /// Customers with their tags.
    case customers
    /// Contacts with their purposes.
    case contacts
    /// Invoices, open and settled.
    case invoices
    /// Sales groups with their members, one member per row.
    case salesGroups = "sales-groups"
    /// Collections agents.
    case agents

    /// The plural noun used in summaries (`sales groups`).
    public var pluralNoun: String {
        self == .salesGroups ? "sales groups" : rawValue
    }

    /// The singular noun used in summaries (`sales group`).
    public var singularNoun: String {
        String(pluralNoun.dropLast())
    }
}

/// One problem found in an import file, located by file and physical line (the header is
/// line 1; a quoted value spanning lines moves the following rows down accordingly).
public struct ImportIssue: Hashable, Sendable, CustomStringConvertible {
    /// The file name as the user gave it.
    public var file: String
    /// The physical line, from 1.
    public var line: Int
    /// The column the problem is in, or nil when it concerns the whole row or file.
    public var column: String?
    /// What is wrong, and where it helps, what is expected.
    public var reason: String

    /// Creates an issue of `file` at `line`, in `column` when one is concerned.
    public init(file: String, line: Int, column: String?, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// `file:line: column: reason`, or `file:line: reason` when no column is concerned.
    public var description: String {
        if let column {
            return "\(file):\(line): \(column): \(reason)"
        }
        return "\(file):\(line): \(reason)"
    }
}

/// An import was refused: the file has problems, and nothing was changed in the database.
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// At most this many issues are kept and listed.
    public static let reportedIssueLimit = 50

    /// The first issues found, in file order (at most `reportedIssueLimit`).
    public let issues: [ImportIssue]
    /// How many issues were found in all, including those not kept.
    public let issueCount: Int

    /// Creates an error from the issues kept and the number found.
    public init(issues: [ImportIssue], issueCount: Int? = nil) {
        self.issues = Array(issues.prefix(ImportError.reportedIssueLimit))
        self.issueCount = max(issueCount ?? issues.count, self.issues.count)
    }

    /// One issue per line, then `… and N more` when some were left out.
    public var description: String {
        var lines = issues.map(\.description)
        if issueCount > issues.count {
            lines.append("… and \(issueCount - issues.count) more")
        }
        return lines.joined(separator: "\n")
    }
}

/// What an import changed.
public struct ImportSummary: Hashable, Sendable, CustomStringConvertible {
    /// What was imported.
    public var kind: ReferenceDataKind
    /// Values whose key was not in the database before.
    public var inserted: Int
    /// Values whose key was already there and that were overwritten.
    public var updated: Int

    /// Creates the summary of an import of `kind`.
    public init(kind: ReferenceDataKind, inserted: Int, updated: Int) {
        self.kind = kind
        self.inserted = inserted
        self.updated = updated
    }

    /// All values imported.
    public var total: Int { inserted + updated }

    /// `imported 200 customers (180 new, 20 updated)`.
    public var description: String {
        let noun = total == 1 ? kind.singularNoun : kind.pluralNoun
        return "imported \(total) \(noun) (\(inserted) new, \(updated) updated)"
    }
}

/// Gathers the issues of one import: keeps the first ones in file order, counts them all.
///
/// Issues are reported in file order, except a row the database refuses when rows are written
/// in batches (`BatchInserter`), which may be found after later rows were checked: it is put
/// back in its place, before the issues of later lines.
final class IssueCollector {
    let file: String
    private(set) var issues: [ImportIssue] = []
    private(set) var count = 0

    init(file: String) {
        self.file = file
    }

    var isEmpty: Bool { count == 0 }

    func report(line: Int, column: String?, _ reason: String) {
        count += 1
        let position = issues.lastIndex { $0.line <= line }.map { $0 + 1 } ?? 0
        guard position < ImportError.reportedIssueLimit else { return }
        issues.insert(ImportIssue(file: file, line: line, column: column, reason: reason), at: position)
        if issues.count > ImportError.reportedIssueLimit {
            issues.removeLast()
        }
    }

    /// Reports that the database refused the row of `line`.
    func reportRefusal(_ error: DatabaseError, line: Int) {
        let message = error.message ?? "constraint failed"
        report(line: line, column: nil, "the database refused the row: \(message)")
    }

    /// The error to throw when anything was reported.
    var error: ImportError {
        ImportError(issues: issues, issueCount: count)
    }
}

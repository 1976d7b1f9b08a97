import CollectaCore
import Foundation
import GRDB

extension CollectaDatabase {
    /// Imports one CSV file of reference data, all or nothing.
    ///
    /// The file must be UTF-8 (a byte order mark is skipped); its header is checked and every
    /// row validated, including references to rows in the database (a contact's customer, a
    /// customer's sales group…) and keys repeated within the file. Valid rows are upserted in
    /// one write transaction; when any problem was found, the transaction is rolled back and an
    /// `ImportError` lists the problems as `file:line: column: reason`.
    ///
    /// - Parameters:
    ///   - kind: what the file holds; `docs/import.md` describes each format.
    ///   - data: the bytes of the file.
    ///   - fileName: the name to report problems under (the path the user typed).
    /// - Returns: how many values were inserted and how many updated.
    /// - Throws: `ImportError` for problems in the file; database errors as they come.
    @discardableResult
    public func importCSV(
        _ kind: ReferenceDataKind, from data: Data, fileName: String
    ) throws -> ImportSummary {
        try importCSV(kind, source: .bytes(data, offset: 0), fileName: fileName)
    }

    /// Imports one CSV file of reference data, all or nothing, reading it from `handle` in
    /// blocks: memory stays bounded whatever the size of the file. Otherwise as
    /// `importCSV(_:from:fileName:)`; a file that cannot be read to its end is refused too.
    @discardableResult
    public func importCSV(
        _ kind: ReferenceDataKind, from handle: FileHandle, fileName: String
    ) throws -> ImportSummary {
        try importCSV(kind, source: .file(handle, name: fileName), fileName: fileName)
    }

    private func importCSV(
        _ kind: ReferenceDataKind, source: CSVByteSource, fileName: String
    ) throws -> ImportSummary {
        let reader = CSVByteReader(source)
        let validatedConstraints = kind.importFormat.validatesTableConstraints
        return try writer.writeWithoutTransaction { db in
            try ImportSettings.applying(validatedConstraints: validatedConstraints, in: db) {
                var summary = ImportSummary(kind: kind, inserted: 0, updated: 0)
                try db.inTransaction {
                    summary = try CSVImport.run(kind, reader: reader, file: fileName, in: db)
                    return .commit
                }
                return summary
            }
        }
    }
}

/// The import loop shared by every kind of file.
enum CSVImport {
    static func run(
        _ kind: ReferenceDataKind, reader: CSVByteReader, file: String, in db: Database
    ) throws -> ImportSummary {
        do {
            return try importFile(kind, reader: reader, file: file, in: db)
        } catch let error as CSVEncodingError {
            // As when the file is decoded before it is read: the first byte that is not UTF-8
            // is the one problem reported.
            throw ImportError(issues: [error.issue(file: file)])
        }
    }

    /// Checks the header, then imports the rows.
    private static func importFile(
        _ kind: ReferenceDataKind, reader: CSVByteReader, file: String, in db: Database
    ) throws -> ImportSummary {
        let format = kind.importFormat
        let issues = IssueCollector(file: file)
        guard let header = CSVHeader(
            fields: try reader.next()?.fields, columns: format.columns, issues: issues)
        else {
            while try reader.next() != nil {}
            throw issues.error
        }
        return try importRows(kind, as: format, header: header, reader: reader, issues: issues, in: db)
    }

    /// Imports the rows after the header, the table's indexes deferred when it is empty.
    private static func importRows(
        _ kind: ReferenceDataKind, as format: any CSVImportFormat.Type, header: CSVHeader,
        reader: CSVByteReader, issues: IssueCollector, in db: Database
    ) throws -> ImportSummary {
        let countBefore = try rowCount(of: format.table, in: db)
        let indexes = try DeferredIndexes.dropping(on: format.table, in: db)
        let writtenCount = try importRecords(
            from: reader, as: format, header: header, issues: issues, in: db)
        guard issues.isEmpty else { throw issues.error }
        try indexes.recreate(in: db)
        let inserted = try rowCount(of: format.table, in: db) - countBefore
        return ImportSummary(kind: kind, inserted: inserted, updated: writtenCount - inserted)
    }

    /// Checks and writes the data rows. - Returns: how many values were written.
    private static func importRecords(
        from reader: CSVByteReader, as format: any CSVImportFormat.Type, header: CSVHeader,
        issues: IssueCollector, in db: Database
    ) throws -> Int {
        let importer = try format.init(db)
        while let record = try reader.next() {
            guard !record.isBlank else { continue }
            guard record.fieldCount == header.fieldCount else {
                issues.report(line: record.line, column: nil, """
                    expected \(header.fieldCount) fields, as in the header, but found \
                    \(record.fieldCount)
                    """)
                continue
            }
            try importer.importRow(CSVRow(record, header: header, issues: issues))
        }
        try importer.finish(issues)
        return importer.writtenCount
    }

    private static func rowCount(of table: String, in db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
    }
}

/// One kind of import file: its columns, and how a row is checked and written.
protocol CSVImportFormat: AnyObject {
    /// The columns, in the order export writes them.
    static var columns: [CSVColumn] { get }
    /// The table whose row count tells new values from updated ones.
    static var table: String { get }
    /// Whether the validation of a row refuses everything the CHECK constraints and foreign
    /// keys of the tables it writes would, so that SQLite need not check again
    /// (`ImportSettings`).
    static var validatesTableConstraints: Bool { get }
    /// Prepares statements and loads the keys rows may refer to.
    init(_ db: Database) throws
    /// How many values were written (on success, every value of the file).
    var writtenCount: Int { get }
    /// Checks `row`, reporting problems through it, and writes it while the file has none.
    func importRow(_ row: CSVRow) throws
    /// Writes what was held back until the end of the file.
    func finish(_ issues: IssueCollector) throws
}

extension CSVImportFormat {
    static var validatesTableConstraints: Bool { false }

    func finish(_ issues: IssueCollector) throws {}

    /// Runs `body` unless the file already has problems (then nothing is worth writing, as it
    /// will be rolled back). A constraint the database enforces becomes a problem of `line`.
    func write(line: Int, _ issues: IssueCollector, _ body: () throws -> Void) throws {
        guard issues.isEmpty else { return }
        try reportingRefusals(issues, line: line, body)
    }

    /// Runs `body`, reporting a constraint the database enforces as a problem of `line`, or of
    /// the line of the queued row a `BatchInserter` names.
    func reportingRefusals(_ issues: IssueCollector, line: Int, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            issues.reportRefusal(error, line: line)
        } catch let refusal as BatchInsertError {
            issues.reportRefusal(refusal.error, line: refusal.tag)
        }
    }
}

extension ReferenceDataKind {
    var importFormat: any CSVImportFormat.Type {
        switch self {
        case .customers: CustomersCSV.self
        case .contacts: ContactsCSV.self
        case .invoices: InvoicesCSV.self
        case .salesGroups: SalesGroupsCSV.self
        case .agents: AgentsCSV.self
        }
    }
}

/// The keys seen so far in a file, to refuse a key given twice. Keys are compared byte for
/// byte, as the database compares them.
struct KeyRegistry {
    private var firstLines = KeyTable()

    /// Remembers `key` for `row`, or reports it when an earlier line had it already.
    mutating func register(_ key: String, column: String, row: CSVRow, shown: String? = nil) {
        if let firstLine = firstLines.insert(key, value: row.line) {
            row.report(column, "duplicate \(shown ?? "'\(key)'") (first on line \(firstLine))")
        }
    }
}

/// Loads the keys of a table, for checking references.
func fetchKeys(_ db: Database, _ sql: String) throws -> KeyTable {
    try KeyTable(keysOf: sql, in: db)
}

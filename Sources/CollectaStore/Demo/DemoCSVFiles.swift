import CollectaCore
import Foundation

/// The demo company as the files `collecta config import` and `collecta import` read:
/// `configuration.yaml`, `agents.csv`, `sales-groups.csv`, `customers.csv`, `contacts.csv` and
/// `invoices.csv`, in the formats of docs/config.md and docs/import.md.
///
/// Rows are formatted by the same functions as `collecta export` and streamed through buffered
/// `CSVOutput`s, so no file is ever held in memory. Each file is written under a temporary name
/// (`.customers.csv.partial`) and takes its real name only in ``finish()``: files of the same
/// names are replaced then, not before, and ``remove()`` after a failure leaves the directory as
/// it was (apart from the directory itself, which is created when missing).
final class DemoCSVFiles {
    /// The file names, in the order they must be imported.
    static let importOrder: [ReferenceDataKind] = [
        .agents, .salesGroups, .customers, .contacts, .invoices,
    ]
    static let configurationFile = "configuration.yaml"

    private let directory: URL
    private var agents: CSVOutput
    private var salesGroups: CSVOutput
    private var customers: CSVOutput
    private var contacts: CSVOutput
    private var invoices: CSVOutput
    private var handles: [FileHandle] = []
    private var isFinished = false

    /// Creates `directory` when missing and opens the temporary files.
    /// - Throws: `DemoLoadingError.cannotWriteFiles` when the directory cannot be written.
    convenience init(directory: URL) throws {
        do {
            try self.init(opening: directory)
        } catch {
            throw Self.failure(error, in: directory)
        }
    }

    private init(opening directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var handles: [FileHandle] = []
        func open(_ kind: ReferenceDataKind) throws -> CSVOutput {
            let url = Self.temporaryURL(of: Self.fileName(of: kind), in: directory)
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
            }
            let handle = try FileHandle(forWritingTo: url)
            handles.append(handle)
            var output = CSVOutput { try handle.write(contentsOf: $0) }
            try output.write(row: kind.importFormat.columns.map(\.name))
            return output
        }
        self.directory = directory
        agents = try open(.agents)
        salesGroups = try open(.salesGroups)
        customers = try open(.customers)
        contacts = try open(.contacts)
        invoices = try open(.invoices)
        self.handles = handles
    }

    /// Writes the configuration document and the company's own people.
    func write(
        configuration: CollectionsConfiguration, agents: [CollectionsAgent],
        salesGroups: [SalesGroup]
    ) throws {
        try guarded {
            let document = try ConfigurationDocument.encode(configuration)
            try Data(document.utf8).write(to: temporaryURL(of: Self.configurationFile))
            for agent in agents {
                try self.agents.write(row: AgentsCSV.fields(of: agent))
            }
            for group in salesGroups {
                for row in SalesGroupsCSV.rows(of: group) {
                    try self.salesGroups.write(row: row)
                }
            }
        }
    }

    /// Writes one customer with its contacts and invoices.
    func write(_ record: DemoCustomerRecord) throws {
        try guarded {
            try customers.write(row: CustomersCSV.fields(of: record.customer))
            for contact in record.contacts {
                try contacts.write(row: ContactsCSV.fields(of: contact))
            }
            for invoice in record.invoices {
                try invoices.write(row: InvoicesCSV.fields(of: invoice))
            }
        }
    }

    /// Flushes and closes every file and gives each its real name.
    func finish() throws {
        try guarded {
            try agents.flush()
            try salesGroups.flush()
            try customers.flush()
            try contacts.flush()
            try invoices.flush()
            try closeHandles()
            for name in Self.importOrder.map(Self.fileName) + [Self.configurationFile] {
                let target = directory.appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: target.path) {
                    try FileManager.default.removeItem(at: target)
                }
                try FileManager.default.moveItem(at: temporaryURL(of: name), to: target)
            }
            isFinished = true
        }
    }

    /// Removes what was written: the temporary files, or the finished ones.
    func remove() {
        try? closeHandles()
        for name in Self.importOrder.map(Self.fileName) + [Self.configurationFile] {
            let url = isFinished ? directory.appendingPathComponent(name) : temporaryURL(of: name)
            try? FileManager.default.removeItem(at: url)
        }
    }

    /// Runs `body`, reporting a failure as the demo's refusal.
    private func guarded(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            throw Self.failure(error, in: directory)
        }
    }

    /// `error` as the demo's refusal, with the system's reason.
    static func failure(_ error: Error, in directory: URL) -> DemoLoadingError {
        var reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?
            .localizedDescription ?? error.localizedDescription
        let generic = "The operation could not be completed. "
        if reason.hasPrefix(generic) { reason.removeFirst(generic.count) }
        if reason.hasSuffix(".") { reason.removeLast() }
        return .cannotWriteFiles(directory: directory.path, reason: reason)
    }

    private func closeHandles() throws {
        let open = handles
        handles = []
        for handle in open {
            try handle.close()
        }
    }

    private func temporaryURL(of name: String) -> URL {
        Self.temporaryURL(of: name, in: directory)
    }

    private static func fileName(of kind: ReferenceDataKind) -> String {
        kind.rawValue + ".csv"
    }

    private static func temporaryURL(of name: String, in directory: URL) -> URL {
        directory.appendingPathComponent("." + name + ".partial")
    }
}

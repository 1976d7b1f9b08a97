import CollectaCore
import Foundation
import GRDB

extension CollectaDatabase {
    /// Writes every value of `kind` to `handle` as CSV in the import format: the header row,
    /// then one row per value (per member for sales groups) in key order, LF line ends, a final
    /// line end. The output depends only on the data, so exporting, importing into an empty
    /// database and exporting again gives the same bytes.
    ///
    /// Rows are read and written one at a time, in one read transaction.
    public func exportCSV(_ kind: ReferenceDataKind, to handle: FileHandle) throws {
        try exportCSV(kind) { try handle.write(contentsOf: $0) }
    }

    /// The CSV export of `kind` (see `exportCSV(_:to:)`), in memory.
    public func exportCSV(_ kind: ReferenceDataKind) throws -> Data {
        var data = Data()
        try exportCSV(kind) { data.append($0) }
        return data
    }

    private func exportCSV(_ kind: ReferenceDataKind, sink: (Data) throws -> Void) throws {
        try withoutActuallyEscaping(sink) { sink in
            var output = CSVOutput(sink: sink)
            try output.write(row: kind.importFormat.columns.map(\.name))
            try writer.read { db in
                try CSVExport.writeRows(of: kind, from: db, to: &output)
            }
            try output.flush()
        }
    }
}

/// Reads each kind in key order and hands its rows to the writer.
enum CSVExport {
    static func writeRows(
        of kind: ReferenceDataKind, from db: Database, to csv: inout CSVOutput
    ) throws {
        switch kind {
        case .customers:
            try ReferenceDataReader.customers(in: db).forEach {
                try csv.write(row: CustomersCSV.fields(of: $0))
            }
        case .contacts:
            try ReferenceDataReader.contacts(in: db).forEach {
                try csv.write(row: ContactsCSV.fields(of: $0))
            }
        case .invoices:
            try ReferenceDataReader.invoices(in: db).forEach {
                try csv.write(row: InvoicesCSV.fields(of: $0))
            }
        case .salesGroups:
            try ReferenceDataReader.salesGroups(in: db).forEach { group in
                for row in SalesGroupsCSV.rows(of: group) {
                    try csv.write(row: row)
                }
            }
        case .agents:
            try ReferenceDataReader.agents(in: db).forEach {
                try csv.write(row: AgentsCSV.fields(of: $0))
            }
        }
    }
}

/// Writes rows as RFC 4180 CSV: fields separated by commas, a field quoted when it holds a
/// quote, a comma or a line break, quotes inside doubled, every row ended by LF.
///
/// Hand-rolled rather than CSV.swift's `CSVWriter`, which writes one byte per call through
/// `OutputStream` and checks each field with Foundation string searches: measured ten times
/// slower (about 30 s for a million invoice rows in a release build). The quoting rule is the
/// same as `CSVWriter`'s, and the import's `CSVByteReader` reads the output back.
///
/// Public so that every CSV Collecta writes (exports, command output) quotes the same way.
/// Bytes are buffered and handed to the sink in blocks of about 64 KiB; call `flush()` at the end.
public struct CSVOutput {
    private static let blockSize = 1 << 16
    private let sink: (Data) throws -> Void
    private var buffer: [UInt8] = []

    /// Creates a writer that passes its output, in blocks, to `sink`.
    public init(sink: @escaping (Data) throws -> Void) {
        self.sink = sink
        buffer.reserveCapacity(Self.blockSize + 4096)
    }

    /// Writes one row: the fields, quoted where needed, separated by commas and ended by LF.
    /// - Throws: what the sink throws when a full block is passed on.
    public mutating func write(row fields: [String]) throws {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            append(field)
        }
        buffer.append(UInt8(ascii: "\n"))
        if buffer.count >= Self.blockSize {
            try flush()
        }
    }

    /// Passes the buffered bytes on to the sink.
    public mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func append(_ field: String) {
        let utf8 = field.utf8
        guard utf8.contains(where: Self.needsQuotes) else {
            buffer.append(contentsOf: utf8)
            return
        }
        buffer.append(UInt8(ascii: "\""))
        for byte in utf8 {
            buffer.append(byte)
            if byte == UInt8(ascii: "\"") { buffer.append(byte) }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    private static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: ",") || byte == 0x0A || byte == 0x0D
    }
}

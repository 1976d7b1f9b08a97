import CollectaCore
import CollectaStore
import Foundation
import GRDB

/// Databases and data shared by the CSV import and export tests.
enum Fixtures {
    /// An empty database with the configuration rows imports refer to: the purposes
    /// `Collections` and `Invoice`, the letter sequence `LS1` and, when `companyCurrency` is
    /// given, the automation parameters.
    static func emptyDatabase(companyCurrency: String? = "RUB") throws -> CollectaDatabase {
        let database = try CollectaDatabase.inMemory()
        try database.writer.write { db in
            try db.execute(sql: """
                INSERT INTO contact_purpose (id, description)
                    VALUES ('Collections', 'Dunning'), ('Invoice', 'Invoices');
                INSERT INTO letter_sequence (id, description) VALUES ('LS1', 'Standard');
                """)
            if let companyCurrency {
                try db.execute(sql: """
                    INSERT INTO automation_parameters (id, company_name, company_currency,
                        posts_letters_automatically, creates_activities_for_automations,
                        history_retention_days, excludes_invoice_after_last_step,
                        late_benchmark_percent, very_late_benchmark_percent, very_late_period_days)
                    VALUES (1, 'Test', ?, 0, 0, 365, 0, 60, 50, 30)
                    """, arguments: [companyCurrency])
            }
        }
        return database
    }

    /// A database holding every kind of reference data, with awkward text on purpose: commas,
    /// quotes, line breaks, Cyrillic.
    static func populatedDatabase() throws -> CollectaDatabase {
        let database = try emptyDatabase()
        try database.writer.write { db in
            try ReferenceDataWriter.upsert(agents, in: db)
            try ReferenceDataWriter.upsert(salesGroups, in: db)
            try ReferenceDataWriter.upsert(customers, in: db)
            try ReferenceDataWriter.upsert(contacts, in: db)
            try ReferenceDataWriter.upsert(invoices, in: db)
        }
        return database
    }

    static let agents = [
        CollectionsAgent(id: "A1", name: "Анна Петрова", email: "anna@example.com", phone: "+7 495 123-45-67"),
        CollectionsAgent(id: "A2", name: "O'Brien, \"Pat\"", email: "pat@example.com"),
    ]

    static let salesGroups = [
        SalesGroup(id: "SG-EAST", name: "Восток", members: [
            SalesGroupMember(name: "Иван Иванов", email: "ivan@example.com"),
            SalesGroupMember(name: "Olga, Sales", email: "olga@example.com"),
        ]),
        SalesGroup(id: "SG-EMPTY", name: "Nobody yet"),
    ]

    static let customers = [
        Customer(
            account: "C001", name: "ООО \"Ромашка\", Москва", group: "RETAIL", currency: "RUB",
            language: "ru", country: "RU", salesGroupID: "SG-EAST", agentID: "A1",
            creditLimit: Money(minorUnits: 15_000_000), tags: ["vip", "key account"],
            letterSequenceID: "LS1"),
        Customer(
            account: "C002", name: "Acme\nTrading Ltd", currency: "EUR", language: "en-GB",
            country: "GB", agentID: "A2", isOnHold: true),
        Customer(account: "C003", name: "Plain", currency: "RUB", language: "ru"),
    ]

    static let contacts = [
        Contact(
            id: "K1", customerAccount: "C001", name: "Мария Сидорова", email: "maria@example.com",
            phone: "+7 495 000-00-00", purposeIDs: ["Invoice", "Collections"]),
        Contact(id: "K2", customerAccount: "C002", name: "Accounts \"AP\", 2nd floor"),
    ]

    static let invoices = [
        Invoice(
            id: "INV-1", customerAccount: "C001", voucher: "V-100",
            invoiceDate: date("2026-01-05"), dueDate: date("2026-02-04"),
            amount: Money(minorUnits: 1_234_550), openAmount: Money(minorUnits: 1_000_000),
            currency: "RUB"),
        Invoice(
            id: "INV-2", customerAccount: "C002", voucher: "V-101", origin: .project,
            invoiceDate: date("2026-01-10"), dueDate: date("2026-02-09"),
            amount: Money(minorUnits: 50_000), openAmount: Money(minorUnits: 50_000),
            currency: "EUR", openAmountCompany: Money(minorUnits: 4_975_000),
            status: .promisedToPay),
        Invoice(
            id: "INV-3", customerAccount: "C001", voucher: "V-102", origin: .freeText,
            invoiceDate: date("2025-12-01"), dueDate: date("2025-12-31"),
            amount: Money(minorUnits: 7_700), openAmount: .zero, currency: "RUB",
            status: .resolved, settledDate: date("2026-01-03")),
    ]

    static func date(_ text: String) -> LocalDate {
        guard let date = LocalDate(iso: text) else { preconditionFailure("bad fixture date \(text)") }
        return date
    }

    /// The kinds a kind refers to, in import order.
    static func prerequisites(of kind: ReferenceDataKind) -> [ReferenceDataKind] {
        switch kind {
        case .agents, .salesGroups: []
        case .customers: [.agents, .salesGroups]
        case .contacts, .invoices: [.agents, .salesGroups, .customers]
        }
    }
}

/// Everything an import could change, to show that a refused import changed nothing.
struct Snapshot: Equatable {
    let counts: DatabaseCounts
    let exports: [Data]

    init(_ database: CollectaDatabase) throws {
        counts = try database.counts()
        exports = try ReferenceDataKind.allCases.map { try database.exportCSV($0) }
    }
}

extension CollectaDatabase {
    /// Imports `text` as a file called `fileName`.
    @discardableResult
    func importCSV(_ kind: ReferenceDataKind, _ text: String, fileName: String? = nil) throws -> ImportSummary {
        try importCSV(kind, from: Data(text.utf8), fileName: fileName ?? "\(kind.rawValue).csv")
    }

    /// The export of `kind` as text.
    func exportedText(_ kind: ReferenceDataKind) throws -> String {
        String(decoding: try exportCSV(kind), as: UTF8.self)
    }
}

/// The issues of an import that is expected to be refused, as `file:line: column: reason` lines.
func refusal(_ body: () throws -> Void) -> [String] {
    do {
        try body()
        return ["(not refused)"]
    } catch let error as ImportError {
        return error.issues.map(\.description)
    } catch {
        return ["(other error: \(error))"]
    }
}

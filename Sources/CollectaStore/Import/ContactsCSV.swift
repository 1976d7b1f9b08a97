import CollectaCore
import GRDB

/// `contacts.csv`: one contact per row, keyed by `id`; `customer` must exist.
final class ContactsCSV: CSVImportFormat {
    static let columns: [CSVColumn] = [
        .required("id"), .required("customer"), .required("name"), .optional("email"),
        .optional("phone"), .optional("purposes"),
    ]
    static let table = "contact"

    private let upserter: ContactUpserter
    private let customerAccounts: KeyTable
    private let purposeIDs: KeyTable
    private var ids = KeyRegistry()
    private(set) var writtenCount = 0

    init(_ db: Database) throws {
        upserter = try ContactUpserter(db)
        customerAccounts = try fetchKeys(db, "SELECT account FROM customer")
        purposeIDs = try fetchKeys(db, "SELECT id FROM contact_purpose")
    }

    func importRow(_ row: CSVRow) throws {
        if let id = row.optional("id") {
            ids.register(id, column: "id", row: row)
        }
        guard let contact = contact(from: row), row.isValid else { return }
        try write(line: row.line, row.issues) { try upserter.upsert(contact) }
        writtenCount += 1
    }

    private func contact(from row: CSVRow) -> Contact? {
        let id = row.required("id")
        let customer = row.reference("customer", in: customerAccounts, "customer", required: true)
        let name = row.required("name")
        let email = row.email("email", required: false)
        let purposes = row.list("purposes")
        for purpose in purposes where !purposeIDs.contains(purpose) {
            row.report("purposes", "unknown contact purpose '\(purpose)'")
        }
        guard let id, let customer, let name else { return nil }
        return Contact(
            id: id, customerAccount: customer, name: name, email: email,
            phone: row.optional("phone"), purposeIDs: purposes)
    }

    /// The row export writes for `contact`, in `columns` order.
    static func fields(of contact: Contact) -> [String] {
        [
            contact.id, contact.customerAccount, contact.name, contact.email ?? "",
            contact.phone ?? "", contact.purposeIDs.joined(separator: ";"),
        ]
    }
}

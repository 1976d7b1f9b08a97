import CollectaCore
import GRDB

/// `customers.csv`: one customer per row, keyed by `account`.
final class CustomersCSV: CSVImportFormat {
    static let columns: [CSVColumn] = [
        .required("account"), .required("name"), .optional("group"), .required("currency"),
        .required("language"), .optional("country"), .optional("sales_group"),
        .optional("agent"), .optional("credit_limit"), .optional("on_hold"), .optional("tags"),
        .optional("letter_sequence"),
    ]
    static let table = "customer"

    private let upserter: CustomerUpserter
    private let salesGroupIDs: KeyTable
    private let agentIDs: KeyTable
    private let letterSequenceIDs: KeyTable
    private var accounts = KeyRegistry()
    private(set) var writtenCount = 0

    init(_ db: Database) throws {
        upserter = try CustomerUpserter(db)
        salesGroupIDs = try fetchKeys(db, "SELECT id FROM sales_group")
        agentIDs = try fetchKeys(db, "SELECT id FROM collections_agent")
        letterSequenceIDs = try fetchKeys(db, "SELECT id FROM letter_sequence")
    }

    func importRow(_ row: CSVRow) throws {
        if let account = row.optional("account") {
            accounts.register(account, column: "account", row: row)
        }
        guard let customer = customer(from: row), row.isValid else { return }
        try write(line: row.line, row.issues) { try upserter.upsert(customer) }
        writtenCount += 1
    }

    private func customer(from row: CSVRow) -> Customer? {
        let account = row.required("account")
        let name = row.required("name")
        let currency = row.currency("currency")
        let language = row.language("language")
        let salesGroupID = row.reference("sales_group", in: salesGroupIDs, "sales group")
        let agentID = row.reference("agent", in: agentIDs, "collections agent")
        let creditLimit = row.amount("credit_limit", required: false)
        let isOnHold = row.flag("on_hold")
        let letterSequenceID = row.reference(
            "letter_sequence", in: letterSequenceIDs, "letter sequence")
        guard let account, let name, let currency, let language else { return nil }
        return Customer(
            account: account, name: name, group: row.value("group"), currency: currency,
            language: language, country: row.value("country"), salesGroupID: salesGroupID,
            agentID: agentID, creditLimit: creditLimit ?? .zero, isOnHold: isOnHold,
            tags: row.list("tags"), letterSequenceID: letterSequenceID)
    }

    /// The row export writes for `customer`, in `columns` order.
    static func fields(of customer: Customer) -> [String] {
        [
            customer.account, customer.name, customer.group, customer.currency,
            customer.language, customer.country, customer.salesGroupID ?? "",
            customer.agentID ?? "", customer.creditLimit.decimalString,
            customer.isOnHold ? "yes" : "no", customer.tags.joined(separator: ";"),
            customer.letterSequenceID ?? "",
        ]
    }
}

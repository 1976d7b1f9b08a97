import CollectaCore
import GRDB

/// `sales-groups.csv`: one row per member, keyed by `sales_group` and `member_email`.
///
/// The rows of a group need not be adjacent; its members keep the order of their rows. A row
/// with empty member columns gives a group without adding a member (export writes one such row
/// for a group that has no members). Groups are written after the last row.
final class SalesGroupsCSV: CSVImportFormat {
    static let columns: [CSVColumn] = [
        .required("sales_group"), .required("name"), .optional("member_name"),
        .optional("member_email"),
    ]
    static let table = "sales_group"

    private let upserter: SalesGroupUpserter
    /// Groups in the order of their first row, with that row's line.
    private var groups: [(line: Int, group: SalesGroup)] = []
    private var groupIndexByID: [String: Int] = [:]
    private var members = KeyRegistry()
    var writtenCount: Int { groups.count }

    init(_ db: Database) throws {
        upserter = try SalesGroupUpserter(db)
    }

    func importRow(_ row: CSVRow) throws {
        let id = row.required("sales_group")
        let name = row.required("name")
        let member = self.member(from: row)
        if let id, let email = member?.email {
            members.register(
                id + "\u{0}" + email, column: "member_email", row: row,
                shown: "member '\(email)' of sales group '\(id)'")
        }
        guard let id, let name, row.isValid else { return }
        add(member, toGroup: id, named: name, row: row)
    }

    func finish(_ issues: IssueCollector) throws {
        for (line, group) in groups {
            try write(line: line, issues) { try upserter.upsert(group) }
        }
    }

    /// The member of the row; nil when both member columns are empty or one is missing.
    private func member(from row: CSVRow) -> SalesGroupMember? {
        let name = row.optional("member_name")
        let email = row.email("member_email", required: false)
        if name == nil, !row.value("member_email").isEmpty {
            row.report("member_name", "required when member_email is given")
        }
        if email == nil, row.value("member_email").isEmpty, name != nil {
            row.report("member_email", "required when member_name is given")
        }
        guard let name, let email else { return nil }
        return SalesGroupMember(name: name, email: email)
    }

    private func add(_ member: SalesGroupMember?, toGroup id: String, named name: String, row: CSVRow) {
        guard let index = groupIndexByID[id] else {
            groupIndexByID[id] = groups.count
            groups.append((row.line, SalesGroup(id: id, name: name, members: member.map { [$0] } ?? [])))
            return
        }
        let (firstLine, group) = groups[index]
        if group.name != name {
            row.report("name", "'\(name)' differs from '\(group.name)' on line \(firstLine) for sales group '\(id)'")
        }
        if let member {
            groups[index].group.members.append(member)
        }
    }

    /// The rows export writes for `group`: one per member, or one without a member.
    static func rows(of group: SalesGroup) -> [[String]] {
        guard !group.members.isEmpty else { return [[group.id, group.name, "", ""]] }
        return group.members.map { [group.id, group.name, $0.name, $0.email] }
    }
}

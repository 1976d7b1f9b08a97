import ArgumentParser
import CollectaCore
import CollectaStore
import Foundation

/// `collecta assignments`: every customer with its hierarchy (R1), streamed.
struct AssignmentsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assignments",
        abstract: "List customers with the hierarchy that processes them (R1) and why: pool or manual.",
        discussion: """
            Customers come in account order and are printed as they are computed, a page at a \
            time. A customer no hierarchy processes has an empty hierarchy (null in JSON).
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only the customers this hierarchy processes.", valueName: "id"))
    var hierarchy: String?

    @Option(help: ArgumentHelp("Evaluate pools on this date (YYYY-MM-DD); default today.", valueName: "date"))
    var asOf: String?

    @Option(help: ArgumentHelp("The most customers to print; default all.", valueName: "n"))
    var limit: Int?

    func validate() throws {
        _ = try parsedDate(asOf, option: "--as-of")
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open(.readOnly)
            let configuration = try store.requiredConfiguration()
            try configuration.refuseUnknownHierarchy(hierarchy)
            let filter: AssignmentFilter = hierarchy.map { .assigned(toHierarchy: $0) } ?? .all
            var writer = RecordWriter<AssignmentRow>(format: output.format)
            try store.forEachAssignmentPage(
                configuration: configuration, asOf: try parsedDate(asOf, option: "--as-of") ?? .today,
                filter: filter, limit: limit
            ) { try writer.write($0.map(AssignmentRow.init)) }
            try writer.finish()
        }
    }
}

/// One customer's assignment as printed.
struct AssignmentRow: OutputRecord {
    let customer: CustomerAssignment

    static let columns = [
        OutputColumn("account"), OutputColumn("name"), OutputColumn("hierarchy"),
        OutputColumn("source"), .hidden("assignedBy"), .hidden("assignedAt"),
    ]

    var values: [OutputValue] {
        let manual = customer.assignment?.source == .manual ? customer.manualAssignment : nil
        return [
            .text(customer.account), .text(customer.name), .text(customer.assignment?.hierarchyID),
            .text(customer.assignment?.source.rawValue), .text(manual?.assignedBy),
            .text(manual?.assignedAt),
        ]
    }
}

/// `collecta assign ACCOUNT… --hierarchy ID`: manual assignments (R1: manual wins).
struct AssignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assign",
        abstract: "Assign customers to a hierarchy by hand; this wins over pools (R1).",
        discussion: """
            Records who ($USER) and when on each assignment and logs each change (see \
            assignment-log). All or nothing: an unknown \
            hierarchy or customer is listed on standard error, nothing changes and the exit \
            status is 1.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The customer accounts.", valueName: "account"))
    var accounts: [String]

    @Option(help: ArgumentHelp("The hierarchy to assign them to.", valueName: "id"))
    var hierarchy: String

    func validate() throws {
        guard !accounts.isEmpty else { throw ValidationError("name at least one customer account") }
    }

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open()
            let changes = try refusingUnknownIDs("assign") {
                try store.assign(accounts, toHierarchy: hierarchy, by: currentUser(), at: currentTimestamp())
            }
            StandardOutput.write(lines: changes.map(\.assignedLine))
        }
    }
}

/// `collecta unassign ACCOUNT…`: back to the pools.
struct UnassignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unassign",
        abstract: "Remove customers' manual assignments: their pools decide again (R1).",
        discussion: """
            Each removal is logged with who and when (see assignment-log). All or nothing: an \
            unknown customer is listed on standard error, nothing changes and the exit status \
            is 1. A customer without a manual assignment is left as it is.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The customer accounts.", valueName: "account"))
    var accounts: [String]

    func validate() throws {
        guard !accounts.isEmpty else { throw ValidationError("name at least one customer account") }
    }

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open()
            let changes = try refusingUnknownIDs("unassign") { try store.unassign(accounts, by: currentUser(), at: currentTimestamp()) }
            StandardOutput.write(lines: changes.map(\.unassignedLine))
        }
    }
}

/// Runs `body`; a refusal lists each unknown id on its own line, then
/// `collecta: COMMAND refused (N problems); nothing changed`, and ends with status 1.
private func refusingUnknownIDs<T>(_ command: String, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let refusal as ManualAssignmentRefusal {
        refusal.problems.forEach(printError)
        let count = refusal.problems.count
        printError("collecta: \(command) refused (\(count) \(count == 1 ? "problem" : "problems")); nothing changed")
        throw ExitCode(ExitStatus.refused)
    }
}

extension ManualAssignmentChange {
    /// `C-1: assigned to H1`, `… (was H2)`, `… (already; who and when updated)`.
    var assignedLine: String {
        let target = hierarchyID ?? ""
        switch previousHierarchyID {
        case nil: return "\(customerAccount): assigned to \(target)"
        case target: return "\(customerAccount): assigned to \(target) (already; who and when updated)"
        case let previous?: return "\(customerAccount): assigned to \(target) (was \(previous))"
        }
    }

    /// `C-1: unassigned from H1`, or `C-1: had no manual assignment`.
    var unassignedLine: String {
        previousHierarchyID.map { "\(customerAccount): unassigned from \($0)" }
            ?? "\(customerAccount): had no manual assignment"
    }
}

/// The login name recorded on manual assignments: `$USER`, else `$LOGNAME`, else the account's.
func currentUser() -> String {
    let environment = ProcessInfo.processInfo.environment
    for name in ["USER", "LOGNAME"] {
        if let user = environment[name], !user.isEmpty { return user }
    }
    let name = NSUserName()
    return name.isEmpty ? "unknown" : name
}

/// Now, as an ISO 8601 timestamp in UTC (`2026-11-29T09:30:00Z`).
func currentTimestamp() -> String {
    ISO8601DateFormatter().string(from: Date())
}

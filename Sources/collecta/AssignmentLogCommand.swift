import ArgumentParser
import CollectaCore
import CollectaStore

/// `collecta assignment-log`: the logged changes of manual assignments, newest first.
struct AssignmentLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assignment-log",
        abstract: "List the logged changes of manual assignments (who moved which customer where, and when).",
        discussion: """
            Newest first, read a page at a time. `from` is empty (null in JSON) for a first \
            assignment, `to` for a removal. Written by `assign`, `unassign` and the Manual \
            assignment screen.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only the changes of this customer.", valueName: "account"))
    var customer: String?

    @Option(help: ArgumentHelp("Only the changes from or to this hierarchy.", valueName: "id"))
    var hierarchy: String?

    @Option(help: ArgumentHelp("The most changes to print; default all.", valueName: "n"))
    var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open(.readOnly)
            var writer = RecordWriter<AssignmentChangeRow>(format: output.format)
            var remaining = limit ?? Int.max
            var after: Int64?
            while remaining > 0 {
                let page = try store.assignmentChanges(
                    customer: customer, hierarchy: hierarchy, after: after, limit: min(500, remaining))
                if page.isEmpty { break }
                try writer.write(page.map(AssignmentChangeRow.init))
                remaining -= page.count
                after = page.last?.id
            }
            try writer.finish()
        }
    }
}

/// One logged change as printed.
struct AssignmentChangeRow: OutputRecord {
    let change: AssignmentChangeRecord

    static let columns = [
        OutputColumn("changedAt"), OutputColumn("customer"), OutputColumn("from"), OutputColumn("to"),
        OutputColumn("changedBy"),
    ]

    var values: [OutputValue] {
        [
            .text(change.changedAt), .text(change.customerAccount), .text(change.fromHierarchyID),
            .text(change.toHierarchyID), .text(change.changedBy),
        ]
    }
}

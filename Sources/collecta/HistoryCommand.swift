import ArgumentParser
import CollectaCore
import CollectaStore

/// `collecta history`: what the automation did, newest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List collections process history (every action and failure of the runs).",
        discussion: """
            Rows come newest first (run date, then the order they were written). Filters are \
            combined. An unknown hierarchy or customer ends with status 1.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var limit: LimitOptions

    @Option(help: ArgumentHelp("Only this hierarchy's rows.", valueName: "id"))
    var hierarchy: String?

    @Option(help: ArgumentHelp("Only this customer's rows.", valueName: "account"))
    var customer: String?

    @Option(help: ArgumentHelp("The first run date (YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("The last run date (YYYY-MM-DD).", valueName: "date"))
    var to: String?

    @Option(help: "Only executed or only failed actions.")
    var status: ActionStatus?

    @Option(help: "Only this kind of action.")
    var action: ActionKind?

    func validate() throws {
        let first = try parsedDate(from, option: "--from")
        let last = try parsedDate(to, option: "--to")
        if let first, let last, last < first {
            throw ValidationError("--to (\(last)) is before --from (\(first))")
        }
    }

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open(.readOnly)
            try refuseUnknownFilters(in: store)
            let filter = HistoryFilter(
                hierarchyID: hierarchy, customerAccount: customer,
                from: try parsedDate(from, option: "--from"), to: try parsedDate(to, option: "--to"),
                status: status, action: action)
            var writer = RecordWriter<HistoryRow>(format: output.format)
            try forEachPage(
                limit: limit.limit, fetch: { try store.history(matching: filter, after: $0, limit: $1) },
                position: \.position
            ) { try writer.write($0.map(HistoryRow.init)) }
            try writer.finish()
        }
    }

    /// A hierarchy is known when it is configured or still has history (it may have been
    /// removed from the configuration since).
    private func refuseUnknownFilters(in store: CollectaDatabase) throws {
        try store.refuseUnknownCustomer(customer)
        guard let hierarchy else { return }
        let hasHistory = !(try store.history(matching: HistoryFilter(hierarchyID: hierarchy), limit: 1)).isEmpty
        guard !hasHistory else { return }
        try store.requiredConfiguration().refuseUnknownHierarchy(hierarchy)
    }
}

/// One history row as printed.
struct HistoryRow: OutputRecord {
    let entry: HistoryEntry

    static let columns = [
        OutputColumn.hidden("id"), .hidden("runId"), OutputColumn("date"), OutputColumn("hierarchy"),
        OutputColumn("customer"), OutputColumn("invoice"), OutputColumn("voucher"),
        OutputColumn("dueDate"), OutputColumn("daysFromDue", alignment: .trailing),
        OutputColumn("step", alignment: .trailing), OutputColumn("action"), OutputColumn("document"),
        OutputColumn("preDunning", title: "pre-dunning"), OutputColumn("recipients"),
        OutputColumn("language"), OutputColumn("status"), OutputColumn("message"),
        .hidden("createdRecord"), OutputColumn("delivery"),
    ]

    var values: [OutputValue] {
        [
            .integer(entry.id.map(Int.init)), .integer(Int(entry.runID)), .date(entry.runDate),
            .text(entry.hierarchyID), .text(entry.customerAccount), .text(entry.invoiceID),
            .text(entry.voucher), .date(entry.dueDate), .integer(entry.daysFromDue),
            .integer(entry.stepLine), .text(entry.action.externalName), .text(entry.documentID),
            .boolean(entry.isPreDunning), .list(entry.recipients), .text(entry.language),
            .text(entry.status.rawValue), .text(entry.message), .text(entry.createdRecord),
            .text(entry.delivery?.statusName),
        ]
    }
}

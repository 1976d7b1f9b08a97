import ArgumentParser
import CollectaApp
import CollectaCore
import CollectaStore

/// `collecta preview`: which hierarchy gets which customer, and why (R1).
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Explain assignments: a customer's candidate hierarchies, or a hierarchy's customers.",
        subcommands: [PreviewCustomerCommand.self, PreviewProcessCommand.self])
}

/// `collecta preview customer ACCOUNT`: every hierarchy with a claim on the customer.
struct PreviewCustomerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer",
        abstract: "Show every hierarchy whose pool matches a customer (and its manual one), and which wins.")

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The customer account.", valueName: "account"))
    var account: String

    @Option(help: ArgumentHelp("Evaluate pools on this date (YYYY-MM-DD); default today.", valueName: "date"))
    var asOf: String?

    func validate() throws {
        _ = try parsedDate(asOf, option: "--as-of")
    }

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open(.readOnly)
            let configuration = try store.requiredConfiguration()
            let date = try parsedDate(asOf, option: "--as-of") ?? .today
            guard let customer = try store.assignment(
                ofCustomer: account, configuration: configuration, asOf: date)
            else { throw refuse("unknown customer '\(account)'") }
            let prediction = try store.customerPredictions(
                ofCustomers: [customer.account], against: configuration.parameters.predictions).first
            let preview = CustomerPreview(
                customer: customer, asOf: date, prediction: prediction,
                explanation: AssignmentExplanation(configuration: configuration))
            try preview.write(as: output.format)
        }
    }
}

/// `collecta preview process ID`: the customers a hierarchy gets, and those it loses.
struct PreviewProcessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "process",
        abstract: "List the customers a hierarchy would get, and those its pool matches that go elsewhere.",
        discussion: """
            Every customer the hierarchy's pool matches or that is assigned to it by hand, in \
            account order, printed as they are computed: outcome 'gets' or 'elsewhere', the \
            hierarchy that gets it (none when no hierarchy does), the source and the reason.
            """)

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The hierarchy.", valueName: "id"))
    var hierarchy: String

    @Option(help: ArgumentHelp("Evaluate pools on this date (YYYY-MM-DD); default today.", valueName: "date"))
    var asOf: String?

    func validate() throws {
        _ = try parsedDate(asOf, option: "--as-of")
    }

    func run() throws {
        try reportingFailures(databasePath: database.resolvedPath) {
            let store = try database.open(.readOnly)
            let configuration = try store.requiredConfiguration()
            try configuration.refuseUnknownHierarchy(hierarchy)
            let explanation = AssignmentExplanation(configuration: configuration)
            var writer = RecordWriter<ProcessPreviewRow>(format: output.format)
            try store.forEachAssignmentPage(
                configuration: configuration, asOf: try parsedDate(asOf, option: "--as-of") ?? .today,
                filter: .claimed(byHierarchy: hierarchy)
            ) { page in
                let predictions = try store.customerPredictions(
                    ofCustomers: page.map(\.account), against: configuration.parameters.predictions)
                let byAccount = Dictionary(predictions.map { ($0.account, $0) }) { first, _ in first }
                try writer.write(page.map {
                    ProcessPreviewRow(customer: $0, hierarchyID: hierarchy, prediction: byAccount[$0.account],
                                      explanation: explanation)
                })
            }
            try writer.finish()
        }
    }
}

/// The output of `preview customer`: a JSON object, a short text and a table, or CSV rows.
struct CustomerPreview {
    let customer: CustomerAssignment
    let asOf: LocalDate
    /// The prediction of the customer's riskiest open invoice (R16).
    let prediction: CustomerPrediction?
    let explanation: AssignmentExplanation

    private var rows: [CandidateRow] {
        customer.candidates.map { CandidateRow(candidate: $0, customer: customer, explanation: explanation) }
    }

    func write(as format: OutputFormat) throws {
        switch format {
        case .json: try StandardOutput.writeJSON(object)
        case .csv, .table:
            if format == .table { StandardOutput.write(lines: heading) }
            var writer = RecordWriter<CandidateRow>(format: format)
            try writer.write(rows)
            try writer.finish()
        }
    }

    /// `Customer:`, `As of:` and `Winner:` lines, the prediction and its factors when the
    /// customer has one, then a blank line.
    private var heading: [String] {
        let winner = customer.assignment.map { "\($0.hierarchyID) (\($0.source.rawValue))" } ?? "none"
        return [
            "Customer: \(customer.account) \(customer.name)", "As of:    \(asOf)",
            "Winner:   \(winner): \(explanation.reason(for: customer))",
        ] + (prediction.map(PredictionWords().lines) ?? []) + [""]
    }

    private var object: OutputObject {
        let manual = customer.manualAssignment.map { manual in
            OutputObject([
                ("hierarchy", .text(manual.hierarchyID)), ("assignedBy", .text(manual.assignedBy)),
                ("assignedAt", .text(manual.assignedAt)),
            ])
        }
        return OutputObject([
            ("account", .text(customer.account)), ("name", .text(customer.name)),
            ("as_of", .date(asOf)), ("hierarchy", .text(customer.assignment?.hierarchyID)),
            ("source", .text(customer.assignment?.source.rawValue)),
            ("reason", .text(explanation.reason(for: customer))), ("manual_assignment", .object(manual)),
            ("candidates", .objects(rows.map(\.object))),
            ("prediction", .object(prediction.map(PredictionOutput.object))),
        ])
    }
}

/// One hierarchy's claim on a customer, as `preview customer` prints it.
struct CandidateRow: OutputRecord {
    let candidate: AssignmentCandidate
    let customer: CustomerAssignment
    let explanation: AssignmentExplanation

    static let columns = [
        OutputColumn("hierarchy"), .hidden("description"), OutputColumn("rank", alignment: .trailing),
        .hidden("active"), OutputColumn("source"), OutputColumn("outcome"), OutputColumn("reason"),
    ]

    var values: [OutputValue] {
        [
            .text(candidate.hierarchyID), .text(explanation.description(of: candidate.hierarchyID)),
            .integer(candidate.rank), .boolean(explanation.isActive(candidate.hierarchyID)),
            .text(candidate.source.rawValue), .text(candidate.outcome.externalName),
            .text(explanation.reason(for: candidate, of: customer)),
        ]
    }
}

/// One customer as `preview process` prints it: whether the hierarchy gets it, and why.
struct ProcessPreviewRow: OutputRecord {
    let customer: CustomerAssignment
    let hierarchyID: String
    /// The prediction of the customer's riskiest open invoice (R16).
    let prediction: CustomerPrediction?
    let explanation: AssignmentExplanation

    static let columns = [
        OutputColumn("account"), OutputColumn("name"), OutputColumn("outcome"),
        OutputColumn("hierarchy"), OutputColumn("source"), OutputColumn("reason"),
    ] + PredictionOutput.columns

    var values: [OutputValue] {
        let gets = customer.assignment?.hierarchyID == hierarchyID
        return [
            .text(customer.account), .text(customer.name), .text(gets ? "gets" : "elsewhere"),
            .text(customer.assignment?.hierarchyID), .text(customer.assignment?.source.rawValue),
            .text(reason(gets: gets)),
        ] + PredictionOutput.values(prediction)
    }

    /// The winner's reason when the hierarchy gets the customer, else this hierarchy's.
    private func reason(gets: Bool) -> String {
        guard !gets, let own = customer.candidates.first(where: { $0.hierarchyID == hierarchyID }) else {
            return explanation.reason(for: customer)
        }
        return explanation.reason(for: own, of: customer)
    }
}

import CollectaCore
import CollectaStore
import TerminalUI

/// Preview customer assignment: a customer lookup (paged, filtered by account or name, F3) and,
/// for the customer at the cursor, every hierarchy with a claim on it — its manual one and each
/// whose pool matches — with rank, source, outcome and the reason in words, and the winner; under
/// them, the payment prediction of its riskiest open invoice (R16) with its factors in words.
public struct CustomerAssignmentScreen: AppScreen, CommandProviding {
    private let context: AppContext
    private let configuration: CollectionsConfiguration
    private let reasons: AssignmentReasons
    private(set) var lookup: Grid<CustomerLookupSource>
    /// The customer the candidates are of, and its assignment.
    private(set) var customer: CustomerAssignment?
    /// Why the customer's assignment cannot be read (a malformed pool criterion…).
    private(set) var failure: String?
    /// The prediction of the customer's riskiest open invoice; nil when it has none.
    private(set) var prediction: CustomerPrediction?

    /// The screen with the lookup's cursor on `account` when given.
    public init(context: AppContext, account: String? = nil) {
        self.context = context
        configuration = context.configurationOrEmpty()
        reasons = AssignmentReasons(configuration: configuration, language: context.language)
        let columns = [
            GridColumn(id: "account", title: context.text(AssignmentsTexts.accountColumn), width: .fixed(12)),
            GridColumn(id: "name", title: context.text(AssignmentsTexts.nameColumn), width: .flexible(minimum: 20)),
        ]
        lookup = Grid(columns: columns, source: CustomerLookupSource(database: context.database),
                      strings: context.gridStrings, allowsMarking: false)
        if let account, let position = try? context.database.customerPosition(of: account) {
            lookup.moveCursor(to: position)
        }
        refresh()
    }

    public var title: String { context.text(AssignmentsTexts.customerPreviewTitle) }
    public var keymaps: [Keymap] { [lookup.keymap] }
    public var acceptsTypedText: Bool { lookup.acceptsTypedText }
    public var commands: [Command] { GridCommand.table }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        defer { refresh() }
        return lookup.perform(command)
    }

    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        defer { refresh() }
        return lookup.handleUnbound(key)
    }

    /// Reads the assignment of the customer at the cursor when it changed.
    mutating func refresh() {
        let account = lookup.cursorRow()?.id
        guard account != customer?.account || failure != nil else { return }
        do {
            failure = nil
            customer = try account.flatMap {
                try context.database.assignment(ofCustomer: $0, configuration: configuration, asOf: context.today)
            }
            prediction = try account.flatMap {
                try context.database.customerPredictions(
                    ofCustomers: [$0], against: configuration.parameters.predictions).first
            }
        } catch {
            customer = nil
            prediction = nil
            failure = context.text(AssignmentsTexts.cannotRead) + String(describing: error)
        }
    }

    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let lookupHeight = max(5, area.height / 2)
        let top = Rect(x: area.x, y: area.y, width: area.width, height: lookupHeight)
        let bottom = Rect(x: area.x, y: area.y + lookupHeight, width: area.width, height: area.height - lookupHeight)
        let inside = buffer.drawPane(top, title: title, theme: theme, isFocused: true)
        var lookup = self.lookup
        lookup.resize(to: inside.size)
        lookup.render(into: &buffer, in: inside, theme: theme, isFocused: true)
        let paneTitle = customer.map { "\($0.account) \($0.name)" } ?? context.text(AssignmentsTexts.noCustomer)
        let lower = buffer.drawPane(bottom, title: paneTitle, theme: theme)
        buffer.write(winnerLine, at: Point(x: lower.x, y: lower.y), style: theme.style(.header), clip: lower.row(0))
        // The prediction takes the pane's last lines, leaving the candidates four at least.
        let prediction = Array(predictionLines.prefix(max(0, lower.height - 5)))
        let gridArea = Rect(x: lower.x, y: lower.y + 1, width: lower.width,
                            height: max(0, lower.height - 1 - prediction.count))
        var candidates = candidateGrid
        candidates.resize(to: gridArea.size)
        candidates.render(into: &buffer, in: gridArea, theme: theme, isFocused: false)
        for (offset, line) in prediction.enumerated() {
            let row = gridArea.maxY + offset - lower.y
            buffer.write(line, at: Point(x: lower.x, y: gridArea.maxY + offset),
                         style: theme.style(offset == 0 ? .header : .normal), clip: lower.row(row))
        }
    }

    /// "Prediction: Very late 72% — INV-1: on time 10%, late 18%, very late 72%", then the
    /// factors in words; none without a prediction.
    var predictionLines: [String] {
        prediction.map { PredictionWords(language: context.language).lines($0) } ?? []
    }

    public func cursorPosition(in area: Rect) -> Point? {
        let lookupHeight = max(5, area.height / 2)
        return lookup.cursorPosition(in: Rect(x: area.x, y: area.y, width: area.width, height: lookupHeight).inset(by: 1))
    }

    /// "Goes to: STANDARD — rank 1 beats rank 2".
    var winnerLine: String {
        guard let customer else { return failure ?? "" }
        let winner = customer.assignment?.hierarchyID ?? context.text(AssignmentsTexts.none)
        return "\(context.text(AssignmentsTexts.winnerColumn)): \(winner) — \(reasons.reason(for: customer))"
    }

    /// The candidates of the customer: hierarchy, rank, source, outcome, reason.
    var candidateGrid: Grid<ArrayGridSource> {
        let text = { (label: LocalizedText) in context.text(label) }
        let columns = [
            GridColumn(id: "hierarchy", title: text(AssignmentsTexts.hierarchyColumn), width: .flexible(minimum: 10)),
            GridColumn(id: "rank", title: text(AssignmentsTexts.rankColumn), width: .fixed(5), alignment: .trailing),
            GridColumn(id: "source", title: text(AssignmentsTexts.sourceColumn), width: .fixed(8)),
            GridColumn(id: "outcome", title: text(AssignmentsTexts.outcomeColumn), width: .fixed(18)),
            GridColumn(id: "reason", title: text(AssignmentsTexts.reasonColumn), width: .flexible(minimum: 20, share: 3)),
        ]
        let rows = (customer?.candidates ?? []).map { candidate in
            GridRow(id: candidate.hierarchyID, cells: [
                candidate.hierarchyID, String(candidate.rank),
                text(candidate.source == .manual ? AssignmentsTexts.manual : AssignmentsTexts.pool),
                reasons.outcome(candidate.outcome),
                customer.map { reasons.reason(for: candidate, of: $0) } ?? "",
            ])
        }
        return Grid(columns: columns, source: ArrayGridSource(columnIDs: columns.map(\.id), rows: rows),
                    strings: context.gridStrings, allowsMarking: false)
    }
}

/// Customers by account, filtered by account or name: a COUNT and one LIMIT/OFFSET query per
/// visible page; the last page is kept so that the cursor row costs nothing.
struct CustomerLookupSource: GridDataSource {
    let database: CollectaDatabase
    let log = QueryLog()

    func rowCount(matching query: GridQuery) -> Int {
        log.counts += 1
        return log.reading(0) { try database.countCustomers(containing: query.filter) }
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        guard !range.isEmpty else { return [] }
        if let cached = log.cached, cached.query == query, cached.range.lowerBound <= range.lowerBound,
           range.upperBound <= cached.range.upperBound {
            return Array(cached.rows.dropFirst(range.lowerBound - cached.range.lowerBound).prefix(range.count))
        }
        log.pages += 1
        let rows = log.reading([]) {
            try database.customers(containing: query.filter, offset: range.lowerBound, limit: range.count)
        }.map { GridRow(id: $0.account, cells: [$0.account, $0.name]) }
        if range.count > 1 || log.cached?.query != query {
            log.cached = (query, range.lowerBound..<(range.lowerBound + rows.count), rows)
        }
        return rows
    }
}

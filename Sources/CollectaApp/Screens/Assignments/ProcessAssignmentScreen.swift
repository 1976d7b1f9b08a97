import CollectaCore
import CollectaStore
import TerminalUI

/// Collections process assignment: the customers a process hierarchy processes (R1), chosen
/// with ←/→ among "All" and the hierarchies in rank order, in a paged grid with their source,
/// balances, leading invoice, next step and last action, or their payment prediction (F9 switches
/// the columns). Enter previews the assignment of the customer at the cursor; F5 previews the
/// process assignment of the chosen hierarchy.
public struct ProcessAssignmentScreen: AppScreen, CommandProviding {
    static let previousCommand: CommandID = "assignments.previousHierarchy"
    static let nextCommand: CommandID = "assignments.nextHierarchy"
    static let customerCommand: CommandID = "assignments.previewCustomer"
    static let processCommand: CommandID = "assignments.previewProcess"
    static let columnsCommand: CommandID = "assignments.columns"

    private let context: AppContext
    private let configuration: CollectionsConfiguration
    /// The hierarchies in rank order; the choice is an index into `[nil] + these`.
    private let hierarchies: [ProcessHierarchy]
    private(set) var choice: Int
    /// Which columns the grid shows: the balances (source, open, overdue, invoice, due date), the
    /// steps (due date, next step, last action) or the predictions (R16).
    private(set) var columnSet = AssignmentColumnSet.balances
    var list: Grid<ProcessAssignmentSource>

    /// The screen on `hierarchyID` (nil: every hierarchy).
    public init(context: AppContext, hierarchyID: String? = nil) {
        self.context = context
        configuration = context.configurationOrEmpty()
        let sorted = configuration.hierarchies.sorted { $0.rank < $1.rank }
        let index = hierarchyID.flatMap { id in sorted.firstIndex { $0.id == id } }
        hierarchies = sorted
        choice = index.map { $0 + 1 } ?? 0
        list = Self.makeList(context: context, configuration: configuration,
                             hierarchyID: index.map { sorted[$0].id })
    }

    /// The chosen hierarchy; nil for "All".
    var hierarchy: ProcessHierarchy? { choice == 0 ? nil : hierarchies[choice - 1] }

    public var title: String { context.text(AssignmentsTexts.title) }

    public var keymaps: [Keymap] {
        [list.keymap, Keymap(title, [
            .init(.left, Self.previousCommand),
            .init(.right, Self.nextCommand, showsInHelpBar: true),
            .init(.enter, Self.customerCommand, showsInHelpBar: true),
            .init(.function(5), Self.processCommand, showsInHelpBar: true),
            .init(.function(9), Self.columnsCommand, showsInHelpBar: true),
        ])]
    }

    public var acceptsTypedText: Bool { list.acceptsTypedText }

    public var commands: [Command] {
        let group = context.text(AssignmentsTexts.group)
        return [
            Command(Self.previousCommand, title: context.text(AssignmentsTexts.previousHierarchy), group: group,
                    help: context.text(AssignmentsTexts.previousHierarchyHelp)),
            Command(Self.nextCommand, title: context.text(AssignmentsTexts.nextHierarchy), group: group,
                    help: context.text(AssignmentsTexts.nextHierarchyHelp)),
            Command(Self.customerCommand, title: context.text(AssignmentsTexts.previewCustomer), group: group,
                    help: context.text(AssignmentsTexts.previewCustomerHelp)),
            Command(Self.processCommand, title: context.text(AssignmentsTexts.previewProcess), group: group,
                    help: context.text(AssignmentsTexts.previewProcessHelp)),
            Command(Self.columnsCommand, title: context.text(AssignmentsTexts.columnSetName(columnSet.next)),
                    group: group, help: context.text(AssignmentsTexts.columnsHelp)),
        ] + GridCommand.table
    }

    public func availability(of command: CommandID) -> CommandAvailability {
        switch command {
        case Self.previousCommand, Self.nextCommand:
            hierarchies.isEmpty ? .disabled(reason: context.text(AssignmentsTexts.noHierarchy)) : .enabled
        case Self.customerCommand:
            list.cursorRow() == nil ? .disabled(reason: context.text(AssignmentsTexts.noCustomer)) : .enabled
        case Self.processCommand:
            hierarchy == nil ? .disabled(reason: context.text(AssignmentsTexts.needsHierarchy)) : .enabled
        default: .enabled
        }
    }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case Self.previousCommand: choose((choice + hierarchies.count) % (hierarchies.count + 1))
        case Self.nextCommand: choose((choice + 1) % (hierarchies.count + 1))
        case Self.columnsCommand:
            columnSet = columnSet.next
            rebuildList()
        case Self.customerCommand:
            guard let row = list.cursorRow() else { return .ignored }
            context.request(.push(CustomerAssignmentScreen(context: context, account: row.id)))
        case Self.processCommand:
            guard let hierarchy else { return .ignored }
            context.request(.push(ProcessPreviewScreen(context: context, hierarchyID: hierarchy.id)))
        default:
            return list.perform(command)
        }
        return .handled
    }

    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        list.handleUnbound(key)
    }

    /// Shows the customers of choice `index` (0: all), keeping the filter and the sort.
    mutating func choose(_ index: Int) {
        guard index != choice else { return }
        choice = index
        rebuildList()
    }

    /// A new grid for the choice and the column set, keeping the filter and the sort.
    private mutating func rebuildList() {
        let query = list.query
        var list = Self.makeList(context: context, configuration: configuration, hierarchyID: hierarchy?.id,
                                 columnSet: columnSet, memory: list.source.memory)
        list.setFilter(query.filter)
        if let sort = query.sort, list.columns.contains(where: { $0.id == sort.columnID }) { list.setSort(sort) }
        self.list = list
    }

    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        buffer.write(header, at: Point(x: inside.x, y: inside.y), style: theme.style(.header), clip: inside.row(0))
        let gridArea = Rect(x: inside.x, y: inside.y + 1, width: inside.width, height: max(0, inside.height - 2))
        var list = self.list
        list.resize(to: gridArea.size)
        list.render(into: &buffer, in: gridArea, theme: theme, isFocused: true)
        let failure = list.source.log.failure.map { context.text(AssignmentsTexts.cannotRead) + $0 }
        buffer.write(failure ?? details, at: Point(x: inside.x, y: inside.maxY - 1),
                     style: theme.style(failure == nil ? .muted : .error), clip: inside.row(inside.height - 1))
    }

    public func cursorPosition(in area: Rect) -> Point? {
        let inside = area.inset(by: 1)
        return list.cursorPosition(in: Rect(x: inside.x, y: inside.y + 1, width: inside.width,
                                            height: max(0, inside.height - 2)))
    }

    /// "Process hierarchy: ◄ STANDARD (1) ►   Customers: 12".
    var header: String {
        let name = hierarchy.map { "\($0.id) (\(context.text(AssignmentsTexts.rankColumn)) \($0.rank))" }
            ?? context.text(AssignmentsTexts.allHierarchies)
        return "\(context.text(AssignmentsTexts.hierarchyLabel)): ◄ \(name) ►   "
            + "\(context.text(AssignmentsTexts.customersCount)): \(list.rowCount)"
    }

    /// The last action and the next step of the customer at the cursor, in full; with the
    /// prediction columns, the factors of its prediction.
    var details: String {
        guard let row = list.cursorRow(), let customer = list.source.log.details[row.id] else { return "" }
        if columnSet == .predictions {
            guard let prediction = list.source.log.predictions[row.id]?.prediction else { return "" }
            let factors = PredictionWords(language: context.language).factors(prediction)
            let words = factors.isEmpty ? context.text(AssignmentsTexts.none) : factors.joined(separator: "; ")
            return "\(prediction.invoiceID): \(words)"
        }
        let none = context.text(AssignmentsTexts.none)
        let last = customer.lastAction.map {
            "\(context.text(AssignmentsTexts.action($0))) \(customer.lastActionDate?.isoString ?? "")"
        } ?? none
        let next = list.source.nextStep(customer).map { "\($0.step.line) \($0.step.description) \($0.dueOn.isoString)" }
            ?? none
        return context.text(AssignmentsTexts.details(lastAction: last, nextStep: next))
    }

    /// The grid of one hierarchy (nil: all) and column set; `memory` is what the screen's
    /// previous list read (the customers R1 assigns), so that switching reads nothing again.
    static func makeList(
        context: AppContext, configuration: CollectionsConfiguration, hierarchyID: String?,
        columnSet: AssignmentColumnSet = .balances, memory: ProcessAssignmentMemory = ProcessAssignmentMemory()
    ) -> Grid<ProcessAssignmentSource> {
        let text = { (label: LocalizedText) in context.text(label) }
        var columns = [
            GridColumn(id: "account", title: text(AssignmentsTexts.accountColumn), width: .fixed(9)),
            GridColumn(id: "name", title: text(AssignmentsTexts.nameColumn), width: .flexible(minimum: 10, share: 3)),
        ]
        if hierarchyID == nil {
            columns.append(GridColumn(id: "hierarchy", title: text(AssignmentsTexts.hierarchyColumn),
                                      width: .fixed(9)))
        }
        switch columnSet {
        case .predictions: columns += predictionColumns(text)
        case .steps:
            columns += [
                GridColumn(id: "due", title: text(AssignmentsTexts.dueColumn), width: .fixed(10), isSortable: false),
                GridColumn(id: "nextStep", title: text(AssignmentsTexts.nextStepColumn),
                           width: .flexible(minimum: 14, share: 2), isSortable: false),
                GridColumn(id: "nextDate", title: text(AssignmentsTexts.nextDateColumn), width: .fixed(10),
                           isSortable: false),
                GridColumn(id: "lastAction", title: text(AssignmentsTexts.lastActionColumn),
                           width: .fixed(11), isSortable: false),
                GridColumn(id: "lastDate", title: text(AssignmentsTexts.lastDateColumn), width: .fixed(11),
                           isSortable: false),
            ]
        case .balances:
            columns += [
                GridColumn(id: "source", title: text(AssignmentsTexts.sourceColumn), width: .fixed(7)),
                GridColumn(id: "open", title: text(AssignmentsTexts.openColumn), width: .fixed(10),
                           alignment: .trailing),
                GridColumn(id: "overdue", title: text(AssignmentsTexts.overdueColumn), width: .fixed(10),
                           alignment: .trailing),
                GridColumn(id: "invoice", title: text(AssignmentsTexts.invoiceColumn), width: .fixed(15),
                           isSortable: false),
                GridColumn(id: "due", title: text(AssignmentsTexts.dueColumn), width: .fixed(10), isSortable: false),
            ]
        }
        let source = ProcessAssignmentSource(
            database: context.database, configuration: configuration, asOf: context.today,
            hierarchyID: hierarchyID, language: context.language, columnSet: columnSet, memory: memory)
        return Grid(columns: columns, source: source, strings: context.gridStrings, allowsMarking: false)
    }

    /// The prediction, its invoice and its three probabilities (computed for the page, not sortable).
    private static func predictionColumns(_ text: (LocalizedText) -> String) -> [GridColumn] {
        func percent(_ id: String, _ title: LocalizedText, _ width: Int) -> GridColumn {
            GridColumn(id: id, title: text(title), width: .fixed(width), alignment: .trailing, isSortable: false)
        }
        return [
            GridColumn(id: "prediction", title: text(AssignmentsTexts.predictionColumn), width: .fixed(15),
                       isSortable: false),
            GridColumn(id: "predictedInvoice", title: text(AssignmentsTexts.invoiceColumn), width: .fixed(15),
                       isSortable: false),
            percent("onTime", PredictionWords.onTime, 7), percent("late", PredictionWords.late, 6),
            percent("veryLate", PredictionWords.veryLate, 10),
        ]
    }
}

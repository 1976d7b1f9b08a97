import CollectaCore
import CollectaStore
import Foundation
import TerminalUI

/// "Simulation": what a run would do on a date (R19), with no side effects. Two tabs: the
/// actions a run would create, and every customer considered with the engine's reason. Under
/// the grid, the explanation of the row at the cursor, with the payment prediction behind a
/// prediction activity or of a customer whose hierarchy uses predictions (R16).
/// F5 date, F9 hierarchy, Tab next tab, F2 export the actions to CSV; the grids filter (F3).
struct SimulationScreen: AppScreen, CommandProviding {
    private let context: AppContext
    private(set) var date: LocalDate
    private(set) var hierarchyID: String?
    private(set) var result: SimulationResult
    private(set) var error: String?
    private(set) var tabs: Tabs
    private var actionGrid: Grid<SimulatedActionSource>
    private var customerGrid: Grid<SimulatedCustomerSource>
    private var pendingPath: String?
    /// The simulation being computed, one page per tick; nil once done.
    private var session: SimulationSession?
    /// The customers in the database, for the progress shown while computing.
    private var customersTotal = 0
    /// The prediction lines of the row at the cursor.
    private let predictions: SimulationPredictions

    /// Customers simulated per tick.
    static let pageSize = 1000

    init(context: AppContext) {
        self.context = context
        date = context.today
        result = SimulationResult(date: context.today)
        predictions = SimulationPredictions(
            database: context.database, configuration: context.configurationOrEmpty(), language: context.language)
        tabs = Tabs([context.text(SimulationTexts.actionsTab), context.text(SimulationTexts.customersTab)])
        actionGrid = Grid(
            columns: Self.actionColumns(context), source: SimulatedActionSource(result: result, language: context.language),
            strings: context.gridStrings, allowsMarking: false)
        customerGrid = Grid(
            columns: Self.customerColumns(context),
            source: SimulatedCustomerSource(result: result, language: context.language),
            strings: context.gridStrings, allowsMarking: false)
        recompute()
    }

    var title: String { context.text(SimulationTexts.title) }

    var keymaps: [Keymap] {
        let own = Keymap(title, [
            .init(.function(5), SimulationCommand.changeDate, showsInHelpBar: true),
            .init(.function(9), SimulationCommand.nextHierarchy, showsInHelpBar: true),
            .init(.tab, SimulationCommand.nextTab, showsInHelpBar: true),
            .init(.backTab, SimulationCommand.nextTab),
            .init(.function(2), SimulationCommand.export, showsInHelpBar: true),
        ])
        return [tabs.selectedIndex == 0 ? actionGrid.keymap : customerGrid.keymap, own]
    }

    var commands: [Command] {
        [
            SimulationCommand.command(SimulationCommand.changeDate, SimulationTexts.changeDate, SimulationTexts.changeDateHelp, context),
            SimulationCommand.command(
                SimulationCommand.nextHierarchy, SimulationTexts.nextHierarchy, SimulationTexts.nextHierarchyHelp, context),
            SimulationCommand.command(SimulationCommand.nextTab, SimulationTexts.nextTab, SimulationTexts.nextTabHelp, context),
            SimulationCommand.command(SimulationCommand.export, SimulationTexts.export, SimulationTexts.exportHelp, context),
        ] + GridCommand.table
    }

    var acceptsTypedText: Bool {
        tabs.selectedIndex == 0 ? actionGrid.acceptsTypedText : customerGrid.acceptsTypedText
    }

    func availability(of command: CommandID) -> CommandAvailability {
        if command == SimulationCommand.export && isComputing {
            return .disabled(reason: context.text(SimulationTexts.stillComputing))
        }
        if command == SimulationCommand.export && result.actions.isEmpty {
            return .disabled(reason: context.text(SimulationTexts.noActions))
        }
        return .enabled
    }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case SimulationCommand.changeDate: SimulationCommand.promptForDate(date, context: context)
        case SimulationCommand.nextHierarchy:
            hierarchyID = SimulationCommand.next(after: hierarchyID, in: SimulationCommand.activeHierarchies(context))
            recompute()
        case SimulationCommand.nextTab: _ = tabs.perform(Tabs.nextCommand)
        case SimulationCommand.export:
            let name = "simulation-\(date.isoString).csv"
            SimulationCommand.promptForPath(
                (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(name),
                tag: SimulationCommand.exportTag, context: context)
        default:
            return tabs.selectedIndex == 0 ? actionGrid.perform(command) : customerGrid.perform(command)
        }
        return .handled
    }

    mutating func handleUnbound(_ key: Key) -> HandlingResult {
        tabs.selectedIndex == 0 ? actionGrid.handleUnbound(key) : customerGrid.handleUnbound(key)
    }

    mutating func receive(_ result: OverlayResult) {
        switch result.tag {
        case SimulationCommand.dateTag:
            guard let text = result.value as? String, let date = LocalDate(iso: text) else { return }
            self.date = date
            recompute()
        case SimulationCommand.exportTag:
            guard let path = result.value as? String, !path.isEmpty else { return }
            if FileManager.default.fileExists(atPath: path) {
                pendingPath = path
                context.confirm(context.text(DocumentsTexts.overwrite) + " " + path, tag: SimulationCommand.overwriteTag)
            } else {
                export(to: path)
            }
        case SimulationCommand.overwriteTag:
            if result.value as? Bool == true, let path = pendingPath { export(to: path) }
            pendingPath = nil
        default: break
        }
    }

    /// Writes the actions as CSV to `path` and says so in the status line.
    mutating func export(to path: String) {
        do {
            try result.csv().write(to: URL(fileURLWithPath: path))
            context.show(context.text(SimulationTexts.exported(result.actions.count, path)))
        } catch {
            context.show("\(error)", severity: .error)
        }
    }

    /// Whether the simulation is still being computed.
    var isComputing: Bool { session != nil }

    var wantsTicks: Bool { isComputing }

    /// Starts simulating the date and hierarchy again; the pages come on ticks.
    private mutating func recompute() {
        result = SimulationResult(date: date)
        error = nil
        do {
            customersTotal = try context.database.customerCount()
            session = try SimulationSession.start(
                on: date, hierarchyID: hierarchyID, pageSize: Self.pageSize, in: context.database)
            result.summary = session?.summary
        } catch {
            session = nil
            self.error = "\(error)"
            context.show("\(error)", severity: .error)
        }
        refreshGrids()
    }

    /// Simulates the next page of customers into the result.
    mutating func tick() {
        guard var session else { return }
        do {
            if let decisions = try session.step() {
                result.append(decisions)
                self.session = session
            } else {
                self.session = nil
            }
            result.summary = session.summary
        } catch {
            self.session = nil
            self.error = "\(error)"
            context.show("\(error)", severity: .error)
        }
        refreshGrids()
    }

    private mutating func refreshGrids() {
        actionGrid.source = SimulatedActionSource(result: result, language: context.language)
        actionGrid.reload()
        customerGrid.source = SimulatedCustomerSource(result: result, language: context.language)
        customerGrid.reload()
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        guard inside.height > 3 else { return }
        let scope = hierarchyID ?? context.text(SimulationTexts.allHierarchies)
        var header = "\(context.text(SimulationTexts.date)): \(date.isoString)   "
            + "\(context.text(SimulationTexts.hierarchy)): \(scope)"
        if let summary = result.summary {
            header += "   " + context.text(SimulationTexts.summary(summary.customersConsidered, summary.actions))
        }
        buffer.write(header, at: Point(x: inside.x, y: inside.y), style: theme.style(.normal), clip: inside.row(0))
        let progress = session.map { session in
            context.text(SimulationTexts.simulating(session.customersRead, customersTotal)) + " "
                + ProgressBar.text(completed: session.customersRead, total: customersTotal, width: 20)
        }
        let note = error ?? progress ?? result.summary.flatMap { $0.alreadyRan.isEmpty ? nil : context.text(SimulationTexts.alreadyRan($0.alreadyRan)) }
        if let note {
            buffer.write(note, at: Point(x: inside.x, y: inside.y + 1), style: theme.style(.muted), clip: inside.row(1))
        }
        tabs.render(into: &buffer, in: inside.row(2), theme: theme, isFocused: false)
        let detailHeight = showsPredictions ? 6 : 2
        let gridArea = Rect(x: inside.x, y: inside.y + 3, width: inside.width,
                            height: max(0, inside.height - 3 - detailHeight))
        let detail: String
        var predictionLines: [String] = []
        if tabs.selectedIndex == 0 {
            var grid = actionGrid
            grid.resize(to: gridArea.size)
            grid.render(into: &buffer, in: gridArea, theme: theme, isFocused: true)
            let index = grid.cursorRow().flatMap { Int($0.id) }
            detail = index.map(grid.source.detail) ?? ""
            if showsPredictions, let index { predictionLines = grid.source.predictionLines(index, from: predictions) }
        } else {
            var grid = customerGrid
            grid.resize(to: gridArea.size)
            grid.render(into: &buffer, in: gridArea, theme: theme, isFocused: true)
            let index = grid.cursorRow().flatMap { Int($0.id) }
            detail = index.map(grid.source.detail) ?? ""
            if showsPredictions, let index { predictionLines = grid.source.predictionLines(index, from: predictions) }
        }
        let detailArea = Rect(x: inside.x, y: gridArea.maxY, width: inside.width, height: detailHeight)
        let lines = Array(Self.wrap(detail, width: inside.width).prefix(2)) + predictionLines
        for (offset, line) in lines.prefix(detailHeight).enumerated() {
            buffer.write(line, at: Point(x: inside.x, y: detailArea.y + offset), style: theme.style(.muted),
                         clip: detailArea.row(offset))
        }
    }

    /// Whether the simulated hierarchies use predictions and some are stored: the lines under
    /// the grid then make room for a prediction and its factors.
    private var showsPredictions: Bool {
        predictions.hasPredictions && (hierarchyID.map(predictions.hierarchyIDs.contains) ?? true)
    }

    /// `text` in lines of at most `width` columns, broken at spaces where possible.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if DisplayWidth.of(candidate) <= width || line.isEmpty {
                line = candidate
            } else {
                lines.append(line)
                line = word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { DisplayWidth.clip($0, to: width) }
    }

    private static func actionColumns(_ context: AppContext) -> [GridColumn] {
        let texts: [(LocalizedText, GridColumn.Width, TextAlignment)] = [
            (SimulationTexts.hierarchy, .flexible(minimum: 4), .leading),
            (SimulationTexts.customer, .flexible(minimum: 8), .leading), (SimulationTexts.step, .fixed(4), .trailing),
            (SimulationTexts.action, .flexible(minimum: 8), .leading), (SimulationTexts.invoice, .fixed(15), .leading),
            (SimulationTexts.dueDate, .fixed(10), .leading), (SimulationTexts.days, .fixed(4), .trailing),
            (SimulationTexts.preDunning, .fixed(3), .leading), (SimulationTexts.document, .flexible(minimum: 8), .leading),
            (SimulationTexts.status, .flexible(minimum: 7), .leading),
            (SimulationTexts.recipients, .flexible(minimum: 7, share: 3), .leading),
        ]
        return zip(SimulatedActionSource.columnIDs, texts).map { id, text in
            GridColumn(id: id, title: context.text(text.0), width: text.1, alignment: text.2, isSortable: false)
        }
    }

    private static func customerColumns(_ context: AppContext) -> [GridColumn] {
        let texts: [(LocalizedText, GridColumn.Width, TextAlignment)] = [
            (SimulationTexts.customer, .fixed(9), .leading),
            (SimulationTexts.hierarchy, .flexible(minimum: 8), .leading),
            (SimulationTexts.reason, .fixed(19), .leading), (SimulationTexts.until, .fixed(10), .leading),
            (SimulationTexts.leadingInvoice, .fixed(15), .leading),
            (SimulationTexts.actionCount, .fixed(5), .trailing),
            (SimulationTexts.explanation, .flexible(minimum: 10, share: 4), .leading),
        ]
        return zip(SimulatedCustomerSource.columnIDs, texts).map { id, text in
            GridColumn(id: id, title: context.text(text.0), width: text.1, alignment: text.2, isSortable: false)
        }
    }
}

import CollectaCore
import TerminalUI

/// The collections process setup page, laid out like the ERP page it replaces: the process
/// hierarchies on top (by rank), the selected hierarchy's process details in the middle, and the
/// selected step's business document at the bottom (read-only).
public struct SetupScreen: AppScreen, CommandProviding {
    /// Which grid has focus; the document pane never does.
    enum Pane { case hierarchies, steps }

    /// What a pending confirmation will delete.
    enum Deletion: Equatable {
        case hierarchy(String)
        case step(hierarchyID: String, line: Int)
    }

    let context: AppContext
    var configuration: CollectionsConfiguration
    var hierarchyGrid: Grid<ArrayGridSource>
    var stepGrid: Grid<ArrayGridSource>
    var focus = Pane.hierarchies
    var pendingDeletion: Deletion?

    /// The page over the stored configuration (an empty one when it cannot be read; the status
    /// line says why).
    public init(context: AppContext) {
        self.context = context
        let configuration: CollectionsConfiguration
        do {
            configuration = try context.configuration()
        } catch {
            context.show(String(describing: error), severity: .error)
            configuration = CollectionsConfiguration(parameters: AutomationParameters(companyName: "", companyCurrency: ""))
        }
        self.configuration = configuration
        self.hierarchyGrid = SetupGrids.makeGrid(
            columns: SetupGrids.hierarchyColumns(context.language),
            rows: SetupGrids.hierarchyRows(configuration.hierarchies, context.language), context: context)
        self.stepGrid = SetupGrids.makeGrid(columns: SetupGrids.stepColumns(context.language), rows: [], context: context)
        rebuildStepGrid(selecting: nil)
    }

    public var title: String { context.text(SetupTexts.title) }

    /// The hierarchy under the hierarchy grid's cursor.
    var selectedHierarchy: ProcessHierarchy? {
        guard let id = hierarchyGrid.cursorRow()?.id else { return nil }
        return configuration.hierarchies.first { $0.id == id }
    }

    /// The step under the details grid's cursor.
    var selectedStep: ProcessStep? {
        guard let id = stepGrid.cursorRow()?.id, let line = Int(id) else { return nil }
        return selectedHierarchy?.steps.first { $0.line == line }
    }

    /// Shows the steps of the selected hierarchy, the cursor on `line` when given.
    mutating func rebuildStepGrid(selecting line: Int?) {
        let rows = SetupGrids.stepRows(selectedHierarchy?.steps ?? [], context.language)
        stepGrid = SetupGrids.makeGrid(columns: stepGrid.columns, rows: rows, context: context)
        SetupGrids.select(line.map(String.init), in: &stepGrid)
    }

    /// Reads the configuration again and puts the cursors on `hierarchyID` and `line`.
    mutating func reload(selecting hierarchyID: String?, line: Int?) {
        do {
            configuration = try context.configuration()
        } catch {
            context.show(String(describing: error), severity: .error)
        }
        let keep = hierarchyGrid.cursorIndex
        hierarchyGrid.source = ArrayGridSource(
            columnIDs: hierarchyGrid.columns.map(\.id),
            rows: SetupGrids.hierarchyRows(configuration.hierarchies, context.language))
        hierarchyGrid.reload()
        hierarchyGrid.moveCursor(to: keep)
        SetupGrids.select(hierarchyID, in: &hierarchyGrid)
        rebuildStepGrid(selecting: line)
    }

    // MARK: Rendering

    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let (top, middle, bottom) = panes(in: area)
        renderGrid(hierarchyGrid, title: SetupTexts.hierarchyPane, pane: .hierarchies, in: top, into: &buffer, theme: theme)
        renderGrid(stepGrid, title: SetupTexts.detailsPane, pane: .steps, in: middle, into: &buffer, theme: theme)
        let inside = buffer.drawPane(bottom, title: context.text(SetupTexts.documentPane), theme: theme, isFocused: false)
        let lines = SetupDocumentPane.lines(for: selectedStep, in: configuration, language: context.language)
        SetupDocumentPane.render(lines, into: &buffer, in: inside, theme: theme)
    }

    /// The three panes: the hierarchies as tall as their rows need (at most a third), the
    /// document pane six or seven rows, the details the rest.
    func panes(in area: Rect) -> (Rect, Rect, Rect) {
        let wanted = configuration.hierarchies.count + 5
        let top = max(6, min(wanted, area.height / 3))
        let bottom = area.height >= 25 ? 7 : 6
        let parts = area.split(intoRows: [.fixed(top), .minimum(5), .fixed(bottom)])
        return (parts[0], parts[1], parts[2])
    }

    private func renderGrid(
        _ grid: Grid<ArrayGridSource>, title: LocalizedText, pane: Pane, in rect: Rect,
        into buffer: inout ScreenBuffer, theme: Theme
    ) {
        let isFocused = focus == pane
        let inside = buffer.drawPane(rect, title: context.text(title), theme: theme, isFocused: isFocused)
        var grid = grid
        grid.resize(to: inside.size)
        grid.render(into: &buffer, in: inside, theme: theme, isFocused: isFocused)
    }

    public func cursorPosition(in area: Rect) -> Point? { nil }
}

import CollectaCore
import CollectaStore
import TerminalUI

/// Preview process assignment for one hierarchy, in two tabs (←/→): the customers it would get
/// if it ran now (R1), and the customers its pool matches that go elsewhere — to which
/// hierarchy and why. Both lists are paged (COUNT + LIMIT/OFFSET), filtered with F3.
public struct ProcessPreviewScreen: AppScreen, CommandProviding {
    private let context: AppContext
    let hierarchyID: String
    private(set) var tabs: Tabs
    private(set) var assigned: Grid<ProcessAssignmentSource>
    private(set) var elsewhere: Grid<ElsewhereSource>

    public init(context: AppContext, hierarchyID: String) {
        self.context = context
        self.hierarchyID = hierarchyID
        let configuration = context.configurationOrEmpty()
        assigned = ProcessAssignmentScreen.makeList(
            context: context, configuration: configuration, hierarchyID: hierarchyID)
        let text = { (label: LocalizedText) in context.text(label) }
        let columns = [
            GridColumn(id: "account", title: text(AssignmentsTexts.accountColumn), width: .fixed(9)),
            GridColumn(id: "name", title: text(AssignmentsTexts.nameColumn), width: .flexible(minimum: 14, share: 2)),
            GridColumn(id: "hierarchy", title: text(AssignmentsTexts.winnerColumn), width: .flexible(minimum: 10)),
            GridColumn(id: "reason", title: text(AssignmentsTexts.reasonColumn), width: .flexible(minimum: 20, share: 3),
                       isSortable: false),
        ]
        elsewhere = Grid(
            columns: columns,
            source: ElsewhereSource(database: context.database, configuration: configuration, asOf: context.today,
                                    hierarchyID: hierarchyID, language: context.language),
            strings: context.gridStrings, allowsMarking: false)
        tabs = Tabs([])
        tabs = Tabs(tabTitles)
    }

    private var tabTitles: [String] {
        [
            "\(context.text(AssignmentsTexts.wouldGetTab)) (\(assigned.rowCount))",
            "\(context.text(AssignmentsTexts.elsewhereTab)) (\(elsewhere.rowCount))",
        ]
    }

    public var title: String { "\(context.text(AssignmentsTexts.processPreviewTitle)): \(hierarchyID)" }

    public var keymaps: [Keymap] {
        [tabs.selectedIndex == 0 ? assigned.keymap : elsewhere.keymap, tabs.keymap]
    }

    public var acceptsTypedText: Bool {
        tabs.selectedIndex == 0 ? assigned.acceptsTypedText : elsewhere.acceptsTypedText
    }

    public var commands: [Command] { GridCommand.table + Tabs.commands }

    public mutating func perform(_ command: CommandID) -> HandlingResult {
        if command == Tabs.nextCommand || command == Tabs.previousCommand { return tabs.perform(command) }
        defer { tabs = Tabs(tabTitles, selectedIndex: tabs.selectedIndex) }
        return tabs.selectedIndex == 0 ? assigned.perform(command) : elsewhere.perform(command)
    }

    public mutating func handleUnbound(_ key: Key) -> HandlingResult {
        defer { tabs = Tabs(tabTitles, selectedIndex: tabs.selectedIndex) }
        return tabs.selectedIndex == 0 ? assigned.handleUnbound(key) : elsewhere.handleUnbound(key)
    }

    public func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        tabs.render(into: &buffer, in: inside.row(0), theme: theme, isFocused: true)
        let gridArea = gridArea(inside)
        if tabs.selectedIndex == 0 {
            var grid = assigned
            grid.resize(to: gridArea.size)
            grid.render(into: &buffer, in: gridArea, theme: theme, isFocused: true)
        } else {
            var grid = elsewhere
            grid.resize(to: gridArea.size)
            grid.render(into: &buffer, in: gridArea, theme: theme, isFocused: true)
        }
        if let failure = assigned.source.log.failure ?? elsewhere.source.log.failure {
            buffer.write(context.text(AssignmentsTexts.cannotRead) + failure, at: Point(x: inside.x, y: inside.maxY - 1),
                         style: theme.style(.error), clip: inside.row(inside.height - 1))
        }
    }

    public func cursorPosition(in area: Rect) -> Point? {
        let gridArea = gridArea(area.inset(by: 1))
        return tabs.selectedIndex == 0 ? assigned.cursorPosition(in: gridArea) : elsewhere.cursorPosition(in: gridArea)
    }

    private func gridArea(_ inside: Rect) -> Rect {
        Rect(x: inside.x, y: inside.y + 1, width: inside.width, height: max(0, inside.height - 1))
    }
}

/// The customers a hierarchy's pool matches that another hierarchy (or none) processes: a
/// COUNT and one LIMIT/OFFSET query per visible page, then one read of the page's candidates
/// for the reason (`AssignmentReasons`).
struct ElsewhereSource: GridDataSource {
    let database: CollectaDatabase
    let configuration: CollectionsConfiguration
    let asOf: LocalDate
    let hierarchyID: String
    let language: Language
    let log = QueryLog()

    private func storeQuery(_ query: GridQuery) -> ProcessAssignmentQuery {
        ProcessAssignmentQuery(
            elsewhereFrom: hierarchyID, text: query.filter,
            sort: query.sort.flatMap { ProcessAssignmentSource.sortKeys[$0.columnID] },
            descending: query.sort?.direction == .descending)
    }

    func rowCount(matching query: GridQuery) -> Int {
        log.counts += 1
        return log.reading(0) {
            try database.countProcessAssignments(storeQuery(query), configuration: configuration, asOf: asOf)
        }
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        guard !range.isEmpty else { return [] }
        if let cached = log.cached, cached.query == query, cached.range.lowerBound <= range.lowerBound,
           range.upperBound <= cached.range.upperBound {
            return Array(cached.rows.dropFirst(range.lowerBound - cached.range.lowerBound).prefix(range.count))
        }
        log.pages += 1
        let found = log.reading([]) {
            try database.processAssignments(
                storeQuery(query), configuration: configuration, asOf: asOf, offset: range.lowerBound,
                limit: range.count)
        }
        let assignments = log.reading([]) {
            try database.assignments(ofCustomers: found.map(\.account), configuration: configuration, asOf: asOf)
        }
        let byAccount = Dictionary(assignments.map { ($0.account, $0) }) { first, _ in first }
        let reasons = AssignmentReasons(configuration: configuration, language: language)
        let rows = found.map { row in
            let customer = byAccount[row.account]
            let candidate = customer?.candidates.first { $0.hierarchyID == hierarchyID }
            let reason = customer.map { customer in
                candidate.map { reasons.reason(for: $0, of: customer) } ?? reasons.reason(for: customer)
            } ?? ""
            return GridRow(id: row.account, cells: [
                row.account, row.name, row.hierarchyID.isEmpty ? AssignmentsTexts.none(language) : row.hierarchyID,
                reason,
            ])
        }
        if range.count > 1 || log.cached?.query != query {
            log.cached = (query, range.lowerBound..<(range.lowerBound + rows.count), rows)
        }
        return rows
    }
}

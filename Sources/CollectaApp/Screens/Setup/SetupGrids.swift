import CollectaCore
import TerminalUI

/// The two grids of the setup page: hierarchies in rank order, and the selected hierarchy's
/// steps in line order.
enum SetupGrids {
    static func hierarchyColumns(_ language: Language) -> [GridColumn] {
        [
            column("id", SetupTexts.id, .flexible(minimum: 4, share: 1), language),
            column("description", SetupTexts.description, .flexible(minimum: 10, share: 3), language),
            column("rank", SetupTexts.rank, .fixed(4), language, alignment: .trailing),
            column("pool", SetupTexts.poolColumn, .flexible(minimum: 8, share: 2), language),
            column("quiet", SetupTexts.quietColumn, .fixed(5), language, alignment: .trailing),
            column("exclusion", SetupTexts.exclusion, .flexible(minimum: 10, share: 3), language),
            column("predictions", SetupTexts.predictionsColumn, .fixed(8), language),
            column("track", SetupTexts.trackColumn, .fixed(5), language),
            column("active", SetupTexts.active, .fixed(7), language),
        ]
    }

    static func stepColumns(_ language: Language) -> [GridColumn] {
        [
            column("line", SetupTexts.line, .fixed(6), language, alignment: .trailing),
            column("description", SetupTexts.description, .flexible(minimum: 12, share: 1), language),
            column("action", SetupTexts.actionType, .flexible(minimum: 8, share: 1), language),
            column("document", SetupTexts.businessDocument, .flexible(minimum: 8, share: 1), language),
            column("when", SetupTexts.when, .fixed(6), language),
            column("days", SetupTexts.days, .fixed(4), language, alignment: .trailing),
            column("pre", SetupTexts.preDunningColumn, .fixed(5), language),
            column("recipient", SetupTexts.recipient, .flexible(minimum: 6, share: 1), language),
            column("purpose", SetupTexts.purposeColumn, .flexible(minimum: 6, share: 1), language),
        ]
    }

    /// The hierarchies by rank, one row each, the row id being the hierarchy id.
    static func hierarchyRows(_ hierarchies: [ProcessHierarchy], _ language: Language) -> [GridRow] {
        byRank(hierarchies).map { hierarchy in
            GridRow(id: hierarchy.id, cells: [
                hierarchy.id, hierarchy.description, String(hierarchy.rank), hierarchy.poolID,
                String(hierarchy.quietDays),
                SetupLabels.exclusionCell(hierarchy.exclusionRule, amount: hierarchy.exclusionAmount)(language),
                SetupLabels.flag(hierarchy.usesPredictions)(language),
                SetupLabels.flag(hierarchy.usesTrackStep)(language),
                SetupLabels.flag(hierarchy.isActive)(language),
            ])
        }
    }

    /// The steps by line, the row id being the line.
    static func stepRows(_ steps: [ProcessStep], _ language: Language) -> [GridRow] {
        steps.sorted { $0.line < $1.line }.map { step in
            GridRow(id: String(step.line), cells: [
                String(step.line), step.description, SetupLabels.action(step.action)(language),
                step.documentID ?? "", SetupLabels.timing(step.timing)(language), String(step.days),
                SetupLabels.flag(step.isPreDunning)(language),
                step.recipient.map { SetupLabels.recipient($0)(language) } ?? "",
                step.contactPurposeID ?? "",
            ])
        }
    }

    static func byRank(_ hierarchies: [ProcessHierarchy]) -> [ProcessHierarchy] {
        hierarchies.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }
    }

    static func makeGrid(columns: [GridColumn], rows: [GridRow], context: AppContext) -> Grid<ArrayGridSource> {
        Grid(columns: columns, source: ArrayGridSource(columnIDs: columns.map(\.id), rows: rows),
             strings: context.gridStrings, allowsMarking: false)
    }

    /// Puts the cursor of `grid` on the row with `id`, if it shows.
    static func select(_ id: String?, in grid: inout Grid<ArrayGridSource>) {
        guard let id, let index = grid.source.matching(grid.query).firstIndex(where: { $0.id == id }) else { return }
        grid.moveCursor(to: index)
    }

    private static func column(
        _ id: String, _ title: LocalizedText, _ width: GridColumn.Width, _ language: Language,
        alignment: TextAlignment = .leading
    ) -> GridColumn {
        GridColumn(id: id, title: title(language), width: width, alignment: alignment, isSortable: false)
    }
}

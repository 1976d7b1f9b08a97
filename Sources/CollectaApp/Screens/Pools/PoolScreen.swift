import CollectaCore
import TerminalUI

/// The fields of a pool the form edits.
struct PoolDraft: Hashable {
    var id = ""
    var description = ""
}

/// One customer pool: its id (read-only once saved), description, the criteria editor with the
/// live count of matching customers, and the preview of those customers.
public struct PoolScreen: AppScreen, CommandProviding {
    /// The panes, in focus order.
    enum Pane: CaseIterable {
        case header, criteria, preview
    }

    let context: AppContext
    /// The pool as saved; nil for a new pool.
    let original: CustomerPool?
    var form: Form<PoolDraft>
    var criteria: [PoolCriterion]
    var criteriaList: Grid<ArrayGridSource>
    var preview: Grid<PoolPreviewSource>
    /// How many customers the criteria match today; nil when a range is malformed.
    var matchCount: Int?
    var focus = Pane.header
    /// The ids of the other pools, which a new pool must not take.
    let takenIDs: Set<String>

    public init(context: AppContext, pool: CustomerPool?) {
        self.context = context
        self.original = pool
        let draft = PoolDraft(id: pool?.id ?? "", description: pool?.description ?? "")
        let takenIDs = pool == nil ? Set(context.configurationOrEmpty().pools.map(\.id)) : []
        self.takenIDs = takenIDs
        self.form = Self.makeForm(draft, isNew: pool == nil, context: context, takenIDs: takenIDs)
        self.criteria = pool?.criteria ?? []
        self.criteriaList = Self.makeCriteriaList([], context: context)
        self.preview = Self.makePreview(CustomerPool(id: "", description: ""), context: context)
        criteriaChanged()
    }

    public var title: String {
        guard let original else { return context.text(PoolsTexts.newPoolTitle) }
        return context.text(PoolsTexts.poolTitle) + " " + original.id
    }

    /// The pool as it stands on the screen (the form's current text, the edited criteria).
    var currentPool: CustomerPool {
        var copy = form
        copy.submit()
        return CustomerPool(id: original?.id ?? copy.draft.id, description: copy.draft.description, criteria: criteria)
    }

    /// Rebuilds the criteria grid, the count and the preview after the criteria changed.
    mutating func criteriaChanged(selecting index: Int? = nil) {
        let cursor = index ?? criteriaList.cursorIndex
        criteriaList = Self.makeCriteriaList(criteria, context: context)
        criteriaList.moveCursor(to: min(cursor, max(0, criteria.count - 1)))
        let pool = CustomerPool(id: original?.id ?? "", description: "", criteria: criteria)
        do {
            matchCount = try context.database.countCustomers(matching: pool, asOf: context.today)
            preview = Self.makePreview(pool, context: context)
        } catch is CriterionError {
            matchCount = nil
            preview = Self.makePreview(CustomerPool(id: "", description: "", criteria: []), context: context, isEmpty: true)
        } catch {
            matchCount = nil
            context.show(context.text(PoolsTexts.failed(error)), severity: .error)
        }
    }

    // MARK: Building

    static func makeForm(
        _ draft: PoolDraft, isNew: Bool, context: AppContext, refusals: SavedValueRefusals<PoolDraft>? = nil,
        takenIDs: Set<String> = []
    ) -> Form<PoolDraft> {
        let refusals = refusals ?? SavedValueRefusals(draft: draft)
        let required = context.text(PoolsTexts.idRequired), taken = context.text(PoolsTexts.idTaken)
        let checkID: (String) -> String? = { id in
            if id.allSatisfy(\.isWhitespace) { return required }
            return takenIDs.contains(id) ? taken : nil
        }
        var fields: [FormField<PoolDraft>] = []
        if isNew {
            fields.append(.text(context.text(PoolsTexts.idLabel), \.id,
                                validate: refusals.validator("id", \.id, local: checkID)))
        }
        fields.append(.text(context.text(PoolsTexts.descriptionLabel), \.description,
                            validate: refusals.validator("description", \.description)))
        return Form(draft: draft, fields: fields, strings: context.formStrings)
    }

    static func makeCriteriaList(_ criteria: [PoolCriterion], context: AppContext) -> Grid<ArrayGridSource> {
        let columns = [
            GridColumn(id: "field", title: context.text(PoolsTexts.fieldColumn), width: .flexible(minimum: 20),
                       isSortable: false),
            GridColumn(id: "range", title: context.text(PoolsTexts.rangeColumn), width: .flexible(minimum: 20, share: 2),
                       isSortable: false),
        ]
        let rows = criteria.enumerated().map { index, criterion in
            GridRow(id: String(index), cells: [
                PoolsTexts.choiceLabel(of: criterion.field, in: context.language), criterion.range,
            ])
        }
        var strings = context.gridStrings
        strings.noRows = context.text(PoolsTexts.noCriteria)
        return Grid(columns: columns, source: ArrayGridSource(columnIDs: ["field", "range"], rows: rows),
                    strings: strings, allowsMarking: false)
    }

    static func makePreview(_ pool: CustomerPool, context: AppContext, isEmpty: Bool = false) -> Grid<PoolPreviewSource> {
        let text = context.text
        let columns = [
            GridColumn(id: "account", title: text(PoolsTexts.accountColumn), width: .fixed(12), isSortable: false),
            GridColumn(id: "name", title: text(PoolsTexts.nameColumn), width: .flexible(minimum: 14, share: 3),
                       isSortable: false),
            GridColumn(id: "group", title: text(PoolsTexts.groupColumn), width: .flexible(minimum: 6), isSortable: false),
            GridColumn(id: "country", title: text(PoolsTexts.countryColumn), width: .fixed(7), isSortable: false),
            GridColumn(id: "openBalance", title: text(PoolsTexts.openBalanceColumn), width: .fixed(14),
                       alignment: .trailing, isSortable: false),
            GridColumn(id: "overdueBalance", title: text(PoolsTexts.overdueBalanceColumn), width: .fixed(12),
                       alignment: .trailing, isSortable: false),
        ]
        let source = PoolPreviewSource(pool: pool, database: context.database, asOf: context.today, isEmpty: isEmpty)
        return Grid(columns: columns, source: source, strings: context.gridStrings, allowsMarking: false)
    }
}

import CollectaCore
import CollectaStore
import TerminalUI

/// The history rows for the grid, read in pages of `pageSize` rows.
///
/// The grid asks for the visible range; the source maps it to fixed pages and keeps the last two
/// pages read. A page right after a page already read starts after that page's last row (keyset,
/// on the history indexes, so paging down reads only that page); a page far from any known one
/// is read with one OFFSET from the nearest known page end, or from the oldest row when that is
/// closer (End on a million rows reads the last page in the other direction). `COUNT` runs only
/// when the grid is made or reloaded.
struct HistorySource: GridDataSource {
    static let pageSize = 100

    let database: CollectaDatabase
    let filter: HistoryFilter
    let language: Language
    /// The pages read and the queries made, shared by the copies of the source.
    let cache = HistoryPageCache()

    func rowCount(matching query: GridQuery) -> Int {
        cache.countQueries += 1
        cache.rowCount = (try? database.countHistory(matching: filter)) ?? 0
        return cache.rowCount
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        guard !range.isEmpty else { return [] }
        var rows: [GridRow] = []
        var page = range.lowerBound / Self.pageSize
        while page * Self.pageSize < range.upperBound {
            let entries = self.page(page)
            for (offset, entry) in entries.enumerated() where range.contains(page * Self.pageSize + offset) {
                rows.append(HistoryRowFormat.row(entry, language: language))
            }
            if entries.count < Self.pageSize { break }
            page += 1
        }
        return rows
    }

    /// The entry at row `index`, when it can be read.
    func entry(at index: Int) -> HistoryEntry? {
        let entries = page(index / Self.pageSize)
        let offset = index % Self.pageSize
        return offset < entries.count ? entries[offset] : nil
    }

    private func page(_ number: Int) -> [HistoryEntry] {
        if let cached = cache.pages[number] { return cached }
        let anchor = cache.nearestEnd(before: number)
        let skipped = (number - (anchor?.page ?? -1) - 1) * Self.pageSize
        let pageEnd = min(cache.rowCount, (number + 1) * Self.pageSize)
        let olderRows = cache.rowCount - pageEnd
        cache.pageQueries += 1
        let entries: [HistoryEntry]
        if olderRows < skipped {
            entries = (try? database.history(
                matching: filter, skippingOldest: olderRows, limit: pageEnd - number * Self.pageSize)) ?? []
        } else {
            entries = (try? database.history(
                matching: filter, after: anchor?.position, skipping: skipped, limit: Self.pageSize)) ?? []
        }
        cache.store(entries, page: number)
        return entries
    }
}

/// The last pages read and where each known page ended; a class so that the grid's copies of
/// the source share it.
final class HistoryPageCache {
    private(set) var pages: [Int: [HistoryEntry]] = [:]
    private var order: [Int] = []
    private var ends: [Int: HistoryPosition] = [:]
    /// How many page and count queries ran (tests count them).
    var pageQueries = 0
    var countQueries = 0
    /// The number of rows the last COUNT found.
    var rowCount = 0

    func store(_ entries: [HistoryEntry], page: Int) {
        pages[page] = entries
        order.append(page)
        if order.count > 2 { pages[order.removeFirst()] = nil }
        if entries.count == HistorySource.pageSize, let last = entries.last?.position { ends[page] = last }
    }

    /// The closest page below `page` whose last row is known.
    func nearestEnd(before page: Int) -> (page: Int, position: HistoryPosition)? {
        ends.filter { $0.key < page }.max { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}

/// The cells of a history row.
enum HistoryRowFormat {
    /// The columns, the ones that decide what to look at first; due date, voucher, pre-dunning
    /// and recipients last (shown on wide terminals, and always in the detail). Delivery is the
    /// status of the email or letter the row created, as it is now.
    static func columns(_ context: AppContext) -> [GridColumn] {
        let text = context.text
        return [
            GridColumn(id: "date", title: text(HistoryTexts.date), width: .fixed(10)),
            GridColumn(id: "customer", title: text(HistoryTexts.customer), width: .fixed(8)),
            GridColumn(id: "invoice", title: text(HistoryTexts.invoice), width: .flexible(minimum: 15)),
            GridColumn(id: "days", title: text(HistoryTexts.days), width: .fixed(4), alignment: .trailing),
            GridColumn(id: "step", title: text(HistoryTexts.step), width: .fixed(4), alignment: .trailing),
            GridColumn(id: "action", title: text(HistoryTexts.action), width: .flexible(minimum: 11)),
            GridColumn(id: "document", title: text(HistoryTexts.document), width: .flexible(minimum: 9)),
            GridColumn(id: "status", title: text(HistoryTexts.status), width: .flexible(minimum: 9)),
            GridColumn(id: "delivery", title: text(HistoryTexts.delivery), width: .flexible(minimum: 10)),
            GridColumn(id: "message", title: text(HistoryTexts.message), width: .flexible(minimum: 12, share: 2)),
            GridColumn(id: "due", title: text(HistoryTexts.dueDate), width: .fixed(10)),
            GridColumn(id: "voucher", title: text(HistoryTexts.voucher), width: .flexible(minimum: 8)),
            GridColumn(id: "preDunning", title: text(HistoryTexts.preDunningColumn), width: .flexible(minimum: 5)),
            GridColumn(id: "recipients", title: text(HistoryTexts.recipients), width: .flexible(minimum: 12)),
        ]
    }

    static func row(_ entry: HistoryEntry, language: Language) -> GridRow {
        GridRow(id: String(entry.id ?? 0), cells: [
            entry.runDate.isoString, entry.customerAccount, entry.invoiceID ?? "",
            entry.daysFromDue.map(String.init) ?? "", entry.stepLine.map(String.init) ?? "",
            HistoryTexts.actionName(entry.action)(language), entry.documentID ?? "",
            HistoryTexts.statusName(entry.status)(language), entry.delivery.map { DeliveryText.name($0)(language) } ?? "",
            entry.message, entry.dueDate?.isoString ?? "",
            entry.voucher ?? "",
            entry.isPreDunning ? HistoryTexts.yes(language) : "", entry.recipients.joined(separator: "; "),
        ])
    }
}

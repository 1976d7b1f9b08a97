import CollectaCore
import CollectaStore
import TerminalUI

/// The open activities for the worklist grid: a COUNT when the grid is made, then one
/// LIMIT/OFFSET query on the open-activity indexes for the visible rows only.
struct WorklistSource: GridDataSource {
    let database: CollectaDatabase
    let filter: WorklistFilter
    let today: LocalDate
    let language: Language
    let counter = QueryCounter()

    func rowCount(matching query: GridQuery) -> Int {
        counter.countAsked()
        return (try? database.countOpenActivities(matching: filter)) ?? 0
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        activities(in: range).map { activity in
            GridRow(id: String(activity.id ?? 0), cells: [
                activity.dueDate < today ? "!" : "", activity.customerAccount, activity.invoiceID ?? "",
                SetupLabels.activityType(activity.type)(language), activity.purpose, activity.description, activity.dueDate.isoString,
                activity.ownerAgentID ?? "",
            ])
        }
    }

    /// The activities at `range`.
    func activities(in range: Range<Int>) -> [Activity] {
        guard !range.isEmpty else { return [] }
        counter.pageAsked(range.count)
        return (try? database.openActivities(matching: filter, offset: range.lowerBound, limit: range.count)) ?? []
    }
}

/// The invoices of one customer, a page at a time.
struct CustomerInvoicesSource: GridDataSource {
    let database: CollectaDatabase
    let account: String
    let language: Language
    let counter = QueryCounter()

    func rowCount(matching query: GridQuery) -> Int {
        counter.countAsked()
        return (try? database.countInvoices(ofCustomer: account)) ?? 0
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        guard !range.isEmpty else { return [] }
        counter.pageAsked(range.count)
        let lines = (try? database.invoiceLines(ofCustomer: account, offset: range.lowerBound, limit: range.count)) ?? []
        return lines.map { line in
            GridRow(id: line.id, cells: [
                line.id, line.voucher, line.dueDate, line.amount.decimalString, line.openAmount.decimalString,
                line.currency, ActivitiesTexts.invoiceStatus(line.status)(language),
            ])
        }
    }
}

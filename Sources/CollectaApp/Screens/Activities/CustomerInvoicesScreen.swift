import CollectaCore
import CollectaStore
import TerminalUI

/// The invoices of one customer (id, voucher, due date, amount, open amount, status), paged.
struct CustomerInvoicesScreen: AppScreen, CommandProviding {
    private let context: AppContext
    let account: String
    private(set) var list: Grid<CustomerInvoicesSource>

    init(context: AppContext, account: String) {
        self.context = context
        self.account = account
        let text = context.text
        let columns = [
            GridColumn(id: "id", title: text(HistoryTexts.invoice), width: .fixed(15)),
            GridColumn(id: "voucher", title: text(ActivitiesTexts.voucher), width: .flexible(minimum: 9)),
            GridColumn(id: "due", title: text(ActivitiesTexts.due), width: .fixed(10)),
            GridColumn(id: "amount", title: text(ActivitiesTexts.amount), width: .fixed(14), alignment: .trailing),
            GridColumn(id: "open", title: text(ActivitiesTexts.open), width: .fixed(14), alignment: .trailing),
            GridColumn(id: "currency", title: text(ActivitiesTexts.currency), width: .fixed(4)),
            GridColumn(id: "status", title: text(ActivitiesTexts.status), width: .flexible(minimum: 18, share: 2)),
        ]
        var strings = context.gridStrings
        strings.noRows = text(ActivitiesTexts.noInvoices)
        list = Grid(columns: columns, source: CustomerInvoicesSource(database: context.database, account: account, language: context.language),
                    strings: strings, allowsMarking: false)
    }

    var title: String { context.text(ActivitiesTexts.invoicesTitle) + " · " + account }
    var keymaps: [Keymap] { [list.keymap] }
    var acceptsTypedText: Bool { list.acceptsTypedText }
    var commands: [Command] { GridCommand.table }

    func availability(of command: CommandID) -> CommandAvailability {
        switch command {
        case GridCommand.sortNext: .disabled(reason: context.text(ActivitiesTexts.fixedOrder))
        case GridCommand.filter: .disabled(reason: context.text(ActivitiesTexts.noSearch))
        default: .enabled
        }
    }

    mutating func perform(_ command: CommandID) -> HandlingResult { list.perform(command) }
    mutating func handleUnbound(_ key: Key) -> HandlingResult { list.handleUnbound(key) }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        var list = self.list
        list.resize(to: inside.size)
        list.render(into: &buffer, in: inside, theme: theme, isFocused: true)
    }
}

import CollectaCore
import CollectaStore
import TerminalUI

/// Customers from the database, a page at a time, filtered by account or name.
struct CustomerGridSource: GridDataSource {
    let database: CollectaDatabase

    func rowCount(matching query: GridQuery) -> Int {
        (try? database.customerCount(matching: query.filter)) ?? 0
    }

    func rows(in range: Range<Int>, matching query: GridQuery) -> [GridRow] {
        let customers = (try? database.customers(matching: query.filter, offset: range.lowerBound, limit: range.count)) ?? []
        return customers.map { GridRow(id: $0.account, cells: [$0.account, $0.name, $0.language]) }
    }
}

/// Picks the customer to preview a message for: Enter shows the preview (F3 or / filters).
struct CustomerPickerScreen: AppScreen, CommandProviding {
    private let context: AppContext
    private let subject: String
    private let body: String
    private var grid: Grid<CustomerGridSource>

    init(context: AppContext, subject: String, body: String) {
        self.context = context
        self.subject = subject
        self.body = body
        grid = Grid(
            columns: [
                GridColumn(id: "account", title: context.text(DocumentsTexts.account), width: .fixed(14)),
                GridColumn(id: "name", title: context.text(DocumentsTexts.name), width: .flexible(minimum: 12)),
                GridColumn(id: "language", title: context.text(DocumentsTexts.language), width: .fixed(8)),
            ],
            source: CustomerGridSource(database: context.database), strings: context.gridStrings,
            allowsMarking: false)
    }

    var title: String { context.text(DocumentsTexts.chooseCustomer) }

    var keymaps: [Keymap] {
        [grid.keymap, Keymap(title, [.init(.enter, DocumentCommand.pick, showsInHelpBar: true)])]
    }

    var commands: [Command] {
        [DocumentCommand.command(DocumentCommand.pick, DocumentsTexts.pick, DocumentsTexts.pickHelp, context)]
            + GridCommand.table
    }

    var acceptsTypedText: Bool { grid.acceptsTypedText }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        guard command == DocumentCommand.pick else { return grid.perform(command) }
        guard let account = grid.cursorRow()?.id else { return .ignored }
        switch Self.preview(subject: subject, body: body, account: account, context) {
        case .success(let lines):
            context.request(.pop)
            context.request(.push(PreviewScreen(context: context, account: account, lines: lines)))
        case .failure(let problem):
            context.show(problem.text, severity: .error)
        }
        return .handled
    }

    mutating func handleUnbound(_ key: Key) -> HandlingResult { grid.handleUnbound(key) }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        var grid = self.grid
        grid.resize(to: inside.size)
        grid.render(into: &buffer, in: inside, theme: theme, isFocused: true)
    }

    struct Problem: Error { let text: String }

    /// The message rendered for `account` as lines of text: the subject, a rule, the body.
    static func preview(subject: String, body: String, account: String, _ context: AppContext) -> Result<[String], Problem> {
        do {
            let parameters = try context.configuration().parameters
            guard let values = try context.database.renderingContext(
                forCustomer: account, contactPurpose: "Collections", parameters: parameters, on: context.today)
            else { return .failure(Problem(text: context.text(DocumentsTexts.noOpenInvoice))) }
            var renderer = TemplateRenderer()
            let renderedSubject = try renderer.render(subject, format: .plainText, context: values)
            let renderedBody = try renderer.render(body, format: .html, context: values)
            return .success([context.text(DocumentsTexts.previewHeader) + renderedSubject, ""]
                + HTMLText.plainText(from: renderedBody).components(separatedBy: "\n"))
        } catch {
            return .failure(Problem(text: context.text(DocumentsTexts.cannotRender) + "\(error)"))
        }
    }
}

/// A rendered message as text: ↑/↓ (j/k) and PgUp/PgDn scroll, Esc goes back.
struct PreviewScreen: AppScreen, CommandProviding {
    private let context: AppContext
    private let account: String
    let lines: [String]
    private var top = 0

    init(context: AppContext, account: String, lines: [String]) {
        self.context = context
        self.account = account
        self.lines = lines
    }

    var title: String { context.text(DocumentsTexts.preview) + " · " + account }

    var keymaps: [Keymap] {
        [Keymap(title, [
            .init(.up, DocumentCommand.scrollUp), .init(.character("k"), DocumentCommand.scrollUp),
            .init(.down, DocumentCommand.scrollDown), .init(.character("j"), DocumentCommand.scrollDown),
            .init(.pageUp, DocumentCommand.scrollUp), .init(.pageDown, DocumentCommand.scrollDown),
        ])]
    }

    var commands: [Command] {
        [
            DocumentCommand.command(DocumentCommand.scrollUp, DocumentsTexts.up, DocumentsTexts.scrollHelp, context),
            DocumentCommand.command(DocumentCommand.scrollDown, DocumentsTexts.down, DocumentsTexts.scrollHelp, context),
        ]
    }

    mutating func perform(_ command: CommandID) -> HandlingResult {
        switch command {
        case DocumentCommand.scrollUp: top = max(0, top - 1)
        case DocumentCommand.scrollDown: top = min(max(0, lines.count - 1), top + 1)
        default: return .ignored
        }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        let wrapped = lines.flatMap { Self.wrap($0, width: inside.width) }
        for (offset, line) in wrapped.dropFirst(top).prefix(inside.height).enumerated() {
            buffer.write(line, at: Point(x: inside.x, y: inside.y + offset), style: theme.style(.normal), clip: inside)
        }
    }

    /// `line` in pieces of at most `width` columns, broken after spaces where possible.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard width > 0, DisplayWidth.of(line) > width else { return [line] }
        var pieces: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if DisplayWidth.of(candidate) <= width || current.isEmpty {
                current = candidate
            } else {
                pieces.append(current)
                current = word
            }
        }
        return pieces + [current]
    }
}

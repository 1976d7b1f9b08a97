import TerminalUI

/// The toolkit showcase: a form and a million-row grid in panes, a status line, a help bar
/// generated from the keymaps, and an F1 help overlay.
struct ToolkitDemo: TerminalApplication {
    /// What the form edits.
    struct Draft {
        var text = ""
        var due = CalendarDay(year: 2026, month: 11, day: 30)!
        var amount = 0
        var isUrgent = false
    }

    private enum Focus { case form, grid }

    static let help: CommandID = "demo.help"
    static let switchPane: CommandID = "demo.switchPane"
    static let check: CommandID = "demo.check"
    static let quit: CommandID = "demo.quit"

    static let commands = CommandTable(GridCommand.table + FormCommand.table + HelpScreen.commands + [
        Command(help, title: "Help", group: "Demo", help: "Shows every key of the screen."),
        Command(check, title: "Check", group: "Demo", help: "Validates the form and reports the result."),
        Command(switchPane, title: "Switch", group: "Demo", help: "Moves the focus between the form and the grid."),
        Command(quit, title: "Quit", group: "Demo", help: "Leaves the demo."),
    ])

    static let globalKeymap = Keymap("Toolkit demo (global)", [
        .init(.function(1), help, showsInHelpBar: true),
        .init(.function(2), check, showsInHelpBar: true),
        .init(.function(9), switchPane, showsInHelpBar: true),
        .init(.function(10), quit, showsInHelpBar: true),
    ])

    private var form = Form(draft: Draft(), fields: [
        .text("Text", \.text),
        .date("Due date", \.due),
        .money("Amount", \.amount, validate: { $0 >= 0 ? nil : "Must not be negative" }),
        .checkbox("Urgent", \.isUrgent),
    ])
    private var grid = Grid(
        columns: [
            GridColumn(id: "id", title: "Row", width: .fixed(8), isSortable: false),
            GridColumn(id: "name", title: "Name", width: .flexible(minimum: 12, share: 3), isSortable: false),
            GridColumn(id: "amount", title: "Amount", width: .fixed(12), alignment: .trailing, isSortable: false),
            GridColumn(id: "currency", title: "Cur", width: .fixed(3), isSortable: false),
        ],
        source: DemoRows())
    private var focus = Focus.form
    private var helpScreen: HelpScreen?
    private var status = StatusLine()

    private var keymaps: KeymapStack {
        KeymapStack([focus == .form ? form.keymap : grid.keymap, Self.globalKeymap])
    }

    mutating func handle(_ key: Key) -> ApplicationStep {
        if key == .resize { return .continue }
        if helpScreen != nil { return handleHelp(key) }
        var step = ApplicationStep.continue
        let typing = focus == .form ? form.acceptsTypedText : grid.acceptsTypedText
        let outcome = KeyDispatcher(keymaps: keymaps).dispatch(
            key, takesTypedText: typing,
            perform: { command in performGlobal(command, step: &step) ?? performFocused(command) },
            handleUnbound: { key in focus == .form ? form.handleUnbound(key) : grid.handleUnbound(key) })
        if case .refused(let reason) = outcome { status.show(reason, severity: .error) }
        return step
    }

    private mutating func handleHelp(_ key: Key) -> ApplicationStep {
        guard var help = helpScreen else { return .continue }
        if key == .escape || key == .function(1) || key == .function(10) {
            helpScreen = nil
        } else if let command = help.keymap.command(for: key) {
            _ = help.perform(command)
            helpScreen = help
        }
        return .continue
    }

    private mutating func performGlobal(_ command: CommandID, step: inout ApplicationStep) -> HandlingResult? {
        switch command {
        case Self.quit: step = .quit
        case Self.help: helpScreen = HelpScreen(keymaps: keymaps, commands: Self.commands, title: "Keys")
        case Self.switchPane: focus = focus == .form ? .grid : .form
        case Self.check:
            let errors = form.submit()
            if let first = errors.first {
                return .refused("\(first.label): \(first.message)")
            }
            status.show("The form is valid: \(form.draft.text.isEmpty ? "(empty text)" : form.draft.text)")
        default: return nil
        }
        return .handled
    }

    private mutating func performFocused(_ command: CommandID) -> HandlingResult {
        guard focus == .form else { return grid.perform(command) }
        let result = form.perform(command)
        if command == FormCommand.submit, result == .handled {
            status.show("Saved: \(form.draft.text.isEmpty ? "(empty text)" : form.draft.text)")
        }
        return result
    }

    /// The keymaps of every state of the demo's widgets, for docs/keybindings.md.
    static var documentedKeymaps: [Keymap] {
        var demo = ToolkitDemo()
        let formKeymap = demo.form.keymap
        let gridKeymap = demo.grid.keymap
        _ = demo.grid.perform(GridCommand.filter)
        let filterKeymap = Keymap(gridKeymap.name + " while typing a filter", demo.grid.keymap.bindings)
        return [formKeymap, gridKeymap, filterKeymap, globalKeymap]
    }

    mutating func render(into buffer: inout ScreenBuffer, theme: Theme) -> Point? {
        let size = buffer.size
        buffer.fill(buffer.bounds, style: theme.style(.normal))
        let frame = Rect(x: 0, y: 0, width: size.width, height: max(0, size.height - 2))
        let inside = buffer.drawPane(frame, title: "Collecta terminal toolkit", theme: theme)
        let parts = Layout(.rows, [.fixed(1), .fixed(1), .fixed(6), .fraction(1)]).split(inside)
        let text = form.fields.first?.text ?? ""
        buffer.write("Terminal size: \(size.width) columns × \(size.height) rows",
                     at: Point(x: parts[0].x, y: parts[0].y), style: theme.style(.accent), clip: parts[0])
        buffer.write("You typed: \(text)", at: Point(x: parts[1].x, y: parts[1].y),
                     style: theme.style(.normal), clip: parts[1])
        let formArea = buffer.drawPane(parts[2], title: "Form", theme: theme, isFocused: focus == .form)
        form.render(into: &buffer, in: formArea, theme: theme, isFocused: focus == .form)
        let gridArea = buffer.drawPane(parts[3], title: "Grid", theme: theme, isFocused: focus == .grid)
        grid.resize(to: gridArea.size)
        grid.render(into: &buffer, in: gridArea, theme: theme, isFocused: focus == .grid)
        renderBottomLines(into: &buffer, theme: theme)
        if let help = helpScreen {
            help.render(into: &buffer, in: buffer.bounds.centered(Size(width: 76, height: 22)),
                        theme: theme, isFocused: true)
            return nil
        }
        return focus == .form ? form.cursorPosition(in: formArea) : nil
    }

    private mutating func renderBottomLines(into buffer: inout ScreenBuffer, theme: Theme) {
        let height = buffer.size.height
        guard height >= 2 else { return }
        status.render(into: &buffer, in: buffer.bounds.row(height - 2), theme: theme)
        HelpBar(keymaps: keymaps, commands: Self.commands)
            .render(into: &buffer, in: buffer.bounds.row(height - 1), theme: theme)
        status.tick()
    }
}

import CollectaStore
import TerminalUI

/// The full-screen application: a title bar, the screen stack (menu → screens → dialogs), the
/// status line, the help bar generated from the active keymaps, and F1 help over everything.
public struct CollectaApplication: TerminalApplication {
    public static let helpCommand: CommandID = "app.help"
    public static let quitCommand: CommandID = "app.quit"

    private let context: AppContext
    private var stack: ScreenStack
    private var status = StatusLine()
    private var helpScreen: HelpScreen?
    private var quits = false
    private let companyName: String

    public init(context: AppContext, companyName: String) {
        self.context = context
        self.companyName = companyName
        self.stack = ScreenStack(root: MainMenuScreen(context: context), globalKeymap: Self.globalKeymap)
    }

    public static let globalKeymap = Keymap("Global", [
        .init(.function(1), helpCommand, showsInHelpBar: true),
        .init(.function(10), quitCommand, showsInHelpBar: true),
    ])

    /// The commands of the application and of the active screen, then every toolkit command
    /// (dialogs, widgets), in the user's language.
    private var commands: CommandTable {
        var seen: Set<CommandID> = []
        let all = (applicationAndScreenCommands + ToolkitCommandTexts.all(in: .english))
            .filter { seen.insert($0.id).inserted }
        return CommandTable(ToolkitCommandTexts.localized(all, in: context.language))
    }

    /// The commands the help bar can show (those bound with `showsInHelpBar`), described as
    /// `commands` describes them: the whole table is built for F1 help only, not on every frame.
    private var helpBarCommands: CommandTable {
        let shown = Set(helpBarKeymaps.layers.flatMap(\.bindings).filter(\.showsInHelpBar).map(\.command))
        var seen: Set<CommandID> = []
        var found = applicationAndScreenCommands.filter { shown.contains($0.id) && seen.insert($0.id).inserted }
        found += shown.subtracting(seen).compactMap { ToolkitCommandTexts.englishByID[$0] }
        return CommandTable(ToolkitCommandTexts.localized(found, in: context.language))
    }

    /// The application's commands, then the active screen's.
    private var applicationAndScreenCommands: [Command] {
        let global = [
            Command(Self.helpCommand, title: context.text(AppTexts.help), group: context.text(AppTexts.globalGroup),
                    help: context.text(AppTexts.helpHelp)),
            Command(Self.quitCommand, title: context.text(AppTexts.quit), group: context.text(AppTexts.globalGroup),
                    help: context.text(AppTexts.quitHelp)),
        ]
        return global + ((stack.active as? any CommandProviding)?.commands ?? [])
    }

    /// The help bar's keymaps: the global keys first, so that F1 and F10 always show.
    private var helpBarKeymaps: KeymapStack {
        KeymapStack([Self.globalKeymap] + stack.keymaps.layers.dropLast())
    }

    public mutating func handle(_ key: Key) -> ApplicationStep {
        if key == .resize { return .continue }
        if helpScreen != nil {
            handleHelp(key)
            return .continue
        }
        switch stack.handle(key) {
        case .refused(let reason): status.show(reason, severity: .error)
        case .unhandled(let command): performGlobal(command)
        case .handled, .ignored: break
        }
        applyRequests()
        return quits ? .quit : .continue
    }

    private mutating func performGlobal(_ command: CommandID) {
        switch command {
        case Self.helpCommand:
            helpScreen = HelpScreen(keymaps: stack.keymaps, commands: commands, title: context.text(AppTexts.help))
        case Self.quitCommand:
            quits = true
        default:
            break
        }
    }

    private mutating func handleHelp(_ key: Key) {
        guard var help = helpScreen else { return }
        if key == .escape || key == .function(1) || key == .function(10) {
            helpScreen = nil
        } else if let command = help.keymap.command(for: key) {
            _ = help.perform(command)
            helpScreen = help
        }
    }

    /// How often the top screen is ticked while it asks for ticks (`AppScreen.wantsTicks`).
    public static let screenTickInterval: Duration = .milliseconds(20)

    public var tickInterval: Duration? {
        (stack.top as? any AppScreen)?.wantsTicks == true ? Self.screenTickInterval : nil
    }

    /// Ticks the top screen (when it asks for ticks), then carries out its requests.
    public mutating func tick(now: ContinuousClock.Instant) -> ApplicationStep {
        if var screen = stack.top as? any AppScreen, screen.wantsTicks {
            screen.tick()
            stack.top = screen
            applyRequests()
        }
        return quits ? .quit : .continue
    }

    /// Carries out what the screens asked for while handling the key.
    private mutating func applyRequests() {
        for request in context.takeRequests() {
            switch request {
            case .push(let screen): stack.push(screen)
            case .pop: stack.pop()
            case .present(let screen, let size, let framed): stack.present(screen, size: size, isFramed: framed)
            case .dismissOverlay: stack.dismissOverlay()
            case .deliver(let result):
                stack.dismissOverlay()
                if var screen = stack.top as? any AppScreen {
                    screen.receive(result)
                    stack.top = screen
                }
            case .status(let text, let severity): status.show(text, severity: severity)
            case .quit: quits = true
            case .runExternalEditor(let text, let fileExtension, let tag):
                deliverToTop(OverlayResult(tag: tag, value: runExternalEditor(on: text, fileExtension: fileExtension)))
            }
        }
        // A request may itself post requests (a screen that presents a dialog on receive).
        if !context.pendingRequestsAreEmpty { applyRequests() }
    }

    /// Gives `result` to the top screen (no overlay is dismissed).
    private mutating func deliverToTop(_ result: OverlayResult) {
        guard var screen = stack.top as? any AppScreen else { return }
        screen.receive(result)
        stack.top = screen
    }

    /// Runs the external editor on the context's terminal (suspending it meanwhile).
    private func runExternalEditor(on text: String, fileExtension: String) -> ExternalEditOutcome {
        // The runner (`@MainActor`) calls `handle`, so this runs on the main actor with the
        // terminal the runner draws on.
        guard let attached = context.terminal else {
            return .failure(.launchFailed(command: ExternalEditor.command(from: context.environment), reason: "no terminal"))
        }
        nonisolated(unsafe) let terminal = attached
        let editor = ExternalEditor(
            environment: context.environment, runner: context.editorRunner, fileExtension: fileExtension,
            filePrefix: "collecta")
        return MainActor.assumeIsolated {
            Result { () throws(ExternalEditorError) -> String in try editor.edit(text, on: terminal) }
        }
    }

    public mutating func render(into buffer: inout ScreenBuffer, theme: Theme) -> Point? {
        let size = buffer.size
        guard size.height >= 4 else { return nil }
        buffer.fill(buffer.bounds, style: theme.style(.normal))
        renderTitleBar(into: &buffer, theme: theme)
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 3)
        stack.render(into: &buffer, in: body, theme: theme)
        status.render(into: &buffer, in: buffer.bounds.row(size.height - 2), theme: theme)
        HelpBar(keymaps: helpBarKeymaps, commands: helpBarCommands, availability: stack.availability(of:))
            .render(into: &buffer, in: buffer.bounds.row(size.height - 1), theme: theme)
        status.tick()
        if let help = helpScreen {
            let area = body.centered(Size(width: min(90, body.width), height: body.height))
            help.render(into: &buffer, in: area, theme: theme, isFocused: true)
            return nil
        }
        return cursorPosition(in: body)
    }

    private func cursorPosition(in body: Rect) -> Point? {
        guard let screen = stack.active as? any AppScreen else { return nil }
        let area = stack.overlayFrame(in: body) ?? body
        return screen.cursorPosition(in: area)
    }

    private func renderTitleBar(into buffer: inout ScreenBuffer, theme: Theme) {
        let row = buffer.bounds.row(0)
        buffer.fill(row, style: theme.style(.statusBar))
        let title = "Collecta · \(companyName) · \(stack.top.title)"
        buffer.write(" " + title, at: Point(x: 0, y: 0), style: theme.style(.statusBar), clip: row)
        let path = context.database.path + " "
        let width = DisplayWidth.of(path)
        if width + DisplayWidth.of(title) + 4 < row.width {
            buffer.write(path, at: Point(x: row.width - width, y: 0), style: theme.style(.statusBar), clip: row)
        }
    }
}

/// A screen that lists its commands (titles and help in the user's language) for the help bar,
/// F1 help and docs/keybindings.md.
public protocol CommandProviding {
    var commands: [Command] { get }
}

/// Texts of the application frame.
enum AppTexts {
    static let help = LocalizedText("Help", "Справка")
    static let helpHelp = LocalizedText("Shows every key of the screen.", "Показывает все клавиши экрана.")
    static let quit = LocalizedText("Quit", "Выход")
    static let quitHelp = LocalizedText("Leaves Collecta.", "Закрывает Collecta.")
    static let globalGroup = LocalizedText("Application", "Приложение")
}

import CollectaCore
import CollectaStore
import Foundation
import TerminalUI

/// "Run automation": choose a date (F5) and a hierarchy (F9), Enter → confirm → the run,
/// one committed page per tick under a progress bar (Esc cancels after the current page; the
/// run stays resumable), then the summary of executed and failed actions per action type.
struct RunNowScreen: AppScreen, CommandProviding {
    /// Where the screen stands.
    enum Phase {
        case choosing
        case running(RunSession, ProgressDialog)
        case done(RunReport, cancelled: Bool)
    }

    private let context: AppContext
    private(set) var date: LocalDate
    private(set) var hierarchyID: String?
    private(set) var phase: Phase = .choosing
    /// Executed and failed actions per action type, of this session's pages.
    private(set) var counts: [ActionKind: (executed: Int, failed: Int)] = [:]

    init(context: AppContext) {
        self.context = context
        date = context.today
    }

    var title: String { context.text(SimulationTexts.runTitle) }

    var isRunning: Bool {
        if case .running = phase { return true }
        return false
    }

    var wantsTicks: Bool { isRunning }

    var keymaps: [Keymap] {
        if case .running(_, let dialog) = phase { return [dialog.keymap] }
        var bindings: [Keymap.Binding] = [
            .init(.function(5), SimulationCommand.changeDate, showsInHelpBar: true),
            .init(.function(9), SimulationCommand.nextHierarchy, showsInHelpBar: true),
            .init(.enter, SimulationCommand.start, showsInHelpBar: true),
        ]
        if case .done = phase {
            bindings.append(.init(.function(6), Self.openHistory, showsInHelpBar: true))
        }
        return [Keymap(title, bindings)]
    }

    var commands: [Command] {
        let group = SimulationTexts.runTitle
        return [
            SimulationCommand.command(
                SimulationCommand.changeDate, SimulationTexts.changeDate, SimulationTexts.changeDateHelp, context, group: group),
            SimulationCommand.command(
                SimulationCommand.nextHierarchy, SimulationTexts.nextHierarchy, SimulationTexts.nextHierarchyHelp, context,
                group: group),
            SimulationCommand.command(SimulationCommand.start, SimulationTexts.start, SimulationTexts.startHelp, context, group: group),
            SimulationCommand.command(Self.openHistory, Self.historyTitle, Self.historyHelp, context, group: group),
        ]
    }

    static let openHistory: CommandID = "run.openHistory"
    static let historyTitle = LocalizedText("History", "История")
    static let historyHelp = LocalizedText(
        "Opens the history of the run's date.", "Открывает историю процесса за дату запуска.")

    mutating func perform(_ command: CommandID) -> HandlingResult {
        if case .running(let session, var dialog) = phase {
            let result = dialog.perform(command)
            phase = .running(session, dialog)
            return result
        }
        switch command {
        case SimulationCommand.changeDate: SimulationCommand.promptForDate(date, context: context)
        case SimulationCommand.nextHierarchy:
            hierarchyID = SimulationCommand.next(after: hierarchyID, in: SimulationCommand.activeHierarchies(context))
            phase = .choosing
        case SimulationCommand.start:
            context.confirm(context.text(SimulationTexts.confirmRun(date, scopeText)), tag: SimulationCommand.confirmTag)
        case Self.openHistory:
            let filter = HistoryFilter(hierarchyID: hierarchyID, from: date, to: date)
            context.request(.push(HistoryScreen(context: context, filter: filter)))
        default: return .ignored
        }
        return .handled
    }

    mutating func receive(_ result: OverlayResult) {
        switch result.tag {
        case SimulationCommand.dateTag:
            guard let text = result.value as? String, let date = LocalDate(iso: text) else { return }
            self.date = date
            phase = .choosing
        case SimulationCommand.confirmTag where result.value as? Bool == true: start()
        default: break
        }
    }

    private var scopeText: String { hierarchyID ?? context.text(SimulationTexts.allHierarchies) }

    /// Opens the run (or resumes an interrupted one); refusals (R17, an invalid configuration)
    /// go to the status line.
    mutating func start() {
        let stamp = ISO8601DateFormatter().string(from: Date())
        do {
            let total = try context.database.customerCount()
            let options = RunOptions(
                runDate: date, hierarchyID: hierarchyID, startedAt: stamp, pageSize: Self.pageSize(customers: total))
            let session = try RunSession.start(options, in: context.database)
            counts = [:]
            guard session.runID != nil else {
                phase = .done(session.report, cancelled: false)
                context.show(context.text(SimulationTexts.nothingToRun))
                return
            }
            let dialog = ProgressDialog(
                title: context.text(SimulationTexts.running), completed: session.progress.customersDone,
                total: session.progress.customersTotal, details: details(session.progress),
                cancelLabel: context.text(SimulationTexts.cancel), cancellingLabel: context.text(SimulationTexts.cancelling))
            phase = .running(session, dialog)
        } catch {
            context.show("\(error)", severity: .error)
        }
    }

    /// Pages of 500 customers; smaller ones (a tenth of the customers) for small companies, so
    /// that the bar moves.
    static func pageSize(customers: Int) -> Int { max(1, min(500, customers / 10)) }

    /// Commits the next page, or finishes, or stops when cancelling was asked for.
    mutating func tick() {
        guard case .running(var session, var dialog) = phase else { return }
        if dialog.isCancelRequested {
            session.cancel()
            phase = .done(session.report, cancelled: true)
            context.show(context.text(SimulationTexts.cancelled))
            return
        }
        do {
            if let progress = try session.step() {
                count(session.lastPageActions)
                dialog.completed = progress.customersDone
                dialog.details = details(progress)
                phase = .running(session, dialog)
            } else {
                let report = try session.finish()
                phase = .done(report, cancelled: false)
                context.show(context.text(SimulationTexts.completed))
            }
        } catch {
            phase = .done(session.report, cancelled: true)
            context.show("\(error)", severity: .error)
        }
    }

    private mutating func count(_ actions: [ExecutedAction]) {
        for action in actions {
            var entry = counts[action.action.kind] ?? (0, 0)
            if action.status == .executed { entry.executed += 1 } else { entry.failed += 1 }
            counts[action.action.kind] = entry
        }
    }

    private func details(_ progress: RunProgress) -> [String] {
        [
            context.text(SimulationTexts.customersDone(progress.customersDone, progress.customersTotal)),
            context.text(SimulationTexts.actionsCreated(progress.actionsExecuted, progress.actionsFailed)),
        ]
    }

    func render(into buffer: inout ScreenBuffer, in area: Rect, theme: Theme) {
        let inside = buffer.drawPane(area, title: title, theme: theme, isFocused: true)
        var lines = [
            "\(context.text(SimulationTexts.date)): \(date.isoString)",
            "\(context.text(SimulationTexts.hierarchy)): \(scopeText)",
            "",
        ]
        switch phase {
        case .choosing, .running: lines.append(context.text(SimulationTexts.prompt))
        case .done(let report, let cancelled): lines += summaryLines(report, cancelled: cancelled)
        }
        for (index, line) in lines.enumerated() where index < inside.height {
            buffer.write(line, at: Point(x: inside.x, y: inside.y + index), style: theme.style(.normal), clip: inside.row(index))
        }
        if case .running(_, let dialog) = phase {
            dialog.render(into: &buffer, in: inside, theme: theme, isFocused: true)
        }
    }

    /// The result: how the run ended, then executed/failed per action type.
    func summaryLines(_ report: RunReport, cancelled: Bool) -> [String] {
        guard report.runID != nil else { return [context.text(SimulationTexts.nothingToRun)] }
        var lines = [context.text(cancelled ? SimulationTexts.cancelled : SimulationTexts.completed)
            + (report.resumed ? " " + context.text(SimulationTexts.resumed) : ""), ""]
        lines.append(row(context.text(SimulationTexts.actionType), context.text(SimulationTexts.executedHeader),
                         context.text(SimulationTexts.failedHeader)))
        var totals = (0, 0)
        for kind in ActionKind.allCases {
            let entry = counts[kind] ?? (0, 0)
            totals = (totals.0 + entry.executed, totals.1 + entry.failed)
            lines.append(row(context.text(SimulationTexts.kind(kind)), String(entry.executed), String(entry.failed)))
        }
        lines.append(row(context.text(SimulationTexts.total), String(totals.0), String(totals.1)))
        lines += ["", "\(context.text(SimulationTexts.customersProcessed)): \(report.customersDone)"]
        if let refresh = report.predictions {
            lines.append(context.text(SimulationTexts.predictions(refresh)))
        }
        return lines
    }

    private func row(_ label: String, _ executed: String, _ failed: String) -> String {
        DisplayWidth.pad(label, to: 26, alignment: .leading)
            + DisplayWidth.pad(executed, to: 12, alignment: .trailing)
            + DisplayWidth.pad(failed, to: 12, alignment: .trailing)
    }
}

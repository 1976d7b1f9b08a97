import CollectaCore
import Foundation
import TerminalUI

/// The commands of the simulation and run screens.
enum SimulationCommand {
    static let changeDate: CommandID = "simulation.date"
    static let nextHierarchy: CommandID = "simulation.hierarchy"
    static let export: CommandID = "simulation.export"
    static let nextTab: CommandID = "simulation.tab"
    static let start: CommandID = "run.start"

    static let dateTag = "simulation.date"
    static let exportTag = "simulation.export"
    static let overwriteTag = "simulation.overwrite"
    static let confirmTag = "run.confirm"

    static func command(
        _ id: CommandID, _ title: LocalizedText, _ help: LocalizedText, _ context: AppContext,
        group: LocalizedText = SimulationTexts.title
    ) -> Command {
        Command(id, title: context.text(title), group: context.text(group), help: context.text(help))
    }

    /// Asks for a date (ISO, validated), answered as `dateTag`.
    static func promptForDate(_ current: LocalDate, context: AppContext) {
        let invalid = context.text(SimulationTexts.invalidDate)
        let prompt = PromptDialog(
            title: context.text(SimulationTexts.date), message: context.text(SimulationTexts.dateMessage),
            text: current.isoString, hint: context.text(Dialogs.promptHint),
            validate: { LocalDate(iso: $0.trimmingCharacters(in: .whitespaces)) == nil ? invalid : nil })
        present(prompt, tag: dateTag, context: context)
    }

    /// Asks for a file path, answered as `tag`.
    static func promptForPath(_ suggested: String, tag: String, context: AppContext) {
        let prompt = PromptDialog(
            title: context.text(SimulationTexts.export), message: context.text(SimulationTexts.exportPath),
            text: suggested, hint: context.text(Dialogs.promptHint))
        present(prompt, tag: tag, context: context)
    }

    private static func present(_ prompt: PromptDialog, tag: String, context: AppContext) {
        let screen = DialogScreen(prompt, tag: tag, context: context, answer: { dialog -> Any?? in
            switch dialog.outcome {
            case .chosen(let text): .some(text.trimmingCharacters(in: .whitespaces))
            case .cancelled: .some(nil)
            case nil: nil
            }
        }, cursor: { dialog, area in dialog.cursorPosition(in: area) })
        context.request(.present(screen, size: Size(width: 70, height: 9), framed: false))
    }

    /// The active hierarchies by rank, for the hierarchy switch.
    static func activeHierarchies(_ context: AppContext) -> [String] {
        ((try? context.configuration())?.hierarchies ?? []).filter(\.isActive).sorted { $0.rank < $1.rank }.map(\.id)
    }

    /// The hierarchy after `current` (nil: all), wrapping to all after the last one.
    static func next(after current: String?, in hierarchies: [String]) -> String? {
        guard let current, let index = hierarchies.firstIndex(of: current) else { return hierarchies.first }
        return index + 1 < hierarchies.count ? hierarchies[index + 1] : nil
    }
}

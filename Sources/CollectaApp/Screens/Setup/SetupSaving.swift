import CollectaCore
import CollectaStore

/// Saving from the setup page: every change goes through `context.saveConfiguration`.
enum SetupSaving {
    /// What a save attempt came to.
    enum Outcome {
        case saved
        /// The rules the change breaks; nothing was written.
        case refused([Violation])
        /// The store refused (a hierarchy customers are assigned to by hand, say), in words.
        case failed(String)
    }

    /// Applies `change` and saves it.
    static func attempt(context: AppContext, _ change: (inout CollectionsConfiguration) -> Void) -> Outcome {
        do {
            let violations = try context.saveConfiguration(change)
            return violations.isEmpty ? .saved : .refused(violations)
        } catch let error as ConfigurationStoreError {
            return .failed(describe(error, context: context))
        } catch {
            return .failed(String(describing: error))
        }
    }

    /// Applies `change` and saves it; a refusal is shown in a message and the status line.
    /// Returns whether it was saved.
    static func save(context: AppContext, _ change: (inout CollectionsConfiguration) -> Void) -> Bool {
        switch attempt(context: context, change) {
        case .saved:
            return true
        case .refused(let violations):
            let text = violations.map { SetupLabels.violation($0, in: context.language) }.joined(separator: "\n")
            refuse(text, context: context)
        case .failed(let text):
            refuse(text, context: context)
        }
        return false
    }

    private static func refuse(_ text: String, context: AppContext) {
        context.show(text.split(separator: "\n").first.map(String.init) ?? text, severity: .error)
        context.inform(text, isError: true)
    }

    private static func describe(_ error: ConfigurationStoreError, context: AppContext) -> String {
        switch error {
        case let .hierarchyAssignedManually(hierarchyID, accounts):
            context.text(SetupTexts.assignedManually(hierarchyID, accounts: accounts))
        default:
            error.description
        }
    }
}

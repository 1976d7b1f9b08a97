import CollectaCore
import CollectaStore
import TerminalUI

/// The application's keymaps and commands as docs/keybindings.md lists them: the global keys,
/// then every screen of the menu as it opens.
public enum DocumentedKeymaps {
    /// Keymaps named "screen: layer", and every command they bind, in `context`'s language.
    public static func application(context: AppContext) -> (keymaps: [Keymap], commands: [Command]) {
        var screens: [any AppScreen] = [MainMenuScreen(context: context)]
        screens += ScreenCatalog.menuEntries.map { $0.open(context) }
        var keymaps = [CollectaApplication.globalKeymap]
        var commands: [Command] = []
        for screen in screens {
            keymaps += screen.keymaps.map { Keymap("\(screen.title): \($0.name)", $0.bindings) }
            commands += (screen as? any CommandProviding)?.commands ?? []
        }
        return (keymaps, commands)
    }

    /// A context over an in-memory demo company, for generating the document without a database.
    public static func demoContext(language: Language = .english) throws -> AppContext {
        let database = try CollectaDatabase.inMemory()
        let today = LocalDate(iso: "2026-11-29")!
        try database.load(DemoCompany.makeDataset(customers: 5, seed: 1, today: today))
        return AppContext(database: database, language: language, today: today)
    }
}

/// The interface languages: every screen string exists in both.
public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case russian = "ru"

    /// The language the environment asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that
    /// is set decides; `ru_*` (e.g. `ru_RU.UTF-8`) means Russian, anything else English.
    public static func preferred(by environment: [String: String]) -> Language {
        for variable in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[variable], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("ru") ? .russian : .english
        }
        return .english
    }
}

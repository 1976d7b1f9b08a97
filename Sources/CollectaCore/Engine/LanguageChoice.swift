/// R14: the language of a message for a customer.
public enum LanguageChoice {
    /// The customer's language when `available` has it — exactly, then by primary subtag
    /// (`ru-RU` → `ru`), comparing case-insensitively — else `defaultLanguage`.
    /// - Returns: the tag as written in `available`, or `defaultLanguage`.
    public static func language(
        for customerLanguage: String, available: [String], defaultLanguage: String
    ) -> String {
        let wanted = customerLanguage.lowercased()
        if let exact = available.first(where: { $0.lowercased() == wanted }) {
            return exact
        }
        let primary = primarySubtag(of: wanted)
        if let byPrimary = available.first(where: { $0.lowercased() == primary }) {
            return byPrimary
        }
        return defaultLanguage
    }

    private static func primarySubtag(of tag: String) -> String {
        String(tag.prefix { $0 != "-" && $0 != "_" })
    }
}

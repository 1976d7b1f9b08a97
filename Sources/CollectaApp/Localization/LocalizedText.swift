/// A user-visible text in English and Russian. Screens declare their texts as static values of
/// this type, so a text cannot exist in one language only.
public struct LocalizedText: Hashable, Sendable {
    public let english: String
    public let russian: String

    public init(_ english: String, _ russian: String) {
        self.english = english
        self.russian = russian
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        language == .russian ? russian : english
    }
}

import CollectaCore

extension Violation {
    /// What is wrong, in the interface's `language`.
    func message(in language: Language) -> String {
        message(russian: language == .russian)
    }

    /// Rule, entity, field and what is wrong, the last in the interface's `language`.
    func description(in language: Language) -> String {
        description(russian: language == .russian)
    }
}

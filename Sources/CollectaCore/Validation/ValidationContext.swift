/// The configuration being validated, with the ids of each entity kind ready for look-ups.
struct ValidationContext {
    let configuration: CollectionsConfiguration
    let purposeIDs: Set<String>
    let poolIDs: Set<String>
    let activityTemplateIDs: Set<String>
    let emailTemplateIDs: Set<String>
    let letterSequenceIDs: Set<String>

    init(_ configuration: CollectionsConfiguration) {
        self.configuration = configuration
        purposeIDs = Set(configuration.purposes.map(\.id))
        poolIDs = Set(configuration.pools.map(\.id))
        activityTemplateIDs = Set(configuration.activityTemplates.map(\.id))
        emailTemplateIDs = Set(configuration.emailTemplates.map(\.id))
        letterSequenceIDs = Set(configuration.letterSequences.map(\.id))
    }

    /// The company currency, for messages about amounts.
    var companyCurrency: String { configuration.parameters.companyCurrency }

    /// The kind of template a step with `action` names, and the ids of the templates of that
    /// kind; nil for letters, which name none (C4).
    func templates(for action: ActionType) -> (kind: EntityKind, ids: Set<String>)? {
        switch action {
        case .activity: (.activityTemplate, activityTemplateIDs)
        case .email: (.emailTemplate, emailTemplateIDs)
        case .letter: nil
        }
    }
}

/// A kind of configuration entity, named in messages in English and in Russian.
struct EntityKind {
    let english: String
    let russian: String

    static let purpose = EntityKind(english: "purpose", russian: "цель контакта")
    static let pool = EntityKind(english: "pool", russian: "пул клиентов")
    static let hierarchy = EntityKind(english: "hierarchy", russian: "иерархия")
    static let activityTemplate = EntityKind(english: "activity template", russian: "шаблон действия")
    static let emailTemplate = EntityKind(english: "email template", russian: "шаблон электронной почты")
    static let letterSequence = EntityKind(english: "letter sequence", russian: "последовательность писем")
}

/// How entities are named in violations.
enum EntityName {
    /// `pool RETAIL`; `pool #3` (its position, from 1) when the id is empty.
    static func of(_ kind: EntityKind, id: String, index: Int) -> String {
        id.isEmpty ? "\(kind.english) #\(index + 1)" : "\(kind.english) \(id)"
    }

    /// `step COLL-B2B line 30`.
    static func step(line: Int, of hierarchy: ProcessHierarchy, index: Int) -> String {
        "step \(hierarchy.id.isEmpty ? "#\(index + 1)" : hierarchy.id) line \(line)"
    }

    /// The parameters of the automation.
    static let parameters = "parameters"
}

extension ViolationList {
    /// Reports an empty id, and an id an earlier entity of the same kind already has.
    ///
    /// - Parameters:
    ///   - index: The position of the entity among `ids`.
    ///   - ids: The ids of every entity of the kind, in configuration order.
    ///   - kind: The kind, e.g. `.pool`.
    mutating func checkID(at index: Int, among ids: [String], kind: EntityKind) {
        let id = ids[index]
        if id.isEmpty {
            report(.field, field: "id", "the id must not be empty", russian: "id не может быть пустым")
        } else if ids[..<index].contains(id) {
            report(
                .field, field: "id", "another \(kind.english) already has the id \(id)",
                russian: "\(kind.russian) с id \(id) уже есть")
        }
    }

    /// Reports `value` when it is negative; `what` names it in English and Russian.
    mutating func checkNotNegative(_ value: Int, field: String, what: (english: String, russian: String)) {
        if value < 0 {
            report(
                .field, field: field, "\(what.english) must be 0 or more, not \(value)",
                russian: "\(what.russian): нужно 0 или больше, а не \(value)")
        }
    }

    /// Reports `tag` when it is not a language tag such as `ru` or `en-US`.
    mutating func checkLanguageTag(_ tag: String, field: String) {
        if !FieldSyntax.isLanguageTag(tag) {
            report(
                .field, field: field, "'\(tag)' is not a language tag like ru or en-US",
                russian: "'\(tag)' — не языковой тег вида ru или en-US")
        }
    }

    /// Reports every language of a list of messages or texts that is not a language tag, or
    /// that an earlier entry already has.
    ///
    /// - Parameters:
    ///   - languages: The languages of the entries, in document order.
    ///   - listField: The field holding the list, e.g. `messages` or `levels[2].texts`.
    ///   - noun: What the entries are: in English in the plural (`messages`), in Russian after
    ///     "два" (`сообщения`).
    mutating func checkLanguages(
        _ languages: [String], listField: String, noun: (english: String, russian: String)
    ) {
        for (position, language) in languages.enumerated() {
            let field = "\(listField)[\(language)].language"
            checkLanguageTag(language, field: field)
            if languages[..<position].contains(language) {
                report(
                    .field, field: field, "there are two \(noun.english) in \(language)",
                    russian: "на языке \(language) два \(noun.russian)")
            }
        }
    }
}

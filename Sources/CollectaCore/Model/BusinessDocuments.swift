/// The kind of activity a template creates.
public enum ActivityType: String, CaseIterable, Hashable, Sendable, Codable {
    case task, appointment, event, action
}

/// A template for activities created by steps and predictions.
public struct ActivityTemplate: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var type: ActivityType
    /// Free purpose text shown on the activity (e.g. "Call about overdue invoice").
    public var purpose: String
    /// The activity is due this many days after it is created (R11).
    public var daysToComplete: Int
    public var details: String

    public init(
        id: String, name: String, type: ActivityType = .task, purpose: String = "",
        daysToComplete: Int = 0, details: String = ""
    ) {
        self.id = id
        self.name = name
        self.type = type
        self.purpose = purpose
        self.daysToComplete = daysToComplete
        self.details = details
    }
}

/// An email template: a header and one message per language.
public struct EmailTemplate: Hashable, Sendable, Codable {
    public var id: String
    public var description: String
    /// The language used when the customer's language has no message (R14, C8).
    public var defaultLanguage: String
    public var senderName: String
    public var senderEmail: String
    /// Messages ordered by language tag.
    public var messages: [EmailMessage]

    public init(
        id: String, description: String, defaultLanguage: String, senderName: String,
        senderEmail: String, messages: [EmailMessage] = []
    ) {
        self.id = id
        self.description = description
        self.defaultLanguage = defaultLanguage
        self.senderName = senderName
        self.senderEmail = senderEmail
        self.messages = messages.sorted { $0.language < $1.language }
    }
}

/// The subject and HTML body of an email template in one language.
public struct EmailMessage: Hashable, Sendable, Codable {
    public var language: String
    public var subject: String
    public var htmlBody: String

    public init(language: String, subject: String, htmlBody: String) {
        self.language = language
        self.subject = subject
        self.htmlBody = htmlBody
    }
}

/// A sequence of collection letters of rising severity.
public struct LetterSequence: Hashable, Sendable, Codable {
    public var id: String
    public var description: String
    /// Levels 1…n in order.
    public var levels: [LetterLevel]

    public init(id: String, description: String, levels: [LetterLevel] = []) {
        self.id = id
        self.description = description
        self.levels = levels.sorted { $0.level < $1.level }
    }
}

/// One level of a letter sequence, with its text per language.
public struct LetterLevel: Hashable, Sendable, Codable {
    public var level: Int
    /// The last level may be final: the sequence stops there.
    public var isFinal: Bool
    /// Texts ordered by language tag.
    public var texts: [LetterText]

    public init(level: Int, isFinal: Bool = false, texts: [LetterText] = []) {
        self.level = level
        self.isFinal = isFinal
        self.texts = texts.sorted { $0.language < $1.language }
    }
}

/// The title and body of one letter level in one language.
public struct LetterText: Hashable, Sendable, Codable {
    public var language: String
    public var title: String
    public var body: String

    public init(language: String, title: String, body: String) {
        self.language = language
        self.title = title
        self.body = body
    }
}

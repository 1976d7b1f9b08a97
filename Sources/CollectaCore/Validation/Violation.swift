/// The rule a configuration violation breaks: one of C1…C10 of the collections rules, R15 (the
/// placeholders of templates), or one of the basic checks every configuration document must also
/// pass.
public enum ConfigurationRule: Int, CaseIterable, Hashable, Sendable, Comparable,
    CustomStringConvertible
{
    /// Ranks are unique positive integers.
    case c1 = 1
    /// A pool belongs to at most one hierarchy.
    case c2
    /// At most one pre-dunning step per hierarchy, and it is an Activity or an Email step.
    case c3
    /// The business document matches the action type; letters have none.
    case c4
    /// Email steps need a recipient; Customer recipients need a business contact purpose.
    case c5
    /// Two non-pre-dunning steps of one hierarchy never share a signed offset.
    case c6
    /// An exclusion rule other than none needs a positive amount.
    case c7
    /// An email template has a message in its default language and a valid sender email.
    case c8
    /// Something in use cannot be deleted.
    case c9
    /// Track step cannot be turned off once tracked history exists.
    case c10
    /// Every placeholder of a subject, body, title or letter text is known, every tag is allowed,
    /// and the text parses (R15).
    case r15
    /// A reference to something that does not exist, such as a hierarchy's pool or a step's
    /// template or contact purpose.
    case reference
    /// A basic field error: an empty or duplicate id, a negative number of days, a malformed
    /// language tag or currency code, a value out of its range.
    case field

    /// The short code users see: `C1`…`C10`, `R15` for template placeholders, `REF` for a
    /// dangling reference, `FIELD` for a basic field error.
    public var code: String {
        switch self {
        case .r15: "R15"
        case .reference: "REF"
        case .field: "FIELD"
        default: "C\(rawValue)"
        }
    }

    public var description: String { code }

    /// Rules order as declared: C1…C10, R15, then references, then field errors.
    public static func < (lhs: ConfigurationRule, rhs: ConfigurationRule) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// One way a configuration breaks a rule: which rule, where, and why, in words a credit manager
/// can act on, in English and in Russian (the two languages of the interface).
///
/// Its description reads like
/// `C5 step COLL-B2B line 30, steps[30].recipient: an email step needs a recipient`.
public struct Violation: Hashable, Sendable, CustomStringConvertible {
    /// The rule broken.
    public let rule: ConfigurationRule
    /// What is at fault, e.g. `hierarchy COLL-B2B`, `step COLL-B2B line 30`,
    /// `email template REMIND`, `parameters`.
    public let entity: String
    /// The field at fault as it is named in the configuration document, e.g. `rank`,
    /// `steps[30].recipient`, `senderEmail`.
    public let field: String
    /// What is wrong, as an English sentence starting in lower case.
    public let message: String
    /// What is wrong, in Russian, starting in lower case.
    public let russianMessage: String

    /// Creates a violation of `rule` by `field` of `entity`, explained in both languages.
    public init(rule: ConfigurationRule, entity: String, field: String, message: String, russianMessage: String) {
        self.rule = rule
        self.entity = entity
        self.field = field
        self.message = message
        self.russianMessage = russianMessage
    }

    /// What is wrong, in Russian when `russian` is true, else in English.
    public func message(russian: Bool) -> String {
        russian ? russianMessage : message
    }

    public var description: String { "\(rule) \(entity), \(field): \(message)" }

    /// The description with the message in Russian when `russian` is true.
    public func description(russian: Bool) -> String {
        "\(rule) \(entity), \(field): \(message(russian: russian))"
    }
}

/// Collects the violations of one entity of the configuration.
struct ViolationList {
    /// The entity every collected violation names.
    let entity: String
    private(set) var violations: [Violation] = []

    init(entity: String) {
        self.entity = entity
    }

    /// Records that `field` breaks `rule`, for the reason in `english` and `russian`.
    mutating func report(_ rule: ConfigurationRule, field: String, _ english: String, russian: String) {
        violations.append(
            Violation(rule: rule, entity: entity, field: field, message: english, russianMessage: russian))
    }

    /// The violations ordered by rule; violations of one rule keep the order they were found in.
    var sortedByRule: [Violation] {
        violations.enumerated()
            .sorted { ($0.element.rule, $0.offset) < ($1.element.rule, $1.offset) }
            .map(\.element)
    }
}

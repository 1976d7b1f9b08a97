/// An account the company collects from.
public struct Customer: Hashable, Sendable, Codable {
    /// The customer account number, the key users type and import by.
    public var account: String
    public var name: String
    /// Free customer group code (e.g. `RETAIL`, `WHOLESALE`).
    public var group: String
    /// The customer's default currency (ISO 4217, e.g. `RUB`).
    public var currency: String
    /// The customer's language tag (`ru`, `en-US`), used to pick template messages (R14).
    public var language: String
    /// Country or region code (`RU`, `GB`).
    public var country: String
    /// The sales group whose members receive "Sales group" emails (R13), if any.
    public var salesGroupID: String?
    /// The collections agent who owns the customer's activities, if any.
    public var agentID: String?
    public var creditLimit: Money
    public var isOnHold: Bool
    /// Free tags, kept sorted and unique.
    public var tags: [String]
    /// The collection letter sequence for this customer; nil uses the parameters' default.
    public var letterSequenceID: String?

    public init(
        account: String, name: String, group: String = "", currency: String, language: String,
        country: String = "", salesGroupID: String? = nil, agentID: String? = nil,
        creditLimit: Money = .zero, isOnHold: Bool = false, tags: [String] = [],
        letterSequenceID: String? = nil
    ) {
        self.account = account
        self.name = name
        self.group = group
        self.currency = currency
        self.language = language
        self.country = country
        self.salesGroupID = salesGroupID
        self.agentID = agentID
        self.creditLimit = creditLimit
        self.isOnHold = isOnHold
        self.tags = Array(Set(tags)).sorted()
        self.letterSequenceID = letterSequenceID
    }
}

/// Why a contact is contacted: Business, Invoice, Payment, Collections… (user-extensible).
public struct ContactPurpose: Hashable, Sendable, Codable {
    /// The purpose code, e.g. `Collections`.
    public var id: String
    public var description: String

    public init(id: String, description: String) {
        self.id = id
        self.description = description
    }
}

/// A person or mailbox of a customer.
public struct Contact: Hashable, Sendable, Codable {
    /// The contact's own key (unique across customers).
    public var id: String
    public var customerAccount: String
    public var name: String
    public var email: String?
    public var phone: String?
    /// Codes of the purposes this contact serves, sorted and unique.
    public var purposeIDs: [String]

    public init(
        id: String, customerAccount: String, name: String, email: String? = nil,
        phone: String? = nil, purposeIDs: [String] = []
    ) {
        self.id = id
        self.customerAccount = customerAccount
        self.name = name
        self.email = email
        self.phone = phone
        self.purposeIDs = Array(Set(purposeIDs)).sorted()
    }
}

/// A sales group: the people who receive emails sent to "Sales group" (R13).
public struct SalesGroup: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var members: [SalesGroupMember]

    public init(id: String, name: String, members: [SalesGroupMember] = []) {
        self.id = id
        self.name = name
        self.members = members
    }
}

/// One member of a sales group.
public struct SalesGroupMember: Hashable, Sendable, Codable {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }
}

/// A collector who owns customers' activities and receives "Collections agent" emails.
public struct CollectionsAgent: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var email: String
    public var phone: String?

    public init(id: String, name: String, email: String, phone: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.phone = phone
    }
}

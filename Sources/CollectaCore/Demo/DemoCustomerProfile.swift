/// How a demo customer pays: the hidden truth that payment predictions should learn.
enum DemoPaymentBehaviour: String, CaseIterable, Sendable {
    case punctual, slightlyLate, chronicallyLate, veryLate

    /// Days paid after the due date (negative: early), drawn uniformly from this range.
    var delayRange: ClosedRange<Int> {
        switch self {
        case .punctual: -7...3
        case .slightlyLate: 1...15
        case .chronicallyLate: 10...45
        case .veryLate: 30...120
        }
    }

    /// Chance in percent that an invoice stays unpaid although its payment day has passed.
    var stuckPercent: Int {
        switch self {
        case .punctual: 4
        case .slightlyLate: 12
        case .chronicallyLate: 30
        case .veryLate: 50
        }
    }

    /// The behaviour mix of a customer group: public bodies pay later, group companies earlier.
    static func weights(group: String) -> [(DemoPaymentBehaviour, Int)] {
        switch group {
        case "PUBLIC":
            [(.punctual, 25), (.slightlyLate, 30), (.chronicallyLate, 35), (.veryLate, 10)]
        case "INTERCOMPANY": [(.punctual, 60), (.slightlyLate, 30), (.chronicallyLate, 10)]
        default: [(.punctual, 40), (.slightlyLate, 30), (.chronicallyLate, 20), (.veryLate, 10)]
        }
    }
}

/// A generated customer together with the facts its contacts and invoices are drawn from.
struct DemoCustomerProfile: Sendable {
    var customer: Customer
    var behaviour: DemoPaymentBehaviour
    /// The customer's usual payment terms in days.
    var paymentTermsDays: Int
    /// The naming style of its people; nil for Russian customers.
    var style: DemoNameStyle?
    /// The mail domain of the company (a free mail domain for sole traders).
    var domain: String
    /// The beginning of its phone numbers, e.g. `+7 (843) `.
    var phonePrefix: String
    /// How many random digits complete a phone number.
    var phoneDigits: Int
    /// For a sole trader (`ИП`), the owner, who is also its only person.
    var soleTrader: DemoPerson?
    /// Whether the customer is new: its invoices start at most 90 days ago.
    var isNew: Bool { customer.tags.contains("NEW") }
    var isRussian: Bool { style == nil }
}

/// A generated person: display name and the local part of the mail address.
struct DemoPerson: Sendable {
    var name: String
    var localPart: String
}

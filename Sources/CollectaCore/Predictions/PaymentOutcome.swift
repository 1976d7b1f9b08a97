/// How an invoice was paid against its due date: the three classes the model predicts.
public enum PaymentOutcome: Int, CaseIterable, Hashable, Sendable, Codable {
    /// Paid on or before the due date.
    case onTime
    /// Paid after the due date, within the very-late period.
    case late
    /// Paid more than the very-late period after the due date, or not paid by then.
    case veryLate
}

/// How the predictions are made: the very-late period and how many examples the model learns from.
public struct PredictionSettings: Hashable, Sendable, Codable {
    /// An invoice paid more than this many days after due is very late.
    public var veryLatePeriodDays: Int
    /// At most this many examples are kept for fitting (a deterministic uniform sample), so that
    /// memory stays bounded however long the history is.
    public var sampleLimit: Int

    public init(veryLatePeriodDays: Int, sampleLimit: Int = 200_000) {
        self.veryLatePeriodDays = veryLatePeriodDays
        self.sampleLimit = sampleLimit
    }
}

/// When an invoice's outcome became known, and what it is.
struct Resolution: Hashable, Sendable {
    /// The first day on which the outcome is known: the payment day, or for an invoice still
    /// unpaid, the first day past the very-late period.
    var knownOn: LocalDate
    var outcome: PaymentOutcome
}

extension LedgerInvoice {
    /// The first day on which an unpaid invoice counts as very late.
    func veryLateFrom(_ settings: PredictionSettings) -> LocalDate {
        dueDate.adding(days: settings.veryLatePeriodDays + 1)
    }

    /// Its outcome and the day it became known. Every invoice has one: an open invoice is known
    /// to be very late from the first day past the period (which may still be in the future).
    func resolution(_ settings: PredictionSettings) -> Resolution {
        let veryLateFrom = veryLateFrom(settings)
        guard let paid = settledDate.map({ max($0, invoiceDate) }), paid < veryLateFrom else {
            return Resolution(knownOn: veryLateFrom, outcome: .veryLate)
        }
        return Resolution(knownOn: paid, outcome: paid <= dueDate ? .onTime : .late)
    }
}

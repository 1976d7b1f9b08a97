import Foundation

/// What was known about a customer's payments on a reference date, about one of its invoices:
/// the raw facts the model's features are made from.
struct HistoryFacts: Hashable, Sendable {
    /// Earlier invoices whose outcome was known, and how many of them were late or very late.
    var count = 0
    var lateCount = 0
    var veryLateCount = 0
    /// The same, each weighted by recency (half of the weight every ``LedgerTimeline/halfLife``).
    var recentWeight = 0.0
    var recentLate = 0.0
    /// The invoice amount against the mean of the customer's earlier invoices; nil without any.
    var amountRatio: Double?
    var termsDays = 0
    /// The customer's other open invoices, in mean invoice amounts.
    var openRatio = 0.0
    /// The customer's other invoices past due and unpaid.
    var overdueCount = 0
}

/// A customer's invoices sorted along each date that matters, so that what was known on any day
/// is found by binary search: O(n log n) for a customer with n invoices, whatever the question.
struct LedgerTimeline: Sendable {
    /// Recency weights halve every 90 days.
    static let halfLife = 90.0

    private let settings: PredictionSettings
    /// Days of known outcomes, ascending, with running counts and recency sums.
    private var knownDays: [Int] = []
    private var lateRunning: [Int] = [0]
    private var veryLateRunning: [Int] = [0]
    private var weightRunning: [Double] = [0]
    private var lateWeightRunning: [Double] = [0]
    private let weightBase: Int
    /// Invoice days ascending with running amounts; payment days of settled invoices likewise.
    private var issueDays: [Int] = []
    private var issuedRunning: [Double] = [0]
    private var paidDays: [Int] = []
    private var paidRunning: [Double] = [0]
    /// Due days ascending; and for settled invoices the later of due and payment day.
    private var dueDays: [Int] = []
    private var clearedDays: [Int] = []

    init(_ ledger: CustomerLedger, settings: PredictionSettings) {
        self.settings = settings
        let resolutions = ledger.invoices.map { $0.resolution(settings) }
            .sorted { $0.knownOn < $1.knownOn }
        weightBase = resolutions.first?.knownOn.daysSinceEpoch ?? 0
        for resolution in resolutions {
            let day = resolution.knownOn.daysSinceEpoch
            let late = resolution.outcome != .onTime
            let weight = exp2(Double(day - weightBase) / Self.halfLife)
            knownDays.append(day)
            lateRunning.append(lateRunning.last! + (late ? 1 : 0))
            veryLateRunning.append(veryLateRunning.last! + (resolution.outcome == .veryLate ? 1 : 0))
            weightRunning.append(weightRunning.last! + weight)
            lateWeightRunning.append(lateWeightRunning.last! + (late ? weight : 0))
        }
        for invoice in ledger.invoices.sorted(by: { $0.invoiceDate < $1.invoiceDate }) {
            issueDays.append(invoice.invoiceDate.daysSinceEpoch)
            issuedRunning.append(issuedRunning.last! + Double(invoice.amount))
        }
        let paid = ledger.invoices.compactMap { invoice in
            invoice.paidOn.map { ($0.daysSinceEpoch, invoice) }
        }.sorted { $0.0 < $1.0 }
        for (day, invoice) in paid {
            paidDays.append(day)
            paidRunning.append(paidRunning.last! + Double(invoice.amount))
        }
        dueDays = ledger.invoices.map(\.dueDate.daysSinceEpoch).sorted()
        clearedDays = paid.map { max($0.0, $0.1.dueDate.daysSinceEpoch) }.sorted()
    }

    /// What was known before `reference` (events on earlier days) about `invoice`, which must be
    /// one of the ledger's; the invoice itself never counts in its own history.
    func facts(for invoice: LedgerInvoice, before reference: LocalDate) -> HistoryFacts {
        let day = reference.daysSinceEpoch
        var facts = HistoryFacts()
        let own = invoice.resolution(settings)
        let ownKnown = own.knownOn.daysSinceEpoch < day
        let known = Self.countBefore(day, in: knownDays)
        facts.count = known - (ownKnown ? 1 : 0)
        facts.lateCount = lateRunning[known] - (ownKnown && own.outcome != .onTime ? 1 : 0)
        facts.veryLateCount = veryLateRunning[known] - (ownKnown && own.outcome == .veryLate ? 1 : 0)
        let decay = exp2(-Double(day - weightBase) / Self.halfLife)
        let ownWeight = ownKnown ? exp2(Double(own.knownOn.daysSinceEpoch - weightBase) / Self.halfLife) : 0
        facts.recentWeight = max(0, (weightRunning[known] - ownWeight) * decay)
        facts.recentLate = max(0, (lateWeightRunning[known] - (own.outcome != .onTime ? ownWeight : 0)) * decay)
        facts.termsDays = invoice.dueDate.days(since: invoice.invoiceDate)
        let (meanAmount, openAmount) = amounts(excluding: invoice, before: day)
        facts.amountRatio = meanAmount.map { Double(invoice.amount) / $0 }
        facts.openRatio = meanAmount.map { openAmount / $0 } ?? 0
        facts.overdueCount = overdueCount(excluding: invoice, before: day)
        return facts
    }

    /// The mean amount of the other invoices issued before `day`, and what of them was unpaid.
    private func amounts(excluding invoice: LedgerInvoice, before day: Int) -> (mean: Double?, open: Double) {
        let ownIssued = invoice.invoiceDate.daysSinceEpoch < day
        let ownPaid = invoice.paidOn.map { $0.daysSinceEpoch < day } ?? false
        let issued = Self.countBefore(day, in: issueDays)
        let count = issued - (ownIssued ? 1 : 0)
        let issuedAmount = issuedRunning[issued] - (ownIssued ? Double(invoice.amount) : 0)
        let paidAmount = paidRunning[Self.countBefore(day, in: paidDays)] - (ownPaid ? Double(invoice.amount) : 0)
        let mean = count > 0 && issuedAmount > 0 ? issuedAmount / Double(count) : nil
        return (mean, max(0, issuedAmount - paidAmount))
    }

    /// The other invoices due before `day` and not paid before it.
    private func overdueCount(excluding invoice: LedgerInvoice, before day: Int) -> Int {
        let due = Self.countBefore(day, in: dueDays)
        let cleared = Self.countBefore(day, in: clearedDays)
        let ownDue = invoice.dueDate.daysSinceEpoch < day
        let ownCleared = invoice.paidOn.map { max($0, invoice.dueDate).daysSinceEpoch < day } ?? false
        return max(0, due - cleared - (ownDue && !ownCleared ? 1 : 0))
    }

    /// How many of the ascending `days` come before `day`.
    static func countBefore(_ day: Int, in days: [Int]) -> Int {
        var low = 0
        var high = days.count
        while low < high {
            let middle = (low + high) / 2
            if days[middle] < day { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension LedgerInvoice {
    /// The payment day, never before the invoice date (data entered out of order is clamped).
    var paidOn: LocalDate? { settledDate.map { max($0, invoiceDate) } }
}

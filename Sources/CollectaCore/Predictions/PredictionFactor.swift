import Foundation

/// What a prediction factor is about: one feature of the model, or the invoice's lateness so far.
public enum PredictionFactorKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// Share of the customer's earlier invoices paid late or very late (facts: late, count).
    case lateHistory
    /// Share of the customer's earlier invoices paid very late (facts: very late, count).
    case veryLateHistory
    /// Recent payments against the customer's whole record (facts: recent %, overall %).
    case recentTrend
    /// How many earlier invoices the customer has on record (facts: count).
    case historyLength
    /// The invoice amount against the customer's usual amount (facts: ratio).
    case relativeAmount
    /// Days between invoice date and due date (facts: days).
    case paymentTerms
    /// The customer's other open invoices, in usual invoices (facts: ratio).
    case openBalance
    /// The customer's other overdue invoices (facts: count).
    case overdueElsewhere
    /// How often the customer's group pays late (facts: group, %).
    case groupLateness
    /// Not a model feature: the invoice is already this many days past due (facts: days).
    case alreadyOverdue
}

/// One reason behind a prediction: what it is about, the facts shown to a person, and how far it
/// pushed the prediction (log-odds of the predicted level against "on time"; positive: later).
public struct PredictionFactor: Hashable, Sendable, Codable {
    public var kind: PredictionFactorKind
    /// The facts, e.g. `["7", "9"]` for "late 7 of 9"; their meaning depends on `kind`.
    public var facts: [String]
    /// The push on the log-odds; nil for `alreadyOverdue`, which decides rather than pushes.
    public var contribution: Double?

    public init(kind: PredictionFactorKind, facts: [String], contribution: Double?) {
        self.kind = kind
        self.facts = facts
        self.contribution = contribution
    }

    /// Whether the factor makes a late payment more likely.
    public var raisesRisk: Bool { (contribution ?? 1) > 0 }
}

extension PredictionFactor {
    /// The stored form of a list of factors: `kind=fact/fact:+1.23;…` (no contribution: `kind=12:`).
    ///
    /// Written without Foundation's `String(format:)` and `replacingOccurrences`, which took a
    /// third of `collecta predict`'s time for a million invoices on Linux.
    public static func storedText(of factors: [PredictionFactor]) -> String {
        var text = ""
        for (index, factor) in factors.enumerated() {
            if index > 0 { text += ";" }
            text += factor.kind.rawValue
            text += "="
            for (position, fact) in factor.facts.enumerated() {
                if position > 0 { text += "/" }
                text += fact.utf8.contains(UInt8(ascii: ";")) ? String(fact.map { $0 == ";" ? "," : $0 }) : fact
            }
            text += ":"
            if let contribution = factor.contribution { text += signedHundredths(contribution) }
        }
        return text
    }

    /// `value` as `%+.2f` writes it (`+1.23`, `-0.50`), by the C library's formatter.
    private static func signedHundredths(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            let count = withVaList([value]) { vsnprintf(buffer.baseAddress, 64, "%+.2f", $0) }
            let bytes = UnsafeRawBufferPointer(start: buffer.baseAddress, count: Int(min(max(count, 0), 63)))
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The factors of `storedText`; entries that cannot be read (an unknown kind) are skipped.
    ///
    /// Read byte by byte: a run reads the stored predictions of every open invoice, and splitting
    /// the text by characters took two seconds for 300,000 predictions.
    public static func factors(fromStoredText text: String) -> [PredictionFactor] {
        var text = text
        return text.withUTF8 { bytes in
            bytes.split(separator: UInt8(ascii: ";")).compactMap { entry in
                factor(in: UnsafeBufferPointer(rebasing: entry))
            }
        }
    }

    /// One entry, `kind=fact/fact:+1.23`.
    private static func factor(in entry: UnsafeBufferPointer<UInt8>) -> PredictionFactor? {
        guard let equals = entry.firstIndex(of: UInt8(ascii: "=")),
              let colon = entry.lastIndex(of: UInt8(ascii: ":")), equals < colon,
              let kind = PredictionFactorKind(rawValue: String(decoding: entry[..<equals], as: UTF8.self))
        else { return nil }
        let facts = entry[(equals + 1)..<colon].split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        let contribution = Double(String(decoding: entry[(colon + 1)...], as: UTF8.self))
        return PredictionFactor(kind: kind, facts: facts, contribution: contribution)
    }
}

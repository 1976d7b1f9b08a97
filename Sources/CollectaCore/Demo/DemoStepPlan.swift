/// Draws the features and the 5–8 steps of a portfolio hierarchy.
///
/// Steps come from a catalogue of candidates, each in its own band of days after the due date
/// (1–3, 5–9, 10–14, …), so that no two steps of a hierarchy share a day (C6) and a later
/// candidate always comes later. Every hierarchy starts with the payment reminder; the others
/// are picked at random, and some hierarchies add a pre-dunning email or call 3–7 days before
/// the due date. Quiet days, the exclusion rule, the invoice origins, predictions, track-step
/// mode and pre-dunning when overdue vary too.
enum DemoStepPlan {
    /// The hierarchy of `part` at `rank`, its choices drawn from `random`.
    static func hierarchy(
        _ part: DemoPortfolioPart, rank: Int, random: inout SeededGenerator
    ) -> ProcessHierarchy {
        let stepCount = random.int(in: 5...8)
        let preDunning = random.chance(percent: 35) ? preDunningStep(random: &random) : nil
        let picked = pickCandidates(count: stepCount - (preDunning == nil ? 1 : 2), random: &random)
        var steps = preDunning.map { [$0] } ?? []
        steps += ([reminder] + picked).map { $0.step(random.int(in: $0.days)) }
        for index in steps.indices {
            steps[index].line = (index + 1) * 10
            if part.isEnglish { steps[index].description = englishPart(of: steps[index].description) }
        }
        var hierarchy = ProcessHierarchy(
            id: part.id, description: part.name, rank: rank, poolID: part.pool.id,
            quietDays: random.element(of: [2, 3, 5, 7, 10]),
            usesPredictions: random.chance(percent: 40),
            usesTrackStep: random.chance(percent: 25),
            includedOrigins: random.weighted([
                (InvoiceOrigin.allCases, 50), ([.salesOrder, .freeText, .project], 30),
                ([.salesOrder, .freeText], 20),
            ]),
            preDunsWhenOverdue: preDunning != nil && random.chance(percent: 30),
            steps: steps)
        (hierarchy.exclusionRule, hierarchy.exclusionAmount) = exclusion(random: &random)
        return hierarchy
    }

    /// A step the catalogue offers, with the band of days after the due date it falls in.
    struct Candidate: Sendable {
        let days: ClosedRange<Int>
        let step: @Sendable (Int) -> ProcessStep
    }

    static let reminder = Candidate(days: 1...3) {
        email("Напоминание об оплате / Payment reminder", DemoDocument.reminder, .after, $0)
    }

    /// The candidates after the reminder, in the order of their bands.
    static let catalogue: [Candidate] = [
        Candidate(days: 5...9) {
            email("Повторное уведомление / Second notice", DemoDocument.secondNotice, .after, $0)
        },
        Candidate(days: 10...14) { letter("Письмо о задолженности / Collection letter", $0) },
        Candidate(days: 15...19) {
            activity("Звонок клиенту / Call the customer", DemoDocument.call, $0)
        },
        Candidate(days: 20...24) {
            activity("Проверить обещание оплаты / Check the promise to pay",
                     DemoDocument.promiseCheck, $0)
        },
        Candidate(days: 25...29) {
            email("Уведомить отдел продаж / Notify the sales group", DemoDocument.salesNotice,
                  .after, $0, to: .salesGroup)
        },
        Candidate(days: 30...34) {
            email("Уведомить агента / Notify the collections agent", DemoDocument.salesNotice,
                  .after, $0, to: .collectionsAgent)
        },
        Candidate(days: 35...44) {
            activity("Эскалация / Escalation", DemoDocument.escalate, $0)
        },
        Candidate(days: 45...54) { letter("Повторное требование / Second demand", $0) },
        Candidate(days: 55...64) {
            activity("Визит к клиенту / Visit the customer", DemoDocument.visit, $0)
        },
        Candidate(days: 65...80) { letter("Досудебная претензия / Final demand", $0) },
    ]

    /// `count` candidates of the catalogue, in catalogue order.
    private static func pickCandidates(
        count: Int, random: inout SeededGenerator
    ) -> [Candidate] {
        var indices = Array(catalogue.indices)
        for index in 0..<count {
            indices.swapAt(index, random.int(in: index...(indices.count - 1)))
        }
        return indices.prefix(count).sorted().map { catalogue[$0] }
    }

    /// A pre-dunning email to the customer, or a call, 3–7 days before the due date.
    private static func preDunningStep(random: inout SeededGenerator) -> ProcessStep {
        let days = random.int(in: 3...7)
        var step = random.chance(percent: 70)
            ? email("Дружеское напоминание до срока / Friendly reminder before due",
                    DemoDocument.preDunning, .before, days)
            : ProcessStep(
                line: 0, description: "Звонок до срока / Call before the due date",
                action: .activity, documentID: DemoDocument.call, timing: .before, days: days)
        step.isPreDunning = true
        return step
    }

    private static func exclusion(random: inout SeededGenerator) -> (ExclusionRule, Money) {
        switch random.weighted([(ExclusionRule.none, 40), (.customerAgingBalance, 35),
                                (.invoiceAmount, 25)]) {
        case .none: (.none, .zero)
        case .customerAgingBalance:
            (.customerAgingBalance, Money(minorUnits: random.element(of: [500, 1_000, 5_000]) * 100))
        case .invoiceAmount:
            (.invoiceAmount, Money(minorUnits: random.element(of: [100, 500]) * 100))
        }
    }

    /// The English half of a bilingual `Русский / English` description.
    private static func englishPart(of description: String) -> String {
        guard let range = description.range(of: " / ") else { return description }
        return String(description[range.upperBound...])
    }

    private static func email(
        _ description: String, _ template: String, _ timing: StepTiming, _ days: Int,
        to recipient: RecipientKind = .customer
    ) -> ProcessStep {
        ProcessStep(
            line: 0, description: description, action: .email, documentID: template,
            timing: timing, days: days, recipient: recipient,
            contactPurposeID: recipient == .customer ? DemoPurpose.collections : nil)
    }

    private static func activity(_ description: String, _ template: String, _ days: Int)
        -> ProcessStep
    {
        ProcessStep(
            line: 0, description: description, action: .activity, documentID: template,
            timing: .after, days: days)
    }

    private static func letter(_ description: String, _ days: Int) -> ProcessStep {
        ProcessStep(line: 0, description: description, action: .letter, days: days)
    }
}

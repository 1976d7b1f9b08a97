/// The pools and hierarchies of a demo company with a chosen number of strategies.
///
/// Rank 1 is the classic key-accounts strategy (pool KEY-ACCOUNTS, tag `*VIP*`). The other
/// hierarchies work **portfolios**: contiguous ranges of customer accounts of uneven width
/// (`C-000001..C-012400`, the first open below, the last open above, so that together they cover
/// every account). A portfolio is worked by one hierarchy, or split between two: a segment of it
/// (Russian customers, foreign ones, wholesale and public bodies, retail, or large balances) at
/// one rank and the rest of the range at the next. So every customer has a hierarchy, and every
/// hierarchy wins a sizeable share of the customers. With one hierarchy there is no key-accounts
/// rank and the one portfolio holds everybody.
struct DemoPortfolioPlan {
    /// The pools, one per hierarchy, in rank order.
    let pools: [CustomerPool]
    /// The hierarchies, ranks 1 to n.
    let hierarchies: [ProcessHierarchy]

    /// Plans `hierarchies` strategies for `customers` customers whose account numbers have
    /// `accountWidth` digits; the features of each come from `seed`.
    init(hierarchies count: Int, customers: Int, accountWidth: Int, seed: UInt64) {
        var random = SeededGenerator(seed: seed, stream: Self.stream)
        var pools: [CustomerPool] = []
        var hierarchies: [ProcessHierarchy] = []
        if count > 1 {
            pools.append(DemoConfiguration.pools[0])
            hierarchies.append(DemoHierarchies.keyAccounts)
        }
        let portfolios = Self.portfolios(slots: count - hierarchies.count, random: &random)
        let ranges = Self.accountRanges(
            weights: portfolios.map(\.weight), customers: customers, width: accountWidth)
        for (number, (portfolio, range)) in zip(portfolios, ranges).enumerated() {
            for part in portfolio.parts(number: number + 1, range: range) {
                let rank = hierarchies.count + 1
                pools.append(part.pool)
                hierarchies.append(
                    DemoStepPlan.hierarchy(part, rank: rank, random: &random))
            }
        }
        self.pools = pools
        self.hierarchies = hierarchies
    }

    /// The stream of the seed that draws the configuration (customers use streams 0, 1, …).
    private static let stream: UInt64 = 0xC0FF_1C0F_F1C0_0000

    /// Portfolios filling `slots` hierarchies: split ones take two.
    private static func portfolios(
        slots: Int, random: inout SeededGenerator
    ) -> [DemoPortfolio] {
        var portfolios: [DemoPortfolio] = []
        var remaining = slots
        while remaining > 0 {
            let segment = remaining >= 2 && random.chance(percent: 50)
                ? random.element(of: DemoSegment.allCases) : nil
            // A split portfolio is wider, so that both its halves stay sizeable.
            let weight = segment == nil ? random.int(in: 3...6) : random.int(in: 5...9)
            portfolios.append(DemoPortfolio(segment: segment, weight: weight))
            remaining -= segment == nil ? 1 : 2
        }
        return portfolios
    }

    /// Consecutive account ranges with widths proportional to `weights`: the first open below,
    /// the last open above. Every range gets at least one account number, even when there are
    /// fewer customers than portfolios (the ranges then reach past the last customer).
    static func accountRanges(weights: [Int], customers: Int, width: Int) -> [DemoAccountRange] {
        let span = max(customers, weights.count)
        let total = weights.reduce(0, +)
        var ranges: [DemoAccountRange] = []
        var first = 1
        var cumulative = 0
        for (index, weight) in weights.enumerated() {
            cumulative += weight
            let slotsLeft = weights.count - index - 1
            let last = min(max(first, span * cumulative / total), span - slotsLeft)
            ranges.append(DemoAccountRange(
                first: "C-" + DemoFormat.padded(first, width: width),
                last: "C-" + DemoFormat.padded(last, width: width),
                isOpenBelow: index == 0, isOpenAbove: slotsLeft == 0))
            first = last + 1
        }
        return ranges
    }
}

/// A range of customer accounts, as a pool criterion.
struct DemoAccountRange {
    let first: String
    let last: String
    let isOpenBelow: Bool
    let isOpenAbove: Bool

    /// The range in the range syntax: `A..B`, `..B`, `A..`, or `!""` for every account.
    var criterion: PoolCriterion {
        let range = switch (isOpenBelow, isOpenAbove) {
        case (true, true): "!\"\""
        case (true, false): ".." + last
        case (false, true): first + ".."
        case (false, false): first + ".." + last
        }
        return PoolCriterion(field: .account, range: range)
    }

    /// How the range reads in descriptions: `C-000001…C-012400`, `C-012401…`.
    var text: String {
        switch (isOpenBelow, isOpenAbove) {
        case (true, true): "*"
        case (true, false): "…" + last
        case (false, true): first + "…"
        case (false, false): first + "…" + last
        }
    }
}

/// A portfolio before its accounts are known: how wide it is and whether a segment is split
/// off.
struct DemoPortfolio {
    let segment: DemoSegment?
    let weight: Int

    /// The one or two hierarchies' pools and names of portfolio `number`.
    func parts(number: Int, range: DemoAccountRange) -> [DemoPortfolioPart] {
        let code = "PF" + DemoFormat.padded(number, width: 2)
        let russian = "Портфель \(number)"
        let english = "Portfolio \(number)"
        guard let segment else {
            return [DemoPortfolioPart(
                id: code, name: "\(russian) / \(english)", range: range, criteria: [],
                isEnglish: false)]
        }
        return [
            DemoPortfolioPart(
                id: code + "-" + segment.code,
                name: "\(russian): \(segment.russianName) / \(english): \(segment.englishName)",
                range: range, criteria: segment.criteria, isEnglish: segment == .foreign),
            DemoPortfolioPart(
                id: code + "-REST",
                name: "\(russian): остальные клиенты / \(english): other customers", range: range,
                criteria: [], isEnglish: false),
        ]
    }
}

/// One hierarchy of a portfolio: its id, name and pool.
struct DemoPortfolioPart {
    let id: String
    let name: String
    let range: DemoAccountRange
    /// What the pool asks besides the account range.
    let criteria: [PoolCriterion]
    /// Whether its customers are foreign, so its step descriptions are in English only.
    let isEnglish: Bool

    var pool: CustomerPool {
        CustomerPool(
            id: "POOL-" + id, description: "\(name) · \(range.text)",
            criteria: [range.criterion] + criteria)
    }
}

/// The customers a portfolio may split off for a hierarchy of their own.
enum DemoSegment: CaseIterable {
    case russian, foreign, largeAccounts, retail, largeBalances

    var code: String {
        switch self {
        case .russian: "RU"
        case .foreign: "INTL"
        case .largeAccounts: "B2B"
        case .retail: "RETAIL"
        case .largeBalances: "LARGE"
        }
    }

    var criteria: [PoolCriterion] {
        switch self {
        case .russian: [PoolCriterion(field: .language, range: "ru*")]
        case .foreign: [PoolCriterion(field: .country, range: "!RU")]
        case .largeAccounts: [PoolCriterion(field: .group, range: "WHOLESALE,PUBLIC")]
        case .retail: [PoolCriterion(field: .group, range: "RETAIL")]
        case .largeBalances: [PoolCriterion(field: .openBalance, range: ">=1000000")]
        }
    }

    var russianName: String {
        switch self {
        case .russian: "российские клиенты"
        case .foreign: "зарубежные клиенты"
        case .largeAccounts: "опт и госсектор"
        case .retail: "розница"
        case .largeBalances: "крупные долги"
        }
    }

    var englishName: String {
        switch self {
        case .russian: "Russian customers"
        case .foreign: "international customers"
        case .largeAccounts: "wholesale and public sector"
        case .retail: "retail"
        case .largeBalances: "large balances"
        }
    }
}

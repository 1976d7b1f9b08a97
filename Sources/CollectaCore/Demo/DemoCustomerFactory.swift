/// Draws demo customers one after another.
///
/// Company names are unique: the k-th customer of a naming family takes combination
/// `(k × stride + offset) mod count` of the family's roots and endings (a permutation, since the
/// stride is coprime with the count), and later cycles add a city or a qualifier. This keeps
/// generation O(1) per customer without remembering the names already used.
struct DemoCustomerFactory {
    private let seed: UInt64
    /// Digits of the account number (`C-000001` has 6).
    private let accountWidth: Int
    private var russianCount = 0
    private var englishCount = 0
    private var germanCount = 0
    private var frenchCount = 0

    init(seed: UInt64, accountWidth: Int = 6) {
        self.seed = seed
        self.accountWidth = accountWidth
    }

    /// The customer group: the first draw of every customer's stream, so that the invoice
    /// allocation can learn a customer's group without drawing the whole customer.
    static func drawGroup(random: inout SeededGenerator) -> String {
        random.weighted([("RETAIL", 40), ("WHOLESALE", 35), ("PUBLIC", 15), ("INTERCOMPANY", 10)])
    }

    /// The customer with zero-based `index`, drawn from `random`.
    mutating func makeProfile(index: Int, random: inout SeededGenerator) -> DemoCustomerProfile {
        let group = Self.drawGroup(random: &random)
        let behaviour = random.weighted(DemoPaymentBehaviour.weights(group: group))
        var profile = random.chance(percent: 60)
            ? makeRussian(group: group, behaviour: behaviour, random: &random)
            : makeForeign(group: group, behaviour: behaviour, random: &random)
        profile.customer.account = "C-" + DemoFormat.padded(index + 1, width: accountWidth)
        assignCommercialTerms(to: &profile, random: &random)
        return profile
    }

    // MARK: - Russian customers

    private mutating func makeRussian(
        group: String, behaviour: DemoPaymentBehaviour, random: inout SeededGenerator
    ) -> DemoCustomerProfile {
        let city = random.element(of: DemoNamesRussian.cities)
        let form = group == "RETAIL" ? random.weighted(DemoNamesRussian.legalForms) : "ООО"
        let language = random.chance(percent: 55) ? "ru" : "ru-RU"
        var profile = DemoCustomerProfile(
            customer: Customer(
                account: "", name: "", group: group, currency: "RUB", language: language,
                country: "RU"),
            behaviour: behaviour, paymentTermsDays: 30, style: nil, domain: "",
            phonePrefix: "+7 (\(city.areaCode)) ", phoneDigits: 7)
        if form == "ИП" {
            let owner = DemoPeople.russianSoleTrader(random: &random)
            profile.customer.name = "ИП " + owner.name
            profile.domain = random.element(of: DemoNamesRussian.freeMailDomains)
            profile.soleTrader = owner
        } else {
            let company = nextRussianCompanyName()
            profile.customer.name = "\(form) «\(company.name)»" + company.qualifier
            profile.domain = company.slug + ".ru"
        }
        profile.customer.salesGroupID = city.areaCode.hasPrefix("49")
            ? DemoStaff.russianGroupIDs[0] : DemoStaff.russianGroupIDs[1]
        return profile
    }

    /// The next unique Russian company name: the part inside «», its slug, and the city that
    /// follows it in later cycles (` (Казань)`, or empty).
    private mutating func nextRussianCompanyName()
        -> (name: String, slug: String, qualifier: String)
    {
        let roots = DemoNamesRussian.companyRoots
        let suffixes = DemoNamesRussian.companySuffixes
        let count = roots.count * suffixes.count
        let (combination, cycle) = nextCombination(&russianCount, count: count)
        let root = roots[combination / suffixes.count]
        let suffix = suffixes[combination % suffixes.count]
        let slug = root.slug + suffix.slug
        guard cycle > 0 else { return (root.name + suffix.name, slug, "") }
        let city = DemoFormat.qualifier(cycle: cycle, from: DemoFormat.qualifiers(nil))
        return (root.name + suffix.name, slug + "-" + DemoTransliteration.slug(city), " " + city)
    }

    // MARK: - Foreign customers

    private mutating func makeForeign(
        group: String, behaviour: DemoPaymentBehaviour, random: inout SeededGenerator
    ) -> DemoCustomerProfile {
        let market = random.weighted(DemoNamesForeign.markets.map { ($0, $0.weight) })
        let (name, slug) = foreignCompanyName(style: market.style)
        let form = random.element(of: market.legalForms)
        return DemoCustomerProfile(
            customer: Customer(
                account: "", name: name + " " + form, group: group, currency: market.currency,
                language: market.language, country: market.country,
                salesGroupID: DemoStaff.exportGroupID),
            behaviour: behaviour, paymentTermsDays: 30, style: market.style,
            domain: slug + "." + market.topLevelDomain, phonePrefix: market.phonePrefix,
            phoneDigits: market.phoneDigits)
    }

    private mutating func foreignCompanyName(style: DemoNameStyle) -> (name: String, slug: String) {
        let roots = DemoNamesForeign.companyRoots(style)
        let trades = DemoNamesForeign.tradeWords(style)
        let count = roots.count * trades.count
        let (combination, cycle): (Int, Int)
        switch style {
        case .english: (combination, cycle) = nextCombination(&englishCount, count: count)
        case .german: (combination, cycle) = nextCombination(&germanCount, count: count)
        case .french: (combination, cycle) = nextCombination(&frenchCount, count: count)
        }
        var name = roots[combination / trades.count] + " " + trades[combination % trades.count]
        if cycle > 0 {
            name += " " + DemoFormat.qualifier(cycle: cycle, from: DemoFormat.qualifiers(style))
        }
        return (name, DemoTransliteration.slug(name))
    }

    /// The next combination of a family and how many times the family has wrapped around.
    private func nextCombination(
        _ counter: inout Int, count: Int
    ) -> (combination: Int, cycle: Int) {
        let k = counter
        counter += 1
        let stride = DemoFormat.coprimeStride(for: count)
        let offset = Int(seed % UInt64(count))
        return ((k % count * stride + offset) % count, k / count)
    }

    // MARK: - Terms, tags and owners

    private func assignCommercialTerms(
        to profile: inout DemoCustomerProfile, random: inout SeededGenerator
    ) {
        profile.paymentTermsDays = random.weighted([(14, 15), (30, 45), (45, 20), (60, 20)])
        var tags: [String] = []
        let isVIP = random.chance(percent: profile.customer.group == "WHOLESALE" ? 20 : 3)
        if isVIP { tags.append("VIP") }
        if random.chance(percent: 10) { tags.append("NEW") }
        let isLegal = profile.behaviour == .veryLate && random.chance(percent: 30)
        if isLegal { tags.append("LEGAL") }
        profile.customer.tags = tags.sorted()
        profile.customer.isOnHold = isLegal || random.chance(percent: 2)
        profile.customer.creditLimit = creditLimit(for: profile, random: &random)
        if isVIP { profile.customer.salesGroupID = DemoStaff.keyAccountsGroupID }
        if random.chance(percent: 8) { profile.customer.salesGroupID = nil }
        let agents = profile.isRussian ? DemoStaff.russianAgentIDs : DemoStaff.foreignAgentIDs
        profile.customer.agentID = random.chance(percent: 95) ? random.element(of: agents) : nil
    }

    /// A credit limit in the company currency (RUB), rounded to 50,000 roubles.
    private func creditLimit(
        for profile: DemoCustomerProfile, random: inout SeededGenerator
    ) -> Money {
        let roubles: ClosedRange<Int64> = switch profile.customer.group {
        case "WHOLESALE": 5_000_000...30_000_000
        case "PUBLIC": 3_000_000...12_000_000
        case "INTERCOMPANY": 20_000_000...50_000_000
        default: 500_000...2_500_000
        }
        var limit = random.int64(in: roubles) / 50_000 * 50_000
        if profile.isNew { limit /= 2 }
        return Money(minorUnits: limit * 100)
    }
}

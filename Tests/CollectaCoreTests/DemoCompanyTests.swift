import Testing
@testable import CollectaCore

/// The demo company: determinism, counts, referential integrity and realism of its data.
@Suite struct DemoCompanyTests {
    static let today = LocalDate(year: 2026, month: 3, day: 16)!
    static let dataset = DemoCompany.makeDataset(today: today)

    var dataset: DemoDataset { Self.dataset }
    var configuration: CollectionsConfiguration { dataset.configuration }

    // MARK: - Determinism

    @Test func sameSeedGivesAnEqualDataset() {
        #expect(DemoCompany.makeDataset(today: Self.today) == dataset)
        let small = DemoCompany.makeDataset(customers: 20, seed: 42, today: Self.today)
        #expect(DemoCompany.makeDataset(customers: 20, seed: 42, today: Self.today) == small)
    }

    @Test func differentSeedsGiveDifferentCompanies() {
        let other = DemoCompany.makeDataset(seed: 2, today: Self.today)
        #expect(other.customers != dataset.customers)
        #expect(other.invoices != dataset.invoices)
        #expect(other.customers.map(\.name) != dataset.customers.map(\.name))
    }

    /// Equality within one process cannot catch per-process randomness (hash seeds), so a few
    /// recorded values pin the data across runs and platforms. Update them deliberately when the
    /// demo tables or draws change.
    @Test func datasetMatchesTheRecordedFingerprint() {
        let amounts = dataset.invoices.reduce(Int64(0)) { $0 + $1.amount.minorUnits }
        let names = dataset.customers.prefix(2).map(\.name)
        #expect(names == ["Bellevue Emballages SA", "ООО «Вектор-Трейд»"])
        #expect(dataset.contacts.count == 443)
        #expect(dataset.invoices.count == 2_994)
        #expect(dataset.invoices.last?.id == "INV-2025-002994")
        #expect(amounts == 152_008_371_393)
    }

    @Test func generatorIsSplitMix64() {
        // The published first outputs of SplitMix64 seeded with 0 and 1.
        var zero = SeededGenerator(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
        #expect(zero.next() == 0x6E78_9E6A_A1B9_65F4)
        var one = SeededGenerator(seed: 1)
        #expect(one.next() == 0x910A_2DEC_8902_5CC1)
    }

    @Test func boundedDrawsStayInRangeAndCoverIt() {
        var random = SeededGenerator(seed: 7)
        var seen = Set<Int>()
        for _ in 0..<1_000 {
            let value = random.int(in: -3...3)
            #expect((-3...3).contains(value))
            seen.insert(value)
        }
        #expect(seen.count == 7)
        #expect(random.uniform(below: 1) == 0)
    }

    // MARK: - Counts

    @Test func countsMatchTheRequestedSize() {
        #expect(dataset.customers.count == 200)
        #expect((2_400...3_600).contains(dataset.invoices.count))
        #expect(dataset.agents.count == 5)
        #expect((3...4).contains(dataset.salesGroups.count))
        #expect(dataset.salesGroups.allSatisfy { (2...3).contains($0.members.count) })
        let perCustomer = Dictionary(grouping: dataset.contacts, by: \.customerAccount)
        #expect(perCustomer.count == 200)
        #expect(perCustomer.values.allSatisfy { (1...3).contains($0.count) })
    }

    @Test func invoiceCountScalesLinearly() {
        let large = DemoCompany.makeDataset(customers: 1_000, seed: 3, today: Self.today)
        #expect(large.customers.count == 1_000)
        #expect((12_000...18_000).contains(large.invoices.count))
        #expect(DemoCompany.makeDataset(customers: 0, today: Self.today).invoices.isEmpty)
    }

    @Test func keysAreFormattedAndUnique() {
        #expect(dataset.customers.first?.account == "C-000001")
        #expect(dataset.customers.last?.account == "C-000200")
        #expect(Set(dataset.customers.map(\.account)).count == dataset.customers.count)
        #expect(Set(dataset.customers.map(\.name)).count == dataset.customers.count)
        #expect(Set(dataset.contacts.map(\.id)).count == dataset.contacts.count)
        #expect(Set(dataset.invoices.map(\.id)).count == dataset.invoices.count)
        #expect(Set(dataset.invoices.map(\.voucher)).count == dataset.invoices.count)
        for invoice in dataset.invoices {
            #expect(invoice.id.hasPrefix("INV-\(invoice.invoiceDate.components.year)-"))
            #expect(invoice.voucher.hasPrefix("AR-") && invoice.voucher.count >= 9)
        }
    }

    @Test func companyNamesStayUniqueBeyondOneCycleOfCombinations() {
        let large = DemoCompany.makeDataset(customers: 3_000, seed: 5, today: Self.today)
        let companies = large.customers.filter { !$0.name.hasPrefix("ИП ") }
        #expect(Set(companies.map(\.name)).count == companies.count)
    }

    // MARK: - Referential integrity

    @Test func everythingReferencesExistingRecords() {
        let accounts = Set(dataset.customers.map(\.account))
        let purposes = Set(configuration.purposes.map(\.id))
        let groups = Set(dataset.salesGroups.map(\.id))
        let agents = Set(dataset.agents.map(\.id))
        #expect(dataset.invoices.allSatisfy { accounts.contains($0.customerAccount) })
        #expect(dataset.contacts.allSatisfy { accounts.contains($0.customerAccount) })
        #expect(dataset.contacts.allSatisfy { !$0.purposeIDs.isEmpty })
        #expect(dataset.contacts.allSatisfy { Set($0.purposeIDs).isSubset(of: purposes) })
        #expect(dataset.customers.allSatisfy { $0.salesGroupID.map(groups.contains) ?? true })
        #expect(dataset.customers.allSatisfy { $0.agentID.map(agents.contains) ?? true })
        #expect(dataset.customers.filter { $0.salesGroupID != nil }.count > 150)
        #expect(dataset.customers.filter { $0.agentID != nil }.count > 170)
    }

    @Test func mostButNotAllCustomersHaveACollectionsEmail() {
        let reachable = Set(dataset.contacts.filter {
            $0.purposeIDs.contains("Collections") && $0.email != nil
        }.map(\.customerAccount))
        #expect(reachable.count >= 150)
        #expect(reachable.count < dataset.customers.count)
    }

    // MARK: - Invoices

    @Test func settledInvoicesArePaidInFullOnOrBeforeToday() {
        let settled = dataset.invoices.filter { $0.settledDate != nil }
        for invoice in settled {
            #expect(invoice.openAmount == .zero && invoice.openAmountCompany == .zero)
            #expect(invoice.settledDate! <= Self.today)
            #expect(invoice.settledDate! >= invoice.invoiceDate)
        }
        let share = settled.count * 100 / dataset.invoices.count
        #expect((60...80).contains(share))
    }

    @Test func openInvoicesOweNoMoreThanTheirAmount() {
        let open = dataset.invoices.filter { $0.settledDate == nil }
        #expect(dataset.invoices.allSatisfy { $0.amount > .zero })
        #expect(open.allSatisfy { $0.openAmount > .zero && $0.openAmount <= $0.amount })
        #expect(open.contains { $0.openAmount < $0.amount })
        #expect(open.contains { $0.dueDate > Self.today })
        #expect(open.contains { $0.dueDate < Self.today.adding(days: -90) })
    }

    @Test func datesFollowThePaymentTerms() {
        let earliest = Self.today.adding(days: -365)
        for invoice in dataset.invoices {
            #expect(invoice.invoiceDate >= earliest && invoice.invoiceDate < Self.today)
            #expect([14, 30, 45, 60].contains(invoice.dueDate.days(since: invoice.invoiceDate)))
        }
    }

    @Test func everyStatusAndOriginOccurs() {
        for status in CollectionsStatus.allCases {
            #expect(dataset.invoices.contains { $0.status == status && $0.isOpen }, "\(status)")
        }
        for origin in InvoiceOrigin.allCases {
            #expect(dataset.invoices.contains { $0.origin == origin }, "\(origin)")
        }
    }

    @Test func companyAmountsUseTheFixedRates() {
        for invoice in dataset.invoices {
            let factor: Int64 = switch invoice.currency {
            case "EUR": 100
            case "USD": 92
            case "GBP": 117
            default: 1
            }
            #expect(invoice.openAmountCompany.minorUnits == invoice.openAmount.minorUnits * factor)
        }
    }

    @Test func conversionRoundsHalfUp() {
        let rate = Money(minorUnits: 92_35)
        #expect(DemoExchangeRates.convert(Money(minorUnits: 10), rate: rate).minorUnits == 924)
        #expect(DemoExchangeRates.convert(Money(minorUnits: 2), rate: rate).minorUnits == 185)
        #expect(DemoExchangeRates.convert(Money(minorUnits: 1), rate: Money(minorUnits: 50))
            .minorUnits == 1)
        #expect(DemoExchangeRates.convert(Money(minorUnits: -1), rate: Money(minorUnits: 50))
            .minorUnits == -1)
    }

    @Test func customersHaveDistinctPaymentBehaviours() {
        let delays = averageDelayPerCustomer()
        #expect(delays.filter { $0 <= 2 }.count >= 20)
        #expect(delays.filter { $0 >= 30 }.count >= 5)
    }

    // MARK: - Realism

    @Test func customersMixRussianAndForeignCompanies() {
        let russian = dataset.customers.filter { $0.country == "RU" }
        #expect((100...140).contains(russian.count))
        #expect(russian.allSatisfy { $0.currency == "RUB" && $0.language.hasPrefix("ru") })
        #expect(russian.allSatisfy(isCyrillic))
        #expect(russian.contains { $0.name.hasPrefix("ООО «") })
        #expect(russian.contains { $0.name.hasPrefix("ИП ") })
        let foreign = dataset.customers.filter { $0.country != "RU" }
        #expect(foreign.allSatisfy { ["EUR", "USD", "GBP"].contains($0.currency) })
        let languages = Set(dataset.customers.map(\.language))
        #expect(languages.isSuperset(of: ["ru", "ru-RU", "en", "en-US", "en-GB", "de"]))
        let groups = Set(dataset.customers.map(\.group))
        #expect(groups == ["RETAIL", "WHOLESALE", "PUBLIC", "INTERCOMPANY"])
        #expect(Set(dataset.customers.flatMap(\.tags)) == ["VIP", "NEW", "LEGAL"])
        #expect(dataset.customers.contains { $0.isOnHold })
        #expect(dataset.agents.contains { isCyrillic($0.name) })
        #expect(dataset.agents.contains { !isCyrillic($0.name) })
    }

    @Test func someCustomersSpeakALanguageWithoutAMessage() {
        let messageLanguages = Set(
            configuration.emailTemplates.flatMap { $0.messages.map(\.language) })
        let unmatched = dataset.customers.filter { customer in
            let primary = String(customer.language.prefix { $0 != "-" })
            return !messageLanguages.contains(customer.language)
                && !messageLanguages.contains(primary)
        }
        #expect(!unmatched.isEmpty)
        #expect(unmatched.count < 40)
    }

    @Test func contactsLookReal() {
        for contact in dataset.contacts {
            #expect(contact.email.map { $0.contains("@") && $0.allSatisfy(\.isASCII) } ?? true)
            #expect(contact.phone?.hasPrefix("+") ?? false)
        }
    }

    // MARK: - Helpers

    /// Whether `customer`'s name contains Cyrillic letters.
    private func isCyrillic(_ customer: Customer) -> Bool {
        isCyrillic(customer.name)
    }

    /// Whether `text` contains Cyrillic letters.
    private func isCyrillic(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x400...0x4FF).contains($0.value) }
    }

    /// The average settled-minus-due days of each customer that has settled invoices.
    private func averageDelayPerCustomer() -> [Int] {
        var sums: [String: (total: Int, count: Int)] = [:]
        for invoice in dataset.invoices {
            guard let settled = invoice.settledDate else { continue }
            let delay = settled.days(since: invoice.dueDate)
            sums[invoice.customerAccount, default: (0, 0)].total += delay
            sums[invoice.customerAccount, default: (0, 0)].count += 1
        }
        return sums.values.map { $0.total / $0.count }
    }
}

import Testing
@testable import CollectaCore

/// The scaled demo: an exact invoice total spread unevenly, and generated strategies.
@Suite struct DemoScaleTests {
    static let today = LocalDate(year: 2026, month: 11, day: 29)!
    static let options = DemoOptions(
        customers: 600, invoices: 7_000, hierarchies: 8, seed: 11, today: today)
    static let dataset = DemoCompany.makeDataset(options)

    var dataset: DemoDataset { Self.dataset }

    // MARK: - Determinism

    @Test func sameOptionsGiveAnEqualCompany() {
        #expect(DemoCompany.makeDataset(Self.options) == dataset)
        var records: [DemoCustomerRecord] = []
        for record in DemoCompanyGenerator(Self.options) { records.append(record) }
        #expect(records.map(\.customer) == dataset.customers)
        #expect(records.flatMap(\.invoices) == dataset.invoices)
    }

    @Test func anotherSeedGivesAnotherCompanyAndOtherStrategies() {
        var options = Self.options
        options.seed = 12
        let other = DemoCompany.makeDataset(options)
        #expect(other.invoices.count == dataset.invoices.count)
        #expect(other.customers != dataset.customers)
        #expect(other.invoices != dataset.invoices)
        #expect(other.configuration.hierarchies != dataset.configuration.hierarchies)
    }

    @Test func leavingOutTheNewOptionsGivesTheClassicDemo() {
        let classic = DemoCompany.makeDataset(customers: 30, seed: 4, today: Self.today)
        #expect(DemoCompany.makeDataset(DemoOptions(customers: 30, seed: 4, today: Self.today))
            == classic)
        #expect(classic.configuration.hierarchies.map(\.id) == ["KEY", "RU", "INTL"])
    }

    // MARK: - Invoices

    @Test(arguments: [(600, 7_000), (600, 0), (600, 250), (1, 40), (50, 5_000)])
    func theInvoiceTotalIsExact(customers: Int, invoices: Int) {
        let options = DemoOptions(
            customers: customers, invoices: invoices, seed: 3, today: Self.today)
        let dataset = DemoCompany.makeDataset(options)
        #expect(dataset.invoices.count == invoices)
        #expect(Set(dataset.invoices.map(\.id)).count == invoices)
        #expect(dataset.customers.count == customers)
    }

    @Test func customersHaveDifferentNumbersOfInvoices() {
        let counts = Dictionary(grouping: dataset.invoices, by: \.customerAccount)
            .mapValues(\.count)
        let perCustomer = dataset.customers.map { counts[$0.account] ?? 0 }
        let average = 7_000 / 600
        #expect(Set(perCustomer).count >= 15)
        #expect(perCustomer.min()! <= average / 2)
        #expect(perCustomer.max()! >= average * 3)
    }

    @Test func aboutAThirdOfTheInvoicesAreOpen() {
        let open = dataset.invoices.filter(\.isOpen).count
        #expect((25...38).contains(open * 100 / dataset.invoices.count))
    }

    @Test func dueDatesSpanTheLastYearAndTheNextTwoMonths() {
        let dueDates = dataset.invoices.map(\.dueDate)
        #expect(dueDates.min()! >= Self.today.adding(days: -365))
        #expect(dueDates.min()! <= Self.today.adding(days: -300))
        #expect(dueDates.max()! <= Self.today.adding(days: 60))
        #expect(dueDates.max()! >= Self.today.adding(days: 40))
    }

    @Test func paymentBehavioursStayDistinct() {
        var delays: [String: (total: Int, count: Int)] = [:]
        for invoice in dataset.invoices {
            guard let settled = invoice.settledDate else { continue }
            delays[invoice.customerAccount, default: (0, 0)].total +=
                settled.days(since: invoice.dueDate)
            delays[invoice.customerAccount, default: (0, 0)].count += 1
        }
        let averages = delays.values.filter { $0.count >= 3 }.map { $0.total / $0.count }
        #expect(averages.filter { $0 <= 2 }.count >= 100)
        #expect(averages.filter { (5...15).contains($0) }.count >= 50)
        #expect(averages.filter { $0 >= 30 }.count >= 30)
    }

    @Test func largeInvoiceTotalsWidenTheInvoiceNumbers() {
        let options = DemoOptions(customers: 2, invoices: 1_000_000, today: Self.today)
        var generator = DemoCompanyGenerator(options)
        let first = generator.next()!
        #expect(first.invoices.first?.voucher == "AR-0000001")
    }

    // MARK: - Hierarchies

    @Test(arguments: [1, 2, 3, 7, 20, 50])
    func plannedHierarchiesAreValid(count: Int) {
        let configuration = DemoCompanyGenerator(
            DemoOptions(customers: 2_000, hierarchies: count, seed: 5, today: Self.today)
        ).configuration
        #expect(ConfigurationValidator.violations(in: configuration).isEmpty)
        #expect(configuration.hierarchies.count == count)
        #expect(configuration.hierarchies.map(\.rank) == Array(1...count))
        #expect(Set(configuration.hierarchies.map(\.poolID)).count == count)
        for hierarchy in configuration.hierarchies {
            #expect((5...8).contains(hierarchy.steps.count), "\(hierarchy.id)")
        }
        if count > 1 {
            #expect(configuration.hierarchies.first?.id == "KEY")
        }
    }

    @Test func manyHierarchiesVaryTheirFeatures() {
        let hierarchies = DemoCompanyGenerator(
            DemoOptions(customers: 2_000, hierarchies: 20, seed: 5, today: Self.today)
        ).configuration.hierarchies
        #expect(Set(hierarchies.map(\.quietDays)).count >= 3)
        #expect(Set(hierarchies.map(\.exclusionRule)) == Set(ExclusionRule.allCases))
        #expect(Set(hierarchies.map(\.includedOrigins)).count >= 2)
        #expect(Set(hierarchies.map(\.usesPredictions)) == [true, false])
        #expect(Set(hierarchies.map(\.usesTrackStep)) == [true, false])
        let preDunning = hierarchies.filter { $0.steps.contains(where: \.isPreDunning) }
        #expect(!preDunning.isEmpty && preDunning.count < hierarchies.count)
        let steps = hierarchies.flatMap(\.steps)
        #expect(Set(steps.compactMap(\.recipient)) == Set(RecipientKind.allCases))
        #expect(Set(steps.map(\.action)) == Set(ActionType.allCases))
        let withLetters = hierarchies.filter { $0.steps.contains { $0.action == .letter } }
        #expect(!withLetters.isEmpty && withLetters.count < hierarchies.count)
        #expect(hierarchies.contains { $0.id.hasSuffix("-REST") })
    }

    @Test func everyEmailTemplateHasRussianAndEnglish() {
        for template in dataset.configuration.emailTemplates {
            #expect(Set(template.messages.map(\.language)) == ["ru", "en"], "\(template.id)")
        }
    }

    @Test func accountRangesFollowOneAnotherWithoutGaps() {
        let ranges = DemoPortfolioPlan.accountRanges(
            weights: [3, 5, 4], customers: 1_000, width: 6)
        #expect(ranges.map(\.criterion.range) == ["..C-000250", "C-000251..C-000666", "C-000667.."])
        let crowded = DemoPortfolioPlan.accountRanges(
            weights: [9, 3, 3, 3], customers: 2, width: 6)
        #expect(crowded.map(\.criterion.range)
            == ["..C-000001", "C-000002..C-000002", "C-000003..C-000003", "C-000004.."])
        let single = DemoPortfolioPlan.accountRanges(weights: [4], customers: 10, width: 6)
        #expect(single.map(\.criterion.range) == ["!\"\""])
    }
}

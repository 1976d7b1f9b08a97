import CollectaCore
import CollectaStore
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("Customer pools screens")
struct PoolScreensTests {
    /// The application on the pool list.
    static func poolList(
        language: Language = .english, size: Size = Size(width: 100, height: 30)
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        try AppTestHarness.open(PoolsTexts.menuEntry, language: language, size: size)
    }

    /// The application on the pool RUSSIA (the third of the demo pools, by id).
    static func russiaPool(
        language: Language = .english, size: Size = Size(width: 100, height: 30)
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        let (driver, context) = try poolList(language: language, size: size)
        driver.send(.down, .down, .enter)
        return (driver, context)
    }

    static func count(_ criteria: [PoolCriterion], _ context: AppContext) throws -> Int {
        try context.database.countCustomers(
            matching: CustomerPool(id: "", description: "", criteria: criteria), asOf: context.today)
    }

    @Test("The pool list, a pool and a criterion look as recorded", arguments: [Language.english, .russian])
    func goldens(language: Language) throws {
        let (driver, _) = try Self.poolList(language: language)
        driver.assertMatchesGolden(named: "pools-\(language.rawValue)")
        driver.send(.down, .down, .enter)
        driver.assertMatchesGolden(named: "pool-\(language.rawValue)")
        driver.send(.function(9), .enter)
        driver.assertMatchesGolden(named: "criterion-\(language.rawValue)")
    }

    @Test("A new pool with two criteria: the live count follows the criteria; F2 saves it")
    func createPool() throws {
        let (driver, context) = try Self.poolList()
        driver.send(.function(7))
        driver.type("TEST-POOL")
        driver.send(.tab)
        driver.type("Test pool")
        let all = try Self.count([], context)
        #expect(driver.lines.contains { $0.contains("Matching customers: \(all)") })

        let russian = PoolCriterion(field: .language, range: "ru*")
        driver.send(.function(7), .right, .right, .right, .right, .tab)
        driver.type("ru*")
        driver.send(.function(2))
        let first = try Self.count([russian], context)
        #expect(driver.lines.contains { $0.contains("Matching customers: \(first)") })

        let retail = PoolCriterion(field: .group, range: "RETAIL")
        driver.send(.function(7), .right, .right, .tab)
        driver.type("RETAIL")
        driver.send(.function(2))
        let second = try Self.count([russian, retail], context)
        #expect(driver.lines.contains { $0.contains("Matching customers: \(second)") })
        #expect(Set([all, first, second]).count == 3)

        driver.send(.function(2))
        let saved = try #require(try context.configuration().pools.first { $0.id == "TEST-POOL" })
        #expect(saved.criteria == [russian, retail])
        #expect(saved.description == "Test pool")
        #expect(driver.lines[0].contains("Customer pools"))
        #expect(driver.lines.contains { $0.contains("TEST-POOL") && $0.contains("Test pool") })
        #expect(driver.lines.contains { $0.contains("Customer pool TEST-POOL saved.") })
    }

    @Test("A malformed range shows its position at the field and cannot be accepted", arguments: [Language.english, .russian])
    func malformedRange(language: Language) throws {
        let (driver, context) = try Self.poolList(language: language)
        driver.send(.function(7), .function(7))
        for _ in 0..<12 { driver.send(.right) }   // Open balance
        driver.send(.tab)
        driver.type(">1x")
        let position = language == .english ? "Position 2: '1x' is not a number" : "Позиция 2: '1x' — не число"
        #expect(driver.lines.contains { $0.contains(position) })
        driver.send(.function(2))
        #expect(driver.lines.contains { $0.contains(position) })
        driver.send(.escape)
        #expect(driver.lines.contains { $0.contains(language == .english ? "No criteria" : "Условий нет") })
        driver.send(.escape, .left, .enter)
        #expect(try context.configuration().pools.count == 3)
    }

    @Test("The preview lists the pool's customers with their names and balances")
    func preview() throws {
        let (driver, context) = try Self.russiaPool()
        let pool = try #require(try context.configuration().pools.first { $0.id == "RUSSIA" })
        let accounts = try context.database.customerAccounts(matching: pool, asOf: context.today, limit: 3)
        let customers = try context.database.customerBalances(of: accounts, asOf: context.today)
        #expect(!customers.isEmpty)
        for customer in customers {
            #expect(driver.lines.contains {
                $0.contains(customer.account) && $0.contains(String(customer.name.prefix(10)))
                    && $0.contains(customer.openBalance.decimalString)
            })
        }
        let count = try context.database.countCustomers(matching: pool, asOf: context.today)
        #expect(driver.lines.contains { $0.contains("Matching customers: \(count)") })
    }

    @Test("The preview pages through every matching customer, fetching only what it shows")
    func previewPaging() throws {
        let (_, context) = try AppTestHarness.driver()
        let pool = CustomerPool(id: "", description: "", criteria: [])
        let source = PoolPreviewSource(pool: pool, database: context.database, asOf: context.today)
        let all = try context.database.customerAccounts(matching: pool, asOf: context.today, limit: 100)
        #expect(source.rows(in: 0..<5, matching: GridQuery()).map(\.id) == Array(all[0..<5]))
        #expect(source.rows(in: 12..<15, matching: GridQuery()).map(\.id) == Array(all[12..<15]))
        #expect(source.rows(in: 5..<8, matching: GridQuery()).map(\.id) == Array(all[5..<8]))
    }

    @Test("Deleting a pool a hierarchy uses is refused, naming the hierarchy (C9)")
    func deleteRefused() throws {
        let (driver, context) = try Self.poolList()
        let user = try #require(try context.configuration().hierarchies.first { $0.poolID == "KEY-ACCOUNTS" })
        driver.send(.down, .function(8))
        #expect(driver.lines.contains { $0.contains("Delete customer pool KEY-ACCOUNTS?") })
        driver.send(.left, .enter)
        #expect(driver.lines.contains { $0.contains("process hierarchy \(user.id) uses it") })
        #expect(try context.configuration().pools.count == 3)
    }

    @Test("A pool no hierarchy uses is deleted after the confirmation")
    func deleteUnused() throws {
        let (driver, context) = try Self.poolList()
        _ = try context.saveConfiguration { $0.pools.append(CustomerPool(id: "SPARE", description: "Spare")) }
        driver.send(.escape, .enter, .end, .function(8), .left, .enter)
        #expect(Set(try context.configuration().pools.map(\.id)) == ["KEY-ACCOUNTS", "RUSSIA", "INTERNATIONAL"])
        #expect(driver.lines.contains { $0.contains("Customer pool SPARE deleted.") })
    }

    @Test("Editing: the id is read-only, a criterion is deleted with F8, Esc with edits asks")
    func editAndLeave() throws {
        let (driver, context) = try Self.russiaPool()
        #expect(driver.lines.contains { $0.contains("Pool ID") && $0.contains("RUSSIA") })
        driver.send(.function(9), .function(8))
        let remaining = try Self.count([PoolCriterion(field: .group, range: "RETAIL,WHOLESALE,PUBLIC")], context)
        #expect(driver.lines.contains { $0.contains("Matching customers: \(remaining)") })
        driver.send(.escape)
        #expect(driver.lines.contains { $0.contains("Discard the unsaved changes?") })
        driver.send(.left, .enter)
        #expect(driver.lines[0].contains("Customer pools"))
        #expect(try context.configuration().pools.first { $0.id == "RUSSIA" }?.criteria.count == 2)
    }

    @Test("A new pool may not take an existing id; the message shows at the field")
    func duplicateID() throws {
        let (driver, context) = try Self.poolList()
        driver.send(.function(7))
        driver.type("RUSSIA")
        driver.send(.function(2))
        #expect(driver.lines.contains { $0.contains("Another pool already has this ID") })
        #expect(try context.configuration().pools.count == 3)
    }

    @Test("At 80×24 every pool screen fits and shows its key parts")
    func smallTerminal() throws {
        let size = Size(width: 80, height: 24)
        let (driver, _) = try Self.poolList(size: size)
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains("INTERNATIONAL") })
        driver.send(.down, .down, .enter)
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains("Matching customers:") })
        #expect(driver.lines.contains { $0.contains("RETAIL,WHOLESALE,PUBLIC") })
        driver.send(.function(9), .enter)
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains("Syntax:") })
        #expect(driver.lines.contains { $0.contains("ru*") })
    }
}

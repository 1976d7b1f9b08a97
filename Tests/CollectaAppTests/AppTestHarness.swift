import CollectaCore
import CollectaStore
import Foundation
import TerminalUI
import TerminalUITesting
@testable import CollectaApp

/// Boots the application on the test terminal over an in-memory demo company.
@MainActor
enum AppTestHarness {
    static let today = LocalDate(iso: "2026-11-29")!

    /// A database holding the 20-customer demo company (seed 1).
    static func demoDatabase() throws -> CollectaDatabase {
        let database = try CollectaDatabase.inMemory()
        try database.load(DemoCompany.makeDataset(customers: 20, seed: 1, today: today))
        return database
    }

    /// The application in `language` at `size`, on the main menu.
    static func driver(
        language: Language = .english, size: Size = Size(width: 100, height: 30),
        database: CollectaDatabase? = nil
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        TestLocale.useUTF8()
        let store = try database ?? demoDatabase()
        let context = AppContext(database: store, language: language, today: today)
        let company = try store.loadConfiguration()?.parameters.companyName ?? ""
        let driver = ScreenTestDriver(
            CollectaApplication(context: context, companyName: company), size: size,
            environment: ["NO_COLOR": "1"])
        return (driver, context)
    }

    /// The application with the menu entry titled `entry` opened (found by filtering the menu).
    static func open(
        _ entry: LocalizedText, language: Language = .english,
        size: Size = Size(width: 100, height: 30)
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        let (driver, context) = try self.driver(language: language, size: size)
        driver.send(.function(3))
        driver.type(entry(language))
        driver.send(.enter)
        return (driver, context)
    }

    /// Every line of the screen fits the width (no overflow) — for the 80×24 checks.
    static func fitsWidth(_ lines: [String], width: Int) -> Bool {
        lines.allSatisfy { DisplayWidth.of($0) <= width }
    }
}

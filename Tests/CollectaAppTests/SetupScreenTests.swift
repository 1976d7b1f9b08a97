import CollectaCore
import CollectaStore
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

/// Opens the collections process setup page from the main menu.
@MainActor
enum SetupHarness {
    static func open(
        language: Language = .english, size: Size = Size(width: 100, height: 30)
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        try AppTestHarness.open(SetupTexts.title, language: language, size: size)
    }

    /// The row under the line holding `label` (where a form shows a field's message).
    static func line(after label: String, in lines: [String]) -> String? {
        guard let index = lines.firstIndex(where: { $0.contains("│" + label) }), index + 1 < lines.count else {
            return nil
        }
        return lines[index + 1]
    }

    static func contains(_ text: String, _ driver: ScreenTestDriver<CollectaApplication>) -> Bool {
        driver.lines.contains { $0.contains(text) }
    }
}

@MainActor
@Suite("Collections process setup page")
struct SetupScreenTests {
    @Test("The page shows hierarchies by rank, the first one's steps and its business document", arguments: [Language.english, .russian])
    func page(language: Language) throws {
        let (driver, _) = try SetupHarness.open(language: language)
        let lines = driver.lines
        #expect(lines[0].contains(SetupTexts.title(language)))
        #expect(lines[1].contains(SetupTexts.hierarchyPane(language)))
        let ranks = ["KEY", "RU", "INTL"].map { id in lines.firstIndex { $0.hasPrefix("│" + id + " ") } }
        #expect(ranks.compactMap { $0 }.count == 3)
        #expect(ranks == ranks.sorted { ($0 ?? 0) < ($1 ?? 0) })
        #expect(SetupHarness.contains("PRE-DUNNING", driver))
        #expect(SetupHarness.contains(SetupTexts.documentPane(language), driver))
        driver.assertMatchesGolden(named: language == .english ? "setup-en" : "setup-ru")
    }

    @Test("The hierarchy and step forms", arguments: [Language.english, .russian])
    func forms(language: Language) throws {
        let suffix = language == .english ? "en" : "ru"
        let (driver, _) = try SetupHarness.open(language: language)
        driver.send(.function(7))
        #expect(driver.lines[0].contains(SetupTexts.newHierarchyTitle(language)))
        driver.assertMatchesGolden(named: "setup-hierarchy-form-" + suffix)
        driver.send(.escape, .tab, .down, .down, .function(4))
        #expect(SetupHarness.contains("CALL", driver))
        driver.assertMatchesGolden(named: "setup-step-form-" + suffix)
    }

    @Test("At 80×24 every line of the page and the forms fits", arguments: [Language.english, .russian])
    func smallTerminal(language: Language) throws {
        let (driver, _) = try SetupHarness.open(language: language, size: Size(width: 80, height: 24))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(SetupHarness.contains(SetupTexts.detailsPane(language), driver))
        #expect(SetupHarness.contains(SetupTexts.documentPane(language), driver))
        #expect(driver.lines.contains { $0.hasPrefix("│KEY") })
        #expect(driver.lines.contains { $0.contains("PRE-DUNNING") })
        #expect(driver.lines[23].contains("F7"))
        driver.send(.function(7))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(SetupHarness.contains(SetupTexts.rank(language), driver))
        driver.send(.escape, .tab, .function(4))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(SetupHarness.contains(SetupTexts.contactPurpose(language), driver))
    }
}

import CollectaCore
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("Parameters screen")
struct ParametersScreenTests {
    static func parameters(
        language: Language = .english, size: Size = Size(width: 100, height: 30)
    ) throws -> (ScreenTestDriver<CollectaApplication>, AppContext) {
        try AppTestHarness.open(ParametersTexts.title, language: language, size: size)
    }

    /// Focuses the field at `index` and empties it.
    static func clearField(at index: Int, _ driver: ScreenTestDriver<CollectaApplication>) {
        for _ in 0..<index { driver.send(.down) }
        driver.send(.end)
        for _ in 0..<6 { driver.send(.backspace) }
    }

    @Test("The parameters look as recorded", arguments: [Language.english, .russian])
    func golden(language: Language) throws {
        let (driver, _) = try Self.parameters(language: language)
        driver.assertMatchesGolden(named: "parameters-\(language.rawValue)")
    }

    @Test("Changing the history retention and pressing F2 saves it")
    func saveRetention() throws {
        let (driver, context) = try Self.parameters()
        Self.clearField(at: 5, driver)
        driver.type("400")
        driver.send(.function(2))
        #expect(try context.configuration().parameters.historyRetentionDays == 400)
        #expect(driver.lines.contains { $0.contains("Parameters saved.") })
        driver.send(.escape)
        #expect(driver.lines[0].contains("Main menu"))
    }

    @Test("A benchmark of 150 is refused at the field and nothing is saved", arguments: [Language.english, .russian])
    func benchmarkRefused(language: Language) throws {
        let (driver, context) = try Self.parameters(language: language)
        let before = try context.configuration()
        Self.clearField(at: 8, driver)
        driver.type("150")
        driver.send(.function(2))
        let message = language == .english ? "A benchmark is a percentage from 0 to 100" : "Порог — процент от 0 до 100"
        let row = try #require(driver.lines.firstIndex { $0.contains("150") })
        #expect(driver.lines[row + 1].contains(message))
        #expect(try context.configuration() == before)
    }

    @Test("A refused save shows the rule's message at the field, in the user's language",
          arguments: [Language.english, .russian])
    func violationAtField(language: Language) throws {
        let (_, context) = try AppTestHarness.driver(language: language)
        var screen = ParametersScreen(context: context)
        let parameters = try context.configuration().parameters
        let violation = Violation(
            rule: .reference, entity: "parameters", field: "predictions.lateActivityTemplateID",
            message: "there is no activity template GONE",
            russianMessage: "шаблон действия GONE не существует")
        screen.show([violation], for: parameters)
        let field = try #require(screen.form.fields.first { $0.message != nil })
        let label = LocalizedText("Late: activity template", "Опоздание: шаблон действия")(language)
        #expect(field.label == label)
        #expect(field.message == LocalizedText("there is no activity template GONE", "шаблон действия GONE не существует")(language))
        #expect(screen.form.focusedField?.label == label)
    }

    @Test("Esc with unsaved edits asks before leaving")
    func escapeAsks() throws {
        let (driver, _) = try Self.parameters()
        driver.send(.down, .down, .down, .character(" "), .escape)
        #expect(driver.lines.contains { $0.contains("Discard the unsaved changes?") })
        driver.send(.escape)
        #expect(driver.lines[0].contains("Parameters"))
    }

    @Test("At 80×24 the parameters fit")
    func smallTerminal() throws {
        let (driver, _) = try Self.parameters(size: Size(width: 80, height: 24))
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains("Company name") })
        for _ in 0..<14 { driver.send(.down) }
        #expect(AppTestHarness.fitsWidth(driver.lines, width: 80))
        #expect(driver.lines.contains { $0.contains("Very late after, days past due") })
    }

    @Test("The company address is edited as one line, \" | \" between its lines, and saved with line breaks",
          arguments: [Language.english, .russian])
    func companyAddress(language: Language) throws {
        let (driver, context) = try Self.parameters(language: language)
        let stored = try context.configuration().parameters.companyAddress
        #expect(stored == "Невский проспект, 28\n191186 Санкт-Петербург\nРоссия")
        let label = ParametersTexts.companyAddress(language)
        let row = try #require(driver.lines.first { $0.contains(label) })
        #expect(row.contains("Невский проспект, 28 | 191186 Санкт-Петербург | Россия"))
        driver.send(.down)
        driver.send(.end)
        driver.type(" |  Офис 5 ||")
        driver.send(.function(2))
        #expect(try context.configuration().parameters.companyAddress
            == "Невский проспект, 28\n191186 Санкт-Петербург\nРоссия\nОфис 5")
        #expect(driver.lines.contains { $0.contains("Россия | Офис 5") })
        // Saved, so leaving does not ask.
        driver.send(.escape)
        #expect(driver.lines[0].contains(MenuTexts.title(language)))
    }

    @Test("An address with blank lines or spaces at line ends is not an edit until it is changed")
    func addressRoundTrip() throws {
        let (_, context) = try AppTestHarness.driver()
        try context.saveConfiguration { $0.parameters.companyAddress = "  Line 1 \n\nLine 2" }
        let screen = ParametersScreen(context: context)
        #expect(!screen.hasUnsavedChanges)
        var parameters = AutomationParameters(companyName: "X", companyCurrency: "RUB")
        parameters.companyAddressLine = "a|b | | c "
        #expect(parameters.companyAddress == "a\nb\nc")
        #expect(parameters.companyAddressLine == "a | b | c")
    }
}

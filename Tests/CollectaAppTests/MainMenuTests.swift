import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("Application frame and main menu")
struct MainMenuTests {
    @Test("The frame shows the company and screen in the title bar, and the help bar", arguments: [Language.english, .russian])
    func frame(language: Language) throws {
        let (driver, _) = try AppTestHarness.driver(language: language)
        let lines = driver.lines
        #expect(lines[0].contains("ООО «Северный ветер»"))
        #expect(lines[0].contains(language == .russian ? "Главное меню" : "Main menu"))
        #expect(lines[29].contains(language == .russian ? "F10 Выход" : "F10 Quit"))
    }

    @Test("F1 shows help over the screen; Esc closes it")
    func help() throws {
        let (driver, _) = try AppTestHarness.driver(language: .russian)
        driver.send(.function(1))
        #expect(driver.lines.contains { $0.contains("Справка — Показывает все клавиши экрана.") })
        driver.send(.escape)
        #expect(!driver.lines.contains { $0.contains("Показывает все клавиши экрана.") })
    }

    @Test("The main menu lists the setup areas (golden, both languages) and fits 80×24",
          arguments: [Language.english, .russian])
    func menu(language: Language) throws {
        let (driver, _) = try AppTestHarness.driver(language: language)
        driver.assertMatchesGolden(named: "main-menu-" + language.rawValue)
        let (small, _) = try AppTestHarness.driver(language: language, size: Size(width: 80, height: 24))
        #expect(AppTestHarness.fitsWidth(small.lines, width: 80))
        #expect(small.lines.contains { $0.contains(language == .russian ? "Параметры" : "Parameters") })
    }

    @Test("F10 quits")
    func quit() throws {
        let (driver, _) = try AppTestHarness.driver()
        driver.send(.function(10))
        #expect(driver.hasQuit)
    }
}

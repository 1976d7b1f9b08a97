import CollectaCore
import Foundation
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("Business documents: screens")
struct DocumentsScreenTests {
    typealias Driver = ScreenTestDriver<CollectaApplication>

    /// Keys from the main menu to each screen of the area, with its golden name.
    static let screens: [(name: String, area: DocumentsHarness.Area, keys: [Key])] = [
        ("documents-activity-list", .activityTemplates, []),
        ("documents-activity-form", .activityTemplates, [.enter]),
        ("documents-email-list", .emailTemplates, []),
        ("documents-email-template", .emailTemplates, [.enter]),
        ("documents-email-message", .emailTemplates, [.enter, .function(9), .enter]),
        ("documents-customer-picker", .emailTemplates, [.enter, .function(9), .enter, .function(5)]),
        ("documents-email-preview", .emailTemplates, [.enter, .function(9), .down, .enter, .function(5), .down, .enter]),
        ("documents-letter-list", .letterSequences, []),
        ("documents-letter-sequence", .letterSequences, [.enter]),
        ("documents-letter-text", .letterSequences, [.enter, .function(9), .enter]),
    ]

    @Test("Every screen in English and Russian at 100×30 (golden)", arguments: [Language.english, .russian])
    func goldens(language: Language) throws {
        for screen in Self.screens {
            let (driver, _) = try DocumentsHarness.driver(language: language)
            DocumentsHarness.open(screen.area, in: driver, language: language)
            for key in screen.keys { driver.send(key) }
            driver.assertMatchesGolden(named: screen.name + "-" + language.rawValue)
        }
    }

    @Test("Every screen fits 80×24", arguments: [Language.english, .russian])
    func smallTerminal(language: Language) throws {
        for screen in Self.screens {
            let (driver, _) = try DocumentsHarness.driver(language: language, size: Size(width: 80, height: 24))
            DocumentsHarness.open(screen.area, in: driver, language: language)
            for key in screen.keys { driver.send(key) }
            #expect(AppTestHarness.fitsWidth(driver.lines, width: 80), "\(screen.name)")
            #expect(driver.lines[23].contains("F2") || driver.lines[23].contains("F7") || driver.lines[23].contains("F1"),
                    "\(screen.name): help bar")
        }
    }

    @Test("Preview of a Russian customer shows the placeholders filled in")
    func preview() throws {
        let (driver, context) = try DocumentsHarness.driver(language: .russian)
        let customer = try #require(try context.database.customers(matching: "", offset: 0, limit: 100).first { customer in
            customer.language.hasPrefix("ru")
                && (try? context.database.renderingContext(
                    forCustomer: customer.account, contactPurpose: "Collections",
                    parameters: context.configuration().parameters, on: context.today)) != nil
        })
        DocumentsHarness.open(.emailTemplates, in: driver, language: .russian)
        driver.send(.enter, .function(9), .down, .enter)
        driver.send(.function(5))
        #expect(driver.lines[0].contains("Выбор клиента"))
        driver.send(.character("/"))
        driver.type(customer.account)
        driver.send(.enter, .enter)
        let screen = driver.screen
        #expect(driver.lines[0].contains("Предварительный просмотр · " + customer.account))
        #expect(screen.contains("Тема: "))
        let values = try #require(try context.database.renderingContext(
            forCustomer: customer.account, contactPurpose: "Collections",
            parameters: context.configuration().parameters, on: context.today))
        #expect(screen.contains("Тема: Скоро срок оплаты счёта " + values.leadingInvoice.id))
        #expect(screen.contains(try #require(values.contactName)))
        #expect(!screen.contains("{{"))
        driver.assertMatchesGolden(named: "documents-email-preview-ru")
    }
}

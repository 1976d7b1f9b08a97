import CollectaCore
import Foundation
import TerminalUI
import TerminalUITesting
import Testing
@testable import CollectaApp

@MainActor
@Suite("Business documents: editing")
struct DocumentsBehaviourTests {
    @Test("F7 creates an activity template; F2 saves it and the list shows it")
    func createActivityTemplate() throws {
        let (driver, context) = try DocumentsHarness.driver()
        DocumentsHarness.open(.activityTemplates, in: driver)
        driver.send(.function(7))
        driver.type("FOLLOW-UP")
        driver.send(.tab)
        driver.type("Follow up")
        driver.send(.tab, .right, .tab, .tab, .backspace)
        driver.type("4")
        driver.send(.function(2))
        let saved = try #require(try context.configuration().activityTemplates.first { $0.id == "FOLLOW-UP" })
        #expect(saved.type == .appointment && saved.daysToComplete == 4 && saved.name == "Follow up")
        #expect(driver.lines[0].contains("Activity templates"))
        #expect(driver.screen.contains("FOLLOW-UP"))
    }

    @Test("A negative days-to-complete is refused at its field and nothing is written")
    func activityViolationAtField() throws {
        let (driver, context) = try DocumentsHarness.driver()
        let before = try context.configuration()
        DocumentsHarness.open(.activityTemplates, in: driver)
        driver.send(.enter, .tab, .tab, .tab, .tab, .end, .backspace)
        driver.type("-1")
        driver.send(.function(2))
        let row = try #require(driver.lines.firstIndex { $0.contains("Days to complete") })
        #expect(driver.lines[row + 1].contains("FIELD"))
        #expect(try context.configuration() == before)
    }

    @Test("Esc with unsaved changes asks before leaving")
    func escapeAsks() throws {
        let (driver, _) = try DocumentsHarness.driver()
        DocumentsHarness.open(.activityTemplates, in: driver)
        driver.send(.enter, .tab)
        driver.type("x")
        driver.send(.escape)
        #expect(driver.screen.contains("Discard the unsaved changes?"))
        driver.send(.left, .enter)
        #expect(driver.lines[0].contains("Activity templates"))
    }

    @Test("Deleting an email template used by a step is refused naming the step")
    func deleteInUse() throws {
        let (driver, context) = try DocumentsHarness.driver()
        let configuration = try context.configuration()
        DocumentsHarness.open(.emailTemplates, in: driver)
        driver.send(.function(8))
        #expect(driver.screen.contains("Delete "))
        driver.send(.left, .enter)
        #expect(driver.lines[28].contains("Cannot delete: it cannot be deleted while in use by step"))
        #expect(driver.lines[28].contains("line"))
        #expect(try context.configuration() == configuration)
    }

    @Test("An unknown placeholder {{customer.nmae}} is refused at the body; Ctrl-K lists it")
    func unknownPlaceholder() throws {
        let (driver, context) = try DocumentsHarness.driver()
        let before = try context.configuration()
        DocumentsHarness.open(.emailTemplates, in: driver)
        driver.send(.enter, .function(9), .enter, .function(9))
        driver.type("{{customer.nmae}}")
        driver.send(.control("k"))
        #expect(driver.lines[28].contains("customer.nmae"))
        driver.send(.function(2))
        #expect(driver.lines[26].contains("R15 unknown placeholder {{customer.nmae}}"))
        #expect(driver.lines[28].contains("messages[en].htmlBody"))
        #expect(try context.configuration() == before)
    }

    @Test("A message saves through the rules and the template shows it")
    func saveMessage() throws {
        let (driver, context) = try DocumentsHarness.driver()
        DocumentsHarness.open(.emailTemplates, in: driver)
        driver.send(.enter, .function(9), .enter, .tab, .end)
        driver.type(" (2)")
        driver.send(.function(2))
        let template = try context.configuration().emailTemplates[0]
        #expect(template.messages[0].subject.hasSuffix(" (2)"))
        #expect(driver.screen.contains("falls due soon (2)"))
    }

    @Test("F6 loads the body from an .html file")
    func loadHTML() throws {
        let directory = try DocumentsHarness.directory(with: ["body.html": Array("<p>Из файла {{customer.name}}</p>".utf8)])
        let (driver, _) = try DocumentsHarness.driver(directory: directory)
        DocumentsHarness.open(.emailTemplates, in: driver)
        driver.send(.enter, .function(9), .enter, .function(6))
        driver.send(.down, .enter)
        #expect(driver.screen.contains("  1 <p>Из файла {{customer.name}}</p>"))
        #expect(driver.lines[28].contains("Body loaded from"))
    }

    @Test("F6 loads the html part of an .eml file; a message without one is refused")
    func loadEML() throws {
        let eml = """
            Content-Type: multipart/alternative; boundary=b\r
            \r
            --b\r
            Content-Type: text/html; charset=utf-8\r
            Content-Transfer-Encoding: base64\r
            \r
            \(Data("<p>Письмо</p>".utf8).base64EncodedString())\r
            --b--\r
            """
        let plain = "Content-Type: text/plain\r\n\r\nhello\r\n"
        let directory = try DocumentsHarness.directory(with: ["a.eml": Array(eml.utf8), "b.eml": Array(plain.utf8)])
        let (driver, _) = try DocumentsHarness.driver(directory: directory)
        DocumentsHarness.open(.emailTemplates, in: driver)
        // The picker starts on the first file: a.eml, then b.eml below it.
        driver.send(.enter, .function(9), .enter, .function(6), .enter)
        #expect(driver.screen.contains("  1 <p>Письмо</p>"))
        driver.send(.function(6), .down, .enter)
        #expect(driver.lines[28].contains("Cannot load the file: the message has no text/html part"))
        #expect(driver.screen.contains("  1 <p>Письмо</p>"))
    }

    @Test("Ctrl-W writes the body to a file and asks before overwriting")
    func saveToFile() throws {
        let directory = try DocumentsHarness.directory(with: [:])
        let (driver, _) = try DocumentsHarness.driver(directory: directory)
        DocumentsHarness.open(.emailTemplates, in: driver)
        driver.send(.enter, .function(9), .enter, .control("w"), .enter)
        let path = directory + "/en.html"
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.contains("{{contact.name}}"))
        try "old".write(toFile: path, atomically: true, encoding: .utf8)
        driver.send(.control("w"), .enter)
        #expect(driver.screen.contains("Overwrite"))
        driver.send(.enter)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
    }

    @Test("F4 on the body runs $EDITOR on the terminal and takes the result")
    func externalEditor() throws {
        let (driver, _) = try DocumentsHarness.driver(editor: FakeEditorRunner(replacement: "<p>edited</p>"))
        DocumentsHarness.open(.emailTemplates, in: driver)
        driver.send(.enter, .function(9), .enter, .function(9), .function(4))
        #expect(driver.terminal.suspendCount == 1 && driver.terminal.resumeCount == 1)
        #expect(driver.screen.contains("  1 <p>edited</p>"))
    }

    @Test("Only the last letter level may be final: Space and a new level after a final one are refused")
    func letterLevels() throws {
        let (driver, context) = try DocumentsHarness.driver()
        DocumentsHarness.open(.letterSequences, in: driver)
        driver.send(.enter, .function(9), .character(" "))
        #expect(driver.lines[28].contains("Only the last level may be final."))
        driver.send(.function(7))
        driver.send(.tab)
        driver.type("Level four")
        driver.send(.function(9))
        driver.type("Pay now, {{customer.name}}.")
        driver.send(.function(2))
        // Level 3 is final, so a level 4 breaks the rule: refused, nothing written.
        #expect(driver.lines[28].contains("levels[3].isFinal"))
        #expect(try context.configuration().letterSequences[0].levels.count == 3)
    }
}

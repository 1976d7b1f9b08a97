import CollectaCore
import Testing
@testable import CollectaApp

@MainActor
@Suite("Configuration editing from screens")
struct ConfigurationEditingTests {
    @Test("A valid change is saved; an invalid one returns its violations and writes nothing")
    func saveOrRefuse() throws {
        let (_, context) = try AppTestHarness.driver()
        let before = try context.configuration()
        let refused = try context.saveConfiguration { $0.hierarchies[1].rank = $0.hierarchies[0].rank }
        #expect(refused.map(\.rule) == [.c1])
        #expect(try context.configuration() == before)
        let saved = try context.saveConfiguration { $0.hierarchies[0].quietDays = 9 }
        #expect(saved.isEmpty)
        #expect(try context.configuration().hierarchies[0].quietDays == 9)
    }

    @Test("C9: deleting an email template used by a step is refused, naming the step")
    func deletionInUse() throws {
        let (_, context) = try AppTestHarness.driver()
        let configuration = try context.configuration()
        let used = try #require(configuration.hierarchies.flatMap(\.steps).first { $0.action == .email }?.documentID)
        let violations = try context.delete(.emailTemplate(used)) { configuration in
            configuration.emailTemplates.removeAll { $0.id == used }
        }
        #expect(violations.first?.rule == .c9)
        #expect(violations.first?.message.contains("line") == true)
        #expect(try context.configuration() == configuration)
    }
}

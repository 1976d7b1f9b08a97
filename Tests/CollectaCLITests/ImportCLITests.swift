import Foundation
import Testing

@Suite("collecta import and export, end to end")
struct ImportCLITests {
    @Test("a refused import prints the issues on stderr, exits 1 and changes nothing")
    func refusedImport() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("collecta-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = ["HOME": directory.path, "LANG": "C.UTF-8"]
        func collecta(_ arguments: String...) throws -> ProcessResult {
            try ProcessRunner.run(
                ProcessRunner.collectaBinary, arguments + ["--db", "test.sqlite"],
                environment: environment, in: directory)
        }

        try Data("id,name,email\nA1,Анна,anna@example.com\n".utf8)
            .write(to: directory.appendingPathComponent("agents.csv"))
        let imported = try collecta("import", "agents", "agents.csv")
        #expect(imported.status == 0)
        #expect(imported.standardOutput == "imported 1 agent (1 new, 0 updated)\n")

        let badCustomers = Data("account,name,currency,language,agent\nC1,Good,RUB,ru,A1\nC2,Bad,RUB,ru,A9\n".utf8)
            + Data("C3,".utf8) + Data([0xCF, 0xF0, 0xE8]) + Data(",RUB,ru,\n".utf8)
        try badCustomers.write(to: directory.appendingPathComponent("customers.csv"))
        let refused = try collecta("import", "customers", "customers.csv")
        #expect(refused.status == 1)
        #expect(refused.standardOutput == "")
        #expect(refused.standardErrorLines == [
            "customers.csv:4: not UTF-8 text (byte 0xCF); save the file as UTF-8",
            "collecta: customers.csv refused: nothing was imported",
        ])

        try Data("account,name,currency,language,agent\nC1,Good,RUB,ru,A1\nC2,Bad,RUB,ru,A9\n".utf8)
            .write(to: directory.appendingPathComponent("customers.csv"))
        let refusedAgain = try collecta("import", "customers", "customers.csv")
        #expect(refusedAgain.status == 1)
        #expect(refusedAgain.standardErrorLines == [
            "customers.csv:3: agent: unknown collections agent 'A9'",
            "collecta: customers.csv refused: nothing was imported",
        ])

        let exported = try collecta("export", "customers")
        #expect(exported.status == 0)
        #expect(exported.standardOutput
            == "account,name,group,currency,language,country,sales_group,agent,credit_limit,on_hold,tags,letter_sequence\n")
        let agents = try collecta("export", "agents", "-")
        #expect(agents.standardOutput == "id,name,email,phone\nA1,Анна,anna@example.com,\n")
    }
}

import Foundation
import Testing
import TerminalUITesting
import TerminalUI
@testable import CollectaApp

@Suite("Database summary")
struct DatabaseSummaryTests {
    let summary = DatabaseSummary(
        databasePath: "/tmp/demo.sqlite", companyName: "ООО «Северный ветер»",
        companyCurrency: "RUB",
        counts: [(.customers, 200), (.invoices, 3012), (.hierarchies, 3)])

    init() {
        TestLocale.useUTF8()
    }

    @Test("The English summary lists the counts right-aligned")
    func english() {
        #expect(summary.render(in: .english) == [
            "Collecta database",
            "Database: /tmp/demo.sqlite",
            "Company:  ООО «Северный ветер»",
            "Currency: RUB",
            "",
            "Item                 Count",
            "───────────────────  ─────",
            "Customers              200",
            "Invoices              3012",
            "Process hierarchies      3",
        ])
    }

    @Test("The Russian summary aligns Cyrillic labels by display width")
    func russian() {
        let lines = summary.render(in: .russian)
        #expect(lines[0] == "База данных Collecta")
        let tableLines = lines.suffix(4)
        let widths = Set(tableLines.map { DisplayWidth.of($0) })
        #expect(widths.count == 1, "every table line has the same display width: \(tableLines)")
        #expect(lines.last == "Иерархии процессов           3")
    }
}

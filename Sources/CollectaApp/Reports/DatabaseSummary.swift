import TerminalUI

/// What a database holds, as `make run` and `collecta demo` print it.
public struct DatabaseSummary: Sendable {
    public var databasePath: String
    public var companyName: String?
    public var companyCurrency: String?
    /// Counted items in display order.
    public var counts: [(item: Text, count: Int)]

    public init(
        databasePath: String, companyName: String?, companyCurrency: String?,
        counts: [(item: Text, count: Int)]
    ) {
        self.databasePath = databasePath
        self.companyName = companyName
        self.companyCurrency = companyCurrency
        self.counts = counts
    }

    /// The summary as lines of text in `language`, with the counts right-aligned in a table.
    public func render(in language: Language) -> [String] {
        var lines = [Text.summaryTitle.localized(in: language)]
        let header: [(Text, String?)] = [
            (.database, databasePath), (.company, companyName), (.currency, companyCurrency),
        ]
        let labelWidth = header.map { DisplayWidth.of($0.0.localized(in: language)) }.max() ?? 0
        for (label, value) in header {
            guard let value else { continue }
            lines.append(DisplayWidth.pad(label.localized(in: language) + ":", to: labelWidth + 1)
                + " " + value)
        }
        let table = TextTable(
            columns: [
                .init(Text.item.localized(in: language)),
                .init(Text.count.localized(in: language), alignment: .trailing),
            ],
            rows: counts.map { [$0.item.localized(in: language), String($0.count)] })
        return lines + [""] + table.render()
    }
}
